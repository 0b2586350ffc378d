/**
 * The spreadsheet importers' door to the reading layer: any .xls, .xlsx or CSV/text file into tables of
 * plain values, or a refusal turned into the importers' usual warning ("Cannot read <file>: ...").
 */
import { detectFormat, type TextEncodingName } from '../detect-format'
import { nested } from '../../domain/coded-message'
import { importMessage, importWarning, readProblemMessage } from '../messages'
import type { ImportWarning } from '../types'
import { readCsv } from './csv'
import type { SheetTable } from './grid'
import type { ReadOptions } from './limits'
import { describeProblem, type ReadProblem } from './problems'
import { readWorkbook } from './workbook'

export interface TablesRead {
  tables: SheetTable[]
  warnings: ImportWarning[]
  /** True when the file could not be read at all (the warnings say why). */
  failed: boolean
  encoding?: TextEncodingName
  /** Why the reading layer refused the file, as a code with its values. */
  problem?: ReadProblem
}

/** What the caller expected the file to be, for the refusal of a PDF or Word file. */
export type TableFileKind = 'UPR Info export' | 'UHRI export' | 'spreadsheet'

const WHAT = {
  'UPR Info export': importMessage('table.whatUprInfo', {}),
  'UHRI export': importMessage('table.whatUhri', {}),
  spreadsheet: importMessage('table.whatSpreadsheet', {})
} as const

/** Reads .xls, .xlsx or CSV/text bytes into tables of plain values; never throws. */
export function readTables(bytes: Uint8Array, fileName: string, what: TableFileKind, options: ReadOptions = {}): TablesRead {
  const format = detectFormat(bytes, fileName)
  switch (format.kind) {
    case 'xls':
    case 'xlsx': {
      const read = readWorkbook(bytes, format.kind, options)
      if (!read.ok) return refused(fileName, read.problem)
      if (read.value.tables.length === 0) return refused(fileName, { code: 'no-worksheet' })
      return { tables: read.value.tables, warnings: [], failed: false }
    }
    case 'csv':
    case 'text': {
      const read = readCsv(bytes, options)
      if (!read.ok) return refused(fileName, read.problem)
      const { table, encoding, unterminatedQuoteAtLine } = read.value
      const warnings: ImportWarning[] = []
      if (unterminatedQuoteAtLine !== null) {
        warnings.push(
          importWarning(
            'table.unclosedQuote',
            { line: unterminatedQuoteAtLine },
            `A quoted field opened on line ${unterminatedQuoteAtLine} is never closed: the rest of the file was read as that one field.`,
            { line: unterminatedQuoteAtLine }
          )
        )
      }
      return { tables: [table], warnings, failed: false, encoding }
    }
    case 'pdf':
      return fail(importWarning('table.isPdf', { file: fileName, what: nested(WHAT[what]), reason: nested(format.why) }, `${fileName} is a PDF, not a ${what}: ${format.reason}`))
    case 'docx':
      return fail(importWarning('table.isWord', { file: fileName, what: nested(WHAT[what]), reason: nested(format.why) }, `${fileName} is a Word document, not a ${what}: ${format.reason}`))
    case 'unknown':
      return fail(importWarning('table.notSpreadsheet', { file: fileName, reason: nested(format.why) }, `${fileName} is not a spreadsheet or CSV file: ${format.reason}`))
  }
}

/** The warning for a file the layer refused: "Cannot read <file>: <why>". */
export function refusalWarning(fileName: string, problem: ReadProblem): ImportWarning {
  if (problem.code === 'no-worksheet') return { ...importWarning('table.noWorksheet', { file: fileName }, `${fileName} has no worksheet with cells.`), problem }
  return { ...importWarning('file.cannotRead', { file: fileName, reason: nested(readProblemMessage(problem)) }, `Cannot read ${fileName}: ${describeProblem(problem)}`), problem }
}

function refused(fileName: string, problem: ReadProblem): TablesRead {
  return { tables: [], warnings: [refusalWarning(fileName, problem)], failed: true, problem }
}

function fail(warning: ImportWarning): TablesRead {
  return { tables: [], warnings: [warning], failed: true }
}
