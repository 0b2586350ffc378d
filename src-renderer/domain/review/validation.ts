/**
 * Checks of what a delegate enters in the review cycle: each returns the problems found, as string keys
 * (under `review.errors.`) with their parameters, and the field they belong to, so the form can say what
 * is wrong and where. Nothing is stored while a problem remains.
 */
import type { CalendarDate } from '../model'
import { parseCalendarDate } from '../dates'

export interface InputProblem {
  field: string
  key: string
  params?: Record<string, string | number>
}

/** The largest file kept as an attachment: 25 MB (IndexedDB holds it in one record). */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024

/** An optional date field: empty is fine, anything else must be a real `YYYY-MM-DD` date. */
export function checkOptionalDate(field: string, value: string): InputProblem[] {
  if (value.trim() === '') return []
  return parseCalendarDate(value.trim()) === null ? [{ field, key: 'invalidDate', params: { value } }] : []
}

/** A corrected session: both dates real, the end not before the start, at most three weeks long. */
export function checkSessionDates(start: string, end: string): InputProblem[] {
  const problems: InputProblem[] = []
  if (start.trim() === '') problems.push({ field: 'start', key: 'startRequired' })
  else problems.push(...checkOptionalDate('start', start))
  if (end.trim() === '') problems.push({ field: 'end', key: 'endRequired' })
  else problems.push(...checkOptionalDate('end', end))
  if (problems.length > 0) return problems
  if (end < start) return [{ field: 'end', key: 'endBeforeStart', params: { start, end } }]
  const days = (parseCalendarDate(end)! - parseCalendarDate(start)!) / 86_400_000
  if (days > 20) return [{ field: 'end', key: 'sessionTooLong', params: { days: days + 1 } }]
  return []
}

/** A stage's corrected planned date and its actual date. */
export function checkStageDates(planned: string, actual: string): InputProblem[] {
  return [...checkOptionalDate('planned', planned), ...checkOptionalDate('actual', actual)]
}

/** A task: a title is required; the due date, when given, must be a real date. */
export function checkTask(input: { title: string; dueOn: string }): InputProblem[] {
  const problems: InputProblem[] = []
  if (input.title.trim() === '') problems.push({ field: 'title', key: 'taskTitleRequired' })
  problems.push(...checkOptionalDate('dueOn', input.dueOn))
  return problems
}

/** A document: a symbol or a title, and a link that is https (the app opens nothing else). */
export function checkDocument(input: { symbol: string; title: string; url: string }): InputProblem[] {
  const problems: InputProblem[] = []
  if (input.symbol.trim() === '' && input.title.trim() === '') problems.push({ field: 'symbol', key: 'documentNameRequired' })
  const url = input.url.trim()
  if (url !== '' && !isHttpsLink(url)) problems.push({ field: 'url', key: 'linkNotHttps' })
  return problems
}

/** A file to attach: not empty, not beyond the size limit, readable. */
export function checkAttachment(file: { name: string; size: number; bytes: Uint8Array | null }): InputProblem[] {
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return [{ field: 'file', key: 'attachmentTooLarge', params: { name: file.name, size: megabytes(file.size), max: megabytes(MAX_ATTACHMENT_BYTES) } }]
  }
  if (file.bytes === null) return [{ field: 'file', key: 'attachmentUnreadable', params: { name: file.name } }]
  if (file.size === 0 || file.bytes.byteLength === 0) return [{ field: 'file', key: 'attachmentEmpty', params: { name: file.name } }]
  if (file.bytes.byteLength !== file.size) return [{ field: 'file', key: 'attachmentUnreadable', params: { name: file.name } }]
  const kind = damagedKind(file.name, file.bytes)
  if (kind) return [{ field: 'file', key: 'attachmentDamaged', params: { name: file.name, kind } }]
  return []
}

/** File signatures of the kinds delegates attach, by extension. */
const SIGNATURES: Record<string, { kind: string; bytes: number[] }> = {
  pdf: { kind: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  docx: { kind: 'Word', bytes: [0x50, 0x4b, 0x03, 0x04] },
  xlsx: { kind: 'Excel', bytes: [0x50, 0x4b, 0x03, 0x04] },
  pptx: { kind: 'PowerPoint', bytes: [0x50, 0x4b, 0x03, 0x04] },
  odt: { kind: 'OpenDocument', bytes: [0x50, 0x4b, 0x03, 0x04] },
  png: { kind: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { kind: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  jpeg: { kind: 'JPEG', bytes: [0xff, 0xd8, 0xff] }
}

/** The kind the file's name promises when its first bytes do not match it (a damaged or mislabelled file). */
function damagedKind(name: string, bytes: Uint8Array): string | null {
  const extension = name.toLowerCase().split('.').pop() ?? ''
  const signature = SIGNATURES[extension]
  if (!signature) return null
  return signature.bytes.every((b, i) => bytes[i] === b) ? null : signature.kind
}

/** The number of States inscribed on a speakers' list: empty (not known) or a whole number 1-195. */
export function checkInscribedSpeakers(value: string): InputProblem[] {
  const text = value.trim()
  if (text === '') return []
  return /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 195 ? [] : [{ field: 'inscribedSpeakers', key: 'speakersNumber', params: { value } }]
}

/** A date typed in a form, or null when empty (call after the checks). */
export function dateOrNull(value: string): CalendarDate | null {
  const text = value.trim()
  return text === '' ? null : text
}

function isHttpsLink(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === ''
  } catch {
    return false
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1)
}
