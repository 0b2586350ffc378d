import { useTranslation } from 'react-i18next'
import { formatDate } from '../../domain/dates'
import type { CalendarDate, ReviewStage, Task } from '../../domain/model'
import { isOverdue, type StageProgress } from '../../domain/review/progress'
import { formattingLocale } from '../../i18n'

/** The stages of a review in order, as a list of buttons: choose one to see and edit it. */
export function StageList({ stages, selected, current, tasks, today, onSelect }: {
  stages: readonly StageProgress[]
  selected: ReviewStage
  current: ReviewStage | null
  tasks: readonly Task[]
  today: CalendarDate
  onSelect: (stage: ReviewStage) => void
}) {
  const { t, i18n } = useTranslation()
  const locale = formattingLocale(i18n.language)
  return (
    <ol className="stage-list" aria-label={t('review.page.stagesList')}>
      {stages.map((s) => {
        const open = tasks.filter((task) => task.stage === s.stage && !task.done).length
        return (
          <li key={s.stage} className={`stage-item stage-${s.status}${s.stage === current ? ' is-current' : ''}`}>
            <button type="button" aria-pressed={s.stage === selected} aria-current={s.stage === current ? 'step' : undefined} onClick={() => onSelect(s.stage)}>
              <span className="stage-name">{t(`review.stages.${s.stage}`)}</span>
              <span className="stage-date">
                {formatDate(s.date, locale)}
                {s.corrected ? <span className="badge">{t('review.page.corrected')}</span> : null}
              </span>
              <span className="stage-status">
                <span className={`status-dot status-${s.status}`} aria-hidden="true" />
                {t(`review.statuses.${s.status}`)}
                {isOverdue(s, today) ? <span className="badge badge-overdue">{t('review.page.overdue')}</span> : null}
                {s.status === 'not-started' && s.date < today ? <span className="stage-passed">{t('review.page.datePassed')}</span> : null}
                {open > 0 ? <span className="stage-open-tasks">{t('review.dashboard.openTasksCount', { count: open })}</span> : null}
              </span>
            </button>
          </li>
        )
      })}
    </ol>
  )
}
