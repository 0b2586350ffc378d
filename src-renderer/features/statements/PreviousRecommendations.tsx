import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Recommendation } from '../../domain/model'
import { isEmptyQuery, matchesQuery, parseQuery, searchableText } from '../../domain/search-text'
import { stateName } from './format'

const SHOWN = 20

interface Props {
  stateUnderReview: string | null
  /** Earlier recommendations to the State under review (earlier sessions), any recommending State. */
  earlier: readonly Recommendation[]
  disabled: boolean
  onRecommendAgain: (recommendation: Recommendation) => void
}

/** What was recommended before to the State under review, ours first, with one click to recommend it again. */
export function PreviousRecommendations({ stateUnderReview, earlier, disabled, onRecommendAgain }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [query, setQuery] = useState('')
  const prepared = useMemo(() => earlier.map((r) => ({ record: r, text: searchableText(`${r.number ?? ''} ${r.text} ${r.recommendingStatesRaw.join(' ')} ${r.recommendingStates.map(stateName).join(' ')}`) })), [earlier])
  const parsed = parseQuery(query)
  const found = isEmptyQuery(parsed) ? prepared : prepared.filter((p) => matchesQuery(p.text, parsed))
  const sorted = [...found].sort((a, b) => Number(b.record.madeByUs) - Number(a.record.madeByUs) || (b.record.session ?? 0) - (a.record.session ?? 0))
  const shown = sorted.slice(0, SHOWN)
  if (!stateUnderReview) {
    return (
      <section className="card side-card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('statements.previous.title', { state: '…' })}</h2>
        <p className="hint">{t('statements.previous.noState')}</p>
      </section>
    )
  }
  const sur = stateName(stateUnderReview)
  return (
    <section className="card side-card previous" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('statements.previous.title', { state: sur })}</h2>
      {earlier.length === 0 ? (
        <p className="hint">{t('statements.previous.none', { state: sur })}</p>
      ) : (
        <>
          <p className="hint">{t('statements.previous.intro', { state: sur })}</p>
          <div className="field field-compact">
            <label htmlFor={`${id}-search`}>{t('statements.previous.search', { state: sur })}</label>
            <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
          {shown.length === 0 ? <p className="hint">{t('statements.previous.noMatch')}</p> : null}
          <ul className="earlier-list" aria-label={t('statements.previous.title', { state: sur })}>
            {shown.map(({ record: r }) => (
              <li key={r.id}>
                <p className="earlier-text">
                  {r.madeByUs ? <span className="badge badge-ours">{t('statements.previous.ours')}</span> : null} {r.text}
                </p>
                <p className="hint">
                  {t('statements.previous.meta', { session: r.session ?? '?', states: r.recommendingStates.map(stateName).join(', ') || r.recommendingStatesRaw.join(', '), position: t(`positions.${r.position}`) })}
                </p>
                <button type="button" disabled={disabled} onClick={() => onRecommendAgain(r)} aria-label={`${t('statements.previous.recommendAgain')}: ${r.text.slice(0, 80)}`}>
                  {t('statements.previous.recommendAgain')}
                </button>
              </li>
            ))}
          </ul>
          {sorted.length > SHOWN ? <p className="hint">{t('statements.previous.more', { shown: SHOWN, total: sorted.length })}</p> : null}
        </>
      )}
    </section>
  )
}
