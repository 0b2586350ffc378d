import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTION_CATEGORIES } from '../../../resources/reference/action-categories'
import { IMPLEMENTATION_STATUSES, POSITIONS, type ActionCategory, type ImplementationStatus, type Position, type Recommendation } from '../../domain/model'
import { useNames } from '../../components/use-names'
import { registerVocabulary } from './vocabulary'

interface Props {
  count: number
  onApply: (change: (r: Recommendation) => Recommendation) => Promise<void>
  onClear: () => void
}

/** Changes every selected recommendation at once (one transaction). */
export function BulkEditBar({ count, onApply, onClear }: Props) {
  const { t } = useTranslation()
  const names = useNames()
  const [position, setPosition] = useState('')
  const [status, setStatus] = useState('')
  const [category, setCategory] = useState('')
  const [theme, setTheme] = useState('')
  const [busy, setBusy] = useState(false)
  const nothing = !position && !status && !category && !theme

  async function apply() {
    setBusy(true)
    try {
      await onApply((r) => ({
        ...r,
        ...(position ? { position: position as Position } : {}),
        ...(status ? { implementationStatus: status as ImplementationStatus } : {}),
        ...(category ? { actionCategory: Number(category) as ActionCategory, actionCategorySource: 'user' as const } : {}),
        ...(theme && !r.themes.includes(theme) ? { themes: [...r.themes, theme] } : {})
      }))
      setPosition('')
      setStatus('')
      setCategory('')
      setTheme('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="bulk-bar" aria-label={t('register.bulk.label')}>
      <strong>{t('register.bulk.selected', { count })}</strong>
      <label>
        {t('register.bulk.position')}
        <select value={position} onChange={(e) => setPosition(e.target.value)}>
          <option value="">{t('register.bulk.keep')}</option>
          {POSITIONS.map((p) => <option key={p} value={p}>{t(`positions.${p}`)}</option>)}
        </select>
      </label>
      <label>
        {t('register.bulk.status')}
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('register.bulk.keep')}</option>
          {IMPLEMENTATION_STATUSES.map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
        </select>
      </label>
      <label>
        {t('register.bulk.category')}
        <select value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">{t('register.bulk.keep')}</option>
          {ACTION_CATEGORIES.map((c) => <option key={c.category} value={c.category}>{`${c.category} · ${names.label('actionCategory', c.category)}`}</option>)}
        </select>
      </label>
      <label>
        {t('register.bulk.addTheme')}
        <select value={theme} onChange={(e) => setTheme(e.target.value)}>
          <option value="">{t('register.bulk.keep')}</option>
          {registerVocabulary(names.language).themes.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </select>
      </label>
      <button type="button" className="primary" disabled={nothing || busy} onClick={apply}>
        {t('register.bulk.apply', { count })}
      </button>
      <button type="button" onClick={onClear}>
        {t('register.bulk.clear')}
      </button>
    </section>
  )
}
