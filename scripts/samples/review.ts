/**
 * The review area's sample documents for the demo mission: our deadlines and the sessions we follow as
 * .ics calendars, and the review briefing as a Word document.
 */
import type { DemoDataset } from '../../src-renderer/demo'
import { allSessions } from '../../src-renderer/domain/calendar'
import { ownReviews, type OwnReview } from '../../src-renderer/domain/review/cycle'
import { sessionsToFollow } from '../../src-renderer/domain/review/sessions-window'
import type { LanguageCode } from '../../src-renderer/domain/model'
import { reviewBriefingDocx } from '../../src-renderer/export/review/briefing'
import { safeFileName } from '../../src-renderer/export/review/file-names'
import { icsBytes } from '../../src-renderer/export/review/ics'
import { deadlinesCalendar, followedSessionsCalendar } from '../../src-renderer/export/review/review-calendar'
import { readImageInfo, type Emblem } from '../../src-renderer/export/kit'
import { demoEmblemPng } from '../../src-renderer/demo/emblem'
import type { PhraseBook } from '../../src-renderer/domain/words/phrase-book'
import { documentWordsIn } from './english'
import type { SampleWriter } from './types'

/** What every review sample needs: the day the demo was made for, its review, and the words of a language. */
function context(demo: DemoDataset, language: LanguageCode = 'en'): { today: string; stamp: Date; stateName: string; review: OwnReview; words: PhraseBook } {
  const words = documentWordsIn(language)
  const today = demo.profile.createdAt.slice(0, 10)
  const iso3 = demo.profile.stateIso3
  const review = ownReviews(iso3, allSessions(), demo.reviews).find((r) => r.record !== null)
  if (!review) throw new Error('The demo mission has no stored review.')
  return { today, stamp: new Date(demo.profile.createdAt), stateName: words.state(iso3), review, words }
}

/** The demo emblem (the one the statements samples carry), so that every demo document has the same letterhead. */
function demoEmblem(): Emblem {
  const bytes = demoEmblemPng()
  const info = readImageInfo(bytes)
  if ('problem' in info) throw new Error(`demo emblem: ${info.problem}`)
  return { bytes, type: info.type, width: info.width, height: info.height }
}

/** The review briefing in a language, as the Review page exports it when the interface speaks that language. */
function briefingSample(language: LanguageCode): SampleWriter {
  return {
    label: `Review briefing (Word, ${language})`,
    build(demo) {
      const { today, review, words } = context(demo, language)
      const iso3 = demo.profile.stateIso3
      const received = demo.recommendations.filter((r) => r.stateUnderReview === iso3)
      const ofSession = received.filter((r) => r.session === review.session.session)
      return reviewBriefingDocx({
        profile: demo.profile,
        review,
        tasks: demo.tasks.filter((task) => task.reviewId === review.record?.id),
        recommendations: ofSession.length > 0 ? ofSession : received,
        recommendationsOfSession: ofSession.length > 0,
        today,
        language,
        locale: words.locale,
        emblem: demoEmblem(),
        words
      })
    }
  }
}

/** The review area's sample documents (see scripts/samples.ts). */
export const reviewSamples: readonly SampleWriter[] = [
  {
    label: 'Our deadlines (.ics)',
    async build(demo) {
      const { today, stamp, stateName, review, words } = context(demo)
      const tasks = demo.tasks.filter((task) => task.reviewId === review.record?.id)
      const bytes = icsBytes(deadlinesCalendar({ ourIso3: demo.profile.stateIso3, review, tasks, today, stamp, words }))
      return { fileName: safeFileName(words.t('review.files.deadlines', { date: today, session: review.session.session, state: stateName })), bytes }
    }
  },
  {
    label: 'The sessions we follow (.ics)',
    async build(demo) {
      const { today, stamp, stateName, words } = context(demo)
      const bytes = icsBytes(
        followedSessionsCalendar({
          ourIso3: demo.profile.stateIso3,
          sessions: sessionsToFollow(allSessions(), today),
          participations: demo.participations,
          today,
          stamp,
          words
        })
      )
      return { fileName: safeFileName(words.t('review.files.followed', { date: today, state: stateName })), bytes }
    }
  },
  ...(['en', 'fr', 'es'] as const).map((language) => briefingSample(language))
]
