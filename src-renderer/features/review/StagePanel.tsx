import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewKey } from '../../db/repositories/reviews'
import { formatDate } from '../../domain/dates'
import type { CalendarDate, Task } from '../../domain/model'
import type { OwnReview } from '../../domain/review/cycle'
import type { StageProgress } from '../../domain/review/progress'
import { formattingLocale } from '../../i18n'
import { StageDocuments } from './StageDocuments'
import { StageForm } from './StageForm'
import { TaskChecklist } from './TaskChecklist'

/** One stage in full: how its date is computed, its dates and status, its tasks and its documents. */
export function StagePanel({ review, stage, reviewKey, tasks, today }: { review: OwnReview; stage: StageProgress; reviewKey: ReviewKey; tasks: readonly Task[]; today: CalendarDate }) {
  const { t, i18n } = useTranslation()
  const [message, setMessage] = useState('')
  const locale = formattingLocale(i18n.language)
  const rule = t(`review.rules.${stage.stage}`, { basis: t(`review.reviewDay.${review.plan.reviewDay.basis}`), council: review.plan.councilSession })
  return (
    <section className="stage-panel card" aria-labelledby={`stage-${stage.stage}-heading`}>
      <h3 id={`stage-${stage.stage}-heading`}>{t(`review.stages.${stage.stage}`)}</h3>
      <p className="stage-when">
        {stage.from !== stage.planned ? `${formatDate(stage.from, locale)} – ` : ''}
        {formatDate(stage.date, locale)}
      </p>
      <p className="hint">{rule}</p>
      <StageForm key={`${stage.stage}|${stage.computed}|${stage.planned}`} review={review} stage={stage} reviewKey={reviewKey} tasks={tasks} onMessage={setMessage} />
      <p role="status" className="status-message">{message}</p>
      <TaskChecklist stage={stage.stage} tasks={tasks.filter((task) => task.stage === stage.stage)} reviewKey={reviewKey} today={today} defaultDue={stage.planned} />
      <StageDocuments stage={stage.stage} documents={(review.record?.documents ?? []).filter((d) => d.stage === stage.stage)} reviewId={review.record?.id ?? null} reviewKey={reviewKey} />
    </section>
  )
}
