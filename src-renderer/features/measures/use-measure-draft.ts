import { useEffect, useRef, useState } from 'react'
import { useRepositories } from '../../db/hooks/context'
import { EMPTY_MEASURE_FIELDS } from '../../domain/measures/import-plan'
import type { MeasureFields } from '../../domain/measures/measure-rows'
import type { RecoveryMeasure } from '../../domain/model'

/** Changes one field of the measure. */
export type SetMeasureField = <K extends keyof MeasureFields>(key: K, value: MeasureFields[K]) => void

/**
 * The measure being edited: the stored one (undefined while loading, null when new or not found), its
 * fields as typed, the budget as typed, and the recommendations it answers.
 */
export function useMeasureDraft(measureId: string | null) {
  const { recoveryMeasures } = useRepositories()
  const [stored, setStored] = useState<RecoveryMeasure | null | undefined>(measureId ? undefined : null)
  const [draft, setDraft] = useState<MeasureFields>(EMPTY_MEASURE_FIELDS)
  const [amount, setAmount] = useState('')
  const [currency, setCurrency] = useState('')
  const [linked, setLinked] = useState<string[]>([])
  // The links as stored when the form opened (or was last saved): a save changes only what was changed since.
  const [openedLinks, setOpenedLinks] = useState<string[]>([])

  // After "Add the measure" the address moves to the new measure while this editor stays mounted (see
  // MeasuresPage): nothing to load then, and "Saved." stays on screen.
  const created = useRef<string | null>(null)
  useEffect(() => {
    if (!measureId || measureId === created.current) return
    let live = true
    void Promise.all([recoveryMeasures.get(measureId), recoveryMeasures.linksOfMeasure(measureId)]).then(([m, links]) => {
      if (!live) return
      setStored(m ?? null)
      if (!m) return
      setDraft(m)
      setAmount(m.budget ? String(m.budget.amount) : '')
      setCurrency(m.budget?.currency ?? '')
      setLinked(links.map((l) => l.recommendationId))
      setOpenedLinks(links.map((l) => l.recommendationId))
    })
    return () => {
      live = false
    }
  }, [measureId, recoveryMeasures])

  const set: SetMeasureField = (key, value) => setDraft((d) => ({ ...d, [key]: value }))
  /**
   * Keeps the measure just saved, and shows it as stored (with any colleague's change to other fields that
   * the save kept); a new one's id will come back through the address, and is not loaded again.
   */
  const keepSaved = (saved: RecoveryMeasure, isNew: boolean, links: readonly string[]) => {
    if (isNew) created.current = saved.id
    setStored(saved)
    setLinked([...links])
    setOpenedLinks([...links])
    setDraft(saved)
    setAmount(saved.budget ? String(saved.budget.amount) : '')
    setCurrency(saved.budget?.currency ?? '')
  }

  return { stored, draft, set, amount, setAmount, currency, setCurrency, linked, setLinked, openedLinks, keepSaved }
}

/** The measure being edited, as `useMeasureDraft` gives it. */
export type MeasureDraft = ReturnType<typeof useMeasureDraft>
