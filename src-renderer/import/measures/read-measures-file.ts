/**
 * Reads a measures exchange file (CSV, or an Excel workbook) into measures to import. Pure and total:
 * whatever the bytes, it returns `{ items, problems }` naming the row and column of each problem, and
 * refuses files beyond the limits before parsing them (size, unpacked size, sheets, rows, columns).
 */
import { readMeasureRows, type Cell, type MeasureRowsResult, type SourceRow, type TableProblem } from '../../domain/measures/measure-rows'
import { columnOfHeader } from '../../domain/measures/measure-columns'
import { decodeText, detectFormat } from '../detect-format'
import { parseCsvRecords } from '../formats/csv'
import type { ReadMeter } from '../formats/limits'
import { describeProblem } from '../formats/problems'
import { readWorkbook as readExcel } from '../formats/workbook'
import { MEASURES_FILE_LIMITS as LIMITS } from './limits'
import { summariseZip } from './zip-check'

/** The sheet the exporter writes; a workbook without it is searched for a sheet with the measure columns. */
export const MEASURES_SHEET = 'Measures'

interface Grid {
  rows: Cell[][]
  /** 1-based row number of rows[i]. */
  rowNumbers: number[]
  date1904: boolean
  /** "sheet Measures", for messages; null for CSV. */
  sheet: string | null
}

const fileProblem = (message: string): MeasureRowsResult => ({ items: [], problems: [{ severity: 'error', row: null, column: null, message }] })

