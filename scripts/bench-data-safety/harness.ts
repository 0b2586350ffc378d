// The data-safety benchmark harness: runs in headless Chromium (scripts/bench-data-safety.ts builds and
// serves it) and times the app's own code: a backup (snapshot + archive), opening an archive, and a
// restore (safety backup + replacement in one transaction), at 100,000 recommendations and 1,000 measures.
import { openArchive } from '../../src-renderer/archive/read-archive'
import { stringifyWithBytes } from '../../src-renderer/archive/binary-json'
import { collect } from '../../src-renderer/archive/content'
import { sha256Hex } from '../../src-renderer/archive/crypto'
import { inThreadCompressor } from '../../src-renderer/archive/compressor'
import { writeArchive } from '../../src-renderer/archive/write-archive'
import type { ArchiveContent } from '../../src-renderer/archive/format'
import { openDatabase } from '../../src-renderer/db/schema/open'
import type { UprDeskDatabase } from '../../src-renderer/db/schema/database'
import { createRepositories, type Repositories } from '../../src-renderer/db/repositories'
import { withSearchText } from '../../src-renderer/db/repositories/recommendations'
import { CURRENT_SCHEMA_VERSION } from '../../src-renderer/domain/stores'
import type { Recommendation, RecoveryMeasure } from '../../src-renderer/domain/model'
import { DataSafetyService } from '../../src-renderer/features/data-safety/data-safety-service'
import type { BackupInfo, Platform } from '../../src-renderer/platform'
import { createBrowserPlatform } from '../../src-renderer/platform/browser'
import { syntheticRecommendation } from '../bench-records'

/** A recommendation of realistic length (about 250-300 characters), with its search text. */
function recommendation(i: number): Recommendation {
  return withSearchText(syntheticRecommendation(i))
}

function measure(i: number): RecoveryMeasure {
  const at = new Date(Date.UTC(2026, 0, 1) + i).toISOString()
  return {
    id: `msr_bench_${String(i).padStart(5, '0')}`,
    createdAt: at,
    updatedAt: at,
    title: `Free internet for pupils during school closures (${i})`,
    description: 'Mobile data vouchers for pupils in distance learning, with a help line for families without a computer.',
    type: 'programme',
    adoptedOn: '2020-04-02',
    inForceFrom: '2020-04-06',
    endedOn: '2021-06-30',
    status: 'ended',
    responsibleBody: 'Ministry of Education',
    legalInstrument: 'Government decision 2020/14',
    budget: { amount: 1_200_000 + i, currency: 'EUR' },
    rights: ['education'],
    groups: ['children'],
    sdgTargets: ['4.1'],
    results: '38,500 pupils connected',
    indicators: 'share of pupils with access',
    lessonsLearned: 'Vouchers reached rural families faster than devices.',
    goodPractice: i % 10 === 0
  }
}

/** The browser platform with backups kept in memory (the benchmark times the app, not a backup store). */
function benchPlatform(): Platform {
  const kept = new Map<string, Uint8Array>()
  let n = 0
  return {
    ...createBrowserPlatform(),
    appVersion: async () => 'bench',
    backups: {
      kind: 'browser',
      list: async () => [],
      write: async (bytes, kind) => {
        const name = `upr-desk-backup-20261127-100000-${String(n++).padStart(3, '0')}-${kind}.uprdesk`
        kept.set(name, bytes)
        const info: BackupInfo = { name, kind, createdAt: new Date().toISOString(), size: bytes.byteLength, appVersion: 'bench', schemaVersion: CURRENT_SCHEMA_VERSION, counts: null, encrypted: false }
        return info
      },
      read: async (name) => kept.get(name) ?? new Uint8Array()
    }
  }
}

/** The repositories of a database, and the database itself (the bench seeds and changes it directly). */
const databases = new WeakMap<Repositories, UprDeskDatabase>()

async function repositoriesFor(name: string): Promise<Repositories> {
  const opened = await openDatabase(name)
  if (opened.status !== 'ready') throw new Error(`database ${name}: ${opened.status}`)
  const repos = createRepositories(opened.db)
  databases.set(repos, opened.db)
  return repos
}

function databaseOf(repos: Repositories): UprDeskDatabase {
  const db = databases.get(repos)
  if (!db) throw new Error('no database for these repositories')
  return db
}

const ms = (t0: number) => Math.round(performance.now() - t0)
let source: Repositories | null = null
let archive: Uint8Array | null = null

