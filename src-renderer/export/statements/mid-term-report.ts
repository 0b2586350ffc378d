/** The mid-term report: introduction in portrait, implementation tables by theme in landscape. */
import { Paragraph, TextRun, type Table } from 'docx'
import type { MidTermRow, StatementDocument } from '../../domain/statements/document-data'
import { fittedTable, heading, type CellContent } from '../kit'
import { checkWritable, packStatement, pageOneTop } from './common'
import { richTextParagraphs } from './rich-text'
import { tableCell } from './table-cell'

/** The "measures taken" cell: what the register says, then each linked recovery measure. */
function measuresCell(row: MidTermRow): CellContent {
  const paragraphs = row.measuresTaken ? [tableCell(row.measuresTaken)] : []
  for (const title of row.measures) paragraphs.push(new Paragraph({ style: 'TableText', children: [new TextRun(`\u2022 ${title}`)] }))
  return paragraphs
}

/** The mid-term report: introduction (portrait), then an implementation table per theme (landscape). */
export async function buildMidTermReportDocx(doc: Extract<StatementDocument, { kind: 'mid-term-report' }>): Promise<Uint8Array> {
  checkWritable(doc)
  const c = doc.columns
  const columns = [
    { header: c.number, weight: 0.8 },
    { header: c.text, weight: 3.5 },
    { header: c.recommendingStates, weight: 1.5 },
    { header: c.position, weight: 1.1 },
    { header: c.status, weight: 1.4 },
    { header: c.measuresTaken, weight: 2.4 },
    { header: c.responsibleBody, weight: 1.4 },
    // Each SDG target with its short title in the document's language.
    { header: c.sdgs, weight: 1.7 }
  ]
  const tables: (Paragraph | Table)[] = [heading(doc.tableHeading, 1)]
  for (const group of doc.groups) {
    tables.push(
      heading(group.heading, 2),
      fittedTable({
        orientation: 'landscape',
        columns,
        rows: group.rows.map((r) => [[tableCell(r.number, true)], r.text, r.recommendingStates, r.position, r.status, measuresCell(r), r.responsibleBody, r.sdgs])
      })
    )
  }
  return packStatement(doc, [
    { orientation: 'portrait', blocks: [...pageOneTop(doc, null), ...richTextParagraphs(doc.body)] },
    { orientation: 'landscape', blocks: tables }
  ])
}
