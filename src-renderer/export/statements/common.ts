/** What every statement document shares: the frame (letterhead, language, properties) and the top of page one. */
import type { Paragraph } from 'docx'
import { isDocumentEmpty, tableRowCount, type DocumentCommon, type StatementDocument } from '../../domain/statements/document-data'
import { buildMissionDocument, checkAgainstDelivery, DocumentProblem, heading, MAX_TABLE_ROWS, packDocx, titleBlock, type DocumentSection } from '../kit'

/** Refuses a document with nothing to say, or with more table rows than Word should hold. */
export function checkWritable(doc: StatementDocument): void {
  if (doc.kind === 'mid-term-report' || doc.kind === 'thematic-list') {
    if (doc.groups.length === 0) {
      throw new DocumentProblem('statements.problems.noRecommendations', {}, 'The register has no recommendations for this review: import them first, then export the document.')
    }
  }
  if (isDocumentEmpty(doc)) throw new DocumentProblem('statements.problems.empty', {}, 'The statement is empty: write something before exporting it.')
  const rows = tableRowCount(doc)
  if (rows > MAX_TABLE_ROWS) {
    throw new DocumentProblem('statements.problems.tooManyRows', { rows, max: MAX_TABLE_ROWS }, `The tables hold ${rows} rows, more than a Word document should (${MAX_TABLE_ROWS}): narrow the review or export the register as a spreadsheet.`)
  }
}

/** The top of page one: "Check against delivery" where it applies, the title, the title block. */
export function pageOneTop(doc: DocumentCommon, delivery: string | null): Paragraph[] {
  return [...(delivery ? [checkAgainstDelivery(delivery)] : []), heading(doc.title, 0), ...titleBlock(doc.titleBlock)]
}

/** Packs the sections into a mission document (letterhead, footer, styles, language, core properties). */
export function packStatement(doc: DocumentCommon, sections: DocumentSection[]): Promise<Uint8Array> {
  return packDocx(
    buildMissionDocument({
      language: doc.language,
      title: doc.title,
      subject: doc.subject,
      creator: doc.missionName,
      description: doc.description,
      letterhead: { missionName: doc.missionName, emblem: doc.emblem },
      sections
    })
  )
}
