/**
 * When a statement's change becomes a version: autosave keeps the statement itself up to date at every
 * pause, but records a version only after some minutes of editing, so the history holds versions a
 * delegate can tell apart (plus one per explicit save, one on leaving the editor, one per restore).
 */
import type { DraftRecommendation, Statement, StatementVersion, Timestamp } from '../model'

/** Autosave records a version at most this often (ms). */
export const AUTOSAVE_VERSION_INTERVAL_MS = 5 * 60 * 1000

type Versioned = Pick<Statement, 'title' | 'content' | 'fields'> & { recommendations?: DraftRecommendation[] }

function sameFields(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) if ((a[key] ?? '') !== (b[key] ?? '')) return false
  return true
}

/** True when two states of a statement have the same words (title, text, parts, recommendations). */
export function sameWords(a: Versioned, b: Versioned): boolean {
  const ra = a.recommendations ?? []
  const rb = b.recommendations ?? []
  return (
    a.title === b.title &&
    a.content === b.content &&
    sameFields(a.fields, b.fields) &&
    ra.length === rb.length &&
    ra.every((r, i) => r.text === rb[i]!.text && r.followsUpId === rb[i]!.followsUpId)
  )
}

/** True when an autosave should also record a version: words changed and the last version is old enough. */
export function autosaveRecordsVersion(statement: Versioned, last: Pick<StatementVersion, 'createdAt'> & Versioned | undefined, now: Timestamp): boolean {
  if (!last) return true
  if (sameWords(statement, last)) return false
  return Date.parse(now) - Date.parse(last.createdAt) >= AUTOSAVE_VERSION_INTERVAL_MS
}
