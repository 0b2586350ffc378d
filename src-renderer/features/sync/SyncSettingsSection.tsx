import { useTranslation } from 'react-i18next'
import { useSyncSnapshot } from './sync-hooks'
import { hrefOf } from '../../routes/location'

/** In Settings: whether this laptop syncs with the mission, and the way to the Sync page. */
export function SyncSettingsSection() {
  const { t } = useTranslation()
  const snapshot = useSyncSnapshot()
  const settings = snapshot.settings
  return (
    <section aria-labelledby="settings-sync">
      <h2 id="settings-sync">{t('sync.settings.title')}</h2>
      <p>{settings ? t('sync.settings.on', { database: settings.database, server: settings.server }) : t('sync.settings.off')}</p>
      <p>
        <a href={hrefOf('sync')}>{t('sync.settings.open')}</a>
      </p>
    </section>
  )
}
