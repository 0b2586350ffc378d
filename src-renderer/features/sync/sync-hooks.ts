import { useEffect, useSyncExternalStore } from 'react'
import { useRepositories } from '../../db/hooks/context'
import type { SyncService, SyncSnapshot } from '../../db/sync/sync-service'

/** The sync service of the open database; the first page that shows it lets it sign in again. */
export function useSyncService(): SyncService {
  const { sync } = useRepositories()
  useEffect(() => {
    void sync.resume()
  }, [sync])
  return sync
}

/** The sync snapshot, re-rendering on every change. */
export function useSyncSnapshot(): SyncSnapshot {
  const service = useSyncService()
  return useSyncExternalStore(service.subscribe, service.getSnapshot)
}
