/** Parameters after the route in the URL hash (`#/review?session=47`), so a page can be linked and reloaded. */
import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The parameters of a hash such as `#/review?session=47`. */
export function paramsOfHash(hash: string): URLSearchParams {
  const query = hash.indexOf('?')
  return new URLSearchParams(query < 0 ? '' : hash.slice(query + 1))
}

/** One parameter of the current hash, re-rendering on navigation. */
export function useHashParam(name: string): string | null {
  return useSyncExternalStore(subscribe, () => paramsOfHash(window.location.hash).get(name))
}

/** Replaces the current hash's parameters (keeps the route), without adding a history entry for each change. */
export function setHashParams(route: string, params: Record<string, string>): void {
  const query = new URLSearchParams(params).toString()
  const hash = `#/${route}${query ? `?${query}` : ''}`
  if (window.location.hash === hash) return
  window.history.replaceState(null, '', hash)
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}
