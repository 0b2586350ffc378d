import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useCalendar, useOpenTasks, useStoredReviews } from '../../db/hooks/review-hooks'
import { daysBetween, formatDate } from '../../domain/dates'
import type { CalendarDate, MissionProfile } from '../../domain/model'
import { ownReviews } from '../../domain/review/cycle'
import { currentReviewPlan, currentStage, openTasks, upcomingDeadlines, type Deadline } from '../../domain/review/progress'
import { formattingLocale } from '../../i18n'
import { ownReviewHref } from '../../routes/location'
import { ReceivedChart } from './ReceivedChart'
import './dashboard.css'

const TASKS_SHOWN = 5

/** The Dashboard's review cycle: where our review stands, the next three deadlines, open tasks, and the chart. */
export function ReviewCycleCards({ profile, stateName, today }: { profile: MissionProfile; stateName: string; today: CalendarDate }) {
  const { t, i18n } = useTranslation()
  const locale = formattingLocale(i18n.language)
  const sessions = useCalendar()
  const stored = useStoredReviews(profile.stateIso3)
  const tasks = useOpenTasks()
  const reviews = useMemo(() => ownReviews(profile.stateIso3, sessions, stored ?? []), [profile.stateIso3, sessions, stored])
  const current = currentReviewPlan(reviews, today)
  if (!current || stored === undefined) return null
  const now = currentStage(current.stages, today)
  const reviewTasks = tasks.filter((task) => task.reviewId === current.record?.id)
  const deadlines = upcomingDeadlines({ stages: current.stages, session: current.session.session, tasks: reviewTasks }, today, 3)
  const open = openTasks(tasks)
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const countdown = (days: number) => relative.format(days, 'day')
  const deadlineText = (d: Deadline) => (d.kind === 'stage' ? t(`review.stages.${d.stage}`) : d.task.title)

  return (
    <>
      <div className="cards section">
        <section className="card card-highlight" aria-labelledby="stage-now-heading">
          <h2 id="stage-now-heading">{t('review.dashboard.currentStage')}</h2>
          {now ? (
            <>
              <p className="next-review">{t('review.dashboard.currentStageOf', { session: current.session.session, stage: t(`review.stages.${now.stage}`) })}</p>
              <p>{t('review.dashboard.stageDate', { date: formatDate(now.date, locale), countdown: now.date < today ? t('review.countdown.overdue') : countdown(daysBetween(today, now.date)) })}</p>
            </>
          ) : (
            <p>{t('review.dashboard.noCurrent', { session: current.session.session })}</p>
          )}
          <a href={ownReviewHref(current.session.session)}>{t('review.dashboard.openReview')}</a>
        </section>
        <section className="card" aria-labelledby="deadlines-heading">
          <h2 id="deadlines-heading">{t('review.dashboard.deadlines')}</h2>
          {deadlines.length === 0 ? (
            <p>{t('review.dashboard.noDeadlines')}</p>
          ) : (
            <ol className="deadline-list">
              {deadlines.map((d) => (
                <li key={d.kind === 'stage' ? d.stage : d.task.id}>
                  <span>{deadlineText(d)}</span>
                  <span>
                    <span className={`countdown${d.daysLeft <= 14 ? ' is-soon' : ''}`}>{countdown(d.daysLeft)}</span> · {formatDate(d.date, locale)}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section className="card" aria-labelledby="open-tasks-heading">
          <h2 id="open-tasks-heading">{t('review.dashboard.openTasks')}</h2>
          {open.length === 0 ? (
            <p>{t('review.dashboard.noOpenTasks')}</p>
          ) : (
            <>
              <p>{t('review.dashboard.openTasksCount', { count: open.length })}</p>
              <ul className="open-task-list">
                {open.slice(0, TASKS_SHOWN).map((task) => (
                  <li key={task.id}>
                    {task.title}
                    {task.dueOn ? (
                      <span className="hint">
                        {' '}· {formatDate(task.dueOn, locale)}
                        {task.dueOn < today ? <span className="badge badge-overdue">{t('review.tasks.overdue')}</span> : null}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
              {open.length > TASKS_SHOWN ? <p className="hint">{t('review.dashboard.moreTasks', { count: open.length - TASKS_SHOWN })}</p> : null}
            </>
          )}
        </section>
      </div>
      <ReceivedChart stateIso3={profile.stateIso3} stateName={stateName} session={current.session.session} />
    </>
  )
}
