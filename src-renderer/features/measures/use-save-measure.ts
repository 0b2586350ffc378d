import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useCodedMessage } from '../../components/use-coded-message'
import { useRepositories } from '../../db/hooks/context'
import type { MeasureFields } from '../../domain/measures/measure-rows'
import { navigate } from '../../routes/use-location'
import { checkMeasure, type MeasureErrors } from './measure-check'
import type { MeasureDraft } from './use-measure-draft'

/**
 * Saving and deleting the measure: what was refused (with the focus on the list of errors), "Saved.", and
 * a revision that tells the links panel its links were stored.
 */
export function useSaveMeasure(measureId: string | null, measure: MeasureDraft, onCreated: (id: string) => void) {
  const { t } = useTranslation()
  const say = useCodedMessage()
  const { recoveryMeasures } = useRepositories()
  const [errors, setErrors] = useState<MeasureErrors>({})
  const [status, setStatus] = useState('')
  const [savedRevision, setSavedRevision] = useState(0)
  const summaryRef = useRef<HTMLDivElement>(null)
  const { stored, draft, amount, currency, linked, openedLinks } = measure

  async function submit(event: FormEvent) {
    event.preventDefault()
    const checked = checkMeasure(draft, amount, currency, t, say)
    setErrors(checked.errors)
    if (Object.keys(checked.errors).length) {
      setStatus('')
      requestAnimationFrame(() => summaryRef.current?.focus())
      return
    }
    const fields: MeasureFields = { ...draft, title: draft.title.trim(), budget: checked.budget }
    const saved = await recoveryMeasures.save(stored ? { ...stored, ...fields } : fields, linked, stored ? { measure: stored, recommendationIds: openedLinks } : undefined)
    const links = (await recoveryMeasures.linksOfMeasure(saved.id)).map((l) => l.recommendationId)
    measure.keepSaved(saved, !measureId, links)
    setSavedRevision((n) => n + 1)
    setStatus(t('measures.editor.saved'))
    if (!measureId) onCreated(saved.id)
  }

  async function remove() {
    if (!stored) return
    await recoveryMeasures.remove(stored.id)
    navigate({ page: 'measures', place: { kind: 'view', view: 'list' } })
  }

  /** A change makes "Saved." untrue: the message goes. */
  const clearStatus = () => setStatus('')

  return { errors, status, clearStatus, savedRevision, summaryRef, submit, remove }
}
