import JSZip from 'jszip'
import mammoth from 'mammoth'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildDemoMission } from '../../../../src-renderer/demo'
import { allSessions } from '../../../../src-renderer/domain/calendar'
import { ownReviews, type OwnReview } from '../../../../src-renderer/domain/review/cycle'
import { sessionsToFollow } from '../../../../src-renderer/domain/review/sessions-window'
import { buildReviewBriefing, reviewBriefingDocx, type BriefingInput } from '../../../../src-renderer/export/review/briefing'
import { buildIcs } from '../../../../src-renderer/export/review/ics'
import { deadlinesCalendar, followedSessionsCalendar } from '../../../../src-renderer/export/review/review-calendar'
import { documentPhraseBook } from '../../../../src-renderer/i18n/document-phrase-book'
import { eventsOf, propertyOf, readIcs, textOf } from './ics-reader'

const TODAY = '2026-12-01'
const demo = buildDemoMission(TODAY)
const stamp = new Date(`${TODAY}T09:00:00Z`)
const words = documentPhraseBook('en')
let review: OwnReview

beforeAll(() => {
  review = ownReviews('PRT', allSessions(), demo.reviews).find((r) => r.session.session === 47)!
})

describe('the calendar of our deadlines', () => {
  it('holds the session, every stage and every open dated task, with stable unique UIDs, and reads back', () => {
    const text = buildIcs(deadlinesCalendar({ ourIso3: 'PRT', review, tasks: demo.tasks, today: TODAY, stamp, words }))
    const { calendar, problems } = readIcs(text)
    expect(problems).toEqual([])
    const events = eventsOf(calendar!)
    const open = demo.tasks.filter((task) => !task.done && task.dueOn)
    expect(events).toHaveLength(1 + 11 + open.length)
    const uids = events.map((e) => textOf(e, 'UID'))
    expect(new Set(uids).size).toBe(uids.length)
    const dialogue = events.find((e) => textOf(e, 'UID') === 'stage-47-PRT-interactiveDialogue@upr-desk.app')!
    expect(textOf(dialogue, 'SUMMARY')).toBe('UPR47 Portugal: Interactive dialogue (review day)')
    expect([propertyOf(dialogue, 'DTSTART')?.value, propertyOf(dialogue, 'DTEND')?.value]).toEqual(['20241106', '20241107'])
    // Reminders only for what is still ahead.
    const midTerm = events.find((e) => textOf(e, 'UID') === 'stage-47-PRT-midTermReport@upr-desk.app')!
    expect(midTerm.components.map((c) => c.type)).toEqual(['VALARM'])
    expect(dialogue.components).toEqual([])
    const session = events[0]!
    expect([propertyOf(session, 'DTSTART')?.value, propertyOf(session, 'DTEND')?.value]).toEqual(['20241104', '20241116'])
    // The same export twice gives the same file.
    expect(buildIcs(deadlinesCalendar({ ourIso3: 'PRT', review, tasks: demo.tasks, today: TODAY, stamp, words }))).toBe(text)
  })
})

describe('the calendar of the sessions we follow', () => {
  it('holds the sessions ahead, the speakers\' list openings and the reviews we speak at', () => {
    const sessions = sessionsToFollow(allSessions(), TODAY)
    const text = buildIcs(
      followedSessionsCalendar({ ourIso3: 'PRT', sessions, participations: demo.participations, today: TODAY, stamp, words })
    )
    const { calendar, problems } = readIcs(text)
    expect(problems).toEqual([])
    const summaries = eventsOf(calendar!).map((e) => textOf(e, 'SUMMARY'))
    // Sessions 54-58 are ahead on 1 December 2026 (51-53 are over).
    expect(summaries.filter((s) => s?.startsWith('UPR Working Group'))).toEqual([54, 55, 56, 57, 58].map((n) => `UPR Working Group, session ${n}`))
    const speaking = demo.participations.filter((p) => p.willSpeak === true)
    expect(summaries.filter((s) => s?.includes('(Portugal speaks)'))).toHaveLength(speaking.length)
    expect(summaries).toContain('UPR54: speakers’ list opens')
    const first = eventsOf(calendar!).find((e) => textOf(e, 'SUMMARY') === 'UPR Working Group, session 54')!
    expect(textOf(first, 'DESCRIPTION')).toMatch(/^States under review: Togo, Syrian Arab Republic, Iceland/)
  })
})

describe('the review briefing', () => {
  function input(): BriefingInput {
    return {
      profile: demo.profile,
      review,
      tasks: demo.tasks,
      recommendations: demo.recommendations.filter((r) => r.stateUnderReview === 'PRT' && r.session === 47),
      recommendationsOfSession: true,
      today: TODAY,
      language: 'en',
      locale: 'en-GB',
      emblem: null,
      words
    }
  }

  it('is a Word document with the stage, deadlines, open tasks, recommendations and stages, in order', async () => {
    const { fileName, bytes } = await reviewBriefingDocx(input())
    expect(fileName).toBe('2026-12-01 UPR47 Portugal - Review briefing.docx')
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK')
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    const order = [
      'Review briefing: Portugal, UPR session 47',
      'Where the review stands',
      'Current stage: Voluntary mid-term report, 20 September 2027 (In progress).',
      'Next deadlines',
      'Open tasks',
      'Recommendations received',
      'Session 47: 38 recommendations, by position and implementation status.',
      'Stages',
      'Documents'
    ]
    const positions = order.map((line) => text.indexOf(line))
    expect(positions.every((p) => p >= 0), JSON.stringify(positions)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(text).toContain('Troika: Argentina, Bangladesh, Ghana')
    expect(text).toContain('Adopt an implementation plan with responsible institutions and indicators')
    expect(text).toMatch(/\d+ November 2026 \(overdue\)/)

    const zip = await JSZip.loadAsync(bytes)
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    expect(documentXml).toContain('w:val="Title"')
    expect((documentXml.match(/w:val="Heading1"/g) ?? []).length).toBe(6)
    expect((documentXml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(4)
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? ''
    expect(core).toContain('<dc:title>Review briefing: Portugal, UPR session 47</dc:title>')
    expect(core).toContain('(DEMO)</dc:creator>')
  })

  it('is written in French when the interface is, with French dates and the document language set', async () => {
    const { fileName, bytes } = await reviewBriefingDocx({ ...input(), language: 'fr', locale: 'fr-CH', words: documentPhraseBook('fr') })
    expect(fileName).toBe('2026-12-01 UPR47 Portugal - Note d’information sur l’examen.docx')
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    expect(text).toContain('Note d’information sur l’examen\u00a0: Portugal, session 47 de l’EPU')
    expect(text).toContain('Étape en cours\u00a0: Rapport à mi-parcours (volontaire), 20 septembre 2027 (En cours).')
    const styles = (await (await JSZip.loadAsync(bytes)).file('word/styles.xml')?.async('string')) ?? ''
    expect(styles).toMatch(/w:lang w:val="fr/)
  })

  it('says so when there is nothing received or nothing ahead', () => {
    const doc = buildReviewBriefing({ ...input(), recommendations: [], tasks: [], today: '2031-01-01' })
    expect(doc.sections[0]!.blocks.length).toBeGreaterThan(5)
  })
})
