/** Word documents of the statements area: one builder per document type, plain data in, .docx bytes out. */
import type { StatementDocument } from '../../domain/statements/document-data'
import { suggestedFileName } from '../kit'
import { buildMidTermReportDocx } from './mid-term-report'
import { buildOwnReviewDocx } from './own-review'
import { buildPlenaryAdoptionDocx } from './plenary-adoption'
import { buildPositionPaperDocx } from './position-paper'
import { buildRecommendingStateDocx } from './recommending-state'
import { buildThematicListDocx } from './thematic-list'

export { buildMidTermReportDocx, buildOwnReviewDocx, buildPlenaryAdoptionDocx, buildPositionPaperDocx, buildRecommendingStateDocx, buildThematicListDocx }
export { richTextParagraphs } from './rich-text'

/** The .docx of any statement document. Throws a DocumentProblem (nothing written) when it cannot be made. */
export async function buildStatementDocx(doc: StatementDocument): Promise<Uint8Array> {
  switch (doc.kind) {
    case 'recommending-state':
      return buildRecommendingStateDocx(doc)
    case 'opening':
    case 'concluding-remarks':
      return buildOwnReviewDocx(doc)
    case 'plenary-adoption':
      return buildPlenaryAdoptionDocx(doc)
    case 'position-paper':
      return buildPositionPaperDocx(doc)
    case 'mid-term-report':
      return buildMidTermReportDocx(doc)
    case 'thematic-list':
      return buildThematicListDocx(doc)
  }
}

/** The file name a delegate recognises, e.g. "2025-01-28 UPR48 Slovenia - Statement by Portugal.docx". */
export function statementFileName(doc: StatementDocument): string {
  return suggestedFileName(doc.fileName)
}
