/**
 * One entry point for every importer: detects what a file is (report, addendum, UPR Info, UHRI, OHCHR
 * matrix; text, PDF, Word or spreadsheet) and parses it. Used by the import worker and the headless
 * `npm run parse`. Never throws: problems come back as warnings.
 */
import { applyAddendum, parseAddendum } from './addendum'
import { detectFormat, decodeText } from './detect-format'
import { wordDocumentText } from './docx-text'
import type { ReadOptions } from './formats/limits'
import { readTables } from './formats/tables'
import { readDocx } from './formats/word'
import { docxRefusal, parseOhchrMatrixDocument } from './ohchr-matrix'
import { extractPdfText } from './pdf-text'
import { MAX_IMPORT_BYTES, MAX_PDF_PAGES } from './limits'
import type { AddendumResult, ImportWarning, ParseResult } from './types'
import { parseUhriTables } from './uhri'
import { parseUprInfoExport, parseUprInfoTables } from './upr-info'
import { parseWorkingGroupReport } from './wg-report'

export { MAX_IMPORT_BYTES }

export type ParsedSource =
  | { kind: 'recommendations'; result: ParseResult }
  | { kind: 'addendum'; result: AddendumResult }
  | { kind: 'error'; message: string }

const ADDENDUM_SYMBOL = /A\/HRC\/\d+\/\d+\/Add\.\s?\d/i
const ADDENDUM_TITLE = /views on conclusions and\/or recommendations|voluntary commitments and replies/i

/** True when a text reads like an addendum (the State's responses) rather than the report itself. */
export function looksLikeAddendum(text: string): boolean {
  const head = text.slice(0, 4000)
  return ADDENDUM_SYMBOL.test(head) || ADDENDUM_TITLE.test(head)
}

/** Reads text out of a PDF or text file, for report or addendum parsing. */
async function textOf(bytes: Uint8Array, kind: string): Promise<string> {
  if (kind !== 'pdf') return decodeText(bytes).text
  // A PDF that cannot be read, or is beyond the page budget, says why (caught below as "could not be read").
  const pdf = await extractPdfText(bytes, { pageLimit: MAX_PDF_PAGES })
  if (pdf.error) throw new Error(pdf.error)
  return pdf.text
}

/** Parses one file of any supported kind; `options` sets the reading layer's budgets and meter. */
export async function parseSource(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ParsedSource> {
  if (bytes.length === 0) return { kind: 'error', message: `${fileName} is empty.` }
  if (bytes.length > MAX_IMPORT_BYTES) {
    return {
      kind: 'error',
      message: `${fileName} is ${(bytes.length / 1048576).toFixed(0)} MB; UPR Desk imports files up to ${MAX_IMPORT_BYTES / 1048576} MB. Is it the right file?`
    }
  }
  const format = detectFormat(bytes, fileName)
  try {
    switch (format.kind) {
      case 'xls':
      case 'xlsx':
        return { kind: 'recommendations', result: parseSpreadsheet(bytes, fileName, options) }
      case 'csv':
        return { kind: 'recommendations', result: parseUprInfoExport(bytes, fileName, options) }
      case 'docx': {
        // Unpacked and read once: as a matrix first, else as the text of a report or an addendum.
        const document = readDocx(bytes, options)
        if (!document.ok) return { kind: 'error', message: docxRefusal(document.problem, fileName).message }
        const matrix = parseOhchrMatrixDocument(document, fileName)
        if (matrix.recommendations.length > 0) return { kind: 'recommendations', result: matrix }
        return parseText(wordDocumentText(document), fileName, matrix.warnings)
      }
      case 'pdf':
      case 'text':
        return parseText(await textOf(bytes, format.kind), fileName, [])
      default:
        return { kind: 'error', message: `${fileName} is not a file UPR Desk can read (${format.reason}). It reads Working Group reports and addenda (PDF, Word, text), UPR Info exports (.xls, .xlsx, .csv), UHRI exports (.xlsx) and OHCHR thematic lists (.docx).` }
    }
  } catch (error) {
    return { kind: 'error', message: `${fileName} could not be read: ${error instanceof Error ? error.message : String(error)}` }
  }
}

/** Parses pasted or extracted text as a report or an addendum. */
export function parseText(text: string, fileName: string, earlier: ImportWarning[] = []): ParsedSource {
  if (!text.trim()) return { kind: 'error', message: `${fileName} contains no text.` }
  if (looksLikeAddendum(text)) {
    const result = parseAddendum(text, fileName)
    return { kind: 'addendum', result: { ...result, warnings: [...earlier, ...result.warnings] } }
  }
  const result = parseWorkingGroupReport(text, fileName)
  return { kind: 'recommendations', result: { ...result, warnings: [...earlier, ...result.warnings] } }
}

/** A spreadsheet is a UPR Info export or a UHRI export: the one that finds its columns wins. Read once. */
function parseSpreadsheet(bytes: Uint8Array, fileName: string, options: ReadOptions): ParseResult {
  const tables = readTables(bytes, fileName, 'spreadsheet', options)
  const uprInfo = parseUprInfoTables(tables, fileName)
  if (uprInfo.recommendations.length > 0) return uprInfo
  const uhri = parseUhriTables(tables, fileName)
  if (uhri.recommendations.length > 0) return uhri
  return { ...uprInfo, warnings: [...uprInfo.warnings, ...uhri.warnings.filter((w) => !uprInfo.warnings.some((u) => u.message === w.message))] }
}

/** Parses a report and, optionally, its addendum, and applies the addendum's positions. */
export async function parseReportWithAddendum(
  report: ParsedSource,
  addendum: ParsedSource | null
): Promise<{ result: ParseResult | null; changes: { number: string; from: string; to: string }[]; warnings: ImportWarning[]; error?: string }> {
  if (report.kind === 'error') return { result: null, changes: [], warnings: [], error: report.message }
  if (report.kind === 'addendum') {
    return { result: null, changes: [], warnings: [], error: 'This is an addendum (the State’s responses). Import the Working Group report first, then add the addendum to it.' }
  }
  if (!addendum) return { result: report.result, changes: [], warnings: [] }
  if (addendum.kind === 'error') return { result: report.result, changes: [], warnings: [], error: addendum.message }
  if (addendum.kind !== 'addendum') {
    return { result: report.result, changes: [], warnings: [], error: 'The second file is not an addendum to a Working Group report.' }
  }
  const applied = applyAddendum(report.result, addendum.result)
  return { result: applied.result, changes: applied.changes, warnings: applied.warnings }
}
