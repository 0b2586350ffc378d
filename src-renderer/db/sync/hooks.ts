/** Live reads of the sync bookkeeping for the sync pages (the only place they use Dexie's live queries). */
import { useLiveQuery } from 'dexie-react-hooks'
import { useRepositories } from '../hooks/context'
import type { SyncConflictRecord } from './records'

/** The conflicts waiting for a person, oldest first (undefined while loading). */
export function useSyncConflicts(): SyncConflictRecord[] | undefined {
  const { sync } = useRepositories()
  return useLiveQuery(() => sync.conflicts(), [sync])
}

/** How many conflicts wait (0 while loading). */
export function useSyncConflictCount(): number {
  const { sync } = useRepositories()
  return useLiveQuery(() => sync.conflictCount(), [sync], 0)
}
