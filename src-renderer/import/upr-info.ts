/**
 * UPR Info database exports (.xls from PHPExcel, .xlsx, .csv) -> ParseResult. Pure and total: bad input
 * gives warnings that say what is wrong and where (sheet, row, column), never an exception.
 *
 * Also home of the spreadsheet and CSV reading shared with the UHRI importer: .xlsx and unusual .xls
 * go through SheetJS; plain BIFF8 .xls files (such as PHPExcel's) are read directly, after a check of
 * the compound file that turns a truncated download into a clear error.
 */
import { read, type WorkBook, type CellObject } from '@e965/xlsx'
import type { ActionCategory, Position } from '../domain/model'
import { decodeText, detectFormat, sniffDelimiter, type TextEncodingName } from './detect-format'
import type { ImportWarning, ParsedRecommendation, ParseResult, SourceLocation } from './types'

export type CellValue = string | number | boolean | null

/** One sheet (or the CSV file) as rows of plain values; `rowNumbers[i]` is the 1-based row of `rows[i]`. */
export interface SheetTable {
  /** Sheet name; null for CSV. */
  sheet: string | null
  rows: CellValue[][]
  rowNumbers: number[]
  /** CSV only: 1-based line where each row starts. */
  lines?: number[]
  /** Workbook uses the 1904 date system (Excel for Mac). */
  date1904: boolean
}

export interface TablesRead {
  tables: SheetTable[]
  warnings: ImportWarning[]
  /** True when the file could not be read at all (the warnings say why). */
  failed: boolean
  encoding?: TextEncodingName
}

const UPR_INFO_HEADER = 'SuR | Rgrp | Org | Recommendation | RS | Rgrp | Org | Response | Action | Issue | Session'

/** Reads a UPR Info export (.xls, .xlsx or .csv) into one record per row, in file order. */
export function parseUprInfoExport(bytes: Uint8Array, fileName: string): ParseResult {
  return parseUprInfoTables(readTables(bytes, fileName, 'UPR Info export'), fileName)
}

/** Reads the tables of a spreadsheet already read (see `readTables`) as a UPR Info export. */
export function parseUprInfoTables(file: TablesRead, fileName: string): ParseResult {
  const source: ParseResult['source'] = { kind: 'upr-info', fileName, symbol: null, stateUnderReviewName: null, session: null, cycle: null }
  try {
    if (file.failed) return { source, recommendations: [], warnings: file.warnings }
    const found = pickTable(file.tables, findUprInfoColumns, ['recommendation', 'sur'])
    if (!found.ok) {
      return { source, recommendations: [], warnings: [...file.warnings, missingColumnsWarning(found, UPR_INFO_HEADER)] }
    }
    const { table, headerIndex, columns } = found
    const warnings = [...file.warnings, ...columns.warnings]
    const issues = new RowIssues()
    const recommendations: ParsedRecommendation[] = []
    let dataRows = 0
    const get = (row: CellValue[], key: UprInfoColumn): string => {
      const c = columns.index[key]
      return c === undefined ? '' : cellText(row[c])
    }
    for (let i = headerIndex + 1; i < table.rows.length; i++) {
      const row = table.rows[i] ?? []
      if (isEmptyRow(row)) continue
      dataRows++
      const at = locate(table, i)
      const text = get(row, 'recommendation')
      if (!text) {
        issues.add('no-text', 'No text in column Recommendation: row skipped', { ...at, column: 'Recommendation' })
        continue
      }
      const sur = get(row, 'sur')
      if (!sur) issues.add('no-sur', 'No State under review in column SuR', { ...at, column: 'SuR' })
      const rs = get(row, 'rs')
      const responseRaw = get(row, 'response')
      let position = positionFromLabel(responseRaw)
      if (position === null) {
        issues.add(`response:${responseRaw.toLowerCase()}`, `Unknown response "${responseRaw}" in column Response, read as pending`, { ...at, column: 'Response' })
        position = 'pending'
      }
      const actionRaw = columns.index.action === undefined ? null : row[columns.index.action]
      const action = actionCategoryFrom(actionRaw ?? null)
      if (action === undefined) {
        issues.add(`action:${cellText(actionRaw)}`, `Action "${cellText(actionRaw)}" is not a category 1-5, left empty`, { ...at, column: 'Action' })
      }
      const sessionRaw = columns.index.session === undefined ? null : row[columns.index.session]
      const session = integerFrom(sessionRaw ?? null)
      if (session === undefined) {
        issues.add(`session:${cellText(sessionRaw)}`, `Session "${cellText(sessionRaw)}" is not a session number, left empty`, { ...at, column: 'Session' })
      }
      recommendations.push({
        number: null,
        text,
        recommendingStatesRaw: rs ? [rs] : [],
        position,
        stateUnderReviewName: sur || null,
        session: session ?? null,
        sourceActionCategory: action ?? null,
        sourceThemes: splitList(get(row, 'issue'), ','),
        positionSource: 'UPR Info Response',
        at
      })
    }
    if (dataRows === 0) {
      warnings.push({ message: `No recommendations below the header row: the ${table.sheet ? `sheet "${table.sheet}"` : 'file'} has no data rows.`, at: locate(table, headerIndex) })
    }
    source.stateUnderReviewName = single(recommendations.map((r) => r.stateUnderReviewName ?? null))
    source.session = single(recommendations.map((r) => r.session ?? null))
    return { source, recommendations, warnings: [...warnings, ...issues.flush()] }
  } catch (e) {
    return { source, recommendations: [], warnings: [{ message: `Could not read ${fileName}: unexpected problem (${errorText(e)}).` }] }
  }
}

