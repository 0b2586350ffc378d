import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { LanguageCode, StatementKind } from '../../domain/model'
import type { RichDoc } from '../../domain/statements/rich-text'
import { venueOfKind } from '../../domain/statements/timing'
import { RichTextEditor } from './RichTextEditor'

interface Props {
  kind: StatementKind
  /** The words the editor opens with; later changes come back through `onChange`. */
  initial: RichDoc
  language: LanguageCode
  editable: boolean
  onChange: (doc: RichDoc) => void
}

/** The statement's words: spoken ("check against delivery") or written, by its kind. */
export function DocumentBody({ kind, initial, language, editable, onChange }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const spokenKind = venueOfKind(kind) !== 'not-timed'
  const label = spokenKind ? t('statements.editor.body') : t('statements.editor.bodyWritten')
  return (
    <section className="card document-body" aria-labelledby={`${id}-body`}>
      <h2 id={`${id}-body`}>{label}</h2>
      <p className="hint" id={`${id}-body-hint`}>
        {t('statements.editor.bodyHint')} {spokenKind ? t('statements.editor.checkAgainstDelivery') : ''}
      </p>
      <RichTextEditor initial={initial} label={label} describedBy={`${id}-body-hint`} language={language} editable={editable} onChange={onChange} />
    </section>
  )
}
