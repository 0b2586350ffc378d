import { useTranslation } from 'react-i18next'
import { FieldError } from '../../components/FieldError'
import type { MeasureErrors } from './measure-check'
import { useNames } from '../../components/use-names'
import { measureVocabulary } from './vocabulary'

interface Props {
  idOf: (name: string) => string
  amount: string
  currency: string
  errors: MeasureErrors
  onAmountChange: (amount: string) => void
  onCurrencyChange: (currency: string) => void
}

/** The measure's budget: an amount as typed (checked on save) and its currency, or no budget. */
export function BudgetFields({ idOf, amount, currency, errors, onAmountChange, onCurrencyChange }: Props) {
  const { t } = useTranslation()
  const currencies = measureVocabulary(useNames().language).currencies
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={idOf('amount')}>{t('measures.fields.budgetAmount')}</label>
        <input id={idOf('amount')} inputMode="decimal" value={amount} onChange={(e) => onAmountChange(e.target.value)} aria-describedby={errors.amount ? idOf('amount-error') : idOf('amount-hint')} aria-invalid={errors.amount ? true : undefined} />
        <p className="hint" id={idOf('amount-hint')}>{t('measures.editor.amountHint')}</p>
        <FieldError fieldId={idOf('amount')} message={errors.amount} />
      </div>
      <div className="field">
        <label htmlFor={idOf('currency')}>{t('measures.fields.budgetCurrency')}</label>
        <select id={idOf('currency')} value={currency} onChange={(e) => onCurrencyChange(e.target.value)} {...(errors.currency ? { 'aria-invalid': true as const, 'aria-describedby': idOf('currency-error') } : {})}>
          <option value="">{t('measures.editor.noBudget')}</option>
          {currencies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <FieldError fieldId={idOf('currency')} message={errors.currency} />
      </div>
    </div>
  )
}
