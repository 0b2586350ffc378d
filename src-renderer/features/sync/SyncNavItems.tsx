import { useTranslation } from 'react-i18next'
import { useSyncConflictCount } from '../../db/sync/hooks'
import { useSyncSnapshot } from './sync-hooks'
import { hrefOf } from '../../routes/location'

/** The navigation's entries for sync: Conflicts with their count, once sync is set up on this laptop. */
export function SyncNavItems({ current }: { current: string }) {
  const { t } = useTranslation()
  const count = useSyncConflictCount()
  const snapshot = useSyncSnapshot()
  if (!snapshot.settings && count === 0) return null
  return (
    <li>
      <a href={hrefOf('conflicts')} aria-current={current === 'conflicts' ? 'page' : undefined}>
        {count > 0 ? t('sync.conflicts.navCount', { count }) : t('sync.conflicts.title')}
      </a>
    </li>
  )
}
