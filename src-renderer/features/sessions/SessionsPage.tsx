import { useMemo, useState } from 'react'
import { documentPhraseBook } from '../../i18n/document-phrase-book'
import { useNames } from '../../components/use-names'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { useCalendar, useParticipations, useRecommendedBefore, useSessionStatements } from '../../db/hooks/review-hooks'
import type { Session } from '../../domain/calendar'
import { formatDate, formatDateRange, todayLocal } from '../../domain/dates'
import type { MissionProfile, Participation } from '../../domain/model'
import { addMonths } from '../../domain/review/calendar-math'
import { FOLLOW_MONTHS_AHEAD, FOLLOW_MONTHS_BACK, recommendedKey, sessionsToFollow } from '../../domain/review/sessions-window'
import { estimatedReviewDay } from '../../domain/review/stages'
import { safeFileName } from '../../export/review/file-names'
import { icsBytes } from '../../export/review/ics'
import { followedSessionsCalendar } from '../../export/review/review-calendar'
import { formattingLocale } from '../../i18n'
import { ICS_FILTERS, saveExport, SessionDatesForm } from '../review'
import { ParticipationRow, type StatementLink } from './ParticipationRow'
import './sessions-page.css'

type SessionStatements = ReturnType<typeof useSessionStatements>

/** "Other reviews": the sessions of the past year and the next two, with our part in each State's review. */
export function SessionsPage({ profile, today = todayLocal() }: { profile: MissionProfile; today?: string }) {
  const { t, i18n } = useTranslation()
  const names = useNames()
  const locale = formattingLocale(i18n.language)
  const sessions = useCalendar()
  const followed = useMemo(() => sessionsToFollow(sessions, today), [sessions, today])
  const numbers = followed.map((s) => s.session)
  const participations = useParticipations(numbers)
  const statements = useSessionStatements(numbers)
  const [message, setMessage] = useState('')
  const stateName = names.state(profile.stateIso3)
  const upcoming = followed.filter((s) => (s.end ?? s.start ?? today) >= today)
  const past = followed.filter((s) => (s.end ?? s.start ?? today) < today)

  const exportIcs = async () =>
    setMessage(
      await saveExport(
        t,
        async () => ({
          bytes: icsBytes(
            followedSessionsCalendar({
              ourIso3: profile.stateIso3,
              sessions: followed,
              participations: participations ?? [],
              today,
              stamp: new Date(),
              words: documentPhraseBook(names.language)
            })
          ),
          fileName: safeFileName(t('review.files.followed', { date: today, state: stateName }))
        }),
        ICS_FILTERS
      )
    )

  const block = (s: Session, i: number) => (
    <SessionBlock key={s.session} session={s} initiallyOpen={i === 0 && s === upcoming[0]} ourIso3={profile.stateIso3} participations={participations} statements={statements} />
  )
  return (
    <div className="sessions-page">
      <PageTitle>{t('review.sessions.title')}</PageTitle>
      <p className="lead">
        {t('review.sessions.intro', { from: formatDate(addMonths(today, -FOLLOW_MONTHS_BACK), locale), to: formatDate(addMonths(today, FOLLOW_MONTHS_AHEAD), locale), state: stateName })}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void exportIcs()}>{t('review.sessions.exportIcs')}</button>
      </div>
      <p role="status" className="status-message">{message}</p>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t('review.sessions.upcoming')}</h2>
        {upcoming.length === 0 ? <p>{t('review.sessions.none')}</p> : upcoming.map(block)}
      </section>
      <details className="past-sessions">
        <summary>{t('review.sessions.past')}</summary>
        {past.length === 0 ? <p>{t('review.sessions.none')}</p> : past.map(block)}
      </details>
    </div>
  )
}

/**
 * One session, folded to a line that says how many reviews we speak at; opened, its table. Only an open
 * session renders its table (a page of eight sessions of fourteen States would otherwise be heavy).
 */
