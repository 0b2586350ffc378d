/**
 * The merge of a document's conflicting revisions, field by field (pure). CouchDB keeps every conflicting
 * revision and picks the same winner everywhere; this decides what the person needs to see.
 *
 * Each field carries a stamp: the revision in which it last changed. For two versions A and B of a field:
 * equal stamps → same value; B's stamp among A's ancestors (or among the stamps A's value supersedes) →
 * A already saw B's value and changed it since, A wins; the other way round, B wins; equal values → no
 * conflict; otherwise both laptops changed it: a real conflict the person resolves.
 */
import { canonicalJson } from '../archive/record-hash'
import { stampOf, type RecordData, type SyncDoc } from './documents'
import { historyRevisions } from './revisions'

/** One leaf revision of a document, decrypted. */
export interface Leaf {
  doc: SyncDoc
  data: RecordData
}

/** A field both sides changed, with the value of each. */
export interface FieldConflict {
  field: string
  winner: unknown
  loser: unknown
  /** The loser revision it came from. */
  loserRev: string
}

/** The outcome of merging a winner with its losing revisions. */
export interface MergeResult {
  /** The merged data: the winner's, with every field changed on one side only taken from that side. */
  data: RecordData
  stamps: Record<string, string>
  superseded: Record<string, string[]>
  /** Fields changed on both sides (the winner's value is in `data`). */
  conflicts: FieldConflict[]
  /** True when the merged data or stamps differ from the winner's. */
  changed: boolean
}

/** At most this many superseded stamps are kept per field (each is a merge's trace). */
const MAX_SUPERSEDED = 20

/**
 * Bookkeeping fields that never need a person: the first creation time, the last change, and an import
 * origin that differs only by when each laptop imported the same document. Each returns true to take
 * the loser's value, false to keep the winner's, null when the difference is real (a conflict); the
 * choice depends only on the two values, so every laptop makes the same one.
 */
const QUIET_FIELDS: Record<string, (winner: unknown, loser: unknown) => boolean | null> = {
  createdAt: (a, b) => String(b) < String(a),
  updatedAt: (a, b) => String(b) > String(a),
  origin: (a, b) => {
    const strip = (v: unknown) => canonicalJson(typeof v === 'object' && v !== null ? { ...v, importedAt: undefined } : v)
    return strip(a) === strip(b) ? canonicalJson(b) < canonicalJson(a) : null
  }
}

interface Side {
  data: RecordData
  stamps: Map<string, string>
  superseded: Map<string, Set<string>>
  history: Set<string>
}

function sideOf(leaf: Leaf): Side {
  const fields = new Set([...Object.keys(leaf.data), ...Object.keys(leaf.doc.s)])
  const stamps = new Map([...fields].map((f) => [f, stampOf(leaf.doc, f)]))
  const superseded = new Map(Object.entries(leaf.doc.o ?? {}).map(([f, list]) => [f, new Set(list)]))
  const history = new Set(historyRevisions(leaf.doc._revisions))
  history.add(leaf.doc._rev)
  return { data: leaf.data, stamps, superseded, history }
}

function knows(side: Side, field: string, stamp: string): boolean {
  return side.history.has(stamp) || (side.superseded.get(field)?.has(stamp) ?? false)
}

/** Merges the winning revision with the losing ones (each non-deleted leaf other than the winner). */
export function mergeLeaves(winner: Leaf, losers: readonly Leaf[]): MergeResult {
  const current = sideOf(winner)
  const conflicts: FieldConflict[] = []
  let changed = false
  for (const loserLeaf of losers) {
    const loser = sideOf(loserLeaf)
    const fields = new Set([...current.stamps.keys(), ...loser.stamps.keys()])
    for (const field of [...fields].sort()) {
      const a = current.stamps.get(field)
      const b = loser.stamps.get(field)
      if (a === b) continue
      const both = new Set([...(current.superseded.get(field) ?? []), ...(loser.superseded.get(field) ?? [])])
      let takeLoser: boolean
      let quiet: boolean | null
      if (b === undefined || knows(current, field, b)) takeLoser = false
      else if (a === undefined || knows(loser, field, a)) takeLoser = true
      else if (canonicalJson(current.data[field]) === canonicalJson(loser.data[field])) takeLoser = false
      else if ((quiet = QUIET_FIELDS[field]?.(current.data[field], loser.data[field]) ?? null) !== null) takeLoser = quiet
      else {
        conflicts.push({ field, winner: current.data[field], loser: loser.data[field], loserRev: loserLeaf.doc._rev })
        continue
      }
      if (takeLoser) {
        if (a !== undefined) both.add(a)
        current.data = { ...current.data, [field]: loser.data[field] }
        if (loser.data[field] === undefined) delete current.data[field]
        current.stamps.set(field, b!)
      } else if (b !== undefined) {
        both.add(b)
      }
      both.delete(current.stamps.get(field) ?? '')
      current.superseded.set(field, new Set([...both].sort().slice(-MAX_SUPERSEDED)))
      changed = true
    }
    for (const rev of loser.history) current.history.add(rev)
  }
  const stamps = Object.fromEntries([...current.stamps].filter(([, stamp]) => stamp !== winner.doc.c))
  const superseded = Object.fromEntries([...current.superseded].filter(([, set]) => set.size > 0).map(([f, set]) => [f, [...set].sort()]))
  return { data: current.data, stamps, superseded, conflicts, changed }
}
