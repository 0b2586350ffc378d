/** What a Dexie write touches, known before it runs: shared by the middlewares that note writes. */
import type { DBCoreMutateRequest, DBCoreTable } from 'dexie'

/**
 * The ids a mutation touches (the tables' keys are inbound, `id`), or `all` when a whole range goes
 * (clear, deleteRange).
 */
export function touchedIds(table: DBCoreTable, req: DBCoreMutateRequest): string[] | 'all' {
  switch (req.type) {
    case 'deleteRange':
      return 'all'
    case 'delete':
      return req.keys.map(String)
    case 'add':
    case 'put': {
      const extract = table.schema.primaryKey.extractKey
      const keys: unknown[] = req.keys ?? (extract ? req.values.map((v) => extract(v)) : [])
      const ids = keys.filter((k) => k !== undefined && k !== null).map(String)
      if (req.type === 'put' && req.updates) ids.push(...req.updates.keys.map(String))
      return ids
    }
  }
}
