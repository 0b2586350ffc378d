/**
 * Reads a measures exchange file (CSV, or an Excel workbook) into measures to import. Pure and total:
 * whatever the bytes, it returns `{ items, problems }` naming the row and column of each problem, and
 * refuses files beyond the limits before parsing them (size, unpacked size, sheets, rows, columns).
 */
import { nested, type CodedText } from '../../domain/coded-message'
import { readMeasureRows, type Cell, type MeasureRowsResult, type SourceRow, type TableProblem } from '../../domain/measures/measure-rows'
import { measureText } from '../../domain/measures/messages'
import { columnOfHeader } from '../../domain/measures/measure-columns'
import { decodeText, detectFormat } from '../detect-format'
import { parseCsvRecords } from '../formats/csv'
import type { ReadMeter } from '../formats/limits'
import { describeProblem, type ReadProblem } from '../formats/problems'
import { readProblemMessage } from '../messages'
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
  /** The name of the sheet read; null for CSV. */
  sheet: string | null
}

const fileProblem = (problem: CodedText): MeasureRowsResult => ({ items: [], problems: [{ severity: 'error', row: null, column: null, ...problem }] })

/** Reads a measures file: CSV (UTF-8, Windows-1252 or Mac Roman; comma, semicolon or tab) or .xlsx/.xls. */
export function readMeasuresFile(bytes: Uint8Array, fileName: string, options: { meter?: ReadMeter } = {}): MeasureRowsResult {
  try {
    if (bytes.byteLength > LIMITS.maxBytes) {
      const size = Math.round((bytes.byteLength / 1024 / 1024) * 10) / 10
      const max = LIMITS.maxBytes / 1024 / 1024
      return fileProblem(measureText('measuresFile.tooLarge', { file: fileName, size, max }, `${fileName} is ${size.toFixed(1)} MB; a measures file can be at most ${max} MB.`))
    }
    const format = detectFormat(bytes, fileName)
    let grid: Grid | CodedText
    if (format.kind === 'xlsx' || format.kind === 'xls') grid = readWorkbook(bytes, fileName, format.kind, options.meter)
    else if (format.kind === 'csv' || format.kind === 'text') grid = readCsv(bytes)
    else return fileProblem(measureText('measuresFile.notSpreadsheet', { file: fileName, reason: nested(format.why) }, `${fileName} is not a CSV file or an Excel workbook: ${format.reason}`))
    if ('code' in grid) return fileProblem(grid)
    return readGrid(grid)
  } catch (error) {
    // The readers above are written not to throw; this is the last guard so that a parser bug in a
    // library still ends as a message, never as a broken page.
    const detail = error instanceof Error ? error.message : String(error)
    return fileProblem(measureText('measuresFile.couldNotRead', { file: fileName, detail }, `${fileName} could not be read: ${detail}`))
  }
}

