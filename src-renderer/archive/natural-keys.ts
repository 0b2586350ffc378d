/**
 * What makes two records "the same thing" when their ids differ: two colleagues who each imported the
 * same Working Group report hold the same recommendations under different ids. A merge matches by id
 * first, then by these keys, so it never stores a second copy (and never breaks a unique index).
 */
import { uniqueIndexes, valueAt } from './tables'

/** One natural key of a table: how to read it, and whether the database enforces it (unique index). */
export interface NaturalKey {
  name: string
  unique: boolean
  of: (record: Record<string, unknown>) => string | null
}

function keyFromPaths(paths: readonly string[]): NaturalKey['of'] {
  return (record) => {
    const parts: string[] = []
    for (const path of paths) {
      const value = valueAt(record, path)
      if (typeof value !== 'string' && typeof value !== 'number') return null
      parts.push(String(value))
    }
    return JSON.stringify(parts)
  }
}

// Recommendations carry the key of the document they were read from ("A/HRC/43/15#122.7#1"); only
// ones typed in by hand have none worth matching on.
function recommendationOrigin(record: Record<string, unknown>): string | null {
  const kind = valueAt(record, 'origin.kind')
  const key = valueAt(record, 'origin.key')
  if (kind === 'manual' || typeof key !== 'string' || key === '') return null
  return key
}

/** The natural keys of each table: every unique index of the schema, plus recommendation origins. */
export function naturalKeys(): Map<string, NaturalKey[]> {
  const keys = new Map<string, NaturalKey[]>()
  for (const index of uniqueIndexes()) {
    const list = keys.get(index.table) ?? []
    list.push({ name: index.keyPath.join('+'), unique: true, of: keyFromPaths(index.keyPath) })
    keys.set(index.table, list)
  }
  const recommendations = keys.get('recommendations') ?? []
  recommendations.push({ name: 'origin.key', unique: false, of: recommendationOrigin })
  keys.set('recommendations', recommendations)
  return keys
}

/** The natural keys of one record, each prefixed with its key's name (empty when it has none). */
export function naturalKeysOf(keys: readonly NaturalKey[] | undefined, record: Record<string, unknown>): { key: string; unique: boolean }[] {
  if (!keys) return []
  const out: { key: string; unique: boolean }[] = []
  for (const k of keys) {
    const value = k.of(record)
    if (value !== null) out.push({ key: `${k.name}=${value}`, unique: k.unique })
  }
  return out
}
