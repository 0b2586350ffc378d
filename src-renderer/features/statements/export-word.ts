/** Exporting a statement as Word: the emblem from Settings, the document data, the builder, the save dialog. */
import type { Attachment } from '../../domain/model'
import type { EmblemImage, StatementDocument } from '../../domain/statements/document-data'
import { readImageInfo } from '../../export/kit/image'
import { getPlatform, type SaveResult } from '../../platform'

/** The stored emblem as the letterhead takes it, or null when there is none or it cannot be read. */
export function emblemImage(attachment: Attachment | null | undefined): { emblem: EmblemImage | null; unreadable: boolean } {
  if (!attachment) return { emblem: null, unreadable: false }
  const info = readImageInfo(attachment.bytes)
  if ('problem' in info) return { emblem: null, unreadable: true }
  return { emblem: { bytes: attachment.bytes, ...info }, unreadable: false }
}

/** Builds the .docx (the builders load on first use) and saves it: native dialog in Electron, download in the browser. */
export async function exportWord(doc: StatementDocument, filterName: string): Promise<SaveResult> {
  const { buildStatementDocx, statementFileName } = await import('../../export/statements')
  const bytes = await buildStatementDocx(doc)
  return getPlatform().saveFile(bytes, statementFileName(doc), [{ name: filterName, extensions: ['docx'] }])
}
