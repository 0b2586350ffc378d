/**
 * The Working Group report parsers against real UN documents in ../shared/fixtures/wg-reports (never
 * copied into the repository). Run with `npx vitest run --config vitest.real.config.ts`.
 *
 * Counting: one number can hold several texts (A/HRC/43/15 121.2, 122.3, 122.11; A/HRC/28/15 115.38,
 * 115.124), which the parser returns as one record per text with the same `number`. Recommendations are
 * counted as the UN counts them: distinct numbers.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Position } from '../../src-renderer/domain/model'
import { applyAddendum, parseAddendum } from '../../src-renderer/import/addendum'
import { extractPdfText } from '../../src-renderer/import/pdf-text'
import type { ParseResult } from '../../src-renderer/import/types'
import { REAL_FIXTURES } from '../real-fixtures'
import { parseWorkingGroupReport } from '../../src-renderer/import/wg-report'

const DIR = resolve(REAL_FIXTURES, 'wg-reports')
const present = existsSync(DIR)
if (!present) console.warn(`Skipping the Working Group report tests: ${DIR} is absent (real UN documents are not in the repository).`)

const FILES = {
  report43: 'A_HRC_43_15_Slovenia_UPR34_WG-report.pdftotext.txt',
  report43Pdf: 'A_HRC_43_15_Slovenia_UPR34_WG-report.pdf',
  section43: 'A_HRC_43_15_Slovenia_UPR34_recommendations-section.txt',
  add43: 'A_HRC_43_15_Add1_Slovenia_UPR34_responses.pdftotext.txt',
  add43Pdf: 'A_HRC_43_15_Add1_Slovenia_UPR34_responses.pdf',
  report28: 'A_HRC_28_15_Slovenia_UPR20_WG-report.pdftotext.txt',
  add28: 'A_HRC_28_15_Add1_Slovenia_UPR20_responses.pdftotext.txt'
}
const text = (name: string): string => readFileSync(resolve(DIR, name), 'utf8')
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(DIR, name)))

const range = (paragraph: number, count: number): string[] => Array.from({ length: count }, (_, i) => `${paragraph}.${i + 1}`)
const numbers43 = [...range(121, 58), ...range(122, 157)]
const numbers28 = range(115, 163)

function distinctNumbers(r: ParseResult): string[] {
  return [...new Set(r.recommendations.map((x) => x.number ?? ''))]
}

/** Distinct numbers per position. */
function countPositions(r: ParseResult): Partial<Record<Position, number>> {
  const byNumber = new Map<string, Position>()
  for (const x of r.recommendations) if (x.number !== null && !byNumber.has(x.number)) byNumber.set(x.number, x.position)
  const counts: Partial<Record<Position, number>> = {}
  for (const p of byNumber.values()) counts[p] = (counts[p] ?? 0) + 1
  return counts
}

const states = (r: ParseResult, n: string): string[][] => r.recommendations.filter((x) => x.number === n).map((x) => x.recommendingStatesRaw)
const textOf = (r: ParseResult, n: string, i = 0): string | undefined => r.recommendations.filter((x) => x.number === n)[i]?.text

function expectCleanTexts(r: ParseResult, symbol: string): void {
  for (const x of r.recommendations) {
    expect(x.text, x.number ?? '').not.toMatch(/[\n\r\f]/)
    expect(x.text, x.number ?? '').not.toContain('GE.')
    expect(x.text, x.number ?? '').not.toContain(symbol)
    expect(x.text, x.number ?? '').not.toMatch(/\s{2}|^\s|\s$/)
    // The shortest real text is "Ratify ICRMW" (A/HRC/28/15 115.8).
    expect(x.text.length, x.number ?? '').toBeGreaterThan(8)
    expect(x.recommendingStatesRaw.length, x.number ?? '').toBeGreaterThan(0)
    for (const s of x.recommendingStatesRaw) expect(s, x.number ?? '').not.toMatch(/[\n()]\s|\s\)|;|^\s|\s$/)
  }
}

