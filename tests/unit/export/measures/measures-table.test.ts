import { describe, expect, it } from 'vitest'
import { MEASURE_COLUMNS, type MeasureColumn } from '../../../../src-renderer/domain/measures/measure-columns'
import { planMeasureImport } from '../../../../src-renderer/domain/measures/import-plan'
import type { RecoveryMeasure } from '../../../../src-renderer/domain/model'
import { csvCell, measuresToCsv, measuresToXlsx } from '../../../../src-renderer/export/measures/measures-table'
import { readMeasuresFile } from '../../../../src-renderer/import/measures/read-measures-file'

const at = '2026-01-01T00:00:00.000Z'
const stored: RecoveryMeasure[] = [
  {
    id: 'msr_1', createdAt: at, updatedAt: at, title: '=Free tests, "for all"', description: 'Line one\nline two; with a semicolon', type: 'programme',
    adoptedOn: '2020-09-15', inForceFrom: '2020-10-01', endedOn: null, status: 'in-force', responsibleBody: 'Ministry of Health', legalInstrument: 'Decree 12/2020',
    budget: { amount: 1_250_000.75, currency: 'EUR' }, rights: ['health'], groups: ['older-persons', 'health-workers'], sdgTargets: ['3.8', '3.d'],
    results: '2.1 million tests', indicators: 'tests per 1,000', lessonsLearned: 'Pharmacies reach people', goodPractice: true
  },
  {
    id: 'msr_2', createdAt: at, updatedAt: at, title: 'Campaña de sensibilización', description: '', type: 'campaign', adoptedOn: null, inForceFrom: null, endedOn: null,
    status: 'planned', responsibleBody: '', legalInstrument: '', budget: null, rights: [], groups: [], sdgTargets: [], results: '', indicators: '', lessonsLearned: '', goodPractice: false
  }
]
const recommendations = [{ id: 'rec_a', number: '105.10', session: 47 }, { id: 'rec_b', number: null, session: null }]
const refs = (id: string) => (id === 'msr_1' ? ['UPR47 105.10', 'rec_b'] : [])
const notes = Object.fromEntries(MEASURE_COLUMNS.map((c) => [c, `about ${c}`])) as Record<MeasureColumn, string>
const labels = { required: 'required', optional: 'optional', column: 'Column', use: 'What it holds', needed: 'Needed' }

function roundTrip(bytes: Uint8Array, name: string) {
  const read = readMeasuresFile(bytes, name)
  expect(read.problems).toEqual([])
  return planMeasureImport({ items: read.items, problems: read.problems, existing: stored, existingLinks: [{ measureId: 'msr_1', recommendationId: 'rec_a' }, { measureId: 'msr_1', recommendationId: 'rec_b' }], recommendations, at, newId: () => 'new' })
}

describe('measures exchange files', () => {
  it('CSV reads back to the same measures and links: nothing changes', () => {
    const bytes = measuresToCsv({ measures: stored, recommendationRefs: refs })
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text.split('\r\n')[0]).toBe(MEASURE_COLUMNS.join(','))
    expect(text).toContain(`"'=Free tests, ""for all"""`)
    const plan = roundTrip(bytes, 'measures.csv')
    expect(plan).toMatchObject({ added: 0, updated: 0, unchanged: 2, measures: [], links: [], blocked: false })
  })

  it('XLSX reads back to the same measures and links, and documents its columns', () => {
    const bytes = measuresToXlsx({ measures: stored, recommendationRefs: refs }, notes, labels)
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK')
    const plan = roundTrip(bytes, 'measures.xlsx')
    expect(plan).toMatchObject({ added: 0, updated: 0, unchanged: 2, blocked: false })
  })

  it('an edited file updates what changed and adds new rows', () => {
    const read = readMeasuresFile(measuresToCsv({ measures: [{ ...stored[1]!, status: 'in-force' }, { ...stored[1]!, id: 'capital-7', title: 'New from the capital' }], recommendationRefs: () => ['105.10'] }), 'edited.csv')
    const plan = planMeasureImport({ items: read.items, problems: read.problems, existing: stored, existingLinks: [], recommendations, at: '2026-02-01T00:00:00.000Z', newId: () => 'new' })
    expect(plan).toMatchObject({ added: 1, updated: 1, unchanged: 0, blocked: false })
    expect(plan.measures.map((m) => [m.id, m.status, m.createdAt, m.updatedAt])).toEqual([
      ['msr_2', 'in-force', at, '2026-02-01T00:00:00.000Z'],
      ['capital-7', 'planned', '2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']
    ])
    expect(plan.links).toEqual([{ measureId: 'msr_2', recommendationIds: ['rec_a'] }, { measureId: 'capital-7', recommendationIds: ['rec_a'] }])
  })

  it('keeps stored values of columns the file lacks, and blocks on a recommendation it cannot find', () => {
    const read = readMeasuresFile(new TextEncoder().encode('id,title,type,recommendations\nmsr_1,Free tests,programme,UPR47 105.99\n'), 'short.csv')
    const plan = planMeasureImport({ items: read.items, problems: read.problems, existing: stored, existingLinks: [], recommendations, at, newId: () => 'new' })
    expect(plan.blocked).toBe(true)
    expect(plan.problems).toEqual([
      {
        severity: 'error',
        row: 2,
        column: 'recommendations',
        code: 'measures.cannotLink',
        values: expect.objectContaining({ reason: { message: expect.objectContaining({ code: 'refs.notInSession' }) } }),
        message: 'Cannot link: recommendation 105.99 of session 47 is not in the register.'
      }
    ])
    expect(plan.measures[0]).toMatchObject({ id: 'msr_1', title: 'Free tests', budget: { amount: 1_250_000.75, currency: 'EUR' }, groups: ['older-persons', 'health-workers'] })
  })

  it('guards cells that a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell('a;b')).toBe('"a;b"')
  })
})
