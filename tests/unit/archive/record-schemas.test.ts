import { describe, expect, it } from 'vitest'
import { checkRecord, checkTables, EMBLEM_FORMATS, InvalidRecordError, RECORD_SCHEMAS, tablesNeedingSchemas } from '../../../src-renderer/archive/record-schemas'
import { buildDemoMission } from '../../../src-renderer/demo'
import { sampleRecordFor, sampleTablesFor } from '../db/sample-tables'
import { sampleTables } from './archive-fixtures'

const PNG = EMBLEM_FORMATS['image/png']!

describe('the record schemas', () => {
  it('have a schema for every table of the current schema version (derived tables aside), and no other', () => {
    expect(Object.keys(RECORD_SCHEMAS).sort()).toEqual(tablesNeedingSchemas().sort())
  })

  it('accept the sample record of every table, as the app writes them', () => {
    for (const table of tablesNeedingSchemas()) {
      for (const n of [1, 2, 3]) expect(checkRecord(table, sampleRecordFor(table, n)), table).toBeNull()
    }
  })

  it('accept every record of the demo mission', async () => {
    const demo = buildDemoMission('2026-11-27')
    const { profile, ...tables } = demo
    await expect(checkTables({ missionProfile: [profile], ...tables })).resolves.toBeUndefined()
    expect(demo.recommendations.length).toBeGreaterThan(10)
  })

  it('accept the archive tests\' sample mission', async () => {
    await expect(checkTables(sampleTables())).resolves.toBeUndefined()
  })

  it('keep fields the model does not know (a newer copy of the app may add one)', () => {
    expect(checkRecord('tasks', { ...sampleRecordFor('tasks'), priority: 'high' })).toBeNull()
  })
})

describe('a record refused names its table, id, field and why', () => {
  const refused = (table: string, change: Record<string, unknown>) => checkRecord(table, { ...sampleRecordFor(table), ...change })

  it('a field of the wrong type', () => {
    expect(refused('recommendations', { text: 42 })).toMatchObject({ table: 'recommendations', id: 'rec_1', field: 'text', code: 'type' })
    expect(refused('missionProfile', { speakingRateWpm: '125' })).toMatchObject({ table: 'missionProfile', id: 'mission', field: 'speakingRateWpm', code: 'type' })
    expect(refused('reviews', { documents: 'none' })).toMatchObject({ field: 'documents', code: 'type' })
    expect(refused('statements', { fields: { meeting: 7 } })).toMatchObject({ field: 'fields.meeting', code: 'type' })
  })

  it('a missing field', () => {
    const record = sampleRecordFor('recommendations')
    delete record['origin']
    expect(checkRecord('recommendations', record)).toMatchObject({ field: 'origin', code: 'missing' })
  })

  it('a value outside its list, a bad date, a bad instant, a bad State code', () => {
    expect(refused('recommendations', { position: 'accepted' })).toMatchObject({ field: 'position', code: 'value' })
    expect(refused('recommendations', { actionCategory: 6 })).toMatchObject({ field: 'actionCategory', code: 'value' })
    expect(refused('tasks', { dueOn: '2026-02-30' })).toMatchObject({ field: 'dueOn', code: 'date' })
    expect(refused('tasks', { updatedAt: 'yesterday' })).toMatchObject({ field: 'updatedAt', code: 'instant' })
    expect(refused('recommendations', { stateUnderReview: 'svn' })).toMatchObject({ field: 'stateUnderReview', code: 'format' })
  })

  it('text and lists beyond their lengths', () => {
    expect(refused('tasks', { title: 'x'.repeat(10_001) })).toMatchObject({ field: 'title', code: 'too-long', limit: 10_000 })
    expect(refused('recommendations', { recommendingStates: Array.from({ length: 1_001 }, () => 'PRT') })).toMatchObject({ field: 'recommendingStates', code: 'too-many', limit: 1_000 })
  })

  it('a link that is not https', () => {
    const review = sampleRecordFor('reviews')
    const documents = [{ ...(review['documents'] as object[])[0], url: 'javascript:alert(1)' }]
    expect(checkRecord('reviews', { ...review, documents })).toMatchObject({ field: 'documents.0.url', code: 'link' })
  })

  it('attachment names with bidirectional overrides or control characters', () => {
    expect(refused('attachments', { name: 'report\u202Efdp.exe' })).toMatchObject({ table: 'attachments', id: 'att_1', field: 'name', code: 'characters' })
    expect(refused('attachments', { name: 'a\u2067b.pdf' })).toMatchObject({ field: 'name', code: 'characters' })
    expect(refused('attachments', { name: 'a\u0000b.pdf' })).toMatchObject({ field: 'name', code: 'characters' })
    expect(refused('attachments', { name: 'نامه\u200Cها.pdf' })).toBeNull()
    const review = sampleRecordFor('reviews')
    const documents = [{ ...(review['documents'] as object[])[0], attachmentName: 'x\u202Etxt.exe' }]
    expect(checkRecord('reviews', { ...review, documents })).toMatchObject({ field: 'documents.0.attachmentName', code: 'characters' })
  })

  it('an attachment whose size is not its bytes', () => {
    expect(refused('attachments', { size: 7 })).toMatchObject({ field: 'size', code: 'size' })
    expect(refused('attachments', { bytes: 'JVBERg==' })).toMatchObject({ field: 'bytes', code: 'type' })
  })

  it("an emblem of another media type, or whose bytes are not its type's", () => {
    const emblem = { ...sampleRecordFor('attachments'), id: 'mission-emblem', ownerId: 'mission', name: 'emblem.png', mediaType: 'image/png', bytes: new Uint8Array([...PNG, 0, 0]), size: PNG.length + 2 }
    expect(checkRecord('attachments', emblem)).toBeNull()
    expect(checkRecord('attachments', { ...emblem, mediaType: 'image/svg+xml' })).toMatchObject({ field: 'mediaType', code: 'media-type' })
    expect(checkRecord('attachments', { ...emblem, mediaType: 'text/html' })).toMatchObject({ field: 'mediaType', code: 'media-type' })
    expect(checkRecord('attachments', { ...emblem, mediaType: 'image/gif' })).toMatchObject({ field: 'bytes', code: 'media-type' })
    // Any image of the mission's own is taken for the emblem (db/repositories/emblem.ts).
    expect(checkRecord('attachments', { ...emblem, id: 'att_9', mediaType: 'image/svg+xml' })).toMatchObject({ field: 'mediaType', code: 'media-type' })
    expect(checkRecord('attachments', { ...emblem, mediaType: 'image/png; charset=x"' })).toMatchObject({ field: 'mediaType', code: 'format' })
  })

  it('checkTables throws at the first record refused', async () => {
    const tables = sampleTablesFor(['tasks', 'recommendations'], 3)
    tables['recommendations']![2] = { ...tables['recommendations']![2]!, madeByUs: 'yes' }
    const error = await checkTables(tables).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRecordError)
    expect((error as InvalidRecordError).problem).toMatchObject({ table: 'recommendations', id: 'rec_3', field: 'madeByUs', code: 'type' })
  })
})
