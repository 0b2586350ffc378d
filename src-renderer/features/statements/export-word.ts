/** Exporting a statement as Word: the document data, the builder (loaded on first use), the save dialog. */
import type { StatementDocument } from '../../domain/statements/document-data'
import { getPlatform, type SaveResult } from '../../platform'

/** Builds the .docx (the builders load on first use) and saves it: native dialog in Electron, download in the browser. */
export async function exportWord(doc: StatementDocument, filterName: string): Promise<SaveResult> {
  const { buildStatementDocx, statementFileName } = await import('../../export/statements')
  const bytes = await buildStatementDocx(doc)
  return getPlatform().saveFile(bytes, statementFileName(doc), [{ name: filterName, extensions: ['docx'] }])
}
