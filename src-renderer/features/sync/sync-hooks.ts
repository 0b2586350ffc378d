import { useSyncExternalStore } from 'react'
import { useRepositories } from '../../db/context'
import { syncServiceOf, type SyncService, type SyncSnapshot } from './sync-service'

/** The sync service of the open database. */
export function useSyncService(): SyncService {
  return syncServiceOf(useRepositories().db)
}

/** The sync snapshot, re-rendering on every change. */
export function useSyncSnapshot(): SyncSnapshot {
  const service = useSyncService()
  return useSyncExternalStore(service.subscribe, service.getSnapshot)
}
