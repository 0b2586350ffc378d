/** The recommending State's statement in the interactive dialogue. */
import type { Paragraph } from 'docx'
import type { StatementDocument } from '../../domain/statements/document-data'
import { numberedList, para } from '../kit'
import { checkWritable, packStatement, pageOneTop } from './common'
import { richTextParagraphs } from './rich-text'

/** A recommending-State statement: body, "<State> recommends that <SuR>:", numbered recommendations, closing. */
export async function buildRecommendingStateDocx(doc: Extract<StatementDocument, { kind: 'recommending-state' }>): Promise<Uint8Array> {
  checkWritable(doc)
  const blocks: Paragraph[] = [...pageOneTop(doc, doc.checkAgainstDelivery), ...richTextParagraphs(doc.body)]
  if (doc.recommendations.length > 0) {
    blocks.push(para(doc.recommendsIntro, { keepNext: true }), ...numberedList(doc.recommendations))
  }
  if (doc.closing) blocks.push(para(doc.closing))
  return packStatement(doc, [{ orientation: 'portrait', blocks }])
}
