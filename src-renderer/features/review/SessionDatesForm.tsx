import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import { useSessionCorrections } from '../../db/hooks/mission-hooks'
import type { Session } from '../../domain/calendar'
import type { Task } from '../../domain/model'
import { checkSessionDates } from '../../domain/review/validation'
import { messagesByField, saveFailedMessage } from './problems'
import './session-dates-form.css'

/**
 * Corrects one session's dates in the calendar (a reference correction, used everywhere in the app), and
 * moves the open tasks of our review with their stages. The end may not come before the start; nothing
 * is saved while a problem remains.
 */
export function SessionDatesForm({ session, movedTasks }: {
  session: Session
  /** For our own review: the open tasks that move when the session gets these dates (null: the calendar's). */
  movedTasks?: (dates: { start: string; end: string } | null) => Task[]
}) {
  const { t } = useTranslation()
  const { reviews } = useRepositories()
  const corrections = useSessionCorrections()
  // While not edited, the fields show the session's dates (which change when a correction is saved or reset).
  const [draft, setDraft] = useState<{ start: string; end: string } | null>(null)
  const start = draft?.start ?? session.start ?? ''
  const end = draft?.end ?? session.end ?? ''
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState('')
  const n = session.session
  const id = (field: string) => `session-${n}-${field}`
  const existing = corrections.find((c) => c.key === String(n))

  async function save(event: FormEvent) {
    event.preventDefault()
    const found = messagesByField(t, checkSessionDates(start, end))
    setErrors(found)
    setMessage('')
    if (Object.keys(found).length > 0) {
      document.getElementById(id(found['start'] ? 'start' : 'end'))?.focus()
      return
    }
    try {
      // Keep any other corrected field of the session (its States).
      const dates = { start: start.trim(), end: end.trim() }
      const moved = movedTasks?.(dates) ?? []
      await reviews.correctSession(n, { ...(existing?.value ?? {}), ...dates }, moved)
      setDraft(null)
      setMessage(moved.length > 0 ? t('review.sessionForm.savedMoved', { session: n, count: moved.length }) : t('review.sessionForm.saved', { session: n }))
    } catch (error) {
      setMessage(saveFailedMessage(t, error))
    }
  }

  async function reset() {
    try {
      const moved = movedTasks?.(null) ?? []
      await reviews.correctSession(n, null, moved)
      setErrors({})
      setDraft(null)
      setMessage(t('review.sessionForm.resetDone', { session: n }))
    } catch (error) {
      setMessage(saveFailedMessage(t, error))
    }
  }

  return (
    <details className="session-dates">
      <summary>{t('review.sessionForm.summary')}</summary>
      <form className="session-dates-form" onSubmit={(e) => void save(e)} noValidate>
        <p className="hint">{t('review.sessionForm.intro')}</p>
        <div className="field-row">
          <div className="field">
            <label htmlFor={id('start')}>{t('review.sessionForm.start', { session: n })}</label>
            <input id={id('start')} type="date" value={start} onChange={(e) => setDraft({ start: e.target.value, end })} aria-invalid={errors['start'] ? true : undefined} aria-describedby={errors['start'] ? id('start-error') : undefined} />
            {errors['start'] ? <p id={id('start-error')} className="field-error">{errors['start']}</p> : null}
          </div>
          <div className="field">
            <label htmlFor={id('end')}>{t('review.sessionForm.end', { session: n })}</label>
            <input id={id('end')} type="date" value={end} onChange={(e) => setDraft({ start, end: e.target.value })} aria-invalid={errors['end'] ? true : undefined} aria-describedby={errors['end'] ? id('end-error') : undefined} />
            {errors['end'] ? <p id={id('end-error')} className="field-error">{errors['end']}</p> : null}
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="primary">{t('review.sessionForm.save')}</button>
          {existing ? (
            <button type="button" onClick={() => void reset()}>{t('review.sessionForm.reset')}</button>
          ) : null}
        </div>
        <p role="status" className="status-message">{message}</p>
      </form>
    </details>
  )
}
