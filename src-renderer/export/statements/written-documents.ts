/**
 * The written documents: the position paper (with its annexed table), the mid-term report and the
 * thematic list (landscape tables grouped by theme, header rows repeated on every page).
 */
import { Paragraph, TextRun, type Table } from 'docx'
import type { MidTermRow, StatementDocument } from '../../domain/statements/document-data'
import { fittedTable, heading, type CellContent, type DocumentSection } from '../kit'
import { checkWritable, packStatement, pageOneTop } from './common'
import { richTextParagraphs } from './rich-text'

type Written<K extends StatementDocument['kind']> = Extract<StatementDocument, { kind: K }>

const cell = (text: string, bold = false) => new Paragraph({ style: 'TableText', children: [new TextRun({ text, ...(bold ? { bold: true } : {}) })] })

/** A position paper: title, title block, the body's sections, then the annexed table on its own page. */
export async function buildPositionPaperDocx(doc: Written<'position-paper'>): Promise<Uint8Array> {
  checkWritable(doc)
  const sections: DocumentSection[] = [{ orientation: 'portrait', blocks: [...pageOneTop(doc, null), ...richTextParagraphs(doc.body)] }]
  if (doc.annex) {
    sections.push({
      orientation: 'portrait',
      blocks: [
        heading(doc.annex.heading, 1),
        fittedTable({
          orientation: 'portrait',
          columns: doc.annex.columns.map((header, i) => ({ header, weight: [0.9, 5, 1.8, 1, 1.3][i] ?? 1 })),
          rows: doc.annex.rows
        })
      ]
    })
  }
  return packStatement(doc, sections)
}

/** The "measures taken" cell: what the register says, then each linked recovery measure. */
function measuresCell(row: MidTermRow): CellContent {
  const paragraphs = row.measuresTaken ? [cell(row.measuresTaken)] : []
  for (const title of row.measures) paragraphs.push(new Paragraph({ style: 'TableText', children: [new TextRun(`\u2022 ${title}`)] }))
  return paragraphs
}

/** The mid-term report: introduction (portrait), then an implementation table per theme (landscape). */
export async function buildMidTermReportDocx(doc: Written<'mid-term-report'>): Promise<Uint8Array> {
  checkWritable(doc)
  const c = doc.columns
  const columns = [
    { header: c.number, weight: 0.8 },
    { header: c.text, weight: 4 },
    { header: c.recommendingStates, weight: 1.6 },
    { header: c.position, weight: 1.1 },
    { header: c.status, weight: 1.2 },
    { header: c.measuresTaken, weight: 2.6 },
    { header: c.responsibleBody, weight: 1.5 },
    { header: c.sdgs, weight: 0.9 }
  ]
  const tables: (Paragraph | Table)[] = [heading(doc.tableHeading, 1)]
  for (const group of doc.groups) {
    tables.push(
      heading(group.heading, 2),
      fittedTable({
        orientation: 'landscape',
        columns,
        rows: group.rows.map((r) => [[cell(r.number, true)], r.text, r.recommendingStates, r.position, r.status, measuresCell(r), r.responsibleBody, r.sdgs])
      })
    )
  }
  return packStatement(doc, [
    { orientation: 'portrait', blocks: [...pageOneTop(doc, null), ...richTextParagraphs(doc.body)] },
    { orientation: 'landscape', blocks: tables }
  ])
}

/** The thematic list in the OHCHR matrix layout, landscape: Recommendation | Position | Themes | Assessment, by theme. */
export async function buildThematicListDocx(doc: Written<'thematic-list'>): Promise<Uint8Array> {
  checkWritable(doc)
  const c = doc.columns
  const columns = [
    { header: c.recommendation, weight: 5 },
    { header: c.position, weight: 1.3 },
    { header: c.themes, weight: 2 },
    { header: c.assessment, weight: 2.6 }
  ]
  const blocks: (Paragraph | Table)[] = [...pageOneTop(doc, null), ...richTextParagraphs(doc.body)]
  for (const group of doc.groups) {
    blocks.push(heading(group.heading, 2), fittedTable({ orientation: 'landscape', columns, rows: group.rows.map((r) => [r.recommendation, r.position, r.themes, r.assessment]) }))
  }
  return packStatement(doc, [{ orientation: 'landscape', blocks }])
}
