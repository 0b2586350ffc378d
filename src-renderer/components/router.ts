import { useSyncExternalStore } from 'react'

/** The app's pages. Only areas that work are listed; later areas add theirs. */
export const ROUTES = ['dashboard', 'review', 'sessions', 'recommendations', 'statements', 'measures', 'data', 'settings'] as const
/** Pages outside the main list: Sync (from Settings and the sync status) and Conflicts (its own entry once sync is set up). */
export const OTHER_ROUTES = ['sync', 'conflicts'] as const
export type Route = (typeof ROUTES)[number] | (typeof OTHER_ROUTES)[number]

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The route named by the URL hash (`#/settings`), or the dashboard. Hash routes work under file:// too. */
export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? ''
  return (ROUTES as readonly string[]).includes(name) || (OTHER_ROUTES as readonly string[]).includes(name) ? (name as Route) : 'dashboard'
}

/** The current route, re-rendering on navigation. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash))
}

/** The href of a route. */
export function hrefOf(route: Route): string {
  return `#/${route}`
}
