import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import { useSavedViews } from '../../db/hooks/mission-hooks'
import type { SavedView } from '../../domain/model'

interface Props {
  current: Pick<SavedView, 'filter' | 'sort' | 'group'>
  onApply: (view: SavedView) => void
}

/** Saves the current filter, sort and grouping under a name, and brings saved views back. */
export function SavedViews({ current, onApply }: Props) {
  const { t } = useTranslation()
  const { savedViews } = useRepositories()
  const views = useSavedViews()
  const [name, setName] = useState('')
  const [message, setMessage] = useState('')
  const [chosen, setChosen] = useState('')

  return (
    <section className="saved-views" aria-labelledby="views-heading">
      <h2 id="views-heading">{t('register.views.title')}</h2>
      <div className="field field-compact">
        <label htmlFor="saved-view-open">{t('register.views.open')}</label>
        <div className="inline">
          <select id="saved-view-open" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('register.views.choose')}</option>
            {views.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
          </select>
          <button type="button" disabled={!chosen} onClick={() => { const v = views.find((x) => x.id === chosen); if (v) { onApply(v); setMessage(t('register.views.applied', { name: v.name })) } }}>
            {t('register.views.apply')}
          </button>
          <button type="button" disabled={!chosen} onClick={async () => { const v = views.find((x) => x.id === chosen); if (v) { await savedViews.remove(v.id); setChosen(''); setMessage(t('register.views.deleted', { name: v.name })) } }}>
            {t('register.views.delete')}
          </button>
        </div>
      </div>
      <form
        className="field field-compact"
        onSubmit={async (e) => {
          e.preventDefault()
          if (!name.trim()) {
            setMessage(t('register.views.nameRequired'))
            return
          }
          const saved = await savedViews.save(name, current)
          setName('')
          setMessage(t('register.views.saved', { name: saved.name }))
        }}
      >
        <label htmlFor="saved-view-name">{t('register.views.name')}</label>
        <div className="inline">
          <input id="saved-view-name" value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit">{t('register.views.save')}</button>
        </div>
      </form>
      <p role="status" className="status-message small">{message}</p>
    </section>
  )
}
