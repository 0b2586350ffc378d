import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { EnumSelect } from '../../components/EnumSelect'
import { LANGUAGES, type LanguageCode } from '../../domain/model'

interface Props {
  title: string
  language: LanguageCode
  disabled: boolean
  onTitleChange: (title: string) => void
  onLanguageChange: (language: LanguageCode) => void
}

/** The statement's title and the language it is written in. */
export function DocumentFields({ title, language, disabled, onTitleChange, onLanguageChange }: Props) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <fieldset className="plain document-fields" disabled={disabled}>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('statements.editor.titleLabel')}</label>
          <input id={`${id}-title`} type="text" value={title} onChange={(e) => onTitleChange(e.target.value)} />
        </div>
        <EnumSelect className="field field-narrow" id={`${id}-language`} label={t('statements.create.language')} value={language} options={LANGUAGES} labelOf={(code) => t(`languages.${code}`)} onChange={onLanguageChange} />
      </div>
    </fieldset>
  )
}
