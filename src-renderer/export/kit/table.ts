/** Tables that fit the page: widths from weights, the header row repeated on every page, rows kept whole. */
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx'
import { textWidth, type Orientation } from './page'
import { DocumentProblem, MAX_TABLE_ROWS } from './problem'

export interface TableColumn {
  header: string
  /** Share of the text width, relative to the other columns' weights. */
  weight: number
}

export type CellContent = string | readonly Paragraph[]

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' }
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER }

/** The widths of the columns in twips, summing to the text width of the orientation. */
export function columnWidths(columns: readonly TableColumn[], orientation: Orientation): number[] {
  const total = textWidth(orientation)
  const weights = columns.map((c) => (Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 1))
  const sum = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((w) => Math.floor((w / sum) * total))
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0)
  return widths
}

function cellParagraphs(content: CellContent): Paragraph[] {
  if (typeof content !== 'string') return content.length > 0 ? [...content] : [new Paragraph({ style: 'TableText', children: [] })]
  // Line breaks inside a cell become paragraphs (Word's own way), never raw newlines.
  return content.split(/\r?\n/).map((line) => new Paragraph({ style: 'TableText', children: [new TextRun(line)] }))
}

/**
 * A table filling the text width of its section, with a shaded header row that Word repeats on every page.
 * Throws a DocumentProblem when it has no columns, a row of the wrong length, or more than MAX_TABLE_ROWS rows.
 */
export function fittedTable(input: { orientation: Orientation; columns: readonly TableColumn[]; rows: readonly (readonly CellContent[])[] }): Table {
  const { columns, rows, orientation } = input
  if (columns.length === 0) throw new DocumentProblem('export.problems.tableWithoutColumns', {}, 'A table needs at least one column.')
  if (rows.length > MAX_TABLE_ROWS) {
    throw new DocumentProblem('export.problems.tableTooLong', { rows: rows.length, max: MAX_TABLE_ROWS }, `A table of ${rows.length} rows is more than a Word document should hold (${MAX_TABLE_ROWS}); export it as a spreadsheet or split it.`)
  }
  const widths = columnWidths(columns, orientation)
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' },
          children: [new Paragraph({ style: 'TableText', keepNext: true, children: [new TextRun({ text: column.header, bold: true })] })]
        })
    )
  })
  const body = rows.map((row, r) => {
    if (row.length !== columns.length) {
      throw new DocumentProblem('export.problems.tableRowLength', { row: r + 1, cells: row.length, columns: columns.length }, `Row ${r + 1} of a table has ${row.length} cells for ${columns.length} columns.`)
    }
    return new TableRow({
      cantSplit: true,
      children: row.map((content, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, children: cellParagraphs(content) }))
    })
  })
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [header, ...body]
  })
}