// ---------------------------------------------------------------------------------------------------
// Columns

export type UprInfoColumn = 'sur' | 'surRgrp' | 'surOrg' | 'recommendation' | 'rs' | 'rsRgrp' | 'rsOrg' | 'response' | 'action' | 'issue' | 'session'

const UPR_INFO_NAMES = new Map<string, UprInfoColumn | 'rgrp' | 'org'>(
  Object.entries({
    sur: 'sur',
    stateunderreview: 'sur',
    recommendation: 'recommendation',
    recommendations: 'recommendation',
    recommendationtext: 'recommendation',
    rs: 'rs',
    recommendingstate: 'rs',
    recommendingstates: 'rs',
    response: 'response',
    position: 'response',
    action: 'action',
    actioncategory: 'action',
    issue: 'issue',
    issues: 'issue',
    session: 'session',
    rgrp: 'rgrp',
    regionalgroup: 'rgrp',
    org: 'org',
    organisation: 'org',
    organisations: 'org',
    organization: 'org',
    organizations: 'org'
  } as const)
)

const DISPLAY: Record<UprInfoColumn, string> = {
  sur: 'SuR',
  surRgrp: 'Rgrp (of SuR)',
  surOrg: 'Org (of SuR)',
  recommendation: 'Recommendation',
  rs: 'RS',
  rsRgrp: 'Rgrp (of RS)',
  rsOrg: 'Org (of RS)',
  response: 'Response',
  action: 'Action',
  issue: 'Issue',
  session: 'Session'
}

export interface ColumnMatch<K extends string> {
  /** Column index (0-based) of each field found. */
  index: Partial<Record<K, number>>
  /** How many header cells were recognised (used to find the header row). */
  recognised: number
  warnings: ImportWarning[]
  display: Record<K, string>
}

/** Maps a UPR Info header row to fields; each duplicated Rgrp/Org belongs to the SuR or RS column just before it. */
export function findUprInfoColumns(header: readonly CellValue[]): ColumnMatch<UprInfoColumn> {
  const index: Partial<Record<UprInfoColumn, number>> = {}
  const warnings: ImportWarning[] = []
  let recognised = 0
  const names = header.map((h) => UPR_INFO_NAMES.get(normaliseHeader(cellText(h))))
  // Rgrp and Org describe the State named just before them: SuR or RS.
  let owner: 'sur' | 'rs' | null = null
  names.forEach((name, c) => {
    if (!name) return
    recognised++
    let key: UprInfoColumn
    if (name === 'rgrp' || name === 'org') {
      const ofSuR = owner === null ? index[name === 'rgrp' ? 'surRgrp' : 'surOrg'] === undefined : owner === 'sur'
      key = name === 'rgrp' ? (ofSuR ? 'surRgrp' : 'rsRgrp') : ofSuR ? 'surOrg' : 'rsOrg'
    } else {
      key = name
      if (name === 'sur' || name === 'rs') owner = name
    }
    if (index[key] === undefined) index[key] = c
    else warnings.push({ message: `Column "${cellText(header[c])}" appears twice: the first one (column ${columnLetter(index[key] ?? 0)}) is used.`, at: { column: columnLetter(c) } })
  })
  return { index, recognised, warnings, display: DISPLAY }
}

/** Header text reduced to lower-case letters and digits, for case- and space-insensitive matching. */
export function normaliseHeader(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '')
}

type TablePick<K extends string> =
  | { ok: true; table: SheetTable; headerIndex: number; columns: ColumnMatch<K> }
  | { ok: false; table: SheetTable | null; headerIndex: number; missing: string[] }

