/**
 * One entry for Excel files of either kind: .xlsx through the layer's own reader; .xls (BIFF8 in a
 * compound file) through the compound-file check and the direct BIFF8 reader; SheetJS only for older
 * Excel formats in a compound file (BIFF5/7, whose records are checked first) and for XML/HTML tables
 * saved as .xls.
 */
import { checkBiffRecords, readBiff8Stream } from './biff8'
import { openCompoundFile } from './cfb'
import { limitsWith, XLS_MAX_COLUMNS, XLS_MAX_ROWS } from './limits'
import type { ReadResult } from './problems'
import { readWithSheetJs } from './sheetjs'
import { readXlsx, type Workbook, type WorkbookOptions } from './xlsx'

export type { Workbook, WorkbookOptions }

/** Reads an Excel workbook (.xlsx, or .xls of any kind) into tables within the budgets; never throws. */
export function readWorkbook(bytes: Uint8Array, kind: 'xls' | 'xlsx', options: WorkbookOptions = {}): ReadResult<Workbook> {
  if (kind === 'xlsx') return readXlsx(bytes, options)
  const limits = limitsWith(options.limits)
  if (bytes[0] !== 0xd0) return readWithSheetJs(bytes, options, limits.maxRows, limits.maxColumns, false)
  const opened = openCompoundFile(bytes)
  if (!opened.ok) return opened
  // SheetJS spends most of a large UPR Info export's read time on its shared-string table; a plain
  // BIFF8 workbook is read here instead, and anything unusual goes to SheetJS.
  const maxRows = Math.min(limits.maxRows, XLS_MAX_ROWS)
  const maxColumns = Math.min(limits.maxColumns, XLS_MAX_COLUMNS)
  const stream = opened.value.workbook ?? opened.value.miniWorkbook
  if (!stream) return { ok: false, problem: { code: 'no-workbook-stream' } }
  const direct = readBiff8Stream(stream, options)
  if (!direct.ok) return direct
  if (!direct.value) {
    // An older Excel format: SheetJS reads it, once its records are known to be whole.
    const sane = checkBiffRecords(stream)
    if (sane) return { ok: false, problem: sane }
    return readWithSheetJs(bytes, options, maxRows, maxColumns, true)
  }
  if (direct.value.length === 0) return { ok: false, problem: { code: 'no-worksheet' } }
  const all = direct.value
  const sheetNames = all.map((t) => t.sheet ?? '')
  const wanted = new Set(options.pickSheets ? options.pickSheets(sheetNames) : sheetNames)
  const tables = all.filter((t) => wanted.has(t.sheet ?? ''))
  if (options.rowCap !== undefined) {
    const cap = options.rowCap
    for (const t of tables) {
      t.lastRow = t.rows.length
      if (t.rows.length > cap) {
        t.rows = t.rows.slice(0, cap)
        t.rowNumbers = t.rowNumbers.slice(0, cap)
      }
    }
  }
  return { ok: true, value: { sheetNames, tables, date1904: all[0]?.date1904 ?? false } }
}
