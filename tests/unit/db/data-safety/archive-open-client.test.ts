import { describe, expect, it } from 'vitest'
import { isChecked } from '../../../../src-renderer/archive/record-schemas'
import { openArchiveJob } from '../../../../src-renderer/db/data-safety/archive-open-job'
import { workerOpener } from '../../../../src-renderer/db/data-safety/archive-open-client'
import { JobError } from '../../../../src-renderer/db/workers/budgeted-worker'
import { CURRENT_SCHEMA_VERSION } from '../../../../src-renderer/domain/stores'
import { sampleArchive, sampleTables } from '../../archive/archive-fixtures'
import { sampleRecordFor } from '../sample-tables'
import { FakeWorker } from '../workers/fake-worker'

const options = { supportedSchemaVersion: CURRENT_SCHEMA_VERSION }

describe('opening an archive in its worker', () => {
  it('gives back every table, in order, records sent in slices, marked as checked', async () => {
    const tables = { ...sampleTables(), recommendations: Array.from({ length: 4_500 }, (_, i) => sampleRecordFor('recommendations', i + 1)), tasks: [] }
    const bytes = await sampleArchive({ tables })
    for (const source of [bytes, new Blob([bytes as Uint8Array<ArrayBuffer>])]) {
      const opened = await workerOpener(() => new FakeWorker(openArchiveJob as never))(source, options)
      expect(opened.ok).toBe(true)
      if (!opened.ok) return
      expect(Object.keys(opened.content.tables)).toEqual(Object.keys(tables))
      expect(opened.content.tables).toEqual(tables)
      expect(isChecked(opened.content)).toBe(true)
    }
  })

  it('gives back the refusal of a hostile archive', async () => {
    const bytes = await sampleArchive({ tables: { ...sampleTables(), tasks: [{ ...sampleRecordFor('tasks'), title: ['not', 'text'] }] } })
    expect(await workerOpener(() => new FakeWorker(openArchiveJob as never))(bytes, options)).toMatchObject({ ok: false, reason: 'invalid-record', record: { table: 'tasks', id: 'task_1', field: 'title', code: 'type' } })
  })

  it('ends the worker past its time budget', async () => {
    const slow = new FakeWorker((() => new Promise(() => undefined)) as never)
    const failure = await workerOpener(() => slow, 20)(await sampleArchive(), options).catch((e: unknown) => (e instanceof JobError ? e.failure : e))
    expect(failure).toEqual({ reason: 'timed-out', limitMs: 20 })
    expect(slow.terminated).toBe(true)
  })
})
