/**
 * Hostile `.uprdesk` archives (issue 17): records of the wrong type, attachment names with bidi
 * controls, an emblem of any media type, headers that announce more than a reader opens. Each is
 * refused with its reason, naming the table, record and field where it is a record.
 */
import { describe, expect, it } from 'vitest'
import { MAX_ARCHIVE_BYTES, MAX_CONTENT_BYTES, MAX_TABLE_RECORDS, PREAMBLE_BYTES, TRAILER_BYTES, type ArchiveHeader } from '../../../src-renderer/archive/format'
import { openArchive, openArchiveBlob, readArchiveHeader } from '../../../src-renderer/archive/read-archive'
import { isChecked } from '../../../src-renderer/archive/record-schemas'
import { assemble } from '../../../src-renderer/archive/write-archive'
import { CURRENT_SCHEMA_VERSION } from '../../../src-renderer/domain/stores'
import { sampleRecordFor } from '../db/sample-tables'
import { sampleArchive, sampleTables } from './archive-fixtures'

const supported = { supportedSchemaVersion: CURRENT_SCHEMA_VERSION }

async function withHeader(bytes: Uint8Array, change: (header: Record<string, unknown>) => void): Promise<Uint8Array> {
  const read = readArchiveHeader(bytes, CURRENT_SCHEMA_VERSION)
  if (!read.ok) throw new Error('not an archive')
  const payload = bytes.subarray(PREAMBLE_BYTES + read.headerLength, bytes.length - TRAILER_BYTES)
  const changed = structuredClone(read.header) as unknown as Record<string, unknown>
  change(changed)
  return assemble(changed as unknown as ArchiveHeader, payload)
}

/** A Blob that notes which byte ranges were read from it. */
function watchedBlob(bytes: Uint8Array): { blob: Blob; reads: string[] } {
  const real = new Blob([bytes as Uint8Array<ArrayBuffer>])
  const reads: string[] = []
  const blob = {
    size: real.size,
    slice: (start?: number, end?: number) => {
      reads.push(`${start ?? 0}-${Math.min(end ?? real.size, real.size)}`)
      return real.slice(start, end)
    },
    arrayBuffer: () => {
      reads.push('all')
      return real.arrayBuffer()
    }
  } as unknown as Blob
  return { blob, reads }
}

describe('archives with records that do not fit their table', () => {
  it('a recommendation whose text is a number is refused, naming table, record and field', async () => {
    const tables = sampleTables()
    tables['recommendations']![1] = { ...tables['recommendations']![1]!, text: 42 }
    const opened = await openArchive(await sampleArchive({ tables }), supported)
    expect(opened).toMatchObject({ ok: false, reason: 'invalid-record', record: { table: 'recommendations', id: 'rec_2', field: 'text', code: 'type' } })
  })

  it('a mission profile that would crash every start (a number where the State code goes) is refused', async () => {
    const tables = sampleTables()
    tables['missionProfile'] = [{ ...tables['missionProfile']![0]!, stateIso3: 705 }]
    expect(await openArchive(await sampleArchive({ tables }), supported)).toMatchObject({ ok: false, reason: 'invalid-record', record: { table: 'missionProfile', id: 'mission', field: 'stateIso3', code: 'type' } })
  })

  it('an attachment named with bidirectional controls is refused', async () => {
    const tables = sampleTables()
    tables['attachments'] = [{ ...tables['attachments']![0]!, name: 'minutes\u202Efdp.exe' }]
    expect(await openArchive(await sampleArchive({ tables }), supported)).toMatchObject({ ok: false, reason: 'invalid-record', record: { table: 'attachments', id: 'att_1', field: 'name', code: 'characters' } })
  })

  it('an emblem of another media type, or whose bytes are not an image, is refused', async () => {
    const png = sampleTables()['attachments']![0]!
    for (const [mediaType, field] of [['text/html', 'mediaType'], ['image/svg+xml', 'mediaType'], ['image/jpeg', 'bytes']] as const) {
      const tables = { ...sampleTables(), attachments: [{ ...png, id: 'mission-emblem', ownerId: 'mission', mediaType }] }
      expect(await openArchive(await sampleArchive({ tables }), supported)).toMatchObject({ ok: false, reason: 'invalid-record', record: { table: 'attachments', id: 'mission-emblem', field, code: 'media-type' } })
    }
  })

  it('an encrypted archive is checked the same way once opened', async () => {
    const tables = { ...sampleTables(), tasks: [{ ...sampleRecordFor('tasks'), done: 'no' }] }
    const bytes = await sampleArchive({ tables, passphrase: 'pass phrase', iterations: 1_000 })
    expect(await openArchive(bytes, { ...supported, passphrase: 'pass phrase' })).toMatchObject({ ok: false, reason: 'invalid-record', record: { table: 'tasks', id: 'task_1', field: 'done' } })
  })

  it('what opens is marked as checked, so a restore does not check it again', async () => {
    const opened = await openArchive(await sampleArchive(), supported)
    expect(opened.ok && isChecked(opened.content)).toBe(true)
  })
})