describe.skipIf(!present)('A/HRC/43/15 (Slovenia, 34th session)', () => {
  const report = present ? parseWorkingGroupReport(text(FILES.report43), FILES.report43) : null

  it('parses to the same result every time (its speed is measured by npm run bench)', () => {
    const again = parseWorkingGroupReport(text(FILES.report43), FILES.report43)
    expect(again).toEqual(report)
  })

  it('reads the document facts', () => {
    expect(report?.source).toEqual({
      kind: 'wg-report',
      fileName: FILES.report43,
      symbol: 'A/HRC/43/15',
      stateUnderReviewName: 'Slovenia',
      session: 34,
      cycle: 3
    })
    expect(report?.warnings).toEqual([])
  })

  it('has the 215 recommendations 121.1-121.58 and 122.1-122.157, in order', () => {
    if (report === null) return
    expect(distinctNumbers(report)).toEqual(numbers43)
    // 121.2 holds 2 texts, 122.3 holds 3, 122.11 holds 2: 219 records for 215 numbers.
    expect(report.recommendations).toHaveLength(219)
    expect(countPositions(report)).toEqual({ supported: 58, pending: 157 })
  })

  it('reads several texts under one number, each with its own State', () => {
    if (report === null) return
    expect(states(report, '121.2')).toEqual([['Ukraine'], ['Slovakia']])
    expect(textOf(report, '121.2', 1)).toBe(
      'Increase efforts towards ratification of the International Convention for the Protection of All Persons from Enforced Disappearance'
    )
    expect(states(report, '122.3')).toEqual([['Indonesia'], ['Niger'], ['Philippines']])
    expect(states(report, '122.11')).toEqual([['Lithuania'], ['Slovakia']])
  })

  it('reads recommending States as printed', () => {
    if (report === null) return
    expect(states(report, '121.1')).toEqual([['France', 'Lithuania']])
    expect(states(report, '121.3')).toEqual([['United Kingdom of Great Britain and Northern Ireland']])
    expect(states(report, '121.24')).toEqual([['Islamic Republic of Iran']])
    expect(states(report, '122.2')).toEqual([['Bangladesh', 'Egypt']])
    expect(states(report, '122.7')).toEqual([['Slovakia', 'Spain', 'North Macedonia']])
    expect(states(report, '122.22')).toEqual([['Bolivarian Republic of Venezuela']])
    expect(states(report, '122.92')).toEqual([['State of Palestine']])
    expect(states(report, '122.128')).toEqual([['Republic of Korea']])
  })

  it('gives clean one-line texts, joined across pages', () => {
    if (report === null) return
    expectCleanTexts(report, 'A/HRC/43/15')
    expect(textOf(report, '121.3')).toBe('Ratify and implement the International Labour Organization’s 2014 Protocol to the Forced Labour Convention, 1930 (No. 29)')
    // 121.55 runs from page 13 to page 14, 122.13 starts a page.
    expect(textOf(report, '121.55')).toBe(
      'Provide training for law enforcement authorities to increase awareness and knowledge, and ensure that their actions related to the treatment of asylum seekers comply with European and international obligations and norms'
    )
    expect(textOf(report, '122.153')).toBe('Strengthen the asylum system to fully respect the principle of non-refoulement')
    expect(textOf(report, '122.157')).toBe('Establish a procedure for determination and registration of stateless persons, in order to ensure protection of their human rights')
    // No page number (10-24) glued into a text: the only two-digit numbers in texts are the documents' own.
    const glued = report.recommendations.filter((x) => /(?:^|\s)(?:1\d|2[0-4])(?:\s|$)/.test(x.text)).map((x) => x.number)
    expect(glued).toEqual(['122.135'])
    expect(textOf(report, '122.135')).toMatch(/Sustainable Development Goals 10 and 16$/)
  })

  it('reads the recommendations-section excerpt the same way', () => {
    if (report === null) return
    const section = parseWorkingGroupReport(text(FILES.section43), FILES.section43)
    expect(section.recommendations.map((x) => [x.number, x.text, x.recommendingStatesRaw, x.position])).toEqual(
      report.recommendations.map((x) => [x.number, x.text, x.recommendingStatesRaw, x.position])
    )
  })

  it('applies Add.1: 182 supported, 33 noted, none pending', () => {
    if (report === null) return
    const addendum = parseAddendum(text(FILES.add43), FILES.add43)
    expect(addendum.warnings).toEqual([])
    expect(addendum.source).toMatchObject({ symbol: 'A/HRC/43/15/Add.1', stateUnderReviewName: 'Slovenia', cycle: 3 })
    expect(addendum.source.statedTotals).toEqual({ supported: 182, noted: 33, total: 215 })
    expect(addendum.positions).toHaveLength(157)
    const given = new Map(addendum.positions.map((p) => [p.number, p.position]))
    expect([...given.keys()].sort()).toEqual(range(122, 157).sort())
    // Range forms: "122.17-18", "122.34- 35", "122.14-16", "122.62-\n66" (wrapped), "122.141-144,122.146".
    for (const n of ['122.17', '122.18', '122.34', '122.35', '122.14', '122.15', '122.16', '122.62', '122.66', '122.144', '122.146']) {
      expect(given.get(n), n).toBe('supported')
    }
    for (const n of ['122.2', '122.10', '122.118', '122.119', '122.120', '122.157']) expect(given.get(n), n).toBe('noted')

    const { result, changes, warnings } = applyAddendum(report, addendum)
    expect(warnings).toEqual([])
    expect(changes).toHaveLength(157)
    expect(countPositions(result)).toEqual({ supported: 182, noted: 33 })
    expect(result.recommendations.filter((x) => x.number === '122.3').map((x) => x.position)).toEqual(['noted', 'noted', 'noted'])
  })
})

