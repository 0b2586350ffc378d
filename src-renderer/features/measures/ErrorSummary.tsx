import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeasureErrors } from './measure-check'

interface Props {
  errors: MeasureErrors
  /** The field's id from its name: each message links to its field. */
  idOf: (name: string) => string
  /** Focus moves here when a save is refused, so the list is read first. */
  focusRef: Ref<HTMLDivElement>
}

/** Lists what stops the measure from being saved, each message a link to its field. */
export function ErrorSummary({ errors, idOf, focusRef }: Props) {
  const { t } = useTranslation()
  const list = Object.entries(errors).filter(([, message]) => message)
  if (!list.length) return null
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={focusRef}>
      <p>{t('measures.editor.errors.summary')}</p>
      <ul>
        {list.map(([name, message]) => (
          <li key={name}>
            <a href={`#${idOf(name)}`} onClick={(e) => { e.preventDefault(); document.getElementById(idOf(name))?.focus() }}>
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