/** Reads a measures file: CSV (UTF-8, Windows-1252 or Mac Roman; comma, semicolon or tab) or .xlsx/.xls. */
export function readMeasuresFile(bytes: Uint8Array, fileName: string, options: { meter?: ReadMeter } = {}): MeasureRowsResult {
  try {
    if (bytes.byteLength > LIMITS.maxBytes) {
      return fileProblem(`${fileName} is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; a measures file can be at most ${LIMITS.maxBytes / 1024 / 1024} MB.`)
    }
    const format = detectFormat(bytes, fileName)
    let grid: Grid | string
    if (format.kind === 'xlsx' || format.kind === 'xls') grid = readWorkbook(bytes, fileName, format.kind, options.meter)
    else if (format.kind === 'csv' || format.kind === 'text') grid = readCsv(bytes)
    else return fileProblem(`${fileName} is not a CSV file or an Excel workbook: ${format.reason}`)
    if (typeof grid === 'string') return fileProblem(grid)
    return readGrid(grid)
  } catch (error) {
    // The readers above are written not to throw; this is the last guard so that a parser bug in a
    // library still ends as a message, never as a broken page.
    return fileProblem(`${fileName} could not be read: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function readGrid(grid: Grid): MeasureRowsResult {
  const headerIndex = findHeader(grid.rows)
  if (headerIndex < 0) return fileProblem(`The ${grid.sheet ?? 'file'} has no rows.`)
  const header = grid.rows[headerIndex] ?? []
  if (header.length > LIMITS.maxColumns) return fileProblem(`The header row has ${header.length} columns; a measures file has at most ${LIMITS.maxColumns}.`)
  const dataRows = grid.rows.length - headerIndex - 1
  if (dataRows > LIMITS.maxRows) {
    return fileProblem(`The ${grid.sheet ?? 'file'} has more than ${LIMITS.maxRows.toLocaleString('en')} rows below the header; import at most ${LIMITS.maxRows.toLocaleString('en')} measures at a time.`)
  }
  const rows: SourceRow[] = []
  for (let i = headerIndex + 1; i < grid.rows.length; i++) rows.push({ cells: grid.rows[i] ?? [], row: grid.rowNumbers[i] ?? i + 1 })
  const result = readMeasureRows(header, rows, grid.rowNumbers[headerIndex] ?? headerIndex + 1, { date1904: grid.date1904 })
  if (grid.sheet) {
    const sheet = grid.sheet
    result.problems = result.problems.map((p): TableProblem => (p.row === null ? p : { ...p, message: `${p.message} (${sheet})` }))
  }
  return result
}

/** The header is the first of the first 10 non-empty rows naming two measure columns, else the first non-empty row. */
function findHeader(rows: readonly Cell[][]): number {
  let first = -1
  let seen = 0
  for (let i = 0; i < rows.length && seen < 10; i++) {
    const row = rows[i] ?? []
    if (row.every((c) => c === null || String(c).trim() === '')) continue
    seen++
    if (first < 0) first = i
    if (row.filter((c) => typeof c === 'string' && columnOfHeader(c) !== null).length >= 2) return i
  }
  return first
}

function readCsv(bytes: Uint8Array): Grid | string {
  const { text } = decodeText(bytes)
  const firstLine = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? ''
  const delimiter = ([',', ';', '\t'] as const).map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d
  const parsed = parseCsvRecords(text, delimiter)
  if (parsed.problem) return `The file cannot be read: ${describeProblem(parsed.problem)}`
  if (parsed.unterminatedQuoteAtLine !== null) {
    return `A quoted cell opened on line ${parsed.unterminatedQuoteAtLine} is never closed: check the quotes (") on that line.`
  }
  if (parsed.records.length > LIMITS.maxRows + 50) return `The file has ${parsed.records.length.toLocaleString('en')} rows; import at most ${LIMITS.maxRows.toLocaleString('en')} measures at a time.`
  return { rows: parsed.records.map((r) => r.fields), rowNumbers: parsed.records.map((_, i) => i + 1), date1904: false, sheet: null }
}

function readWorkbook(bytes: Uint8Array, fileName: string, kind: 'xlsx' | 'xls', meter: ReadMeter | undefined): Grid | string {
  if (kind === 'xlsx') {
    const zip = summariseZip(bytes)
    if (!zip.ok) return `${fileName} cannot be read as an Excel workbook: ${zip.problem}.`
    if (zip.entries > LIMITS.maxZipEntries) return `${fileName} has ${zip.entries} parts inside; a measures workbook has far fewer. It is not read.`
    if (zip.uncompressedBytes > LIMITS.maxUnpackedBytes) {
      return `${fileName} would unpack to ${Math.round(zip.uncompressedBytes / 1024 / 1024)} MB, more than the ${LIMITS.maxUnpackedBytes / 1024 / 1024} MB a measures workbook may hold. It is not read.`
    }
  }
  // Only one sheet is read, and only as many rows as an import may have (plus room for the header);
  // the parts are unpacked within the measures budget, whatever sizes the file declares.
  const rowCap = LIMITS.maxRows + 12
  let names: readonly string[] = []
  let wanted: string | undefined
  const read = readExcel(bytes, kind, {
    limits: { maxUnpackedBytes: LIMITS.maxUnpackedBytes, maxZipEntries: LIMITS.maxZipEntries },
    ...(meter ? { meter } : {}),
    rowCap,
    pickSheets: (all) => {
      names = all
      if (all.length > LIMITS.maxSheets) return []
      wanted = all.find((n) => n.trim().toLowerCase() === MEASURES_SHEET.toLowerCase()) ?? all[0]
      return wanted === undefined ? [] : [wanted]
    }
  })
  if (!read.ok) return `${fileName} cannot be read as an Excel workbook: ${describeProblem(read.problem)}`
  if (names.length > LIMITS.maxSheets) return `${fileName} has ${names.length} sheets; a measures workbook has at most ${LIMITS.maxSheets}.`
  if (wanted === undefined) return `${fileName} has no sheets.`
  const table = read.value.tables[0]
  if (!table) return `The sheet "${wanted}" of ${fileName} has no cells.`
  const lastRow = table.lastRow ?? table.rows.length
  if (lastRow > rowCap && table.rows.length >= rowCap) {
    return `The sheet "${wanted}" has ${lastRow.toLocaleString('en')} rows; import at most ${LIMITS.maxRows.toLocaleString('en')} measures at a time.`
  }
  const rows: Cell[][] = table.rows
  return { rows, rowNumbers: table.rowNumbers, date1904: read.value.date1904, sheet: `sheet "${wanted}"` }
}

