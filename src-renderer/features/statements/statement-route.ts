import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The statement named by the URL (`#/statements/<id>`), or null for the list. */
export function statementIdFromHash(hash: string): string | null {
  const match = /^#\/?statements\/([^/?#]+)/.exec(hash)
  return match ? decodeURIComponent(match[1]!) : null
}

/** The open statement's id, re-rendering on navigation. */
export function useOpenStatementId(): string | null {
  return useSyncExternalStore(subscribe, () => statementIdFromHash(window.location.hash))
}

/** The href of a statement's editor. */
export function statementHref(id: string): string {
  return `#/statements/${encodeURIComponent(id)}`
}

/** Opens a statement's editor. */
export function openStatement(id: string): void {
  window.location.hash = statementHref(id)
}
