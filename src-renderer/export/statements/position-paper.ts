/** The position paper, with its annexed table on a page of its own. */
import type { StatementDocument } from '../../domain/statements/document-data'
import { fittedTable, heading, type DocumentSection } from '../kit'
import { checkWritable, packStatement, pageOneTop } from './common'
import { richTextParagraphs } from './rich-text'

/** A position paper: title, title block, the body's sections, then the annexed table on its own page. */
export async function buildPositionPaperDocx(doc: Extract<StatementDocument, { kind: 'position-paper' }>): Promise<Uint8Array> {
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
