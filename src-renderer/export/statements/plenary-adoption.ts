/** The Council plenary adoption statement: counts and noted recommendations from the register. */
import { TextRun, type Paragraph } from 'docx'
import type { StatementDocument } from '../../domain/statements/document-data'
import { numberedList, para } from '../kit'
import { checkWritable, packStatement, pageOneTop } from './common'
import { richTextParagraphs } from './rich-text'

/** The plenary adoption statement: body, the counts from the register, the noted recommendations with their rationale, closing. */
export async function buildPlenaryAdoptionDocx(doc: Extract<StatementDocument, { kind: 'plenary-adoption' }>): Promise<Uint8Array> {
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
