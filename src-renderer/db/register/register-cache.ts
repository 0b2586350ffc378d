/**
 * What the register cache stores (table `registerCache`, schema version 4): the register's chunks
 * (register-table.ts), and one meta record that says which chunks make up the register and up to which
 * journal entry they are in step with the recommendations.
 */
import type { RegisterChunkData } from '../../domain/register-table'
import { CHUNK_FORMAT } from '../../domain/register-table'

/** The meta record of the register cache. */
export interface RegisterCacheMeta {
  id: 'meta'
  format: number
  /** The chunks hold every change noted in the journal up to this entry. */
  journalSeq: number
  /** The chunk numbers that make up the register. */
  chunks: number[]
  rows: number
  /** The register's search stems; chunk tokens are positions in this list. */
  vocabulary: string[]
  /** Every row's global index in register order (saves sorting at start), or null. */
  registerOrder: Uint32Array | null
  /** Changes each time the cache is written, so that two windows never interleave their writes. */
  generation: string
}

/** A record of the register cache: a chunk (numeric id) or the meta record (id `meta`). */
export type RegisterCacheRecord = RegisterChunkData | RegisterCacheMeta

/** True when a stored value is a meta record of this cache format. */
export function isCacheMeta(value: unknown): value is RegisterCacheMeta {
  if (typeof value !== 'object' || value === null) return false
  const m = value as Partial<RegisterCacheMeta>
  return (
    m.id === 'meta' &&
    m.format === CHUNK_FORMAT &&
    typeof m.journalSeq === 'number' &&
    Array.isArray(m.chunks) &&
    Array.isArray(m.vocabulary) &&
    (m.registerOrder === null || m.registerOrder instanceof Uint32Array) &&
    typeof m.generation === 'string'
  )
}
