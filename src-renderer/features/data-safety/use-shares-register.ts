import { useSyncExternalStore } from 'react'
import { useRepositories } from '../../db/hooks/context'

/** Whether this laptop shares the register with its mission (a sync server or a shared folder is set up). */
export function useSharesRegister(): boolean {
  const { sync } = useRepositories()
  return useSyncExternalStore(sync.subscribe, sync.getSnapshot).settings !== null
}
