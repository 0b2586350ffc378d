import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/context'
import { useSyncConflictCount } from '../../db/sync/hooks'
import { useSyncSnapshot } from './sync-hooks'

/** The navigation's entries for sync: Conflicts with their count, once sync is set up on this laptop. */
export function SyncNavItems({ current }: { current: string }) {
  const { t } = useTranslation()
  const { db } = useRepositories()
  const count = useSyncConflictCount(db)
  const snapshot = useSyncSnapshot()
  if (!snapshot.settings && count === 0) return null
  return (
    <li>
      <a href="#/conflicts" aria-current={current === 'conflicts' ? 'page' : undefined}>
        {count > 0 ? t('sync.conflicts.navCount', { count }) : t('sync.conflicts.title')}
      </a>
    </li>
  )
}