describe.skipIf(!present)('A/HRC/43/15 from the PDF', () => {
  it('extracts text the parsers read like the pdftotext output', async () => {
    const t0 = performance.now()
    const pdf = await extractPdfText(bytes(FILES.report43Pdf))
    console.info(`A/HRC/43/15 PDF (24 pages) extracted in ${(performance.now() - t0).toFixed(0)} ms (includes loading pdf.js)`)
    expect(pdf.error).toBeUndefined()
    expect(pdf.pages).toBe(24)
    const fromPdf = parseWorkingGroupReport(pdf.text, FILES.report43Pdf)
    expect(fromPdf.warnings).toEqual([])
    expect(fromPdf.source).toMatchObject({ symbol: 'A/HRC/43/15', stateUnderReviewName: 'Slovenia', session: 34, cycle: 3 })
    expect(distinctNumbers(fromPdf)).toEqual(numbers43)
    expect(countPositions(fromPdf)).toEqual({ supported: 58, pending: 157 })
    expectCleanTexts(fromPdf, 'A/HRC/43/15')

    const fromTxt = parseWorkingGroupReport(text(FILES.report43), FILES.report43)
    expect(fromPdf.recommendations.map((x) => [x.number, x.recommendingStatesRaw])).toEqual(fromTxt.recommendations.map((x) => [x.number, x.recommendingStatesRaw]))
    const same = fromPdf.recommendations.filter((x, i) => x.text === fromTxt.recommendations[i]?.text).length
    expect(same / fromTxt.recommendations.length).toBeGreaterThanOrEqual(0.98)

    const addPdf = await extractPdfText(bytes(FILES.add43Pdf))
    expect(addPdf.error).toBeUndefined()
    const addendum = parseAddendum(addPdf.text, FILES.add43Pdf)
    expect(addendum.warnings).toEqual([])
    expect(addendum.source.statedTotals).toEqual({ supported: 182, noted: 33, total: 215 })
    const { result, warnings } = applyAddendum(fromPdf, addendum)
    expect(warnings).toEqual([])
    expect(countPositions(result)).toEqual({ supported: 182, noted: 33 })
  })
})

