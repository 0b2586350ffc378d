/**
 * Revision ids. Local edits are written with `new_edits: false` and a revision id chosen here, so that a
 * document can record in which revision each of its fields last changed (see merge.ts). An automatic merge
 * gets a revision id computed from what it merges, so that two laptops merging the same conflict write the
 * same revision and converge at once.
 */

const HEX = '0123456789abcdef'

function hex(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += HEX[b >> 4]! + HEX[b & 15]!
  return out
}

/** The generation of a revision id (`3-abc…` → 3). */
export function generationOf(rev: string): number {
  const n = Number.parseInt(rev, 10)
  return Number.isFinite(n) ? n : 0
}

/** The hash part of a revision id (`3-abc…` → `abc…`). */
export function hashOf(rev: string): string {
  return rev.slice(rev.indexOf('-') + 1)
}

/** A new random revision id one generation after `parentGeneration` (0 for a new document). */
export function newRevision(parentGeneration: number): string {
  return `${parentGeneration + 1}-${hex(crypto.getRandomValues(new Uint8Array(16)))}`
}

/** A revision id computed from a seed (the same seed gives the same id on every laptop). */
export async function deterministicRevision(parentGeneration: number, seed: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(seed)))
  return `${parentGeneration + 1}-${hex(digest.subarray(0, 16))}`
}

/** PouchDB's `_revisions` of a document: the newest generation and the hashes, newest first. */
export interface RevisionHistory {
  start: number
  ids: string[]
}

/** The full revision ids of a history, newest first. */
export function historyRevisions(history: RevisionHistory | undefined): string[] {
  if (!history) return []
  return history.ids.map((id, i) => `${history.start - i}-${id}`)
}

/** The history of a child revision written on top of `parent` (or of a new document). */
export function childHistory(rev: string, parent: RevisionHistory | undefined): RevisionHistory {
  return { start: generationOf(rev), ids: [hashOf(rev), ...(parent?.ids ?? [])].slice(0, 1000) }
}