/** Finds the sheet and header row (within the first rows) that carry the required columns. */
export function pickTable<K extends string>(
  tables: readonly SheetTable[],
  match: (header: readonly CellValue[]) => ColumnMatch<K>,
  required: readonly NoInfer<K>[]
): TablePick<K> {
  let best: { table: SheetTable; headerIndex: number; columns: ColumnMatch<K> } | null = null
  for (const table of tables) {
    let seen = 0
    for (let i = 0; i < table.rows.length && seen < 15; i++) {
      const row = table.rows[i] ?? []
      if (isEmptyRow(row)) continue
      seen++
      const columns = match(row)
      const complete = required.every((k) => columns.index[k] !== undefined)
      if (complete) return { ok: true, table, headerIndex: i, columns }
      if (!best || columns.recognised > best.columns.recognised) best = { table, headerIndex: i, columns }
    }
  }
  if (best && best.columns.recognised > 0) {
    const { columns } = best
    const missing = required.filter((k) => columns.index[k] === undefined).map((k) => columns.display[k])
    return { ok: false, table: best.table, headerIndex: best.headerIndex, missing }
  }
  const first = tables.find((t) => t.rows.some((r) => !isEmptyRow(r))) ?? tables[0] ?? null
  const headerIndex = first ? Math.max(0, first.rows.findIndex((r) => !isEmptyRow(r))) : 0
  const display = match([]).display
  return { ok: false, table: first, headerIndex, missing: required.map((k) => display[k]) }
}

/** The error for a file whose header lacks required columns: which ones, and the header actually found. */
export function missingColumnsWarning(pick: { table: SheetTable | null; headerIndex: number; missing: string[] }, expected: string): ImportWarning {
  const { table, headerIndex, missing } = pick
  const plural = missing.length > 1 ? 's' : ''
  if (!table || table.rows.length === 0) {
    return { message: `Missing required column${plural} ${missing.join(', ')}: the file has no rows at all. Expected a header row: ${expected}.` }
  }
  const header = (table.rows[headerIndex] ?? []).map((c) => cellText(c)).filter((c, i, all) => c !== '' || i < all.length - 1)
  const where = locate(table, headerIndex)
  const place = where.sheet ? `row ${where.row} of sheet "${where.sheet}"` : `row ${where.row}`
  return {
    message: `Missing required column${plural} ${missing.join(', ')}. Header found in ${place}: ${header.length ? header.join(' | ') : '(empty)'}. Expected: ${expected}.`,
    at: where
  }
}

// ---------------------------------------------------------------------------------------------------
// Values

/** Maps a position or response label (UPR Info, UHRI, OHCHR) to a Position; null when the label is not known. */
export function positionFromLabel(label: string): Position | null {
  const s = label.toLowerCase().replace(/^[\s\-–•*]+/, '').replace(/[\s.;:]+$/, '').replace(/\s+/g, ' ').replace(/\s*\/\s*/g, '/')
  if (s === '' || /^(pending|no response|no answer|not yet responded|awaiting response|will be examined|to be examined|under consideration)$/.test(s)) return 'pending'
  if (/(in part|partially|partly|supported\/noted|accepted\/noted|supported-in-part)/.test(s)) return 'supported-in-part'
  if (/in principle/.test(s)) return null // UPR Info counts these as noted, OHCHR as supported: let a person decide
  if (/^(noted|rejected|not accepted|not supported|did not enjoy|does not enjoy)/.test(s)) return 'noted'
  if (/^(supported|accepted|support|accept|enjoys? the support)\b/.test(s)) return 'supported'
  return null
}

function actionCategoryFrom(v: CellValue): ActionCategory | null | undefined {
  if (v === null || v === '') return null
  const n = typeof v === 'number' ? v : Number(String(v).trim())
  if (n === 1 || n === 2 || n === 3 || n === 4 || n === 5) return n
  return undefined
}

/** An integer from a cell ("5", 5, "Session 5", "34th"); null when empty, undefined when unreadable. */
export function integerFrom(v: CellValue): number | null | undefined {
  if (v === null) return null
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? v : undefined
  const s = String(v).trim()
  if (s === '') return null
  const m = /^(?:[-–]\s*)?(?:session\s*|upr\s*)?(\d{1,4})(?:st|nd|rd|th)?(?:\s*session)?$/i.exec(s)
  return m?.[1] ? Number(m[1]) : undefined
}

/** Cell value as trimmed text with runs of white space collapsed. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return ''
  const s = typeof v === 'string' ? v : String(v)
  return s.replace(/[\s\u00a0]+/g, ' ').trim()
}

function splitList(s: string, sep: string): string[] {
  return s.split(sep).map((x) => x.trim()).filter((x) => x !== '')
}

/** True when every cell of the row is empty or blank. */
export function isEmptyRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true
  for (const c of row) if (c !== null && c !== undefined && (typeof c !== 'string' || c.trim() !== '')) return false
  return true
}

/** Where row `i` of a table is, for warnings and records. */
export function locate(table: SheetTable, i: number): SourceLocation {
  const at: SourceLocation = { row: table.rowNumbers[i] ?? i + 1 }
  if (table.sheet !== null) at.sheet = table.sheet
  const line = table.lines?.[i]
  if (line !== undefined) at.line = line
  return at
}

function single<T>(values: readonly (T | null)[]): T | null {
  let found: T | null = null
  for (const v of values) {
    if (v === null) continue
    if (found === null) found = v
    else if (found !== v) return null
  }
  return found
}

