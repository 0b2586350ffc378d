/**
 * The statements read aloud: a recommending State's statement in the interactive dialogue, the State
 * under review's opening statement and concluding remarks, and the plenary adoption statement.
 */
import type { Paragraph} from 'docx';
import { TextRun } from 'docx'
import type { StatementDocument } from '../../domain/statements/document-data'
import { numberedList, para } from '../kit'
import { checkWritable, packStatement, pageOneTop } from './common'
import { richTextParagraphs } from './rich-text'

type Spoken<K extends StatementDocument['kind']> = Extract<StatementDocument, { kind: K }>

/** A recommending-State statement: body, "<State> recommends that <SuR>:", numbered recommendations, closing. */
export async function buildRecommendingStateDocx(doc: Spoken<'recommending-state'>): Promise<Uint8Array> {
  checkWritable(doc)
  const blocks: Paragraph[] = [...pageOneTop(doc, doc.checkAgainstDelivery), ...richTextParagraphs(doc.body)]
  if (doc.recommendations.length > 0) {
    blocks.push(para(doc.recommendsIntro, { keepNext: true }), ...numberedList(doc.recommendations))
  }
  if (doc.closing) blocks.push(para(doc.closing))
  return packStatement(doc, [{ orientation: 'portrait', blocks }])
}

/** The State under review's opening statement or concluding remarks. */
export async function buildOwnReviewDocx(doc: Spoken<'opening' | 'concluding-remarks'>): Promise<Uint8Array> {
  checkWritable(doc)
  return packStatement(doc, [{ orientation: 'portrait', blocks: [...pageOneTop(doc, doc.checkAgainstDelivery), ...richTextParagraphs(doc.body)] }])
}

/** The plenary adoption statement: body, the counts from the register, the noted recommendations with their rationale, closing. */
export async function buildPlenaryAdoptionDocx(doc: Spoken<'plenary-adoption'>): Promise<Uint8Array> {
  checkWritable(doc)
  const blocks: Paragraph[] = [...pageOneTop(doc, doc.checkAgainstDelivery), ...richTextParagraphs(doc.body)]
  if (doc.counts) blocks.push(para(doc.counts))
  if (doc.noted.length > 0) {
    blocks.push(para(doc.notedIntro, { keepNext: true }))
    blocks.push(
      ...numberedList(
        doc.noted.map((n) => [
          ...(n.number ? [new TextRun({ text: `${n.number} `, bold: true })] : []),
          new TextRun(n.text),
          ...(n.rationale ? [new TextRun({ text: '', break: 1 }), new TextRun({ text: n.rationale, italics: true })] : [])
        ])
      )
    )
  }
  if (doc.closing) blocks.push(para(doc.closing))
  return packStatement(doc, [{ orientation: 'portrait', blocks }])
}