const bench = {
  /** Fills the source database (100,000 recommendations and 1,000 measures by default). */
  async seed(recommendations: number, measures: number): Promise<{ ms: number }> {
    const t0 = performance.now()
    source = await repositoriesFor('bench-source')
    const db = databaseOf(source)
    for (let start = 0; start < recommendations; start += 10_000) {
      const chunk = Array.from({ length: Math.min(10_000, recommendations - start) }, (_, k) => recommendation(start + k))
      await db.transaction('rw', db.recommendations, () => db.recommendations.bulkPut(chunk))
    }
    await db.transaction('rw', db.recoveryMeasures, () => db.recoveryMeasures.bulkPut(Array.from({ length: measures }, (_, i) => measure(i))))
    await db.missionProfile.put({ id: 'mission', stateIso3: 'SVN', missionName: 'Permanent Mission of Slovenia', city: 'Geneva', language: 'en', speakingRateWpm: 125, createdAt: 'x', updatedAt: 'x' })
    return { ms: ms(t0) }
  },

  /** A backup: one read-only snapshot of every table, written as a compressed, checksummed archive. */
  async backup(): Promise<{ ms: number; bytes: number }> {
    if (!source) throw new Error('seed first')
    const service = new DataSafetyService(source, benchPlatform())
    const t0 = performance.now()
    const info = await service.backUp('manual', 'Bench')
    const took = ms(t0)
    archive = await service.readBackup(info.name)
    return { ms: took, bytes: info.size }
  },

  /** Where a backup's time goes: reading the snapshot (in one transaction, then in two parts), serialising, encoding, compressing. */
  async backupPhases(): Promise<Record<string, number>> {
    if (!source) throw new Error('seed first')
    let t0 = performance.now()
    const chunks: { table: string; records: readonly Record<string, unknown>[] }[] = []
    for await (const chunk of source.archives.snapshot().chunks) chunks.push(chunk)
    const readInOneMs = ms(t0)
    t0 = performance.now()
    await source.archives.withSnapshot(async (all) => {
      for await (const chunk of all) void chunk
    })
    const readInTwoMs = ms(t0)
    t0 = performance.now()
    const lines = chunks.map((c) => stringifyWithBytes(c.records))
    const stringifyMs = ms(t0)
    t0 = performance.now()
    const encoder = new TextEncoder()
    const encoded = lines.map((l) => {
      const buffer = new Uint8Array(l.length * 3)
      return buffer.subarray(0, encoder.encodeInto(l, buffer).written)
    })
    const encodeMs = ms(t0)
    t0 = performance.now()
    const gzip = new CompressionStream('gzip')
    const writer = gzip.writable.getWriter()
    const out = collect(gzip.readable)
    for (const e of encoded) await writer.write(e)
    await writer.close()
    const compressed = await out
    const gzipMs = ms(t0)
    t0 = performance.now()
    await sha256Hex(compressed)
    return { readInOneMs, readInTwoMs, stringifyMs, encodeMs, gzipMs, shaMs: ms(t0), jsonBytes: encoded.reduce((n, e) => n + e.byteLength, 0) }
  },

  /** A backup with gzip in a worker and with gzip on the main thread, alternately (same conditions). */
  async compressionPlaces(): Promise<{ workerMs: number[]; inThreadMs: number[] }> {
    if (!source) throw new Error('seed first')
    const out = { workerMs: [] as number[], inThreadMs: [] as number[] }
    for (let i = 0; i < 2; i++) {
      for (const place of ['worker', 'inThread'] as const) {
        const t0 = performance.now()
        await writeArchive({ appVersion: 'bench', schemaVersion: CURRENT_SCHEMA_VERSION, purpose: 'backup', scope: { kind: 'mission', id: null, label: 'Bench' }, chunks: source.archives.snapshot().chunks, ...(place === 'inThread' ? { compressor: inThreadCompressor() } : {}) })
        out[place === 'worker' ? 'workerMs' : 'inThreadMs'].push(ms(t0))
      }
    }
    return out
  },

  /** Opening the archive: checksums, decompression, every line read and checked. */
  async open(): Promise<{ ms: number; records: number }> {
    if (!archive) throw new Error('back up first')
    const t0 = performance.now()
    const opened = await openArchive(archive, { supportedSchemaVersion: CURRENT_SCHEMA_VERSION })
    if (!opened.ok) throw new Error(opened.detail)
    return { ms: ms(t0), records: Object.values(opened.content.tables).reduce((n, r) => n + r.length, 0) }
  },

  /**
   * A restore of the archive into a database: opening it, the safety backup of what is there, and the
   * replacement in one transaction. `change` edits that many records first (a restore after some work);
   * a database name other than the source's restores onto a new, empty computer.
   */
  async restore(target: 'source' | 'empty', change: number): Promise<{ ms: number; openMs: number; safetyAndReplaceMs: number; written: number; deleted: number; unchanged: number }> {
    if (!archive || !source) throw new Error('back up first')
    const repos = target === 'source' ? source : await repositoriesFor(`bench-empty-${Date.now()}`)
    if (change > 0) {
      const db = databaseOf(repos)
      const some = await db.recommendations.limit(change).toArray()
      await db.transaction('rw', db.recommendations, () => db.recommendations.bulkPut(some.map((r) => ({ ...r, notes: 'changed after the backup', updatedAt: new Date().toISOString() }))))
    }
    const service = new DataSafetyService(repos, benchPlatform())
    const t0 = performance.now()
    const opened = await openArchive(archive, { supportedSchemaVersion: CURRENT_SCHEMA_VERSION })
    if (!opened.ok) throw new Error(opened.detail)
    const openMs = ms(t0)
    const t1 = performance.now()
    const { report } = await service.restore(opened.content as ArchiveContent, 'Bench')
    return { ms: ms(t0), openMs, safetyAndReplaceMs: ms(t1), ...report }
  }
}

;(window as unknown as { bench: typeof bench }).bench = bench
document.documentElement.dataset['ready'] = 'true'
