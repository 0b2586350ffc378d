import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { EnumSelect } from '../../components/EnumSelect'
import { useRepositories } from '../../db/hooks/context'
import type { ReviewKey } from '../../db/repositories/reviews'
import { formatDate } from '../../domain/dates'
import { STAGE_STATUSES, type StageRecord, type StageStatus, type Task } from '../../domain/model'
import type { OwnReview } from '../../domain/review/cycle'
import type { StageProgress } from '../../domain/review/progress'
import { retimeTasks } from '../../domain/review/retime-tasks'
import { planStages } from '../../domain/review/stages'
import { checkStageDates, dateOrNull } from '../../domain/review/validation'
import { formattingLocale } from '../../i18n'
import { messagesByField, saveFailedMessage } from './problems'

interface Draft {
  planned: string
  actual: string
  status: StageStatus
  notes: string
}

/**
 * One stage's dates, status and notes. A planned date equal to the computed one is stored as "no
 * correction", so it keeps following the session; the open tasks of every stage whose date moves are
 * moved with it, in the same transaction. The parent remounts it (key) when the stage's dates change, and
 * shows its messages, so that a message outlives the remount.
 */
export function StageForm({ review, stage, reviewKey, tasks, onMessage }: { review: OwnReview; stage: StageProgress; reviewKey: ReviewKey; tasks: readonly Task[]; onMessage: (message: string) => void }) {
  const { t, i18n } = useTranslation()
  const { reviews } = useRepositories()
  const locale = formattingLocale(i18n.language)
  const initial: Draft = { planned: stage.planned, actual: stage.actual ?? '', status: stage.status, notes: stage.notes }
  const [draft, setDraft] = useState<Draft>(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const id = (field: string) => `stage-${stage.stage}-${field}`
  const name = t(`review.stages.${stage.stage}`)

  async function save(next: Draft) {
    const found = messagesByField(t, checkStageDates(next.planned, next.actual))
    setErrors(found)
    onMessage('')
    if (Object.keys(found).length > 0) {
      document.getElementById(id(found['planned'] ? 'planned' : 'actual'))?.focus()
      return
    }
    const planned = dateOrNull(next.planned)
    const record: StageRecord = {
      // Equal to the computed date (or emptied): no correction, the stage keeps following the session.
      planned: planned === null || planned === stage.computed ? null : planned,
      actual: dateOrNull(next.actual),
      status: next.status,
      notes: next.notes
    }
    const corrections = { ...(review.record?.stages ?? {}), [stage.stage]: record }
    const after = planStages({ session: review.session, stateIso3: reviewKey.stateIso3, nextSession: review.nextSession, corrections })
    const moved = after
      ? retimeTasks(tasks, new Map(review.plan.stages.map((s) => [s.stage, s.planned])), new Map(after.stages.map((s) => [s.stage, s.planned])))
      : []
    try {
      await reviews.saveStage(reviewKey, stage.stage, record, moved)
      onMessage(moved.length > 0 ? t('review.stage.savedMoved', { stage: name, count: moved.length }) : t('review.stage.saved', { stage: name }))
    } catch (error) {
      onMessage(saveFailedMessage(t, error))
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    void save(draft)
  }

  const field = (key: keyof Draft, value: string) => setDraft({ ...draft, [key]: value })
  const describedBy = (key: string, hint?: string) => [errors[key] ? id(`${key}-error`) : '', hint ?? ''].filter(Boolean).join(' ') || undefined

  return (
    <form className="stage-form" onSubmit={submit} noValidate aria-labelledby={`stage-${stage.stage}-heading`}>
      <div className="field-row">
        <div className="field">
          <label htmlFor={id('planned')}>{t('review.stage.planned')}</label>
          <input id={id('planned')} type="date" value={draft.planned} onChange={(e) => field('planned', e.target.value)} aria-invalid={errors['planned'] ? true : undefined} aria-describedby={describedBy('planned', id('planned-hint'))} />
          <p id={id('planned-hint')} className="hint">
            {t('review.stage.computed', { date: formatDate(stage.computed, locale) })}
            {draft.planned !== stage.computed ? (
              <button type="button" className="link-button" onClick={() => field('planned', stage.computed)}>{t('review.stage.useComputed')}</button>
            ) : null}
          </p>
          {errors['planned'] ? <p id={id('planned-error')} className="field-error">{errors['planned']}</p> : null}
        </div>
        <div className="field">
          <label htmlFor={id('actual')}>{t('review.stage.actual')}</label>
          <input id={id('actual')} type="date" value={draft.actual} onChange={(e) => field('actual', e.target.value)} aria-invalid={errors['actual'] ? true : undefined} aria-describedby={describedBy('actual', id('actual-hint'))} />
          <p id={id('actual-hint')} className="hint">{t('review.stage.actualHint')}</p>
          {errors['actual'] ? <p id={id('actual-error')} className="field-error">{errors['actual']}</p> : null}
        </div>
        <EnumSelect id={id('status')} label={t('review.stage.status')} value={draft.status} options={STAGE_STATUSES} labelOf={(s) => t(`review.statuses.${s}`)} onChange={(status) => setDraft({ ...draft, status })} />
      </div>
      <div className="field">
        <label htmlFor={id('notes')}>{t('review.stage.notes')}</label>
        <textarea id={id('notes')} rows={3} value={draft.notes} onChange={(e) => field('notes', e.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="primary">{t('review.stage.save')}</button>
        {draft.status !== 'done' ? (
          <button type="button" onClick={() => { const next = { ...draft, status: 'done' as const }; setDraft(next); void save(next) }}>
            {t('review.stage.markDone')}
          </button>
        ) : null}
      </div>
    </form>
  )
}
