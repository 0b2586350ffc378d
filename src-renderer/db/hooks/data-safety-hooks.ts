/** Live data for the Data and backups page (hooks wrap Dexie's live queries; pages never import Dexie). */
import { useLiveQuery } from 'dexie-react-hooks'
import { useSyncExternalStore } from 'react'
import type { Review, Statement } from '../../domain/model'
import { useRepositories } from './context'
import type { DataSafetyStatus } from '../data-safety/data-safety-state'

/** The reviews and statements that can be saved on their own, live. */
export function useArchiveChoices(): { reviews: Review[]; statements: Statement[] } {
  const { archives } = useRepositories()
  return useLiveQuery(() => archives.choices(), [archives], { reviews: [], statements: [] })
}

/** How many records each table holds, live. */
export function useRecordCounts(): Record<string, number> | undefined {
  const { archives } = useRepositories()
  // Any write to any table refreshes the counts: the query reads every table's count.
  return useLiveQuery(() => archives.counts(), [archives])
}

/** The change counter, last backup and export, and storage-full notice, live. */
export function useDataSafetyStatus(): DataSafetyStatus {
  const { dataSafety } = useRepositories()
  return useSyncExternalStore(dataSafety.subscribe, dataSafety.getSnapshot)
}
