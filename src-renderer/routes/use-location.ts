/**
 * The one reader and writer of the window's location: pages read where they are with `useLocation` and
 * move with `navigate` (or plain links to `hrefOf(...)`). Nothing else touches `window.location`.
 */
import { useSyncExternalStore } from 'react'
import { hrefOf, parseLocation, type AppLocation } from './location'

const listeners = new Set<() => void>()
let lastHash: string | null = null
let lastLocation: AppLocation = { page: 'dashboard' }

function notify(): void {
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', notify)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('hashchange', notify)
  }
}

/** The current location, the same object for as long as the address does not change. */
export function currentLocation(): AppLocation {
  const hash = window.location.hash
  if (hash !== lastHash) {
    lastHash = hash
    lastLocation = parseLocation(hash)
  }
  return lastLocation
}

/** Where the app is, re-rendering on navigation. */
export function useLocation(): AppLocation {
  return useSyncExternalStore(subscribe, currentLocation)
}

/**
 * Goes to a place. `replace` changes the address without a new history entry (a choice inside a page,
 * such as the review shown); otherwise Back returns to where the delegate was.
 */
export function navigate(to: Parameters<typeof hrefOf>[0], { replace = false }: { replace?: boolean } = {}): void {
  const href = hrefOf(to)
  if (window.location.hash === href) return
  if (replace) {
    window.history.replaceState(null, '', href)
    notify()
  } else {
    window.location.hash = href
  }
}
