import { describe, expect, it } from 'vitest'
import { buildIcs, escapeText, fold, icsBytes } from '../../../../src-renderer/export/review/ics'
import { eventsOf, propertyOf, readIcs, textOf } from './ics-reader'

const stamp = new Date('2026-12-01T09:30:00.000Z')

describe('buildIcs', () => {
  it('writes a valid RFC 5545 calendar of all-day events that reads back', () => {
    const text = buildIcs({
      name: 'UPR Desk: Slovenia',
      stamp,
      events: [
        { uid: 'stage-48-SVN-interactiveDialogue@upr-desk', start: '2025-01-28', summary: 'UPR48 Slovenia: interactive dialogue', description: 'Room XX, Palais des Nations; 3.5 hours', categories: ['UPR', 'Deadline'], reminderDaysBefore: 7 },
        { uid: 'session-48@upr-desk', start: '2025-01-20', end: '2025-01-31', summary: 'UPR Working Group, session 48' }
      ]
    })
    const { calendar, problems } = readIcs(text)
    expect(problems).toEqual([])
    expect(calendar?.type).toBe('VCALENDAR')
    expect(textOf(calendar!, 'VERSION')).toBe('2.0')
    expect(textOf(calendar!, 'PRODID')).toMatch(/UPR Desk/)
    expect(textOf(calendar!, 'METHOD')).toBe('PUBLISH')
    expect(textOf(calendar!, 'X-WR-CALNAME')).toBe('UPR Desk: Slovenia')
    const [dialogue, session] = eventsOf(calendar!)
    expect(textOf(dialogue!, 'UID')).toBe('stage-48-SVN-interactiveDialogue@upr-desk')
    expect(textOf(dialogue!, 'DTSTAMP')).toBe('20261201T093000Z')
    expect(propertyOf(dialogue!, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20250128' })
    // DTEND is exclusive: a one-day event ends the next day.
    expect(propertyOf(dialogue!, 'DTEND')?.value).toBe('20250129')
    expect(textOf(dialogue!, 'DESCRIPTION')).toBe('Room XX, Palais des Nations; 3.5 hours')
    expect(propertyOf(dialogue!, 'CATEGORIES')?.value).toBe('UPR,Deadline')
    expect(textOf(dialogue!, 'TRANSP')).toBe('TRANSPARENT')
    const alarm = dialogue!.components.find((c) => c.type === 'VALARM')
    expect(alarm && [textOf(alarm, 'ACTION'), textOf(alarm, 'TRIGGER')]).toEqual(['DISPLAY', '-P7D'])
    expect([propertyOf(session!, 'DTSTART')?.value, propertyOf(session!, 'DTEND')?.value]).toEqual(['20250120', '20250201'])
  })

  it('ends every line with CRLF and never leaves a bare LF', () => {
    const text = buildIcs({ name: 'x', stamp, events: [{ uid: 'a', start: '2025-01-28', summary: 'One\ntwo\r\nthree' }] })
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(textOf(eventsOf(readIcs(text).calendar!)[0]!, 'SUMMARY')).toBe('One\ntwo\nthree')
  })

  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne')
    const summary = 'Côte d’Ivoire; Bosnia and Herzegovina, \\ "quoted"'
    const text = buildIcs({ name: 'x', stamp, events: [{ uid: 'b', start: '2025-01-28', summary }] })
    expect(textOf(eventsOf(readIcs(text).calendar!)[0]!, 'SUMMARY')).toBe(summary)
  })

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const long = 'Examen périodique universel de la Côte d’Ivoire – déclaration – ' + 'é'.repeat(120)
    const folded = fold(`SUMMARY:${long}`)
    const encoder = new TextEncoder()
    for (const line of folded.split('\r\n')) expect(encoder.encode(line).byteLength).toBeLessThanOrEqual(75)
    expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).toBe(true)
    expect(folded.split('\r\n').map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${long}`)
    const text = buildIcs({ name: 'x', stamp, events: [{ uid: 'c', start: '2025-01-28', summary: long }] })
    const read = readIcs(text)
    expect(read.problems).toEqual([])
    expect(textOf(eventsOf(read.calendar!)[0]!, 'SUMMARY')).toBe(long)
  })

  it('refuses an event that ends before it starts, and a malformed date', () => {
    expect(() => buildIcs({ name: 'x', stamp, events: [{ uid: 'd', start: '2025-01-28', end: '2025-01-20', summary: 's' }] })).toThrow(/ends/)
    expect(() => buildIcs({ name: 'x', stamp, events: [{ uid: 'e', start: '2025-02-30', summary: 's' }] })).toThrow(RangeError)
  })

  it('gives UTF-8 bytes', () => {
    const bytes = icsBytes({ name: 'Genève', stamp, events: [] })
    expect(new TextDecoder().decode(bytes)).toContain('X-WR-CALNAME:Genève\r\n')
  })
})
