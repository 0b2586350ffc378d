import { useState, type FormEvent } from 'react'
import { useRepositories } from '../../db/hooks/context'
import { serialiseRichDoc } from '../../domain/statements/rich-text'
import { templateFor } from '../../domain/statements/templates'
import { navigate } from '../../routes/use-location'
import { messageOf } from './format'
import type { NewStatementChoices } from './use-new-statement'

/** The fields of the new statement form that can be refused, in the order the form shows them. */
export type NewStatementField = 'session' | 'stateUnderReview' | 'title'

/**
 * "Create": checks the choices, then stores the statement from the template of its kind and opens it. A
 * refused choice gets its message and the focus (the field's id is `${formId}-${field}`).
 */
export function useCreateStatement(formId: string, choices: NewStatementChoices) {
  const { statements } = useRepositories()
  const [errors, setErrors] = useState<Partial<Record<NewStatementField, string>>>({})
  const [failure, setFailure] = useState('')
  const [busy, setBusy] = useState(false)
  const { kind, language, session, effectiveSur, shownTitle, context } = choices

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found: Partial<Record<NewStatementField, string>> = {}
    if (kind !== 'position-paper' && session === null) found.session = 'statements.create.sessionRequired'
    if ((kind === 'recommending-state' || kind === 'plenary-adoption') && !effectiveSur) found.stateUnderReview = 'statements.create.stateRequired'
    if (!shownTitle.trim()) found.title = 'statements.create.titleRequired'
    setErrors(found)
    const first = (['session', 'stateUnderReview', 'title'] as const).find((f) => found[f])
    if (first) {
      document.getElementById(`${formId}-${first}`)?.focus()
      return
    }
    setBusy(true)
    setFailure('')
    try {
      const template = templateFor(context)
      const created = await statements.create({
        kind,
        title: shownTitle.trim(),
        language,
        stateUnderReview: effectiveSur || null,
        session,
        reviewId: null,
        status: 'draft',
        content: serialiseRichDoc(template.content),
        fields: template.fields,
        recommendations: [],
        deliveredOn: null
      })
      navigate({ page: 'statements', statementId: created.id, newStatement: null })
    } catch (error) {
      setFailure(messageOf(error))
      setBusy(false)
    }
  }

  /** Another kind clears the messages about the choices of the one before. */
  const clearErrors = () => setErrors({})

  return { errors, failure, busy, submit, clearErrors }
}
