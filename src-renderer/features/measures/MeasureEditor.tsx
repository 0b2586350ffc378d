import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { TagPicker } from '../../components/TagPicker'
import { useRepositories } from '../../db/hooks/context'
import { EMPTY_MEASURE_FIELDS } from '../../domain/measures/import-plan'
import type { MeasureFields } from '../../domain/measures/measure-rows'
import { checkCurrency, parseAmount } from '../../domain/measures/money'
import { MEASURE_STATUSES, MEASURE_TYPES, type MissionProfile, type RecoveryMeasure } from '../../domain/model'
import { measuresHref } from '../../routes/location'
import { navigate } from '../../routes/use-location'
import { RecommendationLinks } from './RecommendationLinks'
import { useNames } from '../../components/use-names'
import { measureVocabulary } from './vocabulary'

type Errors = Partial<Record<'title' | 'amount' | 'currency' | 'endedOn', string>>

/** The form for one measure (new or stored): every field, and the recommendations it answers. */
export function MeasureEditor({ measureId, profile, onCreated }: { measureId: string | null; profile: MissionProfile; onCreated: (id: string) => void }) {
  const { t } = useTranslation()
  const vocabulary = measureVocabulary(useNames().language)
  const { recoveryMeasures } = useRepositories()
  const id = useId()
  const [stored, setStored] = useState<RecoveryMeasure | null | undefined>(measureId ? undefined : null)
  const [draft, setDraft] = useState<MeasureFields>(EMPTY_MEASURE_FIELDS)
  const [amount, setAmount] = useState('')
  const [currency, setCurrency] = useState('')
  const [linked, setLinked] = useState<string[]>([])
  const [errors, setErrors] = useState<Errors>({})
  const [status, setStatus] = useState('')
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [savedRevision, setSavedRevision] = useState(0)
  const summaryRef = useRef<HTMLDivElement>(null)

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
    })
    return () => {
      live = false
    }
  }, [measureId, recoveryMeasures])

  const set = <K extends keyof MeasureFields>(key: K, value: MeasureFields[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    setStatus('')
  }
  const field = (name: string) => `${id}-${name}`
  const errorList = useMemo(() => Object.entries(errors).filter(([, v]) => v) as [keyof Errors, string][], [errors])

  if (measureId && stored === undefined) return <p>{t('measures.loading')}</p>
  if (measureId && stored === null) {
    return (
      <div>
        <PageTitle>{t('measures.editor.notFound')}</PageTitle>
        <a href={measuresHref({ kind: 'view', view: 'list' })}>{t('measures.editor.back')}</a>
      </div>
    )
  }

  function validate(): { errors: Errors; budget: RecoveryMeasure['budget'] } {
    const found: Errors = {}
    let budget: RecoveryMeasure['budget'] = null
    if (!draft.title.trim()) found.title = t('measures.editor.errors.title')
    if (amount.trim() || currency) {
      const a = parseAmount(amount)
      const c = checkCurrency(currency)
      if (!amount.trim()) found.amount = t('measures.editor.errors.amountMissing')
      else if (!a.ok) found.amount = t('measures.editor.errors.amount', { problem: a.problem })
      if (!c.ok) found.currency = t('measures.editor.errors.currency')
      if (a.ok && c.ok) budget = { amount: a.amount, currency: c.code }
    }
    if (draft.inForceFrom && draft.endedOn && draft.endedOn < draft.inForceFrom) found.endedOn = t('measures.editor.errors.endedBeforeStart')
    return { errors: found, budget }
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const checked = validate()
    setErrors(checked.errors)
    if (Object.keys(checked.errors).length) {
      setStatus('')
      requestAnimationFrame(() => summaryRef.current?.focus())
      return
    }
    const fields: MeasureFields = { ...draft, title: draft.title.trim(), budget: checked.budget }
    const saved = await recoveryMeasures.save(stored ? { ...stored, ...fields } : fields, linked)
    setStored(saved)
    setSavedRevision((n) => n + 1)
    setStatus(t('measures.editor.saved'))
    if (!measureId) {
      created.current = saved.id
      onCreated(saved.id)
    }
  }

  async function remove() {
    if (!stored) return
    await recoveryMeasures.remove(stored.id)
    navigate({ page: 'measures', place: { kind: 'view', view: 'list' } })
  }

  const invalid = (name: keyof Errors) => (errors[name] ? { 'aria-invalid': true as const, 'aria-describedby': field(`${name}-error`) } : {})
  const errorText = (name: keyof Errors) =>
    errors[name] ? (
      <p className="field-error" id={field(`${name}-error`)}>
        {errors[name]}
      </p>
    ) : null

  return (
    <div className="measure-editor">
      <p>
        <a href={measuresHref({ kind: 'view', view: 'list' })}>{t('measures.editor.back')}</a>
      </p>
      <PageTitle>{stored ? stored.title || t('measures.editor.untitled') : t('measures.editor.newTitle')}</PageTitle>
      <form className="form measure-form" onSubmit={submit} noValidate aria-label={t('measures.editor.formLabel')}>
        {errorList.length ? (
          <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
            <p>{t('measures.editor.errors.summary')}</p>
            <ul>
              {errorList.map(([name, message]) => (
                <li key={name}>
                  <a href={`#${field(name)}`} onClick={(e) => { e.preventDefault(); document.getElementById(field(name))?.focus() }}>
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <fieldset>
          <legend>{t('measures.editor.what')}</legend>
          <div className="field">
            <label htmlFor={field('title')}>
              {t('measures.fields.title')} <span className="hint">({t('common.required')})</span>
            </label>
            <input id={field('title')} value={draft.title} onChange={(e) => set('title', e.target.value)} {...invalid('title')} />
            {errorText('title')}
          </div>
          <div className="field">
            <label htmlFor={field('description')}>{t('measures.fields.description')}</label>
            <textarea id={field('description')} rows={4} value={draft.description} onChange={(e) => set('description', e.target.value)} />
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={field('type')}>{t('measures.fields.type')}</label>
              <select id={field('type')} value={draft.type} onChange={(e) => set('type', e.target.value as MeasureFields['type'])}>
                {MEASURE_TYPES.map((v) => (
                  <option key={v} value={v}>
                    {t(`measures.types.${v}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={field('status')}>{t('measures.fields.status')}</label>
              <select id={field('status')} value={draft.status} onChange={(e) => set('status', e.target.value as MeasureFields['status'])}>
                {MEASURE_STATUSES.map((v) => (
                  <option key={v} value={v}>
                    {t(`measures.statuses.${v}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={field('adoptedOn')}>{t('measures.fields.adoptedOn')}</label>
              <input id={field('adoptedOn')} type="date" value={draft.adoptedOn ?? ''} onChange={(e) => set('adoptedOn', e.target.value || null)} />
            </div>
            <div className="field">
              <label htmlFor={field('inForceFrom')}>{t('measures.fields.inForceFrom')}</label>
              <input id={field('inForceFrom')} type="date" value={draft.inForceFrom ?? ''} onChange={(e) => set('inForceFrom', e.target.value || null)} />
            </div>
            <div className="field">
              <label htmlFor={field('endedOn')}>{t('measures.fields.endedOn')}</label>
              <input id={field('endedOn')} type="date" value={draft.endedOn ?? ''} onChange={(e) => set('endedOn', e.target.value || null)} {...invalid('endedOn')} />
              {errorText('endedOn')}
            </div>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={field('responsibleBody')}>{t('measures.fields.responsibleBody')}</label>
              <input id={field('responsibleBody')} value={draft.responsibleBody} onChange={(e) => set('responsibleBody', e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={field('legalInstrument')}>{t('measures.fields.legalInstrument')}</label>
              <input id={field('legalInstrument')} value={draft.legalInstrument} onChange={(e) => set('legalInstrument', e.target.value)} />
            </div>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={field('amount')}>{t('measures.fields.budgetAmount')}</label>
              <input id={field('amount')} inputMode="decimal" value={amount} onChange={(e) => { setAmount(e.target.value); setStatus('') }} aria-describedby={errors.amount ? field('amount-error') : field('amount-hint')} aria-invalid={errors.amount ? true : undefined} />
              <p className="hint" id={field('amount-hint')}>{t('measures.editor.amountHint')}</p>
              {errorText('amount')}
            </div>
            <div className="field">
              <label htmlFor={field('currency')}>{t('measures.fields.budgetCurrency')}</label>
              <select id={field('currency')} value={currency} onChange={(e) => { setCurrency(e.target.value); setStatus('') }} {...invalid('currency')}>
                <option value="">{t('measures.editor.noBudget')}</option>
                {vocabulary.currencies.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
              {errorText('currency')}
            </div>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('measures.editor.tags')}</legend>
          <TagPicker label={t('measures.fields.rights')} options={vocabulary.rights} value={draft.rights} onChange={(v) => set('rights', v)} addLabel={t('measures.editor.add')} removeLabel={(x) => t('measures.editor.remove', { name: x })} />
          <TagPicker label={t('measures.fields.groups')} options={vocabulary.groups} value={draft.groups} onChange={(v) => set('groups', v)} addLabel={t('measures.editor.add')} removeLabel={(x) => t('measures.editor.remove', { name: x })} />
          <TagPicker label={t('measures.fields.sdgTargets')} options={vocabulary.sdgTargets} value={draft.sdgTargets} onChange={(v) => set('sdgTargets', v)} addLabel={t('measures.editor.add')} removeLabel={(x) => t('measures.editor.remove', { name: x })} />
        </fieldset>
        <fieldset>
          <legend>{t('measures.editor.outcome')}</legend>
          <div className="field">
            <label htmlFor={field('results')}>{t('measures.fields.results')}</label>
            <textarea id={field('results')} rows={3} value={draft.results} onChange={(e) => set('results', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={field('indicators')}>{t('measures.fields.indicators')}</label>
            <textarea id={field('indicators')} rows={2} value={draft.indicators} onChange={(e) => set('indicators', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={field('lessonsLearned')}>{t('measures.fields.lessonsLearned')}</label>
            <textarea id={field('lessonsLearned')} rows={3} value={draft.lessonsLearned} onChange={(e) => set('lessonsLearned', e.target.value)} />
          </div>
          <div className="checkbox">
            <input id={field('goodPractice')} type="checkbox" checked={draft.goodPractice} onChange={(e) => set('goodPractice', e.target.checked)} aria-describedby={field('goodPractice-hint')} />
            <label htmlFor={field('goodPractice')}>{t('measures.fields.goodPractice')}</label>
          </div>
          <p className="hint" id={field('goodPractice-hint')}>{t('measures.editor.goodPracticeHint')}</p>
        </fieldset>
        <RecommendationLinks profile={profile} measureId={stored?.id ?? null} measureStatus={draft.status} linked={linked} onChange={(next) => { setLinked(next); setStatus('') }} savedRevision={savedRevision} />
        <div className="detail-actions">
          <button type="submit" className="primary">
            {stored ? t('measures.editor.save') : t('measures.editor.create')}
          </button>
          {stored ? (
            confirmDelete ? (
              <span className="confirm" role="group" aria-label={t('measures.editor.confirmDeleteLabel')}>
                {t('measures.editor.confirmDelete', { count: linked.length })}{' '}
                <button type="button" className="danger" onClick={() => void remove()}>
                  {t('measures.editor.deleteNow')}
                </button>{' '}
                <button type="button" onClick={() => setConfirmDelete(false)}>
                  {t('measures.editor.cancel')}
                </button>
              </span>
            ) : (
              <button type="button" onClick={() => setConfirmDelete(true)}>
                {t('measures.editor.delete')}
              </button>
            )
          ) : null}
          <p role="status" className="status-message">
            {status}
          </p>
        </div>
      </form>
    </div>
  )
}
