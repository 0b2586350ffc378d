import { useMemo, useState } from 'react'
import { useNames } from '../../components/use-names'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { useRepositories } from '../../db/hooks/context'
import type { ReviewKey } from '../../db/repositories/reviews'
import { useSessionCorrections } from '../../db/hooks/mission-hooks'
import { useCalendar, useParticipations, useReviewTasks, useStoredReviews } from '../../db/hooks/review-hooks'
import { formatDate, formatDateRange, todayLocal } from '../../domain/dates'
import { allSessions, sessionByNumber, type SessionCorrection } from '../../domain/calendar'
import type { MissionProfile, ReviewStage, Task } from '../../domain/model'
import { buildAgenda } from '../../domain/review/agenda'
import { checklistFor } from '../../domain/review/checklist'
import { ownReviews, type OwnReview } from '../../domain/review/cycle'
import { currentReviewPlan, currentStage } from '../../domain/review/progress'
import { sessionsToFollow } from '../../domain/review/sessions-window'
import { retimeTasks } from '../../domain/review/retime-tasks'
import { estimatedReviewDay, isEstimatedReviewDay, planStages, plannedDateOf } from '../../domain/review/stages'
import { formattingLocale } from '../../i18n'
import { CycleTimeline } from './CycleTimeline'
import { navigate, useLocation } from '../../routes/use-location'
import { MonthAgenda } from './MonthAgenda'
import { saveFailedMessage } from './problems'
import { ReviewExports } from './ReviewExports'
import { ReviewPeopleForm } from './ReviewPeopleForm'
import { SessionDatesForm } from './SessionDatesForm'
import { StageList } from './StageList'
import { StagePanel } from './StagePanel'
import './review-page.css'

/** "Our review": every review of our State, its stages with dates, tasks and documents, a timeline and an agenda. */
export function ReviewPage({ profile, today = todayLocal() }: { profile: MissionProfile; today?: string }) {
  const { t } = useTranslation()
  const names = useNames()
  const sessions = useCalendar()
  const stored = useStoredReviews(profile.stateIso3)
  const stateName = names.state(profile.stateIso3)
  const reviews = useMemo(() => ownReviews(profile.stateIso3, sessions, stored ?? []), [profile.stateIso3, sessions, stored])
  const current = currentReviewPlan(reviews, today)
  const location = useLocation()
  const asked = location.page === 'review' ? location.session : null
  const selected = reviews.find((r) => r.session.session === asked) ?? current

  // The title stays the same element while the data loads, so the focus the shell gives it is kept.
  return (
    <div className="review-page">
      <PageTitle>{t('review.page.title')}</PageTitle>
      <p className="lead">{t('review.page.intro', { state: stateName })}</p>
      {stored === undefined ? null : selected ? (
        <>
          <ReviewChooser reviews={reviews} selected={selected} current={current} />
          <SelectedReview key={selected.session.session} review={selected} profile={profile} stateName={stateName} today={today} sessions={sessions} />
        </>
      ) : (
        <p>{t('review.page.noReviews', { state: stateName })}</p>
      )}
    </div>
  )
}

function ReviewChooser({ reviews, selected, current }: { reviews: readonly OwnReview[]; selected: OwnReview; current: OwnReview | null }) {
  const { t, i18n } = useTranslation()
  const locale = formattingLocale(i18n.language)
  return (
    <div className="field review-chooser">
      <label htmlFor="review-session">{t('review.page.choose')}</label>
      <select id="review-session" value={selected.session.session} onChange={(e) => navigate({ page: 'review', session: Number(e.target.value) }, { replace: true })}>
        {reviews.map((r) => {
          const values = { session: r.session.session, cycle: r.session.cycle, dates: r.session.start ? formatDateRange(r.session.start, r.session.end, locale) : '' }
          return (
            <option key={r.session.session} value={r.session.session}>
              {r === current ? t('review.page.optionCurrent', values) : t('review.page.option', values)}
            </option>
          )
        })}
      </select>
    </div>
  )
}

