import { describe, expect, it } from 'vitest'
import { PREAMBLE_BYTES, TRAILER_BYTES, type ArchiveHeader } from '../../../src-renderer/archive/format'
import { openArchive, readArchiveHeader } from '../../../src-renderer/archive/read-archive'
import { assemble } from '../../../src-renderer/archive/write-archive'
import { encodeTables } from '../../../src-renderer/archive/content'
import { sha256Hex } from '../../../src-renderer/archive/crypto'
import { CURRENT_SCHEMA_VERSION } from '../../../src-renderer/domain/stores'
import { MISSION_SCOPE, sampleArchive, sampleTables } from './archive-fixtures'

const supported = { supportedSchemaVersion: CURRENT_SCHEMA_VERSION }

function headerOf(bytes: Uint8Array): { header: ArchiveHeader; length: number } {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, false)
  return { header: JSON.parse(new TextDecoder().decode(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + length))) as ArchiveHeader, length }
}

/** Rewrites an archive with a changed header (and valid checksums), as a newer app would write one. */
async function withHeader(bytes: Uint8Array, change: (header: Record<string, unknown>) => void): Promise<Uint8Array> {
  const { header, length } = headerOf(bytes)
  const payload = bytes.subarray(PREAMBLE_BYTES + length, bytes.length - TRAILER_BYTES)
  const changed = structuredClone(header) as unknown as Record<string, unknown>
  change(changed)
  return assemble(changed as unknown as ArchiveHeader, payload)
}

describe('archive write and open', () => {
  it('gives back every table and record, byte arrays included, with header facts', async () => {
    const bytes = await sampleArchive()
    const opened = await openArchive(bytes, supported)
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    expect(opened.content.tables).toEqual(sampleTables())
    expect(opened.content.tables['attachments']![0]!['bytes']).toBeInstanceOf(Uint8Array)
    expect(opened.content.scope).toEqual(MISSION_SCOPE)
    expect(opened.header).toMatchObject({
      format: 'upr-desk-archive',
      formatVersion: 1,
      appVersion: '0.1.0',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2026-11-27T10:00:00.000Z',
      counts: { missionProfile: 1, reviews: 1, recommendations: 2, attachments: 1, tasks: 0, appMeta: 1 },
      content: { compression: 'gzip', encryption: null }
    })
    const { header, length } = headerOf(bytes)
    expect(header.content.sha256).toBe(await sha256Hex(bytes.subarray(PREAMBLE_BYTES + length, bytes.length - TRAILER_BYTES)))
  })

  it('keeps an empty table as an empty table', async () => {
    const opened = await openArchive(await sampleArchive(), supported)
    expect(opened.ok && opened.content.tables['tasks']).toEqual([])
  })

  it('encrypts with a passphrase: the content is unreadable without it, and opens with it', async () => {
    const bytes = await sampleArchive({ passphrase: 'correct horse battery staple' })
    expect(new TextDecoder().decode(bytes)).not.toContain('Ombudsman')
    const { header } = headerOf(bytes)
    expect(header.content.encryption).toMatchObject({ algorithm: 'AES-GCM', kdf: 'PBKDF2-SHA-256', iterations: 2000 })
    const opened = await openArchive(bytes, { ...supported, passphrase: 'correct horse battery staple' })
    expect(opened.ok && opened.content.tables).toEqual(sampleTables())
  })

  it('writes new archives with 600,000 PBKDF2 iterations by default', async () => {
    const bytes = await sampleArchive({ passphrase: 'a long enough passphrase', iterations: undefined })
    expect(headerOf(bytes).header.content.encryption?.iterations).toBe(600_000)
  })

  it('reads the header alone without the passphrase', async () => {
    const read = readArchiveHeader(await sampleArchive({ passphrase: 'secret passphrase' }), CURRENT_SCHEMA_VERSION)
    expect(read.ok && read.header.counts['recommendations']).toBe(2)
  })
})

