import { describe, expect, it } from 'vitest'
import {
  checkAttachment,
  checkDocument,
  checkInscribedSpeakers,
  checkSessionDates,
  checkStageDates,
  checkTask,
  MAX_ATTACHMENT_BYTES
} from '../../../../src-renderer/domain/review/validation'

const keys = (problems: { key: string; field: string }[]) => problems.map((p) => `${p.field}:${p.key}`)
const bytes = (...b: number[]) => new Uint8Array(b)

describe('review input checks', () => {
  it('refuse a session that ends before it starts, or runs beyond three weeks', () => {
    expect(checkSessionDates('2025-01-20', '2025-01-31')).toEqual([])
    expect(checkSessionDates('2025-01-31', '2025-01-20')).toEqual([{ field: 'end', key: 'endBeforeStart', params: { start: '2025-01-31', end: '2025-01-20' } }])
    expect(keys(checkSessionDates('2025-01-20', '2025-03-20'))).toEqual(['end:sessionTooLong'])
    expect(keys(checkSessionDates('', '2025-02-30'))).toEqual(['start:startRequired', 'end:invalidDate'])
  })

  it('accept empty stage dates and refuse impossible ones', () => {
    expect(checkStageDates('', '')).toEqual([])
    expect(keys(checkStageDates('2025-13-01', '2025-01-28'))).toEqual(['planned:invalidDate'])
  })

  it('refuse a task without a title (spaces do not count)', () => {
    expect(keys(checkTask({ title: '   ', dueOn: '' }))).toEqual(['title:taskTitleRequired'])
    expect(checkTask({ title: 'Send the report', dueOn: '2025-01-01' })).toEqual([])
  })

  it('want a document named, and a link only in https', () => {
    expect(keys(checkDocument({ symbol: '', title: '', url: '' }))).toEqual(['symbol:documentNameRequired'])
    expect(keys(checkDocument({ symbol: 'A/HRC/59/15', title: '', url: 'http://undocs.org/A/HRC/59/15' }))).toEqual(['url:linkNotHttps'])
    expect(keys(checkDocument({ symbol: '', title: 'Report', url: 'javascript:alert(1)' }))).toEqual(['url:linkNotHttps'])
    expect(checkDocument({ symbol: 'A/HRC/59/15', title: '', url: 'https://undocs.org/A/HRC/59/15' })).toEqual([])
  })

  it('refuse an empty, oversized, unreadable or damaged attachment', () => {
    expect(checkAttachment({ name: 'report.pdf', size: 8, bytes: bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37) })).toEqual([])
    expect(keys(checkAttachment({ name: 'report.pdf', size: 0, bytes: new Uint8Array() }))).toEqual(['file:attachmentEmpty'])
    expect(keys(checkAttachment({ name: 'big.pdf', size: MAX_ATTACHMENT_BYTES + 1, bytes: null }))).toEqual(['file:attachmentTooLarge'])
    expect(keys(checkAttachment({ name: 'gone.pdf', size: 10, bytes: null }))).toEqual(['file:attachmentUnreadable'])
    expect(keys(checkAttachment({ name: 'cut.pdf', size: 10, bytes: bytes(0x25, 0x50) }))).toEqual(['file:attachmentUnreadable'])
    expect(checkAttachment({ name: 'report.pdf', size: 3, bytes: bytes(0x3c, 0x68, 0x74) })).toEqual([
      { field: 'file', key: 'attachmentDamaged', params: { name: 'report.pdf', kind: 'PDF' } }
    ])
    expect(keys(checkAttachment({ name: 'notes.docx', size: 2, bytes: bytes(0, 0) }))).toEqual(['file:attachmentDamaged'])
    // Kinds it does not know are kept as they are.
    expect(checkAttachment({ name: 'notes.txt', size: 2, bytes: bytes(0x68, 0x69) })).toEqual([])
  })

  it('want a whole number of inscribed speakers from 1 to 195, or nothing', () => {
    expect(checkInscribedSpeakers('')).toEqual([])
    expect(checkInscribedSpeakers('87')).toEqual([])
    for (const bad of ['0', '-3', '2.5', '300', 'many']) expect(keys(checkInscribedSpeakers(bad)), bad).toEqual(['inscribedSpeakers:speakersNumber'])
  })
})