describe.skipIf(!present)('A/HRC/28/15 (Slovenia, 20th session)', () => {
  const report = present ? parseWorkingGroupReport(text(FILES.report28), FILES.report28) : null

  it('has the 163 recommendations 115.1-115.163, all pending in the report', () => {
    if (report === null) return
    expect(report.warnings).toEqual([])
    expect(report.source).toMatchObject({ symbol: 'A/HRC/28/15', stateUnderReviewName: 'Slovenia', session: 20, cycle: 2 })
    expect(distinctNumbers(report)).toEqual(numbers28)
    expect(countPositions(report)).toEqual({ pending: 163 })
    expectCleanTexts(report, 'A/HRC/28/15')
    // The page-foot footnote "Conclusions and recommendations have not been edited." is not in 115.12.
    expect(textOf(report, '115.12')).toMatch(/currently under examination$/)
  })

  it('reads States in one parenthesis, with names that hold parentheses', () => {
    if (report === null) return
    expect(states(report, '115.3')).toEqual([['Portugal', 'Slovakia']])
    expect(states(report, '115.6')).toEqual([['Iran (Islamic Republic of)']])
    expect(textOf(report, '115.6')).toBe('Ratify the International Convention on the Rights of All Migrant Workers and Members of Their Families (ICRMW)')
    expect(states(report, '115.8')).toEqual([['Senegal', 'Sierra Leone', 'Venezuela (Bolivarian Republic of)', 'Peru', 'Uruguay']])
    expect(states(report, '115.38')).toEqual([['Egypt'], ['Peru'], ['Azerbaijan']])
    expect(states(report, '115.55')).toEqual([['Côte d’Ivoire']])
    expect(states(report, '115.72')).toEqual([['the former Yugoslav Republic of Macedonia']])
  })

  it('applies Add.1, whose numbers have no paragraph prefix: 142 supported, 21 noted', () => {
    if (report === null) return
    const addendum = parseAddendum(text(FILES.add28), FILES.add28)
    expect(addendum.warnings).toEqual([])
    expect(addendum.source).toMatchObject({ symbol: 'A/HRC/28/15/Add.1', cycle: 2, statedTotals: { supported: 142, noted: 21, total: 163 } })
    // The addendum's note "follow the list in paragraph 115" resolves "1–5" to 115.1-115.5.
    expect(addendum.positions.slice(0, 3)).toEqual([
      { number: '115.1', position: 'supported' },
      { number: '115.2', position: 'supported' },
      { number: '115.3', position: 'supported' }
    ])
    const { result, warnings } = applyAddendum(report, addendum)
    expect(warnings).toEqual([])
    expect(countPositions(result)).toEqual({ supported: 142, noted: 21 })
    const position = (n: string): Position | undefined => result.recommendations.find((x) => x.number === n)?.position
    expect(['115.6', '115.13', '115.17', '115.163'].map(position)).toEqual(['noted', 'noted', 'noted', 'noted'])
    expect(['115.14', '115.150', '115.152', '115.162'].map(position)).toEqual(['supported', 'supported', 'supported', 'supported'])
  })

  it('applies Add.1 without its note, matching bare numbers against the report', () => {
    if (report === null) return
    const withoutNote = text(FILES.add28).replace(/The serial numbers of recommendations follow the list in paragraph 115/, '')
    const addendum = parseAddendum(withoutNote, FILES.add28)
    expect(addendum.positions[0]).toEqual({ number: '1', position: 'supported' })
    expect(addendum.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/163 recommendation numbers are given without their paragraph/)])
    const { result, warnings } = applyAddendum(report, addendum)
    expect(warnings).toEqual([])
    expect(countPositions(result)).toEqual({ supported: 142, noted: 21 })
  })
})
