import { useTranslation } from 'react-i18next'
import { formattingLocale } from '../../i18n'
import { describeStatus } from './describe-status'
import { useSyncSnapshot } from './sync-hooks'
import { hrefOf } from '../../routes/location'

/** The sync state in the header, always visible once sync is set up, never in the way: a link to the Sync page. */
export function SyncStatusIndicator() {
  const { t, i18n } = useTranslation()
  const snapshot = useSyncSnapshot()
  if (!snapshot.settings) return null
  const text = snapshot.status
    ? describeStatus(t, snapshot.status, formattingLocale(i18n.language))
    : snapshot.needsSignIn
      ? t('sync.signIn.again')
      : t('sync.status.starting')
  const state = snapshot.status?.sync.state ?? (snapshot.needsSignIn ? 'error' : 'starting')
  return (
    <a className={`sync-status sync-status-${state}`} href={hrefOf('sync')} aria-label={`${t('sync.status.label')}: ${text}`}>
      <span role="status">{text}</span>
    </a>
  )
}
