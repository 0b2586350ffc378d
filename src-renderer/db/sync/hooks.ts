/** Live reads of the sync bookkeeping for the sync pages (the only place they use Dexie's live queries). */
import { useLiveQuery } from 'dexie-react-hooks'
import type { UprDeskDatabase } from '../database'
import type { SyncConflictRecord } from './records'

/** The conflicts waiting for a person, oldest first (undefined while loading). */
export function useSyncConflicts(db: UprDeskDatabase): SyncConflictRecord[] | undefined {
  return useLiveQuery(async () => (await db.syncConflicts.toArray()).sort((a, b) => a.detectedAt.localeCompare(b.detectedAt) || a.id.localeCompare(b.id)), [db])
}

/** How many conflicts wait (0 while loading). */
export function useSyncConflictCount(db: UprDeskDatabase): number {
  return useLiveQuery(() => db.syncConflicts.count(), [db], 0)
}
