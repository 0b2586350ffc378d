import { useTranslation } from 'react-i18next'
import { FieldError } from '../../components/FieldError'
import { stateName } from './format'

interface Props {
  id: string
  value: string
  choices: readonly string[]
  /** Our own State, named as such when it is among the choices. */
  ours: string
  /** A position paper may be about no State in particular: the empty choice then reads "No State". */
  optional: boolean
  error: string | undefined
  onChange: (iso3: string) => void
}

/** The State under review the new statement is about, among the States the session reviews. */
export function StateUnderReviewField({ id, value, choices, ours, optional, error, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <div className="field">
      <label htmlFor={id}>{t('statements.create.stateUnderReview')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...(error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {})}>
        <option value="">{optional ? t('statements.create.noState') : t('statements.create.chooseState')}</option>
        {choices.map((iso3) => (
          <option key={iso3} value={iso3}>
            {iso3 === ours ? t('statements.create.ownState', { state: stateName(iso3) }) : stateName(iso3)}
          </option>
        ))}
      </select>
      <FieldError fieldId={id} message={error && t(error)} />
    </div>
  )
}
