import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import type { ReviewKey } from '../../db/repositories/reviews'
import { formatDate } from '../../domain/dates'
import type { CalendarDate, ReviewStage, Task } from '../../domain/model'
import { checkTask, dateOrNull } from '../../domain/review/validation'
import { formattingLocale } from '../../i18n'
import { messagesByField, saveFailedMessage } from './problems'

interface TaskDraft {
  title: string
  owner: string
  dueOn: string
}

/** The checklist of one stage: tick, edit, delete, and add tasks (a task needs a title). */
export function TaskChecklist({ stage, tasks, reviewKey, today, defaultDue }: { stage: ReviewStage; tasks: readonly Task[]; reviewKey: ReviewKey; today: CalendarDate; defaultDue: CalendarDate }) {
  const { t } = useTranslation()
  const { tasks: repository, reviews } = useRepositories()
  const [message, setMessage] = useState('')
  const [editing, setEditing] = useState<string | null>(null)
  // A ticked box shows at once; the stored task catches up when the save lands.
  const [ticked, setTicked] = useState<Record<string, boolean>>({})

  async function tick(task: Task, done: boolean) {
    setTicked((current) => ({ ...current, [task.id]: done }))
    try {
      await repository.setDone(task.id, done)
    } catch (error) {
      setTicked((current) => Object.fromEntries(Object.entries(current).filter(([id]) => id !== task.id)))
      setMessage(saveFailedMessage(t, error))
    }
  }

  async function add(draft: TaskDraft): Promise<boolean> {
    try {
      const [task] = await reviews.addTasks(reviewKey, [{ stage, title: draft.title, owner: draft.owner, dueOn: dateOrNull(draft.dueOn), done: false }])
      setMessage(t('review.tasks.added', { title: task?.title ?? draft.title }))
      return true
    } catch (error) {
      setMessage(saveFailedMessage(t, error))
      return false
    }
  }

  async function run(action: () => Promise<unknown>, done?: string) {
    try {
      await action()
      if (done) setMessage(done)
    } catch (error) {
      setMessage(saveFailedMessage(t, error))
    }
  }

  return (
    <section className="stage-tasks" aria-labelledby={`tasks-${stage}-heading`}>
      <h4 id={`tasks-${stage}-heading`}>{t('review.tasks.heading')}</h4>
      {tasks.length === 0 ? <p className="hint">{t('review.tasks.none')}</p> : null}
      <ul className="task-list">
        {tasks.map((task) =>
          editing === task.id ? (
            <li key={task.id}>
              <TaskForm
                idPrefix={`edit-${task.id}`}
                initial={{ title: task.title, owner: task.owner, dueOn: task.dueOn ?? '' }}
                legend={t('review.tasks.edit', { title: task.title })}
                submitLabel={t('review.tasks.save')}
                onCancel={() => setEditing(null)}
                onSubmit={async (draft) => {
                  try {
                    await repository.update({ ...task, title: draft.title, owner: draft.owner, dueOn: dateOrNull(draft.dueOn) })
                    setEditing(null)
                    return true
                  } catch (error) {
                    setMessage(saveFailedMessage(t, error))
                    return false
                  }
                }}
              />
            </li>
          ) : (
            <li key={task.id} className={`task${(ticked[task.id] ?? task.done) ? ' is-done' : ''}`}>
              <input id={`task-${task.id}`} type="checkbox" checked={ticked[task.id] ?? task.done} onChange={(e) => void tick(task, e.target.checked)} />
              <label htmlFor={`task-${task.id}`}>{task.title}</label>
              <span className="task-meta">
                {task.owner ? t('review.tasks.by', { owner: task.owner }) : null}
                {task.owner ? ' · ' : null}
                <TaskDue task={task} today={today} />
              </span>
              <span className="task-actions">
                <button type="button" className="link-button" aria-label={t('review.tasks.edit', { title: task.title })} onClick={() => setEditing(task.id)}>✎</button>
                <button type="button" className="link-button" aria-label={t('review.tasks.remove', { title: task.title })} onClick={() => void run(() => repository.remove(task.id), t('review.tasks.removed', { title: task.title }))}>✕</button>
              </span>
            </li>
          )
        )}
      </ul>
      <TaskForm idPrefix={`new-${stage}`} initial={{ title: '', owner: '', dueOn: defaultDue }} legend={t('review.tasks.addLegend')} submitLabel={t('review.tasks.add')} onSubmit={add} resetOnSuccess />
      <p role="status" className="status-message">{message}</p>
    </section>
  )
}

function TaskDue({ task, today }: { task: Task; today: CalendarDate }) {
  const { t, i18n } = useTranslation()
  if (!task.dueOn) return <>{t('review.tasks.noDue')}</>
  const overdue = !task.done && task.dueOn < today
  return (
    <>
      {t('review.tasks.due', { date: formatDate(task.dueOn, formattingLocale(i18n.language)) })}
      {overdue ? <span className="badge badge-overdue">{t('review.tasks.overdue')}</span> : null}
    </>
  )
}

/** The fields of a task; says what is wrong next to the field and keeps what was typed. */
function TaskForm({ idPrefix, initial, legend, submitLabel, onSubmit, onCancel, resetOnSuccess = false }: {
  idPrefix: string
  initial: TaskDraft
  legend: string
  submitLabel: string
  onSubmit: (draft: TaskDraft) => Promise<boolean>
  onCancel?: () => void
  resetOnSuccess?: boolean
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<TaskDraft>(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const id = (field: string) => `${idPrefix}-${field}`

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found = messagesByField(t, checkTask(draft))
    setErrors(found)
    if (Object.keys(found).length > 0) {
      document.getElementById(id(found['title'] ? 'title' : 'dueOn'))?.focus()
      return
    }
    if ((await onSubmit(draft)) && resetOnSuccess) setDraft({ ...initial, title: '', owner: draft.owner })
  }

  return (
    <form className="task-form" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset>
        <legend>{legend}</legend>
        <div className="task-form-fields">
          <div className="field field-title">
            <label htmlFor={id('title')}>{t('review.tasks.title')}</label>
            <input id={id('title')} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} aria-invalid={errors['title'] ? true : undefined} aria-describedby={errors['title'] ? id('title-error') : undefined} />
            {errors['title'] ? <p id={id('title-error')} className="field-error">{errors['title']}</p> : null}
          </div>
          <div className="field">
            <label htmlFor={id('owner')}>{t('review.tasks.owner')}</label>
            <input id={id('owner')} value={draft.owner} onChange={(e) => setDraft({ ...draft, owner: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={id('dueOn')}>{t('review.tasks.dueOn')}</label>
            <input id={id('dueOn')} type="date" value={draft.dueOn} onChange={(e) => setDraft({ ...draft, dueOn: e.target.value })} aria-invalid={errors['dueOn'] ? true : undefined} aria-describedby={errors['dueOn'] ? id('dueOn-error') : undefined} />
            {errors['dueOn'] ? <p id={id('dueOn-error')} className="field-error">{errors['dueOn']}</p> : null}
          </div>
          <div className="button-row task-form-buttons">
            <button type="submit">{submitLabel}</button>
            {onCancel ? <button type="button" onClick={onCancel}>{t('review.tasks.cancel')}</button> : null}
          </div>
        </div>
      </fieldset>
    </form>
  )
}