describe('archive refusals, each with its own reason', () => {
  it('refuses a file that is not an archive', async () => {
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode('{"format":"upr-desk-rescue"}'), new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0])]) {
      expect(await openArchive(bytes, supported)).toMatchObject({ ok: false, reason: 'not-an-archive' })
    }
  })

  it('refuses a truncated archive wherever it was cut', async () => {
    const bytes = await sampleArchive()
    for (const cut of [5, 8, 11, 20, PREAMBLE_BYTES + 40, Math.floor(bytes.length / 2), bytes.length - TRAILER_BYTES, bytes.length - 1]) {
      expect(await openArchive(bytes.subarray(0, cut), supported), `cut at ${cut}`).toMatchObject({ ok: false, reason: 'truncated' })
    }
  })

  it('refuses a corrupted archive: a changed byte in the header, payload or checksum', async () => {
    const bytes = await sampleArchive()
    const { length } = headerOf(bytes)
    for (const at of [PREAMBLE_BYTES + 3, PREAMBLE_BYTES + length - 10, PREAMBLE_BYTES + length + 5, bytes.length - 40, bytes.length - 1]) {
      const damaged = bytes.slice()
      damaged[at] = damaged[at]! ^ 0x01
      expect(await openArchive(damaged, supported), `byte ${at}`).toMatchObject({ ok: false, reason: 'corrupted' })
    }
    const longer = new Uint8Array(bytes.length + 3)
    longer.set(bytes)
    expect(await openArchive(longer, supported)).toMatchObject({ ok: false, reason: 'corrupted' })
  })

  it('refuses a changed header even when its checksums were recomputed (encrypted archive)', async () => {
    const bytes = await sampleArchive({ passphrase: 'secret passphrase' })
    const forged = await withHeader(bytes, (h) => {
      h['createdAt'] = '2020-01-01T00:00:00.000Z'
    })
    expect(await openArchive(forged, { ...supported, passphrase: 'secret passphrase' })).toMatchObject({ ok: false, reason: 'corrupted' })
  })

  it('refuses header counts that do not match the content', async () => {
    const forged = await withHeader(await sampleArchive(), (h) => {
      ;(h['counts'] as Record<string, number>)['recommendations'] = 3
    })
    expect(await openArchive(forged, supported)).toMatchObject({ ok: false, reason: 'corrupted', detail: 'the header counts do not match the content' })
  })

  it('asks for the passphrase, then refuses a wrong one', async () => {
    const bytes = await sampleArchive({ passphrase: 'the right passphrase' })
    expect(await openArchive(bytes, supported)).toMatchObject({ ok: false, reason: 'needs-passphrase', header: { counts: { recommendations: 2 } } })
    expect(await openArchive(bytes, { ...supported, passphrase: 'the wrong passphrase' })).toMatchObject({ ok: false, reason: 'wrong-passphrase' })
  })

  it('refuses an archive written by a newer app: newer archive format', async () => {
    const newer = await withHeader(await sampleArchive(), (h) => {
      h['formatVersion'] = 2
      h['appVersion'] = '2.0.0'
      h['somethingNew'] = true
    })
    expect(await openArchive(newer, supported)).toMatchObject({ ok: false, reason: 'newer-format', writtenBy: { appVersion: '2.0.0', formatVersion: 2 } })
  })

  it('refuses an archive written by a newer app: newer data (schema) version', async () => {
    const newer = await withHeader(await sampleArchive(), (h) => {
      h['schemaVersion'] = CURRENT_SCHEMA_VERSION + 1
      h['appVersion'] = '0.9.0'
    })
    expect(await openArchive(newer, supported)).toMatchObject({ ok: false, reason: 'newer-schema', writtenBy: { appVersion: '0.9.0', schemaVersion: CURRENT_SCHEMA_VERSION + 1 } })
  })

  it('opens an archive of an older schema version, whose tables are a subset', async () => {
    const { recommendations, missionProfile } = sampleTables()
    const older = await sampleArchive({ schemaVersion: 2, tables: { recommendations: recommendations!, missionProfile: missionProfile! } })
    const opened = await openArchive(older, supported)
    expect(opened.ok && opened.header.schemaVersion).toBe(2)
  })

  it('refuses a table the archive’s schema version does not have', async () => {
    const tables = { ...sampleTables(), secretTable: [{ id: 'x' }] }
    expect(await openArchive(await sampleArchive({ tables }), supported)).toMatchObject({ ok: false, reason: 'corrupted', detail: 'unknown table "secretTable"' })
    const v1 = await sampleArchive({ schemaVersion: 1, tables: { savedViews: [{ id: 'v' }] } })
    expect(await openArchive(v1, supported)).toMatchObject({ ok: false, reason: 'corrupted' })
  })

  it('refuses records without ids and duplicate ids', async () => {
    for (const records of [[{ name: 'no id' }], [{ id: 'a' }, { id: 'a' }], [{ id: 42 }]]) {
      const bytes = await sampleArchive({ tables: { reviews: records as never } })
      expect(await openArchive(bytes, supported)).toMatchObject({ ok: false, reason: 'corrupted' })
    }
  })

  it('refuses content that unpacks to more than the header says (no gzip bombs)', async () => {
    const { compressed, uncompressedBytes } = await encodeTables(MISSION_SCOPE, { reviews: [{ id: 'r', notes: 'x'.repeat(100_000) }] })
    const bytes = await sampleArchive({ tables: { reviews: [{ id: 'r', notes: 'x'.repeat(100_000) }] } })
    const lying = await withHeader(bytes, (h) => {
      ;(h['content'] as Record<string, unknown>)['uncompressedBytes'] = 1000
    })
    expect(uncompressedBytes).toBeGreaterThan(100_000)
    expect(compressed.length).toBeLessThan(2000)
    expect(await openArchive(lying, supported)).toMatchObject({ ok: false, reason: 'corrupted', detail: 'content is larger than the header says' })
  })
})
