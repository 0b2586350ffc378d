/**
 * UPR Info database exports (.xls from PHPExcel, .xlsx, .csv) -> ParseResult. Pure and total: bad input
 * gives warnings that say what is wrong and where (sheet, row, column), never an exception.
 *
 * The files are read by the reading layer (formats/: compound file and BIFF8 for .xls, its own .xlsx
 * reader, CSV), within its budgets; this file holds what the spreadsheet importers share on top of it:
 * finding the header row and columns, and reading cell values.
 */
import type { ActionCategory, Position } from '../domain/model'
import { openCompoundFile } from './formats/cfb'
import type { CellValue, SheetTable } from './formats/grid'
import type { ReadOptions } from './formats/limits'
import { describeProblem } from './formats/problems'
import { readTables, type TablesRead } from './formats/tables'
import { nested, type MessageValue } from '../domain/coded-message'
import { importMessage, importWarning, type ImportMessageCode, type ImportValues } from './messages'
import type { ImportWarning, ParsedRecommendation, ParseResult, SourceLocation } from './types'

// The reading layer's names, where the importers and their tests have always found them.
export type { CellValue, SheetTable } from './formats/grid'
export type { TablesRead } from './formats/tables'
export { readTables } from './formats/tables'
export { parseCsvRecords, type CsvRecord } from './formats/csv'
export { readBiff8Tables } from './formats/biff8'
export { cellValue } from './formats/sheetjs'

const UPR_INFO_HEADER = 'SuR | Rgrp | Org | Recommendation | RS | Rgrp | Org | Response | Action | Issue | Session'

