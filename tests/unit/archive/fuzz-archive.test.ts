import { testRepositories } from '../db/test-repositories'
/**
 * Property-based fuzzing of the archive reader: real archives damaged in their bytes, in their header
 * (with valid checksums recomputed, as a forger would) and in their content lines (recompressed). The
 * reader never throws, refuses with one of its known reasons or opens something valid, and a refused
 * archive never changes the database.
 */
import fc from 'fast-check'
import { fixedRuns } from '../fuzz-seed'
import { afterAll, describe, expect, it } from 'vitest'
import { collect } from '../../../src-renderer/archive/content'
import { sha256Hex } from '../../../src-renderer/archive/crypto'
import { PREAMBLE_BYTES, TRAILER_BYTES, type ArchiveHeader } from '../../../src-renderer/archive/format'
import { checkRecord } from '../../../src-renderer/archive/record-schemas'
import { openArchive, readArchiveHeader } from '../../../src-renderer/archive/read-archive'
import { tablesOfVersion } from '../../../src-renderer/archive/tables'
import { assemble } from '../../../src-renderer/archive/write-archive'
import type { UprDeskDatabase } from '../../../src-renderer/db/schema/database'
import { openDatabase } from '../../../src-renderer/db/schema/open'
import { CURRENT_SCHEMA_VERSION } from '../../../src-renderer/domain/stores'
import { mutatedBytes, mutatedText } from '../import/fuzz-samples'
import { sampleArchive, sampleTables } from './archive-fixtures'

/** A fixed seed and number of runs: the same archives every time (`npm run fuzz` hunts with random ones). */
const runs = fixedRuns

const REASONS = ['not-an-archive', 'truncated', 'corrupted', 'newer-format', 'newer-schema', 'needs-passphrase', 'wrong-passphrase', 'too-large', 'invalid-record']
const PASSPHRASE = 'correct horse battery staple'
const options = { supportedSchemaVersion: CURRENT_SCHEMA_VERSION, passphrase: PASSPHRASE }

const plain = await sampleArchive()
const encrypted = await sampleArchive({ passphrase: PASSPHRASE, iterations: 1_000 })
const empty = await sampleArchive({ tables: {} })
const bases = [plain, encrypted, empty]

/** Opens, and checks the outcome is a known refusal or a valid archive; never an exception. */
async function expectSafeOutcome(bytes: Uint8Array): Promise<boolean> {
  const result = await openArchive(bytes, options)
  if (!result.ok) {
    expect(REASONS).toContain(result.reason)
    expect(result.detail.length).toBeGreaterThan(0)
    return false
  }
  const allowed = tablesOfVersion(result.header.schemaVersion) ?? []
  for (const [table, records] of Object.entries(result.content.tables)) {
    expect(allowed).toContain(table)
    expect(result.header.counts[table]).toBe(records.length)
    for (const r of records) expect(typeof r.id).toBe('string')
    // Every record opened fits its table's schema: nothing of the wrong type reaches a restore.
    for (const r of records) expect(checkRecord(table, r)).toBeNull()
  }
  return true
}

function split(bytes: Uint8Array): { header: ArchiveHeader; payload: Uint8Array } {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, false)
  return {
    header: JSON.parse(new TextDecoder().decode(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + length))) as ArchiveHeader,
    payload: bytes.subarray(PREAMBLE_BYTES + length, bytes.length - TRAILER_BYTES)
  }
}

const jsonValue = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(-1), fc.constant(1e12), fc.array(fc.integer(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }))
const headerPath = fc.constantFrom(
  ['format'], ['formatVersion'], ['appVersion'], ['schemaVersion'], ['createdAt'], ['purpose'], ['scope'], ['counts'], ['counts', 'recommendations'], ['counts', 'unknownTable'],
  ['content'], ['content', 'bytes'], ['content', 'uncompressedBytes'], ['content', 'sha256'], ['content', 'compression'], ['content', 'encryption'],
  ['content', 'encryption', 'iterations'], ['content', 'encryption', 'salt'], ['content', 'encryption', 'iv'], ['content', 'encryption', 'check'], ['content', 'encryption', 'algorithm'], ['extra']
)

/** A forged header: fields changed or removed, checksums recomputed so the reader must judge the fields. */
const forgedHeader = fc.tuple(fc.constantFrom(...bases), fc.array(fc.tuple(headerPath, fc.option(jsonValue, { nil: undefined })), { minLength: 1, maxLength: 4 })).map(async ([base, edits]) => {
  const { header, payload } = split(base)
  const changed = structuredClone(header) as unknown as Record<string, unknown>
  for (const [path, value] of edits) {
    let target: Record<string, unknown> | null = changed
    for (const key of path.slice(0, -1)) target = typeof target?.[key] === 'object' && target[key] !== null ? (target[key] as Record<string, unknown>) : null
    if (!target) continue
    const last = path[path.length - 1]!
    if (value === undefined) delete target[last]
    else target[last] = value
  }
  return assemble(changed as unknown as ArchiveHeader, payload)
})

