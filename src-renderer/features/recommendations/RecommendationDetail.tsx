import { useId, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTION_CATEGORIES } from '../../../resources/reference/action-categories'
import { EnumSelect } from '../../components/EnumSelect'
import { TagPicker } from '../../components/TagPicker'
import { suggestActionCategory } from '../../domain/action-category'
import { suggestThemes } from '../../domain/classify-text'
import { IMPLEMENTATION_STATUSES, POSITIONS, type ActionCategory, type Recommendation } from '../../domain/model'
import { findState } from '../../domain/states'
import { LinkedMeasures } from '../measures'
import { useNames } from '../../components/use-names'
import { registerVocabulary } from './vocabulary'

interface Props {
  record: Recommendation
  /** Saves the edits: `opened` is the record as the form opened it (or last saved it), `edited` as typed. */
  onSave: (opened: Recommendation, edited: Recommendation) => Promise<Recommendation>
  onClose: () => void
}

/** Every field of one recommendation, editable; the suggested category shows the words that decided it. */
export function RecommendationDetail({ record, onSave, onClose }: Props) {
  const { t } = useTranslation()
  const names = useNames()
  const vocabulary = registerVocabulary(names.language)
  const id = useId()
  const [draft, setDraft] = useState(record)
  // What the form shows was read from this record: a save writes only the fields changed since.
  const [opened, setOpened] = useState(record)
  const [institutions, setInstitutions] = useState(record.responsibleInstitutions.join('; '))
  const [status, setStatus] = useState('')
  const suggestion = useMemo(() => suggestActionCategory(draft.text), [draft.text])
  const tags = useMemo(() => suggestThemes(draft.text), [draft.text])
  const set = <K extends keyof Recommendation>(key: K, value: Recommendation[K]) => {
    setDraft((d) => ({ ...d, [key]: value }))
    setStatus('')
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!draft.text.trim()) {
      setStatus(t('register.detail.textRequired'))
      return
    }
    const responsibleInstitutions = institutions.split(/[;\n]/).map((s) => s.trim()).filter(Boolean)
    const saved = await onSave(opened, { ...draft, text: draft.text.trim(), responsibleInstitutions })
    setOpened(saved)
    setDraft(saved)
    setInstitutions(saved.responsibleInstitutions.join('; '))
    setStatus(t('register.detail.saved'))
  }

  const field = (name: string) => `${id}-${name}`
  return (
    <form className="detail" onSubmit={submit} aria-labelledby={field('title')} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="detail-header">
        <h2 id={field('title')} tabIndex={-1}>
          {t('register.detail.title', { number: record.number ?? '—' })}
        </h2>
        <button type="button" onClick={onClose}>
          {t('register.detail.close')}
        </button>
      </div>
      <p className="hint">
        {names.state(record.stateUnderReview)}
        {record.session ? ` · ${t('register.sessionShort', { session: record.session })}` : ''}
        {` · ${t('register.detail.source', { source: record.origin.source })}`}
      </p>
      <div className="field">
        <label htmlFor={field('text')}>{t('register.detail.text')}</label>
        <textarea id={field('text')} rows={5} value={draft.text} onChange={(e) => set('text', e.target.value)} />
      </div>
      <TagPicker
        label={t('register.detail.recommendingStates')}
        options={vocabulary.states}
        value={draft.recommendingStates}
        onChange={(v) => set('recommendingStates', v)}
        addLabel={t('register.detail.add')}
        removeLabel={(x) => t('register.detail.remove', { name: x })}
      />
      {draft.recommendingStatesRaw.some((raw) => !findState(raw)) ? (
        <p className="hint">{t('register.detail.asPrinted', { names: draft.recommendingStatesRaw.join('; ') })}</p>
      ) : null}
      <div className="field-row">
        <EnumSelect id={field('position')} label={t('register.detail.position')} value={draft.position} options={POSITIONS} labelOf={(p) => t(`positions.${p}`)} onChange={(p) => set('position', p)} />
        <div className="field">
          <label htmlFor={field('positionSource')}>{t('register.detail.positionSource')}</label>
          <input id={field('positionSource')} value={draft.positionSource} onChange={(e) => set('positionSource', e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={field('category')}>{t('register.detail.actionCategory')}</label>
        <select
          id={field('category')}
          aria-describedby={field('category-hint')}
          value={draft.actionCategory ?? ''}
          onChange={(e) => {
            const value = e.target.value ? (Number(e.target.value) as ActionCategory) : null
            setDraft((d) => ({ ...d, actionCategory: value, actionCategorySource: 'user' }))
          }}
        >
          <option value="">{t('register.detail.none')}</option>
          {ACTION_CATEGORIES.map((c) => (
            <option key={c.category} value={c.category}>
              {`${c.category} · ${names.label('actionCategory', c.category)}`}
            </option>
          ))}
        </select>
        <p className="hint" id={field('category-hint')}>
          {t('register.detail.suggested', { n: suggestion.category, label: names.label('actionCategory', suggestion.category) })}{' '}
          {suggestion.decidingWords.length ? (
            <>
              {t('register.detail.decidedBy')} <mark>{suggestion.decidingWords.join(' … ')}</mark>
            </>
          ) : null}
          {draft.actionCategory !== suggestion.category ? (
            <button type="button" className="link-button" onClick={() => setDraft((d) => ({ ...d, actionCategory: suggestion.category, actionCategorySource: 'suggested' }))}>
              {t('register.detail.useSuggestion')}
            </button>
          ) : null}
        </p>
      </div>
      <TagPicker label={t('register.detail.themes')} options={vocabulary.themes} value={draft.themes} onChange={(v) => set('themes', v)} addLabel={t('register.detail.add')} removeLabel={(x) => t('register.detail.remove', { name: x })} />
      <SuggestedTags suggested={tags.themes} current={draft.themes} onAdd={(v) => set('themes', [...draft.themes, v])} />
      <TagPicker label={t('register.detail.affectedPersons')} options={vocabulary.affectedPersons} value={draft.affectedPersons} onChange={(v) => set('affectedPersons', v)} addLabel={t('register.detail.add')} removeLabel={(x) => t('register.detail.remove', { name: x })} />
      <SuggestedTags suggested={tags.affectedPersons} current={draft.affectedPersons} onAdd={(v) => set('affectedPersons', [...draft.affectedPersons, v])} labels={vocabulary.affectedPersons} />
      <TagPicker label={t('register.detail.sdgTargets')} options={vocabulary.sdgTargets} value={draft.sdgTargets} onChange={(v) => set('sdgTargets', v)} addLabel={t('register.detail.add')} removeLabel={(x) => t('register.detail.remove', { name: x })} />
      <SuggestedTags suggested={tags.sdgTargets} current={draft.sdgTargets} onAdd={(v) => set('sdgTargets', [...draft.sdgTargets, v])} labels={vocabulary.sdgTargets} />
      <fieldset>
        <legend>{t('register.detail.followUp')}</legend>
        <div className="field-row">
          <EnumSelect id={field('status')} label={t('register.detail.implementationStatus')} value={draft.implementationStatus} options={IMPLEMENTATION_STATUSES} labelOf={(s) => t(`statuses.${s}`)} onChange={(s) => set('implementationStatus', s)} />
          <div className="field">
            <label htmlFor={field('reviewed')}>{t('register.detail.lastReviewedOn')}</label>
            <input id={field('reviewed')} type="date" value={draft.lastReviewedOn ?? ''} onChange={(e) => set('lastReviewedOn', e.target.value || null)} />
          </div>
        </div>
        <div className="field">
          <label htmlFor={field('institutions')}>{t('register.detail.responsibleInstitutions')}</label>
          <input id={field('institutions')} aria-describedby={field('institutions-hint')} value={institutions} onChange={(e) => { setInstitutions(e.target.value); setStatus('') }} />
          <p className="hint" id={field('institutions-hint')}>{t('register.detail.institutionsHint')}</p>
        </div>
        <div className="field">
          <label htmlFor={field('evidence')}>{t('register.detail.evidence')}</label>
          <textarea id={field('evidence')} rows={2} value={draft.evidence} onChange={(e) => set('evidence', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={field('notes')}>{t('register.detail.notes')}</label>
          <textarea id={field('notes')} rows={3} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
        </div>
        <div className="checkbox">
          <input id={field('madeByUs')} type="checkbox" checked={draft.madeByUs} onChange={(e) => set('madeByUs', e.target.checked)} />
          <label htmlFor={field('madeByUs')}>{t('register.detail.madeByUs')}</label>
        </div>
        <LinkedMeasures recommendation={draft} onImplementationStatusChange={(s) => set('implementationStatus', s)} />
      </fieldset>
      <div className="detail-actions">
        <button type="submit" className="primary">
          {t('register.detail.save')}
        </button>
        <p role="status" className="status-message">
          {status}
        </p>
      </div>
    </form>
  )
}

/** Suggestions from the text that are not applied yet, one click each. */
function SuggestedTags({ suggested, current, onAdd, labels }: { suggested: string[]; current: string[]; onAdd: (tag: string) => void; labels?: readonly { id: string; label: string }[] }) {
  const { t } = useTranslation()
  const missing = suggested.filter((s) => !current.includes(s))
  if (missing.length === 0) return null
  return (
    <p className="hint suggestions">
      {t('register.detail.suggestedTags')}{' '}
      {missing.map((tag) => (
        <button key={tag} type="button" className="chip-suggestion" onClick={() => onAdd(tag)}>
          {`+ ${labels?.find((l) => l.id === tag)?.label ?? tag}`}
        </button>
      ))}
    </p>
  )
}
