import { useSyncExternalStore } from 'react'
import { STATEMENT_KINDS, type Iso3, type StatementKind } from '../../domain/model'

/** What another page asks a new statement to be about (`#/statements?new=<kind>&sur=<ISO3>&session=<n>`). */
export interface NewStatementRequest {
  kind: StatementKind
  stateUnderReview: Iso3 | null
  session: number | null
}

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

/** The new statement a link asks for, or null; unknown kinds, malformed States and sessions are ignored. */
export function newStatementRequestFromHash(hash: string): NewStatementRequest | null {
  const match = /^#\/?statements\/?\?(.*)$/.exec(hash)
  if (!match) return null
  const query = new URLSearchParams(match[1])
  const kind = query.get('new')
  if (!kind || !(STATEMENT_KINDS as readonly string[]).includes(kind)) return null
  const sur = query.get('sur')
  const session = Number(query.get('session'))
  return {
    kind: kind as StatementKind,
    stateUnderReview: sur && /^[A-Z]{3}$/.test(sur) ? sur : null,
    session: Number.isInteger(session) && session >= 1 && session <= 200 ? session : null
  }
}
