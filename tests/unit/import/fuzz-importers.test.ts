import { testRepositories } from '../db/test-repositories'
/**
 * Property-based fuzzing of every importer: thousands of damaged real-shaped inputs (text edits, byte
 * edits, files cut short, broken XML inside valid zips), the same ones every run (fixed seed; `npm run
 * fuzz` hunts with random seeds). No importer may throw; each returns a result, warnings or a refusal,
 * within the reading layer's budgets (bytes inflated, cells and paragraphs made, as the layer counts
 * them, not as the clock does); and when an import fails nothing is written.
 */
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { EXCEL_MAX_COLUMNS, newMeter, READ_LIMITS, type ReadMeter } from '../../../src-renderer/import/formats/limits'
import { describeProblem } from '../../../src-renderer/import/formats/problems'
import { INFLATE_SLACK } from '../../../src-renderer/import/formats/zip'
import { fixedRuns } from '../fuzz-seed'
import { applyAddendum, parseAddendum } from '../../../src-renderer/import/addendum'
import { decodeText, detectFormat, sniffDelimiter } from '../../../src-renderer/import/detect-format'
import { parseOhchrMatrix } from '../../../src-renderer/import/ohchr-matrix'
import { parseReportWithAddendum, parseSource, parseText, type ParsedSource } from '../../../src-renderer/import/parse-source'
import { extractPdfText } from '../../../src-renderer/import/pdf-text'
import { toRecommendationRecords } from '../../../src-renderer/import/to-records'
import type { ParseResult } from '../../../src-renderer/import/types'
import { parseUhriExport } from '../../../src-renderer/import/uhri'
import { parseCsvRecords, parseUprInfoExport } from '../../../src-renderer/import/upr-info'
import { parseWorkingGroupReport } from '../../../src-renderer/import/wg-report'
import type { UprDeskDatabase } from '../../../src-renderer/db/schema/database'
import { openDatabase } from '../../../src-renderer/db/schema/open'
import {
  ADDENDUM_BARE_TEXT,
  ADDENDUM_TEXT,
  REPORT_CYCLE1_TEXT,
  REPORT_TEXT,
  UHRI_XLSX,
  UPR_INFO_CSV,
  UPR_INFO_CSV_1252,
  UPR_INFO_XLS,
  UPR_INFO_XLSX,
  mutatedBytes,
  mutatedText,
  mutatedZipXml,
  ohchrMatrixDocx,
  reportDocx,
  reportPdf
} from './fuzz-samples'

const encode = (text: string) => new TextEncoder().encode(text)

/** What one read may produce at most: the budgets, plus the one step that crosses them. */
function expectWithinBudgets(meter: ReadMeter): void {
  expect(meter.inflatedBytes).toBeLessThanOrEqual(READ_LIMITS.maxUnpackedBytes + INFLATE_SLACK + 64 * 1032)
  expect(meter.cells).toBeLessThanOrEqual(READ_LIMITS.maxCells + EXCEL_MAX_COLUMNS)
  expect(meter.paragraphs).toBeLessThanOrEqual(READ_LIMITS.maxParagraphs + 1)
}

/** Runs an importer with a fresh meter and checks the budgets held. */
function metered<T>(read: (options: { meter: ReadMeter }) => T): T {
  const meter = newMeter()
  const out = read({ meter })
  expectWithinBudgets(meter)
  return out
}

async function meteredAsync<T>(read: (options: { meter: ReadMeter }) => Promise<T>): Promise<T> {
  const meter = newMeter()
  const out = await read({ meter })
  expectWithinBudgets(meter)
  return out
}

/** The shape every parse result must have, whatever the input: records, or warnings saying why not. */
function expectParseResult(result: ParseResult): void {
  expect(Array.isArray(result.recommendations)).toBe(true)
  expect(Array.isArray(result.warnings)).toBe(true)
  if (result.recommendations.length === 0) expect(result.warnings.length).toBeGreaterThan(0)
  for (const w of result.warnings) {
    expect(typeof w.message).toBe('string')
    // A refusal by the reading layer carries its code, and says it in words.
    if (w.problem && w.problem.code !== 'not-zip' && w.problem.code !== 'entry-missing' && w.problem.code !== 'no-worksheet') expect(w.message).toContain(describeProblem(w.problem))
  }
  for (const r of result.recommendations) {
    expect(typeof r.text).toBe('string')
    expect(Array.isArray(r.recommendingStatesRaw)).toBe(true)
    expect(['supported', 'noted', 'supported-in-part', 'pending']).toContain(r.position)
  }
}

