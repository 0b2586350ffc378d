/**
 * The merge of someone else's archive into ours, decided record by record (pure: no storage here).
 *
 * Records are matched by id, then by natural key (natural-keys.ts). For each pair, the merge base (the
 * hash of the record as it was when last exchanged, kept in `syncBases`) tells which side changed:
 * only theirs → theirs wins; only ours → ours stays; both → a conflict the person decides. Without a
 * base, two different versions are a conflict too: nothing says which is newer.
 */
import type { ArchiveRecord, ArchiveTables } from './format'
import { naturalKeys, naturalKeysOf, type NaturalKey } from './natural-keys'
import { canonicalJson, recordHash } from './record-hash'

/** What the merge does with one incoming record. */
export type MergeAction =
  /** New to us: stored. */
  | 'add'
  /** Only they changed it since the last exchange: their version is stored. */
  | 'update'
  /** Identical on both sides. */
  | 'same'
  /** Only we changed it: ours stays. */
  | 'keep-mine'
  /** We deleted it and they did not change it: it stays deleted. */
  | 'keep-deleted'
  /** It would take the unique key (a name, a session and State …) of another of our records: skipped. */
  | 'skip-clash'
  /** Both changed it (or we deleted it and they changed it): the person chooses. */
  | 'conflict'

/** One incoming record and its fate. */
export interface MergeItem {
  table: string
  /** Their record, onto our id when matched by natural key, references to remapped ids rewritten. */
  theirs: ArchiveRecord
  theirsHash: string
  /** Our record with that id, or null when we have none (never had, or deleted). */
  mine: ArchiveRecord | null
  mineHash: string | null
  action: MergeAction
  /** True when matched by natural key rather than by id (their id differed from ours). */
  matchedByKey: boolean
}

/** What we hold, as far as the incoming records are concerned. */
export interface LocalView {
  /** Our records with the incoming ids, by table then id. */
  byId: Map<string, Map<string, ArchiveRecord>>
  /** Our records by natural key (naturalKeysOf), by table, for every natural key of the incoming records. */
  byNaturalKey: Map<string, Map<string, ArchiveRecord>>
  /** Merge bases by `<table>:<id>`. */
  bases: Map<string, string>
}

/** The merge, before the person resolves its conflicts. */
export interface MergePlan {
  items: MergeItem[]
  /** The conflicts, in order (also in items). */
  conflicts: MergeItem[]
  counts: Record<MergeAction, number>
}

/** The person's choice for a conflict. */
export type ConflictChoice = 'mine' | 'theirs'

/** The key of a merge base (and of an item): table and record id. */
export function baseKey(table: string, id: string): string {
  return `${table}:${id}`
}

/** The natural keys the repository must look up locally for these incoming tables. */
export function naturalKeysToLookUp(incoming: ArchiveTables): Map<string, string[]> {
  const keys = naturalKeys()
  const out = new Map<string, string[]>()
  for (const [table, records] of Object.entries(incoming)) {
    const defs = keys.get(table)
    if (!defs) continue
    out.set(table, records.flatMap((r) => naturalKeysOf(defs, r).map((k) => k.key)))
  }
  return out
}

/** Rewrites every string equal to a remapped id, anywhere in a record (links, statement ids …). */
export function remapIds<T>(value: T, idMap: ReadonlyMap<string, string>): T {
  if (idMap.size === 0) return value
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return idMap.get(v) ?? v
    if (v === null || typeof v !== 'object' || v instanceof Uint8Array) return v
    if (Array.isArray(v)) return v.map(walk)
    return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]))
  }
  return walk(value) as T
}

const ZERO_COUNTS: Record<MergeAction, number> = { add: 0, update: 0, same: 0, 'keep-mine': 0, 'keep-deleted': 0, 'skip-clash': 0, conflict: 0 }

