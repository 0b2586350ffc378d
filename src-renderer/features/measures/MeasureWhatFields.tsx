import { useTranslation } from 'react-i18next'
import { EnumSelect } from '../../components/EnumSelect'
import { FieldError } from '../../components/FieldError'
import type { MeasureFields } from '../../domain/measures/measure-rows'
import { MEASURE_STATUSES, MEASURE_TYPES } from '../../domain/model'
import { BudgetFields } from './BudgetFields'
import type { MeasureErrors } from './measure-check'
import type { SetMeasureField } from './use-measure-draft'

interface Props {
  idOf: (name: string) => string
  draft: MeasureFields
  errors: MeasureErrors
  set: SetMeasureField
  amount: string
  currency: string
  onAmountChange: (amount: string) => void
  onCurrencyChange: (currency: string) => void
}

/** What the measure is: title, description, type and status, its dates, who is responsible, the instrument, the budget. */
export function MeasureWhatFields({ idOf, draft, errors, set, amount, currency, onAmountChange, onCurrencyChange }: Props) {
  const { t } = useTranslation()
  const invalid = (name: keyof MeasureErrors) => (errors[name] ? { 'aria-invalid': true as const, 'aria-describedby': idOf(`${name}-error`) } : {})
  return (
    <fieldset>
      <legend>{t('measures.editor.what')}</legend>
      <div className="field">
        <label htmlFor={idOf('title')}>
          {t('measures.fields.title')} <span className="hint">({t('common.required')})</span>
        </label>
        <input id={idOf('title')} value={draft.title} onChange={(e) => set('title', e.target.value)} {...invalid('title')} />
        <FieldError fieldId={idOf('title')} message={errors.title} />
      </div>
      <div className="field">
        <label htmlFor={idOf('description')}>{t('measures.fields.description')}</label>
        <textarea id={idOf('description')} rows={4} value={draft.description} onChange={(e) => set('description', e.target.value)} />
      </div>
      <div className="field-row">
        <EnumSelect id={idOf('type')} label={t('measures.fields.type')} value={draft.type} options={MEASURE_TYPES} labelOf={(v) => t(`measures.types.${v}`)} onChange={(v) => set('type', v)} />
        <EnumSelect id={idOf('status')} label={t('measures.fields.status')} value={draft.status} options={MEASURE_STATUSES} labelOf={(v) => t(`measures.statuses.${v}`)} onChange={(v) => set('status', v)} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={idOf('adoptedOn')}>{t('measures.fields.adoptedOn')}</label>
          <input id={idOf('adoptedOn')} type="date" value={draft.adoptedOn ?? ''} onChange={(e) => set('adoptedOn', e.target.value || null)} />
        </div>
        <div className="field">
          <label htmlFor={idOf('inForceFrom')}>{t('measures.fields.inForceFrom')}</label>
          <input id={idOf('inForceFrom')} type="date" value={draft.inForceFrom ?? ''} onChange={(e) => set('inForceFrom', e.target.value || null)} />
        </div>
        <div className="field">
          <label htmlFor={idOf('endedOn')}>{t('measures.fields.endedOn')}</label>
          <input id={idOf('endedOn')} type="date" value={draft.endedOn ?? ''} onChange={(e) => set('endedOn', e.target.value || null)} {...invalid('endedOn')} />
          <FieldError fieldId={idOf('endedOn')} message={errors.endedOn} />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={idOf('responsibleBody')}>{t('measures.fields.responsibleBody')}</label>
          <input id={idOf('responsibleBody')} value={draft.responsibleBody} onChange={(e) => set('responsibleBody', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={idOf('legalInstrument')}>{t('measures.fields.legalInstrument')}</label>
          <input id={idOf('legalInstrument')} value={draft.legalInstrument} onChange={(e) => set('legalInstrument', e.target.value)} />
        </div>
      </div>
      <BudgetFields idOf={idOf} amount={amount} currency={currency} errors={errors} onAmountChange={onAmountChange} onCurrencyChange={onCurrencyChange} />
    </fieldset>
  )
}
