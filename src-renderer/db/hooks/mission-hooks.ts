import { useEffect, useSyncExternalStore } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { MissionProfile, ReferenceCorrection, SavedView } from '../../domain/model'
import type { RegisterSnapshot } from '../register/register-store'
import { useRepositories } from './context'

/** The mission profile, live: `undefined` while loading, `null` before the first-run setup. */
export function useMissionProfile(): MissionProfile | null | undefined {
  const { missionProfile } = useRepositories()
  return useLiveQuery(async () => (await missionProfile.get()) ?? null, [missionProfile])
}

/** The user's corrections to the session calendar, live. */
export function useSessionCorrections(): ReferenceCorrection[] {
  const { referenceCorrections } = useRepositories()
  return useLiveQuery(() => referenceCorrections.all('session'), [referenceCorrections], [])
}

/** The recommendations register, loading in the background; re-renders when it changes. */
export function useRegister(): RegisterSnapshot {
  const { register } = useRepositories()
  useEffect(() => {
    void register.load()
  }, [register])
  return useSyncExternalStore(register.subscribe, register.getSnapshot)
}

/** The saved views of the register, live. */
export function useSavedViews(): SavedView[] {
  const { savedViews } = useRepositories()
  return useLiveQuery(() => savedViews.all(), [savedViews], [])
}

/** Whether the demo mission is loaded, live. */
export function useDemoLoaded(): boolean {
  const { demo } = useRepositories()
  return useLiveQuery(() => demo.isDemoLoaded(), [demo], false)
}
