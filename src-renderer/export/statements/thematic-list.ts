/** The thematic list of recommendations in the OHCHR matrix layout, landscape, by theme. */
import type { Paragraph, Table } from 'docx'
import type { StatementDocument } from '../../domain/statements/document-data'
import { fittedTable, heading } from '../kit'
import { checkWritable, packStatement, pageOneTop } from './common'
import { richTextParagraphs } from './rich-text'

/** The thematic list in the OHCHR matrix layout, landscape: Recommendation | Position | Themes | Assessment, by theme. */
export async function buildThematicListDocx(doc: Extract<StatementDocument, { kind: 'thematic-list' }>): Promise<Uint8Array> {
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
