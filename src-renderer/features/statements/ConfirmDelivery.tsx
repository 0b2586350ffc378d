import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Statement } from '../../domain/model'
import { deliveryProblem } from '../../domain/statements/delivered'
import { stateName } from './format'

interface Props {
  /** The statement with the words typed now: what would be delivered. */
  statement: Statement
  /** The State under review, ours when the statement names none. */
  stateUnderReview: string
  deliveredOn: string
  busy: boolean
  onDateChange: (date: string) => void
  onDeliver: () => void
  onCancel: () => void
}

/** Asks before marking the statement delivered: on which date, and what still stops it. */
export function ConfirmDelivery({ statement, stateUnderReview, deliveredOn, busy, onDateChange, onDeliver, onCancel }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const problem = deliveryProblem(statement)
  return (
    <div className="confirm card" role="group" aria-label={t('statements.delivery.markDelivered')}>
      {statement.kind === 'recommending-state' ? <p>{t('statements.delivery.intro', { state: stateName(stateUnderReview) })}</p> : null}
      {problem ? <p className="warning">{t(`statements.delivery.${problem}`)}</p> : null}
      <div className="field field-compact">
        <label htmlFor={`${id}-delivered`}>{t('statements.delivery.date')}</label>
        <input id={`${id}-delivered`} type="date" value={deliveredOn} onChange={(e) => onDateChange(e.target.value)} />
      </div>
      <div className="button-row">
        <button type="button" className="primary" disabled={busy || problem !== null} onClick={onDeliver}>
          {t('statements.delivery.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('statements.delivery.cancel')}
        </button>
      </div>
    </div>
  )
}
