import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatementKind } from '../../domain/model'
import { FIELD, TITLE_BLOCK_FIELDS } from '../../domain/statements/fields'

interface Props {
  kind: StatementKind
  fields: Readonly<Record<string, string>>
  disabled: boolean
  onChange: (name: string, value: string) => void
}

/** The title block's parts (meeting, agenda item, speaker, date …) as the document will print them. */
export function TitleBlockForm({ kind, fields, disabled, onChange }: Props) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <fieldset className="title-block-form" disabled={disabled}>
      <legend>{t('statements.editor.titleBlock')}</legend>
      <div className="title-block-grid">
        {TITLE_BLOCK_FIELDS[kind].map((name) => (
          <div className="field field-compact" key={name}>
            <label htmlFor={`${id}-${name}`}>{t(`statements.fields.${name}`)}</label>
            {name === FIELD.date ? (
              <input id={`${id}-${name}`} type="date" value={fields[name] ?? ''} aria-describedby={`${id}-date-hint`} onChange={(e) => onChange(name, e.target.value)} />
            ) : (
              <input id={`${id}-${name}`} type="text" value={fields[name] ?? ''} onChange={(e) => onChange(name, e.target.value)} />
            )}
            {name === FIELD.date ? (
              <p className="hint" id={`${id}-date-hint`}>
                {t('statements.fields.dateHint')}
              </p>
            ) : null}
          </div>
        ))}
      </div>
    </fieldset>
  )
}
