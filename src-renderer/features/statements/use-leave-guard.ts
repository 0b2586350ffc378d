import { useCallback, useEffect, useRef } from 'react'
import { useRepositories } from '../../db/hooks/context'
import { unsavedUntil } from '../../platform/unsaved-work'
import type { Autosave } from './use-autosave'

/**
 * Keeps the words when the user leaves: leaving the editor makes them a version (when they changed since
 * the last one), and closing the window or switching away saves what was typed before the pause.
 */
export function useLeaveGuard({ latestChanges, unsaved }: Pick<Autosave, 'latestChanges' | 'unsaved'>) {
  const { statements: repo } = useRepositories()
  const leaving = useRef<'save' | 'skip'>('save')

  useEffect(
    () => () => {
      if (leaving.current === 'save') unsavedUntil(repo.saveVersion(latestChanges(), 'left')).catch(() => undefined)
    },
    [repo, latestChanges]
  )

  useEffect(() => {
    const saveNow = () => {
      if (unsaved() && document.visibilityState === 'hidden') repo.autosave(latestChanges()).catch(() => undefined)
    }
    const saveOnClose = () => {
      if (unsaved()) repo.autosave(latestChanges()).catch(() => undefined)
    }
    document.addEventListener('visibilitychange', saveNow)
    window.addEventListener('pagehide', saveOnClose)
    return () => {
      document.removeEventListener('visibilitychange', saveNow)
      window.removeEventListener('pagehide', saveOnClose)
    }
  }, [repo, latestChanges, unsaved])

  // A restored or deleted statement has nothing left to keep: a version on leaving would undo the action.
  return useCallback(() => {
    leaving.current = 'skip'
  }, [])
}
