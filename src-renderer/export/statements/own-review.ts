/** The State under review's opening statement and concluding remarks at its own review. */
import type { StatementDocument } from '../../domain/statements/document-data'
import { checkWritable, packStatement, pageOneTop } from './common'
import { richTextParagraphs } from './rich-text'

/** The State under review's opening statement or concluding remarks. */
export async function buildOwnReviewDocx(doc: Extract<StatementDocument, { kind: 'opening' | 'concluding-remarks' }>): Promise<Uint8Array> {
  checkWritable(doc)
  return packStatement(doc, [{ orientation: 'portrait', blocks: [...pageOneTop(doc, doc.checkAgainstDelivery), ...richTextParagraphs(doc.body)] }])
}