function columnLetter(c: number): string {
  let s = ''
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/**
 * Collects per-row problems so that 6,000 rows with the same problem give one warning listing where,
 * instead of 6,000 warnings.
 */
export class RowIssues {
  private readonly byKey = new Map<string, { message: string; at: SourceLocation; rows: number[]; count: number }>()

  /** Records one occurrence of a problem. */
  add(key: string, message: string, at: SourceLocation): void {
    const entry = this.byKey.get(key)
    if (entry) {
      entry.count++
      if (entry.rows.length < 10 && at.row !== undefined) entry.rows.push(at.row)
    } else {
      this.byKey.set(key, { message, at, rows: at.row !== undefined ? [at.row] : [], count: 1 })
    }
  }

  /** One warning per kind of problem, pointing at its first row and naming the others. */
  flush(): ImportWarning[] {
    return [...this.byKey.values()].map(({ message, at, rows, count }) => {
      const where = at.sheet ? ` (sheet "${at.sheet}")` : ''
      const list = count === 1 ? `row ${rows[0] ?? '?'}` : `${count} rows: ${rows.join(', ')}${count > rows.length ? ', …' : ''}`
      return { message: `${message} — ${list}${where}.`, at }
    })
  }
}

// ---------------------------------------------------------------------------------------------------
// Reading spreadsheets and CSV

/** Reads .xls, .xlsx or CSV/text bytes into tables of plain values; never throws. */
export function readTables(bytes: Uint8Array, fileName: string, what: string): TablesRead {
  const format = detectFormat(bytes, fileName)
  switch (format.kind) {
    case 'xls':
    case 'xlsx':
      return readWorkbookTables(bytes, fileName, format.kind)
    case 'csv':
    case 'text':
      return readCsvTable(bytes)
    case 'pdf':
      return fail(`${fileName} is a PDF, not a ${what}: ${format.reason}`)
    case 'docx':
      return fail(`${fileName} is a Word document, not a ${what}: ${format.reason}`)
    case 'unknown':
      return fail(`${fileName} is not a spreadsheet or CSV file: ${format.reason}`)
  }
}

function fail(message: string): TablesRead {
  return { tables: [], warnings: [{ message }], failed: true }
}

function readWorkbookTables(bytes: Uint8Array, fileName: string, kind: 'xls' | 'xlsx'): TablesRead {
  if (kind === 'xls' && bytes[0] === 0xd0) {
    const opened = openCompoundFile(bytes)
    if (typeof opened === 'string') return fail(`Cannot read ${fileName}: ${opened}`)
    // SheetJS spends most of a large UPR Info export's read time on its shared-string table; a
    // plain BIFF8 workbook is read here instead, and anything unusual goes to SheetJS.
    const tables = opened.workbook ? readBiff8Stream(opened.workbook) : null
    if (tables && tables.length > 0) return { tables, warnings: [], failed: false }
  }
  let wb: WorkBook
  try {
    wb = read(bytes, {
      type: 'array',
      dense: true,
      cellHTML: false,
      cellText: false,
      cellNF: false,
      cellStyles: false,
      cellFormula: false,
      bookVBA: false,
      WTF: false
    })
  } catch (e) {
    const label = kind === 'xls' ? 'an Excel 97-2003 workbook (.xls)' : 'an Excel workbook (.xlsx)'
    return fail(`Cannot read ${fileName} as ${label}: the file is damaged or truncated (${errorText(e)}).`)
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904)
  const tables: SheetTable[] = []
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name]
    if (!ws) continue
    const data = (ws as { '!data'?: (CellObject | undefined)[][] })['!data']
    if (!data) continue // chart sheets and other non-grid sheets
    const rows: CellValue[][] = []
    const rowNumbers: number[] = []
    for (let r = 0; r < data.length; r++) {
      const src = data[r]
      const row: CellValue[] = []
      if (src) for (let c = 0; c < src.length; c++) row.push(cellValue(src[c]))
      rows.push(row)
      rowNumbers.push(r + 1)
    }
    tables.push({ sheet: name, rows, rowNumbers, date1904 })
  }
  if (tables.length === 0) return fail(`${fileName} has no worksheet with cells.`)
  return { tables, warnings: [], failed: false }
}

/** A worksheet cell as a plain value: text, number, boolean, an ISO date, or null (errors, stubs). */
export function cellValue(cell: CellObject | undefined): CellValue {
  if (!cell) return null
  switch (cell.t) {
    case 's':
    case 'n':
    case 'b':
      return cell.v === undefined ? null : (cell.v as string | number | boolean)
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : null
    default:
      return null // errors (#N/A) and stubs
  }
}