function SelectedReview({ review, profile, stateName, today, sessions }: { review: OwnReview; profile: MissionProfile; stateName: string; today: string; sessions: ReturnType<typeof useCalendar> }) {
  const { t, i18n } = useTranslation()
  const { reviews: repository } = useRepositories()
  const locale = formattingLocale(i18n.language)
  const tasks = useReviewTasks(review.record?.id ?? null)
  const corrections = useSessionCorrections()
  const now = currentStage(review.stages, today)
  const [chosen, setChosen] = useState<ReviewStage | null>(null)
  const [message, setMessage] = useState('')
  const stage = review.stages.find((s) => s.stage === (chosen ?? now?.stage)) ?? review.stages[0]!
  const key: ReviewKey = { stateIso3: profile.stateIso3, session: review.session.session, cycle: review.session.cycle }
  const followed = useMemo(() => sessionsToFollow(sessions, today), [sessions, today])
  const participations = useParticipations(followed.map((s) => s.session))
  const agenda = useMemo(() => {
    const speaking = (participations ?? [])
      .filter((p) => p.willSpeak === true)
      .flatMap((p) => {
        const session = followed.find((s) => s.session === p.session)
        const day = session ? estimatedReviewDay(session, p.stateIso3) : null
        return day ? [{ session: p.session, stateIso3: p.stateIso3, date: day.date }] : []
      })
    return buildAgenda({ reviews: [{ session: review.session.session, stages: review.stages }], tasks, sessions: followed, speaking })
  }, [participations, followed, review, tasks])
  const ahead = checklistFor((s) => plannedDateOf(review.plan, s)).filter((item) => item.dueOn >= today)

  async function addChecklist() {
    try {
      const added = await repository.addTasks(key, ahead.map((item) => ({ stage: item.stage, title: t(`review.defaultTasks.${item.key}`), owner: '', dueOn: item.dueOn, done: false })))
      setMessage(t('review.page.checklistAdded', { count: added.length }))
    } catch (error) {
      setMessage(saveFailedMessage(t, error))
    }
  }

  /** The open tasks that move if the session gets other dates (null: the calendar's own dates). */
  function movedWithSession(dates: { start: string; end: string } | null): Task[] {
    const others = corrections.filter((c) => c.key !== String(review.session.session)).map((c) => ({ ...(c.value as Omit<SessionCorrection, 'session'>), session: Number(c.key) }))
    const base = dates ? { ...review.session, ...dates } : sessionByNumber(review.session.session, allSessions(others))
    const after = base ? planStages({ session: base, stateIso3: profile.stateIso3, nextSession: review.nextSession, corrections: review.record?.stages ?? {} }) : null
    if (!after) return []
    return retimeTasks(tasks, new Map(review.plan.stages.map((s) => [s.stage, s.planned])), new Map(after.stages.map((s) => [s.stage, s.planned])))
  }

  const dialogue = review.stages.find((s) => s.stage === 'interactiveDialogue')!
  const plenary = review.stages.find((s) => s.stage === 'plenaryAdoption')!
  return (
    <>
      <div className="review-overview">
        <section className="card" aria-labelledby="review-summary-heading">
          <h2 id="review-summary-heading">{t('review.page.summary', { session: review.session.session })}</h2>
          <dl className="facts">
            <dt>{t('review.page.sessionDates')}</dt>
            <dd>
              {review.session.start ? formatDateRange(review.session.start, review.session.end, locale) : ''}
              {review.session.estimated ? <span className="badge">{t('review.page.estimated')}</span> : null}
              {review.session.corrected ? <span className="badge">{t('review.page.corrected')}</span> : null}
            </dd>
            <dt>{t('review.page.reviewDay')}</dt>
            <dd>
              {formatDate(dialogue.date, locale)}
              {isEstimatedReviewDay(review.plan.reviewDay) ? <span className="badge">{t('review.page.estimated')}</span> : null}
              <span className="hint review-day-basis">{t(`review.reviewDay.${review.plan.reviewDay.basis}`)}</span>
            </dd>
            <dt>{t('review.page.councilSession')}</dt>
            <dd>{t('review.page.councilSessionValue', { council: review.plan.councilSession })}, {formatDate(plenary.date, locale)}</dd>
            <dt>{t('review.page.currentStage')}</dt>
            <dd>{now ? `${t(`review.stages.${now.stage}`)}, ${formatDate(now.date, locale)}` : t('review.page.cycleComplete')}</dd>
          </dl>
          <SessionDatesForm session={review.session} movedTasks={movedWithSession} />
        </section>
        <section className="card" aria-label={t('review.people.heading')}>
          <ReviewPeopleForm record={review.record} reviewKey={key} />
        </section>
      </div>
      <ReviewExports review={review} tasks={tasks} profile={profile} stateName={stateName} today={today} />
      <section className="section" aria-labelledby="stages-heading">
        <h2 id="stages-heading">{t('review.page.stagesHeading')}</h2>
        {tasks.length === 0 && ahead.length > 0 ? (
          <p className="checklist-offer">
            {t('review.page.noTasksYet')}{' '}
            <button type="button" onClick={() => void addChecklist()}>{t('review.page.addChecklist', { count: ahead.length })}</button>
          </p>
        ) : null}
        <p role="status" className="status-message">{message}</p>
        <div className="stages-layout">
          <StageList stages={review.stages} selected={stage.stage} current={now?.stage ?? null} tasks={tasks} today={today} onSelect={setChosen} />
          <StagePanel review={review} stage={stage} reviewKey={key} tasks={tasks} today={today} />
        </div>
      </section>
      <CycleTimeline session={review.session.session} stages={review.stages} today={today} />
      <MonthAgenda items={agenda} today={today} />
    </>
  )
}
