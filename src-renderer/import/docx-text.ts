/** Plain text of a .docx (paragraphs as lines), read by the reading layer: no DOM, so it runs in a worker. */
import type { ReadOptions } from './formats/limits'
import { describeProblem, type ReadResult } from './formats/problems'
import { readDocx, type WordDocument } from './formats/word'

/** The text of a Word document already opened by the reading layer; throws with the reason when it was refused. */
export function wordDocumentText(read: ReadResult<WordDocument>): string {
  if (read.ok) return read.value.paragraphs.join('\n')
  if (read.problem.code === 'entry-missing') throw new Error('This .docx file has no document body (word/document.xml is missing).')
  throw new Error(`This .docx file cannot be read: ${describeProblem(read.problem)}`)
}

/** The text of the document body, one line per paragraph; tabs and breaks kept. */
export async function docxToText(bytes: Uint8Array, options: ReadOptions = {}): Promise<string> {
  return wordDocumentText(readDocx(bytes, options))
}