function expectParsedSource(parsed: ParsedSource): void {
  expect(['recommendations', 'addendum', 'error']).toContain(parsed.kind)
  if (parsed.kind === 'recommendations') expectParseResult(parsed.result)
  if (parsed.kind === 'addendum') expect(Array.isArray(parsed.result.positions)).toBe(true)
  if (parsed.kind === 'error') expect(parsed.message.length).toBeGreaterThan(0)
}

describe('fuzzing the text importers (reports, addenda, CSV)', () => {
  it('the Working Group report parser never throws on damaged reports', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedText(REPORT_TEXT), mutatedText(REPORT_CYCLE1_TEXT)), (text) => {
        expectParseResult(parseWorkingGroupReport(text, 'report.txt'))
      }),
      fixedRuns(400)
    )
  })

  it('the addendum parser never throws, and applying a damaged addendum to a damaged report never throws', () => {
    const report = parseWorkingGroupReport(REPORT_TEXT, 'report.txt')
    fc.assert(
      fc.property(fc.oneof(mutatedText(ADDENDUM_TEXT), mutatedText(ADDENDUM_BARE_TEXT)), mutatedText(REPORT_TEXT), (addendumText, reportText) => {
        const addendum = parseAddendum(addendumText, 'addendum.txt')
        expect(Array.isArray(addendum.positions)).toBe(true)
        expectParseResult(applyAddendum(report, addendum).result)
        expectParseResult(applyAddendum(parseWorkingGroupReport(reportText, 'r.txt'), addendum).result)
      }),
      fixedRuns(250)
    )
  })

  it('the UPR Info CSV reader, the delimiter sniffer and the decoder never throw', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedText(UPR_INFO_CSV).map(encode), mutatedBytes(encode(UPR_INFO_CSV)), mutatedBytes(UPR_INFO_CSV_1252)), (bytes) => {
        const { text } = decodeText(bytes)
        sniffDelimiter(text)
        parseCsvRecords(text, ',')
        expectParseResult(parseUprInfoExport(bytes, 'export.csv'))
      }),
      fixedRuns(1000)
    )
  })

  it('parseSource never throws on damaged text of any kind, and says what it found', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(mutatedText(REPORT_TEXT), mutatedText(ADDENDUM_TEXT), mutatedText(UPR_INFO_CSV)),
        fc.constantFrom('report.txt', 'addendum.txt', 'export.csv', 'no-extension', 'report.pdf', 'export.xlsx'),
        async (text, name) => {
          expectParsedSource(await parseSource(encode(text), name))
          expectParsedSource(parseText(text, name))
        }
      ),
      fixedRuns(400)
    )
  })
})

describe('fuzzing the spreadsheet importers (UPR Info .xls/.xlsx, UHRI .xlsx)', () => {
  it('never throw on damaged bytes', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedBytes(UPR_INFO_XLSX), mutatedBytes(UPR_INFO_XLS), mutatedBytes(UHRI_XLSX)), (bytes) => {
        detectFormat(bytes, 'export.xlsx')
        expectParseResult(metered((o) => parseUprInfoExport(bytes, 'export.xls', o)))
        expectParseResult(metered((o) => parseUhriExport(bytes, 'uhri.xlsx', o)))
      }),
      fixedRuns(200)
    )
  })

  it('never throw on damaged sheet XML inside a valid workbook', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedZipXml(UPR_INFO_XLSX, ['xl/worksheets/sheet1.xml', 'xl/workbook.xml']), mutatedZipXml(UHRI_XLSX, ['xl/worksheets/sheet1.xml'])), async (pending) => {
        const bytes = await pending
        expectParseResult(metered((o) => parseUprInfoExport(bytes, 'export.xlsx', o)))
        expectParseResult(metered((o) => parseUhriExport(bytes, 'uhri.xlsx', o)))
        expectParsedSource(await meteredAsync((o) => parseSource(bytes, 'export.xlsx', o)))
      }),
      fixedRuns(150)
    )
  })
})