function readCsvTable(bytes: Uint8Array): TablesRead {
  const { text, encoding } = decodeText(bytes)
  const delimiter = sniffDelimiter(text) ?? ','
  const parsed = parseCsvRecords(text, delimiter)
  const warnings: ImportWarning[] = []
  if (parsed.unterminatedQuoteAtLine !== null) {
    warnings.push({
      message: `A quoted field opened on line ${parsed.unterminatedQuoteAtLine} is never closed: the rest of the file was read as that one field.`,
      at: { line: parsed.unterminatedQuoteAtLine }
    })
  }
  return {
    tables: [{ sheet: null, rows: parsed.records.map((r) => r.fields), rowNumbers: parsed.records.map((_, i) => i + 1), lines: parsed.records.map((r) => r.line), date1904: false }],
    warnings,
    failed: false,
    encoding
  }
}

export interface CsvRecord {
  fields: string[]
  /** 1-based line on which the record starts. */
  line: number
}

/** Splits CSV text into records: quoted fields with doubled quotes and embedded line breaks; CR, LF or CRLF line ends. */
export function parseCsvRecords(text: string, delimiter: string): { records: CsvRecord[]; unterminatedQuoteAtLine: number | null } {
  const records: CsvRecord[] = []
  const n = text.length
  let i = 0
  let line = 1
  let fields: string[] = []
  let recordLine = 1
  let unterminatedQuoteAtLine: number | null = null
  const d = delimiter.charCodeAt(0)
  const endRecord = (): void => {
    records.push({ fields, line: recordLine })
    fields = []
    recordLine = line
  }
  if (n === 0) return { records, unterminatedQuoteAtLine }
  for (;;) {
    // At the start of a field.
    let value = ''
    // Tolerate blanks before an opening quote (`a, "b,c"`).
    let q0 = i
    while (text.charCodeAt(q0) === 32) q0++
    if (text.charCodeAt(q0) === 34) i = q0
    if (text.charCodeAt(i) === 34) {
      const openedAt = line
      i++
      let closed = false
      while (i < n) {
        const q = text.indexOf('"', i)
        const chunk = q < 0 ? text.slice(i) : text.slice(i, q)
        value += chunk.replace(/\r\n?/g, '\n')
        for (let k = 0; k < chunk.length; k++) {
          const ch = chunk.charCodeAt(k)
          if (ch === 10 || (ch === 13 && chunk.charCodeAt(k + 1) !== 10)) line++
        }
        if (q < 0) {
          i = n
          break
        }
        if (text.charCodeAt(q + 1) === 34) {
          value += '"'
          i = q + 2
        } else {
          i = q + 1
          closed = true
          break
        }
      }
      if (!closed) unterminatedQuoteAtLine = openedAt
      // Lenient: anything between the closing quote and the delimiter is kept.
      while (i < n) {
        const ch = text.charCodeAt(i)
        if (ch === d || ch === 10 || ch === 13) break
        value += text[i]
        i++
      }
    } else {
      const start = i
      while (i < n) {
        const ch = text.charCodeAt(i)
        if (ch === d || ch === 10 || ch === 13) break
        i++
      }
      value = text.slice(start, i)
    }
    fields.push(value)
    if (i >= n) {
      endRecord()
      break
    }
    const ch = text.charCodeAt(i)
    if (ch === d) {
      i++
      if (i >= n) {
        fields.push('')
        endRecord()
        break
      }
      continue
    }
    // Line end: CRLF, LF or CR.
    i += ch === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1
    line++
    endRecord()
    if (i >= n) break
  }
  return { records, unterminatedQuoteAtLine }
}

/**
 * Checks the structure of an OLE compound file (.xls) before it is read: SheetJS reads a truncated file
 * as an empty or partial workbook without saying so. Returns what is wrong, or null.
 */
export function checkCompoundFile(bytes: Uint8Array): string | null {
  const opened = openCompoundFile(bytes)
  return typeof opened === 'string' ? opened : null
}