/** Reads a UPR Info export (.xls, .xlsx or .csv) into one record per row, in file order. */
export function parseUprInfoExport(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): ParseResult {
  return parseUprInfoTables(readTables(bytes, fileName, 'UPR Info export', options), fileName)
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
        issues.add('no-text', 'uprInfo.noText', {}, 'No text in column Recommendation: row skipped', { ...at, column: 'Recommendation' })
        continue
      }
      const sur = get(row, 'sur')
      if (!sur) issues.add('no-sur', 'uprInfo.noSur', {}, 'No State under review in column SuR', { ...at, column: 'SuR' })
      const rs = get(row, 'rs')
      const responseRaw = get(row, 'response')
      let position = positionFromLabel(responseRaw)
      if (position === null) {
        issues.add(`response:${responseRaw.toLowerCase()}`, 'uprInfo.unknownResponse', { response: responseRaw }, `Unknown response "${responseRaw}" in column Response, read as pending`, {
          ...at,
          column: 'Response'
        })
        position = 'pending'
      }
      const actionRaw = columns.index.action === undefined ? null : row[columns.index.action]
      const action = actionCategoryFrom(actionRaw ?? null)
      if (action === undefined) {
        issues.add(`action:${cellText(actionRaw)}`, 'uprInfo.badAction', { action: cellText(actionRaw) }, `Action "${cellText(actionRaw)}" is not a category 1-5, left empty`, {
          ...at,
          column: 'Action'
        })
      }
      const sessionRaw = columns.index.session === undefined ? null : row[columns.index.session]
      const session = integerFrom(sessionRaw ?? null)
      if (session === undefined) {
        issues.add(`session:${cellText(sessionRaw)}`, 'uprInfo.badSession', { session: cellText(sessionRaw) }, `Session "${cellText(sessionRaw)}" is not a session number, left empty`, {
          ...at,
          column: 'Session'
        })
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
      const message = `No recommendations below the header row: the ${table.sheet ? `sheet "${table.sheet}"` : 'file'} has no data rows.`
      warnings.push(
        table.sheet
          ? importWarning('table.noDataRowsInSheet', { sheet: table.sheet }, message, locate(table, headerIndex))
          : importWarning('table.noDataRows', {}, message, locate(table, headerIndex))
      )
    }
    source.stateUnderReviewName = single(recommendations.map((r) => r.stateUnderReviewName ?? null))
    source.session = single(recommendations.map((r) => r.session ?? null))
    return { source, recommendations, warnings: [...warnings, ...issues.flush()] }
  } catch (e) {
    return { source, recommendations: [], warnings: [unexpectedProblem(fileName, e)] }
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
    else {
      const first = columnLetter(index[key] ?? 0)
      const column = cellText(header[c])
      warnings.push(importWarning('table.duplicateColumn', { column, first }, `Column "${column}" appears twice: the first one (column ${first}) is used.`, { column: columnLetter(c) }))
    }
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
  const columns = missing.join(', ')
  if (!table || table.rows.length === 0) {
    return importWarning(
      'table.missingColumnsNoRows',
      { count: missing.length, columns, expected },
      `Missing required column${plural} ${columns}: the file has no rows at all. Expected a header row: ${expected}.`
    )
  }
  const header = (table.rows[headerIndex] ?? []).map((c) => cellText(c)).filter((c, i, all) => c !== '' || i < all.length - 1)
  const where = locate(table, headerIndex)
  const place = where.sheet ? `row ${where.row} of sheet "${where.sheet}"` : `row ${where.row}`
  const message = `Missing required column${plural} ${columns}. Header found in ${place}: ${header.length ? header.join(' | ') : '(empty)'}. Expected: ${expected}.`
  const found = header.length ? header.join(' | ') : '—'
  const row = where.row ?? headerIndex + 1
  return where.sheet
    ? importWarning('table.missingColumnsInSheet', { count: missing.length, columns, row, sheet: where.sheet, header: found, expected }, message, where)
    : importWarning('table.missingColumns', { count: missing.length, columns, row, header: found, expected }, message, where)
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

/** The warning for a bug met while reading a file: said, never thrown. */
export function unexpectedProblem(fileName: string, e: unknown): ImportWarning {
  return importWarning('file.unexpected', { file: fileName, detail: errorText(e) }, `Could not read ${fileName}: unexpected problem (${errorText(e)}).`)
}

/** The values of a row issue's code, without `where` (the rows it happened in, added when the issues are flushed). */
type RowValues<C extends ImportMessageCode> = Omit<ImportValues<C>, 'where'>

/**
 * Collects per-row problems so that 6,000 rows with the same problem give one warning listing where,
 * instead of 6,000 warnings.
 */
export class RowIssues {
  private readonly byKey = new Map<string, { code: ImportMessageCode; values: Readonly<Record<string, MessageValue>>; message: string; at: SourceLocation; rows: number[]; count: number }>()

  /** Records one occurrence of a problem: its code and values (without `where`), its English words, its row. */
  add<C extends ImportMessageCode>(key: string, code: C, values: RowValues<C>, message: string, at: SourceLocation): void {
    const entry = this.byKey.get(key)
    if (entry) {
      entry.count++
      if (entry.rows.length < 10 && at.row !== undefined) entry.rows.push(at.row)
    } else {
      this.byKey.set(key, { code, values: values as Readonly<Record<string, MessageValue>>, message, at, rows: at.row !== undefined ? [at.row] : [], count: 1 })
    }
  }

  /** One warning per kind of problem, pointing at its first row and naming the others. */
  flush(): ImportWarning[] {
    return [...this.byKey.values()].map(({ code, values, message, at, rows, count }) => {
      const sheet = at.sheet ? ` (sheet "${at.sheet}")` : ''
      const listed = `${rows.join(', ')}${count > rows.length ? ', …' : ''}`
      const list = count === 1 ? `row ${rows[0] ?? '?'}` : `${count} rows: ${listed}`
      const row = rows[0] ?? '?'
      const where =
        count === 1
          ? at.sheet ? importMessage('rows.oneInSheet', { row, sheet: at.sheet }) : importMessage('rows.one', { row })
          : at.sheet ? importMessage('rows.manyInSheet', { count, rows: listed, sheet: at.sheet }) : importMessage('rows.many', { count, rows: listed })
      return { code, values: { ...values, where: nested(where) }, message: `${message} — ${list}${sheet}.`, at }
    })
  }
}

/**
 * Checks the structure of an OLE compound file (.xls) before it is read: SheetJS reads a truncated file
 * as an empty or partial workbook without saying so. Returns what is wrong, or null.
 */
export function checkCompoundFile(bytes: Uint8Array): string | null {
  const opened = openCompoundFile(bytes)
  return opened.ok ? null : describeProblem(opened.problem)
}