describe('fuzzing the Word and PDF importers (OHCHR thematic lists, reports)', () => {
  it('the OHCHR matrix reader and parseSource never throw on damaged .docx bytes', async () => {
    const matrix = await ohchrMatrixDocx()
    const report = await reportDocx()
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedBytes(matrix), mutatedBytes(report)), async (bytes) => {
        expectParseResult(await meteredAsync((o) => parseOhchrMatrix(bytes, 'matrix.docx', o)))
        expectParsedSource(await meteredAsync((o) => parseSource(bytes, 'matrix.docx', o)))
      }),
      fixedRuns(300)
    )
  })

  it('never throw on damaged document XML inside a valid .docx', async () => {
    const matrix = await ohchrMatrixDocx()
    const report = await reportDocx()
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedZipXml(matrix, ['word/document.xml']), mutatedZipXml(report, ['word/document.xml'])), async (pending) => {
        const bytes = await pending
        expectParseResult(await meteredAsync((o) => parseOhchrMatrix(bytes, 'matrix.docx', o)))
        expectParsedSource(await meteredAsync((o) => parseSource(bytes, 'matrix.docx', o)))
      }),
      fixedRuns(150)
    )
  })

  it('the PDF text extractor and parseSource never throw on damaged PDFs', async () => {
    const pdf = reportPdf()
    const clean = await extractPdfText(pdf)
    expect(clean.error).toBeUndefined()
    expect(clean.text).toContain('140.1 Ratify the Optional Protocol')
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedBytes(pdf), mutatedText(new TextDecoder('latin1').decode(pdf)).map((t) => Uint8Array.from(t, (c) => c.charCodeAt(0) & 0xff))), async (bytes) => {
        const result = await extractPdfText(bytes)
        expect(typeof result.text).toBe('string')
        expectParsedSource(await parseSource(bytes, 'report.pdf'))
      }),
      fixedRuns(100)
    )
  })

  it('random bytes under any name never make parseSource throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('a.pdf', 'a.docx', 'a.xlsx', 'a.xls', 'a.csv', 'a.txt', 'a'), async (bytes, name) => {
        expectParsedSource(await meteredAsync((o) => parseSource(bytes, name, o)))
      }),
      fixedRuns(500)
    )
  })
})

describe('an import that fails writes nothing', () => {
  const opened: UprDeskDatabase[] = []
  afterAll(() => opened.forEach((db) => db.close()))

  it('damaged files either import whole or leave the register exactly as it was', async () => {
    const result = await openDatabase(`fuzz-import-${crypto.randomUUID()}`)
    if (result.status !== 'ready') throw new Error(result.status)
    opened.push(result.db)
    const repos = testRepositories(result.db)
    // Something already stored, which no failed import may touch.
    const first = await parseSource(encode(UPR_INFO_CSV), 'export.csv')
    if (first.kind !== 'recommendations') throw new Error('the sample must parse')
    await repos.recommendations.importAll(toRecommendationRecords(first.result, { ourStateIso3: 'PRT', importedAt: '2026-11-27T10:00:00.000Z' }).records)
    const count = async () => repos.db.recommendations.count()

    await fc.assert(
      fc.asyncProperty(
        fc.oneof(mutatedText(REPORT_TEXT).map((t) => ({ bytes: encode(t), name: 'report.txt' })), mutatedText(UPR_INFO_CSV).map((t) => ({ bytes: encode(t), name: 'export.csv' })), mutatedBytes(UPR_INFO_XLSX).map((bytes) => ({ bytes, name: 'export.xlsx' }))),
        fc.boolean(),
        async ({ bytes, name }, sabotage) => {
          const before = await repos.db.recommendations.toArray()
          const parsed = await parseReportWithAddendum(await parseSource(bytes, name), null)
          if (!parsed.result) {
            // A refused file: nothing to store, and nothing stored changed.
            expect(await repos.db.recommendations.toArray()).toEqual(before)
            return
          }
          const mapped = toRecommendationRecords(parsed.result, { ourStateIso3: 'PRT', importedAt: '2026-11-28T10:00:00.000Z', stateUnderReviewIso3: 'SVN', session: 34 })
          // Half the time, one record cannot be stored (a value IndexedDB cannot clone): all of it must be refused.
          const poisoned = sabotage && mapped.records.length > 0
          const poison = [() => 'not storable'] as unknown as string[]
          const records = poisoned ? [...mapped.records.slice(1), { ...mapped.records[0]!, recommendingStatesRaw: poison }] : mapped.records
          const report = await repos.recommendations.importAll(records).catch(() => null)
          if (report === null) {
            expect(await repos.db.recommendations.toArray()).toEqual(before)
          } else {
            expect(poisoned).toBe(false)
            expect(await count()).toBe(before.length + report.added)
          }
        }
      ),
      fixedRuns(100)
    )
  })
})