/** Checks a compound file and returns its workbook stream (null when it sits in the mini stream), or what is wrong. */
function openCompoundFile(bytes: Uint8Array): string | { workbook: Uint8Array | null } {
  const size = bytes.length
  if (size < 512) return `the file is truncated: ${size} bytes, less than the 512-byte header of an Excel 97-2003 file.`
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u16 = (o: number): number => view.getUint16(o, true)
  const u32 = (o: number): number => view.getUint32(o, true)
  const shift = u16(0x1e)
  if (shift !== 9 && shift !== 12) return `the file is damaged: unexpected sector size 2^${shift} in its header.`
  const sectorSize = 1 << shift
  const sectorCount = Math.floor((size - sectorSize) / sectorSize) + ((size - sectorSize) % sectorSize > 0 ? 1 : 0)
  const ENDOFCHAIN = 0xfffffffe
  const FREESECT = 0xffffffff
  const truncated = (sector: number): string => {
    const need = (sector + 2) * sectorSize
    return `the file is truncated: it has ${size.toLocaleString('en')} bytes but its structure points to sector ${sector}, which ends at byte ${need.toLocaleString('en')}. Download or copy the file again.`
  }
  const sectorOffset = (s: number): number => (s + 1) * sectorSize
  const sectorComplete = (s: number): boolean => sectorOffset(s) + sectorSize <= size

  // FAT sectors: 109 in the header, more in the DIFAT chain.
  const fatSectors: number[] = []
  const fatCount = u32(0x2c)
  for (let k = 0; k < 109 && fatSectors.length < fatCount; k++) {
    const s = u32(0x4c + 4 * k)
    if (s === FREESECT || s === ENDOFCHAIN) break
    fatSectors.push(s)
  }
  let difat = u32(0x44)
  let guard = 0
  while (fatSectors.length < fatCount && difat !== ENDOFCHAIN && difat !== FREESECT) {
    if (!sectorComplete(difat)) return truncated(difat)
    if (++guard > sectorCount) return 'the file is damaged: its sector allocation table loops.'
    const base = sectorOffset(difat)
    const per = sectorSize / 4 - 1
    for (let k = 0; k < per && fatSectors.length < fatCount; k++) fatSectors.push(u32(base + 4 * k))
    difat = u32(base + 4 * per)
  }
  for (const s of fatSectors) if (!sectorComplete(s)) return truncated(s)
  const entriesPerSector = sectorSize / 4
  const fat = (s: number): number => {
    const fs = fatSectors[Math.floor(s / entriesPerSector)]
    if (fs === undefined) return FREESECT
    return u32(sectorOffset(fs) + 4 * (s % entriesPerSector))
  }
  const chain = (start: number): number[] | string => {
    const out: number[] = []
    for (let s = start; s !== ENDOFCHAIN; s = fat(s)) {
      if (s === FREESECT || s > 0xfffffff0) return 'the file is damaged: a stream ends in the middle of its sector chain.'
      if (!sectorComplete(s)) return truncated(s)
      if (out.length > sectorCount) return 'the file is damaged: its sector chains loop.'
      out.push(s)
    }
    return out
  }
  const dir = chain(u32(0x30))
  if (typeof dir === 'string') return dir
  const cutoff = u32(0x38)
  let workbook: { start: number; size: number } | null = null
  const streams: { start: number; size: number }[] = []
  for (const s of dir) {
    const base = sectorOffset(s)
    for (let e = 0; e < sectorSize / 128; e++) {
      const o = base + e * 128
      const type = bytes[o + 0x42]
      const nameBytes = Math.min(64, u16(o + 0x40))
      let name = ''
      for (let k = 0; k + 1 < nameBytes - 1; k += 2) name += String.fromCharCode(u16(o + k))
      const entry = { start: u32(o + 0x74), size: u32(o + 0x78) }
      // The root entry holds the mini stream; other streams of at least `cutoff` bytes live in sectors.
      if (type === 5 && entry.size > 0) streams.push(entry)
      else if (type === 2) {
        if (entry.size >= cutoff) streams.push(entry)
        if (!workbook && /^(workbook|book)$/i.test(name)) workbook = entry
      }
    }
  }
  if (!workbook) return 'no Excel workbook stream inside: it is not an Excel 97-2003 file.'
  const miniFatStart = u32(0x3c)
  if (miniFatStart !== ENDOFCHAIN && miniFatStart !== FREESECT) {
    const miniFat = chain(miniFatStart)
    if (typeof miniFat === 'string') return miniFat
  }
  // Every stream's sectors must be in the file, and hold the stream's size.
  let workbookBytes: Uint8Array | null = null
  for (const stream of streams) {
    const sectors = chain(stream.start)
    if (typeof sectors === 'string') return sectors
    if (sectors.length * sectorSize < stream.size) {
      return `the file is truncated: a stream should hold ${stream.size.toLocaleString('en')} bytes but only ${(sectors.length * sectorSize).toLocaleString('en')} are there.`
    }
    if (stream === workbook) {
      const out = new Uint8Array(stream.size)
      sectors.forEach((sector, k) => {
        const from = sectorOffset(sector)
        out.set(bytes.subarray(from, from + Math.min(sectorSize, stream.size - k * sectorSize)), k * sectorSize)
      })
      workbookBytes = out
    }
  }
  return { workbook: workbookBytes }
}

// ---------------------------------------------------------------------------------------------------
// BIFF8 (Excel 97-2003) worksheets, read directly from the workbook stream: BOF, BOUNDSHEET8, SST with
// its CONTINUE records, DATEMODE, and the cell records LABELSST, LABEL, NUMBER, RK, MULRK, BOOLERR,
// FORMULA (+ STRING). Returns null on anything else worth caring about (encryption, BIFF5, odd
// lengths), so that SheetJS reads those files.

const BOF = 0x0809
const EOF_RECORD = 0x000a
const CONTINUE = 0x003c

interface Biff8Record {
  type: number
  start: number
  length: number
}

/** Reads the worksheets of a BIFF8 .xls file directly; null when the file needs SheetJS (or is damaged). */
export function readBiff8Tables(xls: Uint8Array): SheetTable[] | null {
  const opened = openCompoundFile(xls)
  return typeof opened === 'string' || !opened.workbook ? null : readBiff8Stream(opened.workbook)
}