async function gunzip(bytes: Uint8Array): Promise<string> {
  const stream = new DecompressionStream('gzip')
  const writer = stream.writable.getWriter()
  void writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close())
  return new TextDecoder().decode(await collect(stream.readable))
}

async function gzip(text: string): Promise<Uint8Array> {
  const stream = new CompressionStream('gzip')
  const writer = stream.writable.getWriter()
  void writer.write(new TextEncoder().encode(text)).then(() => writer.close())
  return collect(stream.readable)
}

const plainContent = await gunzip(split(plain).payload)

/** Damaged content lines, recompressed, in an archive whose header and checksums match them. */
const forgedContent = fc.tuple(mutatedText(plainContent), fc.boolean()).map(async ([text, keepCounts]) => {
  const { header } = split(plain)
  const compressed = await gzip(text)
  const size = new TextEncoder().encode(text).byteLength
  const counts = keepCounts ? header.counts : Object.fromEntries(Object.keys(header.counts).map((k) => [k, 0]))
  const forged: ArchiveHeader = { ...header, counts, content: { ...header.content, bytes: compressed.byteLength, uncompressedBytes: size, sha256: await sha256Hex(compressed) } }
  return assemble(forged, compressed)
})

describe('fuzzing the archive reader', () => {
  it('opens the undamaged archives', async () => {
    for (const base of bases) expect(await expectSafeOutcome(base)).toBe(true)
  })

  it('never throws on archives with damaged bytes, and refuses nearly all of them', async () => {
    let opened = 0
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedBytes(plain), mutatedBytes(encrypted), mutatedBytes(empty)), async (bytes) => {
        if (await expectSafeOutcome(bytes)) opened++
        readArchiveHeader(bytes, CURRENT_SCHEMA_VERSION)
      }),
      runs(1500)
    )
    // Only edits that leave the bytes as they were (or rebuild the same file) can open.
    expect(opened).toBeLessThan(Math.ceil(1500 * 0.05))
  })

  it('never throws on forged headers with valid checksums', async () => {
    await fc.assert(
      fc.asyncProperty(forgedHeader, async (pending) => {
        await expectSafeOutcome(await pending)
      }),
      runs(1000)
    )
  })

  it('never throws on damaged content lines, recompressed with matching checksums', async () => {
    await fc.assert(
      fc.asyncProperty(forgedContent, async (pending) => {
        await expectSafeOutcome(await pending)
      }),
      runs(800)
    )
  })

  it('never throws on random bytes, nor on random bytes behind a valid signature', async () => {
    const magic = plain.subarray(0, 12)
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), async (bytes, signed) => {
        const input = signed ? new Uint8Array([...magic, ...bytes]) : bytes
        expect(await expectSafeOutcome(input)).toBe(false)
      }),
      runs(800)
    )
  })
})

describe('a refused archive changes nothing', () => {
  const opened: UprDeskDatabase[] = []
  afterAll(() => opened.forEach((db) => db.close()))

  it('restoring damaged archives either replaces everything or leaves every table as it was', async () => {
    const result = await openDatabase(`fuzz-archive-${crypto.randomUUID()}`)
    if (result.status !== 'ready') throw new Error(result.status)
    opened.push(result.db)
    const repos = testRepositories(result.db)
    const tables = sampleTables()
    await repos.db.transaction('rw', Object.keys(tables), async () => {
      for (const [name, records] of Object.entries(tables)) await repos.db.table(name).bulkPut(records)
    })
    await repos.db.missionProfile.update('mission', { missionName: 'Held before the fuzzing' })
    const everything = async () => Object.fromEntries(await Promise.all(repos.db.tables.map(async (t) => [t.name, await t.toArray()] as const)))

    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedBytes(plain), forgedContent.map((p) => p), forgedHeader.map((p) => p)), async (input) => {
        const bytes = input instanceof Uint8Array ? input : await input
        const before = await everything()
        const archive = await openArchive(bytes, options)
        if (!archive.ok) {
          expect(await everything()).toEqual(before)
          return
        }
        // An archive that opens is restored whole: every table it holds is exactly its content.
        if (archive.content.scope.kind !== 'mission') return
        try {
          await repos.archives.replaceAll(archive.content)
        } catch {
          expect(await everything()).toEqual(before)
          return
        }
        for (const [name, records] of Object.entries(archive.content.tables)) {
          if (name === 'appMeta') continue
          const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : 1))
          expect(await repos.db.table(name).toArray()).toEqual(sorted)
        }
        // Put the known state back for the next run.
        await repos.archives.replaceAll({ scope: archive.content.scope, tables: before as never })
      }),
      runs(80)
    )
  })
})
