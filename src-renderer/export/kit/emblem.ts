/**
 * The mission's stored emblem (Settings, or the demo's) as every document's letterhead takes it. No docx
 * here: pages import this to prepare an export before the Word writer loads.
 */
import type { Attachment } from '../../domain/model'
import type { Emblem } from './document'
import { readImageInfo } from './image'

/** The letterhead's emblem from the stored file: none when there is no file, none and `unreadable` when it is not an image. */
export function emblemFromAttachment(attachment: Pick<Attachment, 'bytes'> | null | undefined): { emblem: Emblem | null; unreadable: boolean } {
  if (!attachment) return { emblem: null, unreadable: false }
  const info = readImageInfo(attachment.bytes)
  if ('problem' in info) return { emblem: null, unreadable: true }
  return { emblem: { bytes: attachment.bytes, ...info }, unreadable: false }
}
