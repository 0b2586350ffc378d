/**
 * Measures as an exchange file for the capital: CSV (UTF-8 with a byte-order mark, so Excel reads the
 * accents) and XLSX (a "Measures" sheet and a "Columns" sheet documenting every column). Both read back
 * through `readMeasuresFile` to the same measures and links.
 */
import { utils, write } from '@e965/xlsx'
import { MEASURE_COLUMNS, REQUIRED_MEASURE_COLUMNS, type MeasureColumn } from '../../domain/measures/measure-columns'
import { measureToCells } from '../../domain/measures/measure-rows'
import type { RecoveryMeasure } from '../../domain/model'

/** What the exporters need: the measures and, per measure, the references of its recommendations. */
export interface MeasuresTable {
  measures: readonly RecoveryMeasure[]
  recommendationRefs: (measureId: string) => readonly string[]
}

function rowsOf(table: MeasuresTable): (string | number)[][] {
  return table.measures.map((m) => {
    const cells = measureToCells(m, table.recommendationRefs(m.id))
    return MEASURE_COLUMNS.map((c) => cells[c])
  })
}

/** A CSV cell: quoted when needed; a leading = + - @ is guarded with ' so that spreadsheets never run it as a formula. */
export function csvCell(value: string | number): string {
  let s = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The measures as CSV bytes. */
export function measuresToCsv(table: MeasuresTable): Uint8Array {
  const lines = [MEASURE_COLUMNS.join(','), ...rowsOf(table).map((row) => row.map(csvCell).join(','))]
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`)
}

/** The measures as an .xlsx workbook; `columnNotes` documents each column on the "Columns" sheet. */
export function measuresToXlsx(table: MeasuresTable, columnNotes: Record<MeasureColumn, string>, labels: { required: string; optional: string; column: string; use: string; needed: string }): Uint8Array {
  const book = utils.book_new()
  const sheet = utils.aoa_to_sheet([[...MEASURE_COLUMNS], ...rowsOf(table)])
  sheet['!cols'] = MEASURE_COLUMNS.map((c) => ({ wch: c === 'title' || c === 'description' ? 40 : c.length + 4 }))
  utils.book_append_sheet(book, sheet, 'Measures')
  const docs = utils.aoa_to_sheet([
    [labels.column, labels.needed, labels.use],
    ...MEASURE_COLUMNS.map((c) => [c, REQUIRED_MEASURE_COLUMNS.includes(c) ? labels.required : labels.optional, columnNotes[c]])
  ])
  docs['!cols'] = [{ wch: 20 }, { wch: 10 }, { wch: 100 }]
  utils.book_append_sheet(book, docs, 'Columns')
  const out: unknown = write(book, { type: 'array', bookType: 'xlsx', compression: true })
  return new Uint8Array(out as ArrayBuffer)
}