/** Plans the merge of incoming tables (bookkeeping tables already left out) into what we hold. */
export function planMerge(incoming: ArchiveTables, local: LocalView): MergePlan {
  const keyDefs = naturalKeys()
  // 1. Match: by id, else by a natural key no other incoming record has claimed.
  const idMap = new Map<string, string>()
  const matches: { table: string; record: ArchiveRecord; mine: ArchiveRecord | null; byKey: boolean }[] = []
  for (const [table, records] of Object.entries(incoming)) {
    const byId = local.byId.get(table)
    const byKey = local.byNaturalKey.get(table)
    const claimed = new Set<string>(records.filter((r) => byId?.has(r.id)).map((r) => r.id))
    for (const record of records) {
      const sameId = byId?.get(record.id)
      if (sameId) {
        matches.push({ table, record, mine: sameId, byKey: false })
        continue
      }
      let found: ArchiveRecord | null = null
      for (const { key } of naturalKeysOf(keyDefs.get(table), record)) {
        const candidate = byKey?.get(key)
        if (candidate && !claimed.has(candidate.id)) {
          found = candidate
          break
        }
      }
      if (found) {
        claimed.add(found.id)
        idMap.set(record.id, found.id)
      }
      matches.push({ table, record, mine: found, byKey: found !== null })
    }
  }

  // 2. Decide, on their records rewritten onto our ids.
  const items: MergeItem[] = []
  const counts = { ...ZERO_COUNTS }
  for (const { table, record, mine, byKey } of matches) {
    let theirs = remapIds(record, idMap)
    if (byKey && mine) theirs = { ...theirs, id: mine.id, ...(mine['createdAt'] !== undefined ? { createdAt: mine['createdAt'] } : {}) }
    const theirsHash = recordHash(theirs)
    const mineHash = mine ? recordHash(mine) : null
    const base = local.bases.get(baseKey(table, theirs.id)) ?? null
    let action: MergeAction
    if (mine === null) action = base === null ? 'add' : base === theirsHash ? 'keep-deleted' : 'conflict'
    else if (mineHash === theirsHash) action = 'same'
    // Only they changed it, unless their version is older than ours: then the base is from an exchange
    // with someone else (or an archive never sent), and taking theirs would quietly undo our work.
    else if (base === mineHash) action = isOlder(theirs, mine) ? 'conflict' : 'update'
    else if (base === theirsHash) action = 'keep-mine'
    else action = 'conflict'
    if ((action === 'add' || action === 'update' || action === 'conflict') && clashes(table, theirs, keyDefs.get(table), local)) action = 'skip-clash'
    counts[action]++
    items.push({ table, theirs, theirsHash, mine, mineHash, action, matchedByKey: byKey })
  }
  return { items, conflicts: items.filter((i) => i.action === 'conflict'), counts }
}

function isOlder(theirs: ArchiveRecord, mine: ArchiveRecord): boolean {
  const a = typeof theirs['updatedAt'] === 'string' ? Date.parse(theirs['updatedAt']) : NaN
  const b = typeof mine['updatedAt'] === 'string' ? Date.parse(mine['updatedAt']) : NaN
  return a < b
}

// Storing their record would give it the unique key of a different record of ours.
function clashes(table: string, theirs: ArchiveRecord, defs: readonly NaturalKey[] | undefined, local: LocalView): boolean {
  const byKey = local.byNaturalKey.get(table)
  if (!byKey) return false
  return naturalKeysOf(defs, theirs).some(({ key, unique }) => {
    const holder = unique ? byKey.get(key) : undefined
    return holder !== undefined && holder.id !== theirs.id
  })
}

/** What the merge writes, and its report for the person. */
export interface MergeOutcome {
  /** Records to store, by table. */
  puts: Map<string, ArchiveRecord[]>
  /** New merge bases: every exchanged record's hash as received. */
  bases: { id: string; hash: string }[]
  /** Items whose record is written: their `mineHash` must still hold when the writes happen. */
  written: MergeItem[]
  report: MergeReport
}

/** The report shown after a merge. */
export interface MergeReport {
  added: number
  updated: number
  /** Left as they were: identical, changed only by us, deleted by us, or clashing. */
  skipped: number
  unchanged: number
  keptMine: number
  keptDeleted: number
  clashes: number
  conflictsKeptMine: number
  conflictsTookTheirs: number
}

/** Applies the person's choices (unanswered conflicts keep ours) and lists the writes. */
export function mergeOutcome(plan: MergePlan, choices: ReadonlyMap<string, ConflictChoice>): MergeOutcome {
  const puts = new Map<string, ArchiveRecord[]>()
  const bases: { id: string; hash: string }[] = []
  const written: MergeItem[] = []
  const report: MergeReport = { added: 0, updated: 0, skipped: 0, unchanged: 0, keptMine: 0, keptDeleted: 0, clashes: 0, conflictsKeptMine: 0, conflictsTookTheirs: 0 }
  const put = (item: MergeItem) => {
    const list = puts.get(item.table) ?? []
    list.push(item.theirs)
    puts.set(item.table, list)
    written.push(item)
  }
  for (const item of plan.items) {
    switch (item.action) {
      case 'add':
        put(item)
        report.added++
        break
      case 'update':
        put(item)
        report.updated++
        break
      case 'same':
        report.unchanged++
        break
      case 'keep-mine':
        report.keptMine++
        break
      case 'keep-deleted':
        report.keptDeleted++
        break
      case 'skip-clash':
        report.clashes++
        continue // no exchange happened for this record: its base stays as it was
      case 'conflict':
        if (choices.get(baseKey(item.table, item.theirs.id)) === 'theirs') {
          put(item)
          report.conflictsTookTheirs++
        } else {
          report.conflictsKeptMine++
        }
        break
    }
    bases.push({ id: baseKey(item.table, item.theirs.id), hash: item.theirsHash })
  }
  report.skipped = report.unchanged + report.keptMine + report.keptDeleted + report.clashes
  return { puts, bases, written, report }
}

/** The fields whose values differ between two versions of a record, in a stable order. */
export function changedFields(mine: ArchiveRecord | null, theirs: ArchiveRecord): string[] {
  const keys = new Set([...Object.keys(mine ?? {}), ...Object.keys(theirs)])
  return [...keys].filter((key) => canonicalJson(mine?.[key]) !== canonicalJson(theirs[key])).sort()
}
