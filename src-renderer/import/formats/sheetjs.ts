/**
 * SheetJS, for the spreadsheets the layer does not read itself: Excel 97-2003 files outside plain BIFF8
 * (BIFF5, encrypted or unusual records) and the XML or HTML tables some sites save with an .xls name.
 * It gets bytes that already passed the layer's checks (a compound file whose structure is sound, or
 * text within the import size), reads at most the row limit (`sheetRows`), and its result is copied
 * through the grid builder, so its cells count against the same budget as the layer's own.
 */
import { read, type CellObject, type WorkBook } from '@e965/xlsx'
import { CellBudget, GridBuilder, type CellValue, type SheetTable } from './grid'
import { limitsWith, newMeter } from './limits'
import { refusing, type ReadResult } from './problems'
import type { Workbook, WorkbookOptions } from './xlsx'

/** Reads a workbook with SheetJS within the budgets; never throws. */
export function readWithSheetJs(bytes: Uint8Array, options: WorkbookOptions, maxRows: number, maxColumns: number, xls: boolean): ReadResult<Workbook> {
  const limits = limitsWith(options.limits)
  const budget = new CellBudget(limits, options.meter ?? newMeter())
  const cap = Math.min(maxRows, options.rowCap ?? maxRows)
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
      WTF: false,
      sheetRows: cap + 1
    })
  } catch (e) {
    return { ok: false, problem: { code: 'workbook-damaged', detail: e instanceof Error ? e.message : String(e) } }
  }
  return refusing(() => {
    const date1904 = Boolean(wb.Workbook?.WBProps?.date1904)
    const wanted = new Set(options.pickSheets ? options.pickSheets(wb.SheetNames) : wb.SheetNames)
    const tables: SheetTable[] = []
    for (const name of wb.SheetNames) {
      const ws = wb.Sheets[name]
      if (!ws || !wanted.has(name)) continue
      const data = (ws as { '!data'?: (CellObject | undefined)[][] })['!data']
      if (!data) continue // chart sheets and other non-grid sheets
      const grid = new GridBuilder(budget, maxRows, maxColumns, xls, options.rowCap)
      // Not every SheetJS parser honours sheetRows: a far row makes a long, sparse array, refused unwalked.
      if (data.length > cap + 1) grid.check(data.length - 1, 0)
      for (let r = 0; r < data.length && r <= cap; r++) {
        const src = data[r]
        if (!src) continue
        if (r >= cap) {
          grid.check(r, 0)
          break
        }
        // The row's length is checked before it is walked: SheetJS keeps far cells in sparse rows. Its
        // last cell is always set, so walking the row costs no more than the cells it is charged for.
        grid.check(r, Math.max(0, src.length - 1))
        for (let c = 0; c < src.length; c++) {
          const v = cellValue(src[c])
          if (v !== null || src[c] !== undefined) grid.set(r, c, v)
        }
      }
      const table = grid.table(name, date1904)
      if (options.rowCap !== undefined) table.lastRow = Math.max(table.lastRow ?? 0, lastRowOf(ws['!fullref'] ?? ws['!ref']))
      tables.push(table)
    }
    return { sheetNames: wb.SheetNames, tables, date1904 }
  })
}

function lastRowOf(ref: string | undefined): number {
  const m = ref ? /(\d+)$/.exec(ref) : null
  return m?.[1] ? Number(m[1]) : 0
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