function readGrid(grid: Grid): MeasureRowsResult {
  const headerIndex = findHeader(grid.rows)
  const place = grid.sheet === null ? 'file' : `sheet "${grid.sheet}"`
  if (headerIndex < 0) {
    return fileProblem(
      grid.sheet === null
        ? measureText('measuresFile.noRows', {}, `The ${place} has no rows.`)
        : measureText('measuresFile.noRowsInSheet', { sheet: grid.sheet }, `The ${place} has no rows.`)
    )
  }
  const header = grid.rows[headerIndex] ?? []
  if (header.length > LIMITS.maxColumns) {
    return fileProblem(
      measureText('measuresFile.tooManyColumns', { count: header.length, max: LIMITS.maxColumns }, `The header row has ${header.length} columns; a measures file has at most ${LIMITS.maxColumns}.`)
    )
  }
  const dataRows = grid.rows.length - headerIndex - 1
  if (dataRows > LIMITS.maxRows) {
    const message = `The ${place} has more than ${LIMITS.maxRows.toLocaleString('en')} rows below the header; import at most ${LIMITS.maxRows.toLocaleString('en')} measures at a time.`
    return fileProblem(
      grid.sheet === null
        ? measureText('measuresFile.tooManyRows', { max: LIMITS.maxRows }, message)
        : measureText('measuresFile.tooManyRowsInSheet', { sheet: grid.sheet, max: LIMITS.maxRows }, message)
    )
  }
  const rows: SourceRow[] = []
  for (let i = headerIndex + 1; i < grid.rows.length; i++) rows.push({ cells: grid.rows[i] ?? [], row: grid.rowNumbers[i] ?? i + 1 })
  const result = readMeasureRows(header, rows, grid.rowNumbers[headerIndex] ?? headerIndex + 1, { date1904: grid.date1904 })
  if (grid.sheet) {
    const sheet = grid.sheet
    result.problems = result.problems.map((p): TableProblem => (p.row === null ? p : { ...p, sheet, message: `${p.message} (sheet "${sheet}")` }))
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

function readCsv(bytes: Uint8Array): Grid | CodedText {
  const { text } = decodeText(bytes)
  const firstLine = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? ''
  const delimiter = ([',', ';', '\t'] as const).map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d
  const parsed = parseCsvRecords(text, delimiter)
  if (parsed.problem) {
    return measureText('measuresFile.cannotRead', { reason: nested(readProblemMessage(parsed.problem)) }, `The file cannot be read: ${describeProblem(parsed.problem)}`)
  }
  if (parsed.unterminatedQuoteAtLine !== null) {
    const line = parsed.unterminatedQuoteAtLine
    return measureText('measuresFile.unclosedQuote', { line }, `A quoted cell opened on line ${line} is never closed: check the quotes (") on that line.`)
  }
  if (parsed.records.length > LIMITS.maxRows + 50) {
    return measureText(
      'measuresFile.csvTooManyRows',
      { count: parsed.records.length, max: LIMITS.maxRows },
      `The file has ${parsed.records.length.toLocaleString('en')} rows; import at most ${LIMITS.maxRows.toLocaleString('en')} measures at a time.`
    )
  }
  return { rows: parsed.records.map((r) => r.fields), rowNumbers: parsed.records.map((_, i) => i + 1), date1904: false, sheet: null }
}

function readWorkbook(bytes: Uint8Array, fileName: string, kind: 'xlsx' | 'xls', meter: ReadMeter | undefined): Grid | CodedText {
  const notWorkbook = (problem: ReadProblem, english: string): CodedText =>
    measureText('measuresFile.notWorkbook', { file: fileName, reason: nested(readProblemMessage(problem)) }, `${fileName} cannot be read as an Excel workbook: ${english}`)
  if (kind === 'xlsx') {
    const zip = summariseZip(bytes)
    if (!zip.ok) return notWorkbook(zip.problem, `${describeProblem(zip.problem).replace(/\.$/, '')}.`)
    if (zip.entries > LIMITS.maxZipEntries) {
      return measureText('measuresFile.tooManyParts', { file: fileName, count: zip.entries }, `${fileName} has ${zip.entries} parts inside; a measures workbook has far fewer. It is not read.`)
    }
    if (zip.uncompressedBytes > LIMITS.maxUnpackedBytes) {
      const size = Math.round(zip.uncompressedBytes / 1024 / 1024)
      const max = LIMITS.maxUnpackedBytes / 1024 / 1024
      return measureText(
        'measuresFile.unpacksTooLarge',
        { file: fileName, size, max },
        `${fileName} would unpack to ${size} MB, more than the ${max} MB a measures workbook may hold. It is not read.`
      )
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
  if (!read.ok) return notWorkbook(read.problem, describeProblem(read.problem))
  if (names.length > LIMITS.maxSheets) {
    return measureText('measuresFile.tooManySheets', { file: fileName, count: names.length, max: LIMITS.maxSheets }, `${fileName} has ${names.length} sheets; a measures workbook has at most ${LIMITS.maxSheets}.`)
  }
  if (wanted === undefined) return measureText('measuresFile.noSheets', { file: fileName }, `${fileName} has no sheets.`)
  const table = read.value.tables[0]
  if (!table) return measureText('measuresFile.emptySheet', { sheet: wanted, file: fileName }, `The sheet "${wanted}" of ${fileName} has no cells.`)
  const lastRow = table.lastRow ?? table.rows.length
  if (lastRow > rowCap && table.rows.length >= rowCap) {
    return measureText(
      'measuresFile.sheetTooManyRows',
      { sheet: wanted, count: lastRow, max: LIMITS.maxRows },
      `The sheet "${wanted}" has ${lastRow.toLocaleString('en')} rows; import at most ${LIMITS.maxRows.toLocaleString('en')} measures at a time.`
    )
  }
  const rows: Cell[][] = table.rows
  return { rows, rowNumbers: table.rowNumbers, date1904: read.value.date1904, sheet: wanted }
}