describe('archives whose header announces more than a reader opens', () => {
  it('too many records in a table, or in all: refused from the header, before the body is read', async () => {
    for (const [counts, what] of [
      [{ recommendations: MAX_TABLE_RECORDS + 1 }, 'table-records'],
      [{ recommendations: MAX_TABLE_RECORDS, reviews: MAX_TABLE_RECORDS, tasks: 1 }, 'records']
    ] as const) {
      const bytes = await withHeader(await sampleArchive(), (h) => (h['counts'] = counts))
      const { blob, reads } = watchedBlob(bytes)
      expect(await openArchiveBlob(blob, supported)).toMatchObject({ ok: false, reason: 'too-large', size: { what } })
      expect(reads).toHaveLength(1)
      expect(reads).not.toContain('all')
      expect(await openArchive(bytes, supported)).toMatchObject({ ok: false, reason: 'too-large' })
    }
  })

  it('content that would unpack beyond the limit, or a payload beyond the largest archive: refused from the header', async () => {
    const bomb = await withHeader(await sampleArchive(), (h) => ((h['content'] as Record<string, unknown>)['uncompressedBytes'] = MAX_CONTENT_BYTES + 1))
    expect(await openArchive(bomb, supported)).toMatchObject({ ok: false, reason: 'too-large', size: { what: 'content-bytes' } })
    const huge = await withHeader(await sampleArchive(), (h) => ((h['content'] as Record<string, unknown>)['bytes'] = MAX_ARCHIVE_BYTES + 1))
    const { blob, reads } = watchedBlob(huge)
    expect(await openArchiveBlob(blob, supported)).toMatchObject({ ok: false, reason: 'too-large', size: { what: 'file-bytes' } })
    expect(reads).not.toContain('all')
  })

  it('a file longer or shorter than its header says is refused before the body is read', async () => {
    const bytes = await sampleArchive()
    const longer = watchedBlob(new Uint8Array([...bytes, 0, 0, 0]))
    expect(await openArchiveBlob(longer.blob, supported)).toMatchObject({ ok: false, reason: 'corrupted' })
    expect(longer.reads).not.toContain('all')
    const shorter = watchedBlob(bytes.subarray(0, bytes.length - 40))
    expect(await openArchiveBlob(shorter.blob, supported)).toMatchObject({ ok: false, reason: 'truncated' })
    expect(shorter.reads).not.toContain('all')
  })

  it('a table holding more records than its header says is refused as it is read', async () => {
    const bytes = await withHeader(await sampleArchive(), (h) => ((h['counts'] as Record<string, number>)['recommendations'] = 1))
    expect(await openArchive(bytes, supported)).toMatchObject({ ok: false, reason: 'corrupted', detail: 'table recommendations holds more records than the header says' })
  })

  it('a sound archive still opens from a Blob, in two reads (header, then body)', async () => {
    const bytes = await sampleArchive()
    const { blob, reads } = watchedBlob(bytes)
    const opened = await openArchiveBlob(blob, supported)
    expect(opened.ok && opened.content.tables).toEqual(sampleTables())
    expect(reads).toHaveLength(2)
    expect(reads[1]).toBe('all')
  })
})
