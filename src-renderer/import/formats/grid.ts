/**
 * Tables of plain cell values, and the builder every sheet reader fills them through: it checks each
 * cell's row and column against the format's limits and counts every cell it makes (the empty ones a
 * row is padded with included) against the budget, so that a file naming row 169,220,804 or column
 * 65,535 is refused before anything that big is allocated.
 */
import type { ReadLimits, ReadMeter } from './limits'
import { ReadRefusal } from './problems'

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
  /** When rows were capped (`rowCap`): the last row number holding a cell, counted past the cap. */
  lastRow?: number
}

/** Cells made so far by one read (one workbook or one CSV file), against its budget. */
export class CellBudget {
  private used = 0

  constructor(
    readonly limits: ReadLimits,
    private readonly meter: ReadMeter
  ) {}

  /** Counts `n` more cells; throws ReadRefusal past the budget. */
  take(n: number): void {
    this.used += n
    this.meter.cells += n
    if (this.used > this.limits.maxCells) throw new ReadRefusal({ code: 'too-many-cells', limit: this.limits.maxCells })
  }
}

// Rows with no cells share one frozen array: a sheet whose only cell is far down costs one slot per row.
const NO_CELLS: CellValue[] = Object.freeze([]) as unknown as CellValue[]

/** Collects the cells of one sheet into padded rows, within the limits. */
export class GridBuilder {
  private readonly rows: CellValue[][] = []
  private lastRow = 0

  constructor(
    private readonly budget: CellBudget,
    private readonly maxRows: number,
    private readonly maxColumns: number,
    private readonly xls: boolean,
    private readonly rowCap = Number.POSITIVE_INFINITY
  ) {}

  /** Sets the cell at 0-based `row`, `col`; throws ReadRefusal beyond the limits or the budget. */
  set(row: number, col: number, value: CellValue): void {
    this.check(row, col)
    if (row + 1 > this.lastRow) this.lastRow = row + 1
    if (row >= this.rowCap) return
    const rows = this.rows
    if (row >= rows.length) {
      this.budget.take(row + 1 - rows.length)
      while (rows.length <= row) rows.push(NO_CELLS)
    }
    let target = rows[row]!
    if (target === NO_CELLS) {
      target = []
      rows[row] = target
    }
    if (col >= target.length) {
      this.budget.take(col + 1 - target.length)
      while (target.length < col) target.push(null)
      target.push(value)
    } else target[col] = value
  }

  /** Checks a cell's place without setting it (a cell with no value still says how big the sheet is). */
  check(row: number, col: number): void {
    if (!(row >= 0 && row < this.maxRows)) throw new ReadRefusal({ code: 'row-beyond-limit', row: row + 1, limit: this.maxRows, ...(this.xls ? { xls: true as const } : {}) })
    if (!(col >= 0 && col < this.maxColumns)) throw new ReadRefusal({ code: 'column-beyond-limit', column: col + 1, limit: this.maxColumns, ...(this.xls ? { xls: true as const } : {}) })
  }

  /** The table: one row per row number from 1 to the last row with a cell (within the cap). */
  table(sheet: string | null, date1904: boolean): SheetTable {
    const rowNumbers = new Array<number>(this.rows.length)
    for (let i = 0; i < rowNumbers.length; i++) rowNumbers[i] = i + 1
    const table: SheetTable = { sheet, rows: this.rows, rowNumbers, date1904 }
    if (Number.isFinite(this.rowCap)) table.lastRow = this.lastRow
    return table
  }
}