function readBiff8Stream(stream: Uint8Array): SheetTable[] | null {
  try {
    return readBiff8(stream)
  } catch {
    return null
  }
}

function readBiff8(b: Uint8Array): SheetTable[] | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const u16 = (o: number): number => view.getUint16(o, true)
  const u32 = (o: number): number => view.getUint32(o, true)
  const recordAt = (o: number): Biff8Record | null => {
    if (o + 4 > b.length) return null
    const length = u16(o + 2)
    if (o + 4 + length > b.length) return null
    return { type: u16(o), start: o + 4, length }
  }

  // Workbook globals.
  const first = recordAt(0)
  if (!first || first.type !== BOF || first.length < 4 || u16(first.start) !== 0x0600 || u16(first.start + 2) !== 0x0005) return null
  const sheets: { name: string; offset: number }[] = []
  let sst: string[] = []
  let date1904 = false
  let o = 0
  for (;;) {
    const r = recordAt(o)
    if (!r) return null
    o = r.start + r.length
    if (r.type === EOF_RECORD) break
    if (r.type === 0x002f) return null // FILEPASS: encrypted
    if (r.type === 0x0022) date1904 = r.length >= 2 && u16(r.start) === 1
    else if (r.type === 0x0085) {
      // BOUNDSHEET8: stream offset, visibility, sheet type (0 = worksheet), ShortXLUnicodeString name.
      if (b[r.start + 5] !== 0) continue
      const cch = b[r.start + 6] ?? 0
      const high = ((b[r.start + 7] ?? 0) & 1) === 1
      sheets.push({ name: charsAt(b, r.start + 8, cch, high), offset: u32(r.start) })
    } else if (r.type === 0x00fc) {
      const segments: Uint8Array[] = [b.subarray(r.start, r.start + r.length)]
      for (let next = recordAt(o); next && next.type === CONTINUE; next = recordAt(o)) {
        segments.push(b.subarray(next.start, next.start + next.length))
        o = next.start + next.length
      }
      const parsed = readSst(segments)
      if (!parsed) return null
      sst = parsed
    }
  }

  const tables: SheetTable[] = []
  for (const sheet of sheets) {
    const bof = recordAt(sheet.offset)
    if (!bof || bof.type !== BOF || u16(bof.start) !== 0x0600) return null
    const rows: CellValue[][] = []
    const set = (row: number, col: number, value: CellValue): void => {
      const target = rows[row] ?? (rows[row] = [])
      target[col] = value
    }
    let pendingString: { row: number; col: number } | null = null
    let p = bof.start + bof.length
    for (;;) {
      const r = recordAt(p)
      if (!r) return null
      p = r.start + r.length
      const s0 = r.start
      if (r.type === EOF_RECORD) break
      switch (r.type) {
        case 0x00fd: {
          // LABELSST
          if (r.length < 10) return null
          const text = sst[u32(s0 + 6)]
          if (text === undefined) return null
          set(u16(s0), u16(s0 + 2), text)
          break
        }
        case 0x0203:
          // NUMBER
          if (r.length < 14) return null
          set(u16(s0), u16(s0 + 2), view.getFloat64(s0 + 6, true))
          break
        case 0x027e:
          // RK
          if (r.length < 10) return null
          set(u16(s0), u16(s0 + 2), rkNumber(u32(s0 + 6)))
          break
        case 0x00bd: {
          // MULRK: row, first column, (xf, rk)*, last column
          if (r.length < 6 || (r.length - 6) % 6 !== 0) return null
          const row = u16(s0)
          const col = u16(s0 + 2)
          const n = (r.length - 6) / 6
          for (let k = 0; k < n; k++) set(row, col + k, rkNumber(u32(s0 + 4 + 6 * k + 2)))
          break
        }
        case 0x0205:
          // BOOLERR: a Boolean, or an error value (#N/A ...) read as empty
          if (r.length < 8) return null
          set(u16(s0), u16(s0 + 2), b[s0 + 7] === 1 ? null : b[s0 + 6] === 1)
          break
        case 0x0204: {
          // LABEL (XLUnicodeString)
          if (r.length < 9) return null
          const cch = u16(s0 + 6)
          const high = ((b[s0 + 8] ?? 0) & 1) === 1
          if (9 + cch * (high ? 2 : 1) > r.length) return null
          set(u16(s0), u16(s0 + 2), charsAt(b, s0 + 9, cch, high))
          break
        }
        case 0x0006: {
          // FORMULA: the cached result
          if (r.length < 20) return null
          const row = u16(s0)
          const col = u16(s0 + 2)
          if (u16(s0 + 12) === 0xffff) {
            const kind = b[s0 + 6]
            if (kind === 0) pendingString = { row, col }
            else if (kind === 1) set(row, col, b[s0 + 8] === 1)
            else if (kind === 3) set(row, col, '')
            else set(row, col, null)
          } else {
            set(row, col, view.getFloat64(s0 + 6, true))
          }
          break
        }
        case 0x0207: {
          // STRING: the text result of the FORMULA before it (may go on in CONTINUE records)
          const segments: Uint8Array[] = [b.subarray(r.start, r.start + r.length)]
          for (let next = recordAt(p); next && next.type === CONTINUE; next = recordAt(p)) {
            segments.push(b.subarray(next.start, next.start + next.length))
            p = next.start + next.length
          }
          const reader = new SegmentReader(segments)
          const text = reader.unicodeString(false)
          if (text === null) return null
          if (pendingString) set(pendingString.row, pendingString.col, text)
          pendingString = null
          break
        }
        case 0x002f:
          return null
      }
    }
    const rowNumbers: number[] = []
    const dense: CellValue[][] = []
    for (let r = 0; r < rows.length; r++) {
      const src = rows[r]
      const row: CellValue[] = []
      if (src) for (let c = 0; c < src.length; c++) row.push(src[c] ?? null)
      dense.push(row)
      rowNumbers.push(r + 1)
    }
    tables.push({ sheet: sheet.name, rows: dense, rowNumbers, date1904 })
  }
  return tables
}

