import { useTranslation } from 'react-i18next'
import { FieldError } from '../../components/FieldError'
import type { Session } from '../../domain/calendar'
import { formatDateRange } from '../../domain/dates'
import { formattingLocale } from '../../i18n'
import { stateName } from './format'

interface Props {
  id: string
  value: number | null
  choices: readonly Session[]
  /** "No session" is offered when the kind needs none (a position paper) or none is chosen yet. */
  offerNone: boolean
  /** For a statement at our own review, the State whose reviews are offered (a hint says so). */
  ownReviewOf: string | null
  error: string | undefined
  onChange: (session: number | null) => void
}

/** The Working Group session the new statement is about, with its dates. */
export function SessionField({ id, value, choices, offerNone, ownReviewOf, error, onChange }: Props) {
  const { t, i18n } = useTranslation()
  const locale = formattingLocale(i18n.language)
  const labelOf = (s: Session) => (s.start ? t('statements.create.sessionOption', { session: s.session, dates: formatDateRange(s.start, s.end, locale) }) : t('statements.create.sessionUndated', { session: s.session }))
  return (
    <div className="field">
      <label htmlFor={id}>{t('statements.create.session')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))} {...(error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {})}>
        {offerNone ? <option value="">{t('statements.create.sessionNone')}</option> : null}
        {choices.map((s) => (
          <option key={s.session} value={s.session}>
            {labelOf(s)}
          </option>
        ))}
      </select>
      {ownReviewOf ? <p className="hint">{t('statements.create.ownReviewHint', { state: stateName(ownReviewOf) })}</p> : null}
      <FieldError fieldId={id} message={error && t(error)} />
    </div>
  )
}
