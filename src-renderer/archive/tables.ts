/**
 * What the archive knows about the database's tables, read from the schema definitions alone (plain
 * constants, no Dexie), so a table added in a later schema version is archived without code changes.
 */
import { CURRENT_SCHEMA_VERSION, DERIVED_TABLES, STORE_VERSIONS } from '../domain/stores'

/**
 * Tables that describe this copy of the app rather than the mission's work: the change counter, the
 * merge bases. Backups carry them (a restore gives back the whole state); exports to a colleague do not,
 * and a merge never takes them from someone else.
 */
export const BOOKKEEPING_TABLES: readonly string[] = ['appMeta', 'syncBases']

/** The table names of a schema version, or null for a version this app does not know. */
export function tablesOfVersion(version: number): string[] | null {
  const found = STORE_VERSIONS.find((v) => v.version === version)
  return found ? Object.keys(found.stores) : null
}

/** The tables of the current schema version, in a stable order; never the derived ones (the register cache, rebuilt from the rest). */
export function currentTables(): string[] {
  return (tablesOfVersion(CURRENT_SCHEMA_VERSION) ?? []).filter((name) => !(DERIVED_TABLES as readonly string[]).includes(name))
}

/** The tables that hold the mission's work (everything but bookkeeping), for exports and merges. */
export function dataTables(): string[] {
  return currentTables().filter((name) => !BOOKKEEPING_TABLES.includes(name))
}

/** A unique index of a table: its key path (one field, or several for a compound index). */
export interface UniqueIndex {
  table: string
  keyPath: string[]
}

/** The unique indexes of the current schema (`&name`, `&[a+b]`), read from the Dexie store strings. */
export function uniqueIndexes(): UniqueIndex[] {
  const current = STORE_VERSIONS.find((v) => v.version === CURRENT_SCHEMA_VERSION)
  if (!current) return []
  const out: UniqueIndex[] = []
  for (const [table, spec] of Object.entries(current.stores) as [string, string][]) {
    // The first entry is the primary key; the rest are indexes.
    for (const part of spec.split(',').slice(1)) {
      const index = part.trim()
      if (!index.startsWith('&')) continue
      const path = index.slice(1).replace(/^\[|\]$/g, '')
      out.push({ table, keyPath: path.split('+').map((p) => p.trim()) })
    }
  }
  return out
}

/** The value at a dotted path of a record (`origin.key`), or undefined. */
export function valueAt(record: Record<string, unknown>, path: string): unknown {
  let current: unknown = record
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current
}