/** An RK number: a 30-bit integer or the top 30 bits of a double, possibly divided by 100. */
function rkNumber(rk: number): number {
  let value: number
  if (rk & 2) {
    value = rk >> 2 // arithmetic shift keeps the sign
  } else {
    const buf = new DataView(new ArrayBuffer(8))
    buf.setUint32(4, rk & 0xfffffffc, true)
    value = buf.getFloat64(0, true)
  }
  return rk & 1 ? value / 100 : value
}

function charsAt(b: Uint8Array, start: number, cch: number, high: boolean): string {
  const codes = new Array<number>(cch)
  if (high) for (let k = 0; k < cch; k++) codes[k] = (b[start + 2 * k] ?? 0) | ((b[start + 2 * k + 1] ?? 0) << 8)
  else for (let k = 0; k < cch; k++) codes[k] = b[start + k] ?? 0
  let out = ''
  for (let k = 0; k < cch; k += 8192) out += String.fromCharCode(...codes.slice(k, k + 8192))
  return out
}

/**
 * Reads across an SST (or STRING) record and its CONTINUE records. Where characters run on into the
 * next record, that record starts with a new "high byte" flag.
 */
class SegmentReader {
  private seg = 0
  private pos = 0

  constructor(private readonly segments: readonly Uint8Array[]) {}

  private current(): Uint8Array | null {
    let s = this.segments[this.seg]
    while (s && this.pos >= s.length) {
      this.seg++
      this.pos = 0
      s = this.segments[this.seg]
    }
    return s ?? null
  }

  byte(): number | null {
    const s = this.current()
    if (!s) return null
    return s[this.pos++] ?? null
  }

  u16(): number | null {
    const lo = this.byte()
    const hi = this.byte()
    return lo === null || hi === null ? null : lo | (hi << 8)
  }

  u32(): number | null {
    const lo = this.u16()
    const hi = this.u16()
    return lo === null || hi === null ? null : lo + hi * 65536
  }

  skip(n: number): boolean {
    let left = n
    while (left > 0) {
      const s = this.current()
      if (!s) return false
      const take = Math.min(left, s.length - this.pos)
      this.pos += take
      left -= take
    }
    return true
  }

  /** XLUnicodeRichExtendedString (in the SST) or XLUnicodeString (rich = false: no runs or phonetic data). */
  unicodeString(rich: boolean): string | null {
    const cch = this.u16()
    const flags = this.byte()
    if (cch === null || flags === null) return null
    let high = (flags & 0x01) !== 0
    const runs = rich && flags & 0x08 ? this.u16() : 0
    const ext = rich && flags & 0x04 ? this.u32() : 0
    if (runs === null || ext === null) return null
    let out = ''
    let left = cch
    while (left > 0) {
      let s = this.segments[this.seg]
      if (!s || this.pos >= s.length) {
        // The characters go on in the next CONTINUE record, which restates the high-byte flag.
        this.seg++
        this.pos = 0
        s = this.segments[this.seg]
        if (!s || s.length === 0) return null
        high = ((s[0] ?? 0) & 0x01) !== 0
        this.pos = 1
      }
      const width = high ? 2 : 1
      const n = Math.min(left, Math.floor((s.length - this.pos) / width))
      if (n <= 0) return null
      out += charsAt(s, this.pos, n, high)
      this.pos += n * width
      left -= n
    }
    return this.skip(runs * 4 + ext) ? out : null
  }
}

function readSst(segments: readonly Uint8Array[]): string[] | null {
  const reader = new SegmentReader(segments)
  const total = reader.u32()
  const unique = reader.u32()
  if (total === null || unique === null) return null
  const out: string[] = []
  for (let k = 0; k < unique; k++) {
    const s = reader.unicodeString(true)
    if (s === null) return null
    out.push(s)
  }
  return out
}
