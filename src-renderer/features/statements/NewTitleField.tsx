import { useTranslation } from 'react-i18next'
import { FieldError } from '../../components/FieldError'

/** The new statement's title: proposed from the choices above until the user types their own. */
export function NewTitleField({ id, value, error, onChange }: { id: string; value: string; error: string | undefined; onChange: (title: string) => void }) {
  const { t } = useTranslation()
  return (
    <div className="field">
      <label htmlFor={id}>{t('statements.create.titleLabel')}</label>
      <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')} />
      <p className="hint" id={`${id}-hint`}>
        {t('statements.create.titleHint')}
      </p>
      <FieldError fieldId={id} message={error && t(error)} />
    </div>
  )
}