function SessionBlock({ session, initiallyOpen, ourIso3, participations, statements }: {
  session: Session
  initiallyOpen: boolean
  ourIso3: string
  participations: Participation[] | undefined
  statements: SessionStatements
}) {
  const { t, i18n } = useTranslation()
  const locale = formattingLocale(i18n.language)
  const n = session.session
  const headingId = `session-${n}-heading`
  const statementFor = (iso3: string, participation: Participation | undefined): StatementLink | null => {
    const linked = participation?.statementId ? statements.find((s) => s.id === participation.statementId) : undefined
    const found = linked ?? statements.filter((s) => s.session === n && s.stateUnderReview === iso3 && s.kind === 'recommending-state').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]
    return found ? { id: found.id, title: found.title } : null
  }
  const [open, setOpen] = useState(initiallyOpen)
  // Said under the table the delegate is working in.
  const [message, setMessage] = useState('')
  const ours = (participations ?? []).filter((p) => p.session === n)
  return (
    <details className="session-block" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h3 id={headingId}>
          {t('review.sessions.heading', { session: n, dates: session.start ? formatDateRange(session.start, session.end, locale) : '' })}
          {session.estimated ? <span className="badge">{t('review.page.estimated')}</span> : null}
          {session.corrected ? <span className="badge">{t('review.page.corrected')}</span> : null}
        </h3>
        <span className="session-summary">
          {session.states.some((st) => st.iso3 === ourIso3) ? `${t('review.sessions.ourReview')} · ` : ''}
          {t('review.sessions.speakingCount', { count: ours.filter((p) => p.willSpeak === true).length, total: session.states.length })}
          {' · '}
          {t('review.sessions.inscribedCount', { count: ours.filter((p) => p.inscribed).length })}
        </span>
      </summary>
      {open ? (
        <>
          <SessionDatesForm session={session} />
          <SessionTable session={session} ourIso3={ourIso3} participations={participations} statementFor={statementFor} onMessage={setMessage} />
          <p role="status" className="status-message">{message}</p>
        </>
      ) : null}
    </details>
  )
}

/** The States of one open session: counting what we recommended before reads only their recommendations. */
function SessionTable({ session, ourIso3, participations, statementFor, onMessage }: {
  session: Session
  ourIso3: string
  participations: Participation[] | undefined
  statementFor: (iso3: string, participation: Participation | undefined) => StatementLink | null
  onMessage: (message: string) => void
}) {
  const { t } = useTranslation()
  const n = session.session
  const reviews = useMemo(() => session.states.filter((st) => st.iso3 !== ourIso3).map((st) => ({ stateIso3: st.iso3, session: n })), [session, ourIso3, n])
  const before = useRecommendedBefore(reviews)
  return (
    <table className="table">
      <caption className="visually-hidden">{t('review.sessions.tableLabel', { session: n })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.sessions.columns.state')}</th>
          <th scope="col">
            {t('review.sessions.columns.day')}
            <span className="column-note">{t('review.sessions.dayEstimated')}</span>
          </th>
          <th scope="col">{t('review.sessions.columns.speak')}</th>
          <th scope="col">{t('review.sessions.columns.inscribed')}</th>
          <th scope="col">{t('review.sessions.columns.speakers')}</th>
          <th scope="col">{t('review.sessions.columns.statement')}</th>
          <th scope="col">{t('review.sessions.columns.before')}</th>
        </tr>
      </thead>
      <tbody>
        {session.states.map((st) => {
          const participation = participations?.find((p) => p.session === n && p.stateIso3 === st.iso3)
          return (
            <ParticipationRow
              key={st.iso3}
              session={n}
              stateIso3={st.iso3}
              isOwn={st.iso3 === ourIso3}
              day={estimatedReviewDay(session, st.iso3)}
              participation={participation}
              statement={statementFor(st.iso3, participation)}
              recommendedBefore={before?.get(recommendedKey(st.iso3, n))}
              onMessage={onMessage}
            />
          )
        })}
      </tbody>
    </table>
  )
}
