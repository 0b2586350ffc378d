import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { LanguageCode } from '../../domain/model'

interface Props {
  value: string
  /** A plenary statement closes differently from a recommending State's, and its hint says so. */
  plenary: boolean
  language: LanguageCode
  disabled: boolean
  onChange: (value: string) => void
}

/** The closing words of a spoken statement, said after its recommendations (or, at the plenary, its counts). */
export function ClosingField({ value, plenary, language, disabled, onChange }: Props) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="card">
      <div className="field">
        <label htmlFor={`${id}-closing`}>{t('statements.editor.closing')}</label>
        <textarea id={`${id}-closing`} rows={2} lang={language} disabled={disabled} value={value} aria-describedby={`${id}-closing-hint`} onChange={(e) => onChange(e.target.value)} />
        <p className="hint" id={`${id}-closing-hint`}>
          {plenary ? t('statements.editor.plenaryClosingHint') : t('statements.editor.closingHint')}
        </p>
      </div>
    </div>
  )
}
