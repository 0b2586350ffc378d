/**
 * The importers against real exports in ../shared/fixtures (never copied into this repository).
 * Run: npx vitest run --config vitest.real.config.ts tests/real/exports.test.ts
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { read as readWithSheetJs, type CellObject } from '@e965/xlsx'
import { detectFormat } from '../../src-renderer/import/detect-format'
import { parseOhchrMatrix } from '../../src-renderer/import/ohchr-matrix'
import { parseUprInfoExport, readBiff8Tables, type CellValue } from '../../src-renderer/import/upr-info'
import type { ParseResult } from '../../src-renderer/import/types'
import { REAL_FIXTURES } from '../real-fixtures'

const FIXTURES = REAL_FIXTURES
const present = existsSync(join(FIXTURES, 'upr-info')) && existsSync(join(FIXTURES, 'ohchr-matrix'))
if (!present) console.log(`Skipping real-export tests: ${FIXTURES} is absent (it sits beside the clone on CI and dev machines).`)

const read = (...parts: string[]): Uint8Array => readFileSync(join(FIXTURES, ...parts))

function counts<T>(values: readonly T[]): Map<T, number> {
  const m = new Map<T, number>()
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1)
  return m
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now()
  const value = f()
  return { value, ms: performance.now() - t }
}

describe.skipIf(!present)('UPR Info exports (.xls from PHPExcel)', () => {
  function check(result: ParseResult, expected: { rows: number; supported: number; noted: number; actions: number[]; states: number; sessions: number[] }): void {
    const recs = result.recommendations
    expect(result.warnings).toEqual([])
    expect(recs).toHaveLength(expected.rows)
    const positions = counts(recs.map((r) => r.position))
    expect(positions.get('supported')).toBe(expected.supported)
    expect(positions.get('noted')).toBe(expected.noted)
    const actions = counts(recs.map((r) => r.sourceActionCategory))
    expect([1, 2, 3, 4, 5].map((a) => actions.get(a as 1 | 2 | 3 | 4 | 5) ?? 0)).toEqual(expected.actions)
    expect(new Set(recs.map((r) => r.stateUnderReviewName)).size).toBe(expected.states)
    expect([...new Set(recs.map((r) => r.session))].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(expected.sessions)
    expect(recs.every((r) => r.number === null && r.text !== '' && r.recommendingStatesRaw.length === 1)).toBe(true)
    expect(recs.filter((r) => (r.sourceThemes ?? []).length > 0).length).toBeGreaterThan(expected.rows * 0.95)
    // One record per row, in file order, pointing at its sheet row.
    expect(recs[0]?.at).toEqual({ row: 2, sheet: 'UPR Info database export' })
    expect(recs.at(-1)?.at?.row).toBe(expected.rows + 1)
  }

  it('sessions 1-5: 6,094 rows, 4,087 accepted, 2,007 noted (the time is printed; npm run bench measures it)', () => {
    const bytes = read('upr-info', 'upr-info_export_sessions01-05.xls')
    const cold = timed(() => parseUprInfoExport(bytes, 'upr-info_export_sessions01-05.xls'))
    const warm = timed(() => parseUprInfoExport(bytes, 'upr-info_export_sessions01-05.xls'))
    const fromUint8 = timed(() => parseUprInfoExport(new Uint8Array(bytes), 'upr-info_export_sessions01-05.xls'))
    console.log(`UPR Info 6,094-row .xls: first parse ${cold.ms.toFixed(0)} ms, second ${warm.ms.toFixed(0)} ms, from a plain Uint8Array (as in a Worker) ${fromUint8.ms.toFixed(0)} ms`)
    // fixtures/README.md says 81 States under review, but that count includes the empty last row:
    // the file holds 80 (16 per session, sessions 1-5), and so does the spreadsheet itself.
    check(cold.value, { rows: 6094, supported: 4087, noted: 2007, actions: [207, 993, 649, 2405, 1840], states: 80, sessions: [1, 2, 3, 4, 5] })
    expect(warm.value.recommendations).toHaveLength(6094)
    expect(fromUint8.value.recommendations).toHaveLength(6094)
  })

  it('sessions 6-9: 8,343 rows, 6,206 accepted, 2,137 noted', () => {
    const { value: result, ms } = timed(() => parseUprInfoExport(read('upr-info', 'upr-info_export_sessions06-09.xls'), 'upr-info_export_sessions06-09.xls'))
    console.log(`UPR Info 8,343-row .xls: ${ms.toFixed(0)} ms`)
    check(result, { rows: 8343, supported: 6206, noted: 2137, actions: [173, 1189, 752, 3380, 2849], states: 63, sessions: [6, 7, 8, 9] })
  })

  it('reads a first row exactly', () => {
    const result = parseUprInfoExport(read('upr-info', 'upr-info_export_sessions01-05.xls'), 'x.xls')
    expect(result.recommendations[0]).toEqual({
      number: null,
      text: "Enact legislation and take effective measures to protect and promote women's rights, especially with regard to forced marriages, honour killings and access to education for all girls.",
      recommendingStatesRaw: ['Austria'],
      position: 'supported',
      stateUnderReviewName: 'Afghanistan',
      session: 5,
      sourceActionCategory: 5,
      sourceThemes: ['Rights of the Child', "Women's rights"],
      positionSource: 'UPR Info Response',
      at: { row: 2, sheet: 'UPR Info database export' }
    })
  })

  it('the direct BIFF8 reader gives exactly what SheetJS gives, cell for cell', () => {
    for (const name of ['upr-info_export_sessions01-05.xls', 'upr-info_export_sessions06-09.xls']) {
      const bytes = read('upr-info', name)
      const mine = readBiff8Tables(bytes)
      expect(mine).not.toBeNull()
      const wb = readWithSheetJs(bytes, { type: 'array', dense: true })
      const sheetName = wb.SheetNames[0] ?? ''
      const data = (wb.Sheets[sheetName] as { '!data'?: (CellObject | undefined)[][] })['!data'] ?? []
      const rows = mine?.[0]?.rows ?? []
      expect(mine?.[0]?.sheet).toBe(sheetName)
      let differences = 0
      for (let r = 0; r < Math.max(rows.length, data.length); r++) {
        const a = rows[r] ?? []
        const b = data[r] ?? []
        for (let c = 0; c < Math.max(a.length, b.length); c++) {
          const cell = b[c]
          const expected: CellValue = cell === undefined || cell.t === 'e' || cell.t === 'z' ? null : (cell.v as CellValue)
          if ((a[c] ?? null) !== expected) differences++
        }
      }
      expect(differences).toBe(0)
    }
  })

  it('rejects a truncated copy with a clear error and no records', () => {
    const bytes = read('upr-info', 'upr-info_export_sessions01-05.xls')
    for (const size of [512, 100_000, Math.floor(bytes.length / 2), bytes.length - 600, bytes.length - 1]) {
      const result = parseUprInfoExport(bytes.slice(0, size), 'upr-info_export_sessions01-05.xls')
      expect(result.recommendations).toEqual([])
      expect(result.warnings).toHaveLength(1)
      expect(result.warnings[0]?.message).toMatch(/^Cannot read upr-info_export_sessions01-05\.xls: the file is truncated/)
    }
  })

  it('detects the formats of the fixtures', () => {
    expect(detectFormat(read('upr-info', 'upr-info_export_sessions06-09.xls'), 'a').kind).toBe('xls')
    expect(detectFormat(read('upr-info', 'Database_Action_Category.txt'), 'Database_Action_Category.txt').kind).toBe('text')
    expect(detectFormat(read('ohchr-matrix', 'UPR20_Slovenia_ThematicListRecommendations_E.docx'), 'a').kind).toBe('docx')
    expect(detectFormat(read('wg-reports', 'A_HRC_43_15_Slovenia_UPR34_WG-report.pdf'), 'a.txt').kind).toBe('pdf')
    expect(detectFormat(read('wg-reports', 'A_HRC_43_15_Slovenia_UPR34_WG-report.pdftotext.txt'), 'report').kind).toBe('text')
  })
})

describe.skipIf(!present)('OHCHR thematic lists of recommendations (.docx)', () => {
  it('UPR 20 (Slovenia, 2014): 163 recommendations, 142 supported, 21 noted', async () => {
    const t = performance.now()
    const r = await parseOhchrMatrix(read('ohchr-matrix', 'UPR20_Slovenia_ThematicListRecommendations_E.docx'), 'UPR20_Slovenia_ThematicListRecommendations_E.docx')
    console.log(`OHCHR matrix UPR20: ${(performance.now() - t).toFixed(0)} ms`)
    expect(r.warnings).toEqual([])
    expect(r.source).toEqual({ kind: 'ohchr-matrix', fileName: 'UPR20_Slovenia_ThematicListRecommendations_E.docx', symbol: null, stateUnderReviewName: 'Slovenia', session: 20, cycle: 2 })
    const numbers = new Set(r.recommendations.map((x) => x.number))
    expect(numbers.size).toBe(163)
    expect(numbers.has(null)).toBe(false)
    expect(r.recommendations).toHaveLength(163)
    const positions = counts(r.recommendations.map((x) => x.position))
    expect([positions.get('supported'), positions.get('noted')]).toEqual([142, 21])
    expect(r.recommendations.every((x) => x.recommendingStatesRaw.length > 0 && (x.positionSource ?? '').startsWith('A/HRC/28/15/Add.1'))).toBe(true)
    expect(r.recommendations.find((x) => x.number === '115.75')?.recommendingStatesRaw).toEqual(['Venezuela (Bolivarian Republic of)'])
    expect(r.recommendations.find((x) => x.number === '115.72')?.recommendingStatesRaw).toEqual(['the former Yugoslav Republic of Macedonia'])
    expect(r.recommendations.find((x) => x.number === '115.2')?.sourceAffectedPersons).toEqual(['minorities/ racial, ethnic, linguistic, religious or descent-based groups'])
  })

  it('UPR 34 (Slovenia, 2019): 215 recommendations with SDGs and affected persons', async () => {
    const r = await parseOhchrMatrix(read('ohchr-matrix', 'UPR34_Slovenia_Thematic_list_of_Recommendations.docx'), 'UPR34_Slovenia_Thematic_list_of_Recommendations.docx')
    expect(r.warnings).toEqual([])
    expect(r.source).toMatchObject({ stateUnderReviewName: 'Slovenia', session: 34, cycle: 3 })
    const byNumber = new Map<string, Set<string>>()
    for (const x of r.recommendations) byNumber.set(x.number ?? '', new Set([...(byNumber.get(x.number ?? '') ?? []), x.position]))
    expect(byNumber.size).toBe(215)
    // Addendum A/HRC/43/15/Add.1: 182 supported and 33 noted in all.
    const positions = counts([...byNumber.values()].map((s) => [...s].join('/')))
    expect([positions.get('supported'), positions.get('noted')]).toEqual([182, 33])
    // One number, two texts, each with its own State (121.2 in A/HRC/43/15).
    expect(r.recommendations.filter((x) => x.number === '121.2').map((x) => x.recommendingStatesRaw)).toEqual([['Ukraine'], ['Slovakia']])
    expect(r.recommendations[0]).toMatchObject({
      number: '121.1',
      text: 'Ratify the International Convention for the Protection of All Persons from Enforced Disappearance',
      recommendingStatesRaw: ['France', 'Lithuania'],
      position: 'supported',
      sourceThemes: ['Acceptance of international norms', 'Enforced disappearances'],
      sourceAffectedPersons: ['Disappeared persons'],
      sourceSdgTargets: ['16'],
      positionSource: 'A/HRC/43/15 - Para 121',
      session: 34
    })
    expect(r.recommendations.filter((x) => (x.sourceSdgTargets ?? []).length > 0).length).toBeGreaterThan(150)
  })
})
