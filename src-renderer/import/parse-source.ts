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
import { nested, type CodedText } from '../domain/coded-message'
import { importText } from './messages'
import type { AddendumResult, ImportWarning, ParseResult } from './types'
import { parseUhriTables } from './uhri'
import { parseUprInfoExport, parseUprInfoTables } from './upr-info'
import { parseWorkingGroupReport } from './wg-report'

export { MAX_IMPORT_BYTES }

export type ParsedSource =
  | { kind: 'recommendations'; result: ParseResult }
  | { kind: 'addendum'; result: AddendumResult }
  | ({ kind: 'error' } & CodedText)

const ADDENDUM_SYMBOL = /A\/HRC\/\d+\/\d+\/Add\.\s?\d/i
const ADDENDUM_TITLE =
  /views on conclusions and\/or recommendations|voluntary commitments and replies|observations sur les conclusions et\/ou recommandations|engagements exprimés et réponses|observaciones sobre las conclusiones y\/o recomendaciones|compromisos voluntarios y respuestas/i

/** True when a text reads like an addendum (the State's responses) rather than the report itself. */
export function looksLikeAddendum(text: string): boolean {
  const head = text.slice(0, 4000)
  return ADDENDUM_SYMBOL.test(head) || ADDENDUM_TITLE.test(head)
}

/** Reads text out of a PDF or text file, for report or addendum parsing. */
async function textOf(bytes: Uint8Array, kind: string): Promise<{ text: string } | { problem: CodedText }> {
  if (kind !== 'pdf') return { text: decodeText(bytes).text }
  // A PDF that cannot be read, or is beyond the page budget, says why.
  const pdf = await extractPdfText(bytes, { pageLimit: MAX_PDF_PAGES })
  return pdf.problem ? { problem: pdf.problem } : { text: pdf.text }
}

/** Parses one file of any supported kind; `options` sets the reading layer's budgets and meter. */
export async function parseSource(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ParsedSource> {
  if (bytes.length === 0) return { kind: 'error', ...importText('file.empty', { file: fileName }, `${fileName} is empty.`) }
  if (bytes.length > MAX_IMPORT_BYTES) {
    const size = Math.round(bytes.length / 1048576)
    const max = MAX_IMPORT_BYTES / 1048576
    return {
      kind: 'error',
      ...importText('file.tooLarge', { file: fileName, size, max }, `${fileName} is ${size} MB; UPR Desk imports files up to ${max} MB. Is it the right file?`)
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
        if (!document.ok) {
          const { code, values, message } = docxRefusal(document.problem, fileName)
          return { kind: 'error', code, values, message }
        }
        const matrix = parseOhchrMatrixDocument(document, fileName)
        if (matrix.recommendations.length > 0) return { kind: 'recommendations', result: matrix }
        return parseText(wordDocumentText(document), fileName, matrix.warnings)
      }
      case 'pdf':
      case 'text':
      {
        const read = await textOf(bytes, format.kind)
        if ('text' in read) return parseText(read.text, fileName, [])
        return {
          kind: 'error',
          ...importText('file.cannotRead', { file: fileName, reason: nested(read.problem) }, `${fileName} could not be read: ${read.problem.message}`)
        }
      }
      default:
        return {
          kind: 'error',
          ...importText(
            'file.notReadable',
            { file: fileName, reason: nested(format.why) },
            `${fileName} is not a file UPR Desk can read (${format.reason}). It reads Working Group reports and addenda (PDF, Word, text), UPR Info exports (.xls, .xlsx, .csv), UHRI exports (.xlsx) and OHCHR thematic lists (.docx).`
          )
        }
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { kind: 'error', ...importText('file.couldNotRead', { file: fileName, detail }, `${fileName} could not be read: ${detail}`) }
  }
}

/** Parses pasted or extracted text as a report or an addendum. */
export function parseText(text: string, fileName: string, earlier: ImportWarning[] = []): ParsedSource {
  if (!text.trim()) return { kind: 'error', ...importText('file.noText', { file: fileName }, `${fileName} contains no text.`) }
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
): Promise<{ result: ParseResult | null; changes: { number: string; from: string; to: string }[]; warnings: ImportWarning[]; error?: CodedText }> {
  if (report.kind === 'error') return { result: null, changes: [], warnings: [], error: errorOf(report) }
  if (report.kind === 'addendum') {
    return {
      result: null,
      changes: [],
      warnings: [],
      error: importText('source.addendumFirst', {}, 'This is an addendum (the State’s responses). Import the Working Group report first, then add the addendum to it.')
    }
  }
  if (!addendum) return { result: report.result, changes: [], warnings: [] }
  if (addendum.kind === 'error') return { result: report.result, changes: [], warnings: [], error: errorOf(addendum) }
  if (addendum.kind !== 'addendum') {
    return { result: report.result, changes: [], warnings: [], error: importText('source.notAddendum', {}, 'The second file is not an addendum to a Working Group report.') }
  }
  const applied = applyAddendum(report.result, addendum.result)
  return { result: applied.result, changes: applied.changes, warnings: applied.warnings }
}

/** The coded error of a source that could not be read, without its `kind`. */
function errorOf(source: Extract<ParsedSource, { kind: 'error' }>): CodedText {
  return { code: source.code, values: source.values, message: source.message }
}
