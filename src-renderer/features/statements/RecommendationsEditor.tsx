import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { newId } from '../../domain/ids'
import type { DraftRecommendation, LanguageCode, Recommendation } from '../../domain/model'
import { withPreviouslyRecommendedPhrase, type EarlierIndex } from '../../domain/statements/previously-recommended'
import { checkSmart } from '../../domain/statements/smart'
import { SmartCheckView } from './SmartCheckView'
import { stateName } from './format'

interface Props {
  recommendations: readonly DraftRecommendation[]
  onChange: (next: DraftRecommendation[]) => void
  intro: string
  onIntroChange: (value: string) => void
  language: LanguageCode
  earlier: EarlierIndex
  disabled: boolean
  announce: (message: string) => void
}

/** The numbered recommendations of a statement: each with its SMART check and the similar earlier ones. */
export function RecommendationsEditor({ recommendations, onChange, intro, onIntroChange, language, earlier, disabled, announce }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [smartOpen, setSmartOpen] = useState<ReadonlySet<string>>(new Set())
  const [similarOpen, setSimilarOpen] = useState<ReadonlySet<string>>(new Set())
  const byId = useMemo(() => new Map(earlier.records.map((r) => [r.id, r])), [earlier])
  // Checked again only when a recommendation changes, not at every key typed in the body.
  const results = useMemo(
    () => new Map(recommendations.map((r) => [r.id, { check: checkSmart(r.text, language), matches: r.text.trim().length > 10 ? earlier.similarTo(r.text, { limit: 4 }) : [] }])),
    [recommendations, language, earlier]
  )

  const toggle = (set: ReadonlySet<string>, key: string) => {
    const next = new Set(set)
    if (next.has(key)) next.delete(key)
    else next.add(key)
    return next
  }
  const update = (index: number, change: Partial<DraftRecommendation>) => onChange(recommendations.map((r, i) => (i === index ? { ...r, ...change } : r)))
  const move = (index: number, by: -1 | 1) => {
    const next = [...recommendations]
    const [item] = next.splice(index, 1)
    next.splice(index + by, 0, item!)
    onChange(next)
  }
  const add = () => {
    const draft: DraftRecommendation = { id: newId('drc'), text: '', followsUpId: null }
    onChange([...recommendations, draft])
    requestAnimationFrame(() => document.getElementById(`${id}-${draft.id}`)?.focus())
  }
  const markRepeat = (index: number, match: Recommendation) => {
    const current = recommendations[index]!
    update(index, { text: withPreviouslyRecommendedPhrase(current.text, language), followsUpId: match.id })
    announce(t('statements.recommendations.repeatMarked', { n: index + 1 }))
  }

  return (
    <section className="card recommendations-editor" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('statements.recommendations.title')}</h2>
      <fieldset className="plain" disabled={disabled}>
        <div className="field">
          <label htmlFor={`${id}-intro`}>{t('statements.recommendations.intro')}</label>
          <input id={`${id}-intro`} type="text" value={intro} aria-describedby={`${id}-intro-hint`} onChange={(e) => onIntroChange(e.target.value)} />
          <p className="hint" id={`${id}-intro-hint`}>
            {t('statements.recommendations.introHint')}
          </p>
        </div>
        {recommendations.length === 0 ? <p className="hint">{t('statements.recommendations.none')}</p> : null}
        {recommendations.length > 3 ? <p className="warning">{t('statements.recommendations.many', { count: recommendations.length })}</p> : null}
        <ol className="draft-recommendations">
          {recommendations.map((r, i) => {
            const n = i + 1
            const { check, matches } = results.get(r.id)!
            const followed = r.followsUpId ? byId.get(r.followsUpId) : undefined
            return (
              <li key={r.id} className="draft-recommendation">
                <div className="field">
                  <label htmlFor={`${id}-${r.id}`}>{t('statements.recommendations.item', { n })}</label>
                  <textarea id={`${id}-${r.id}`} rows={3} lang={language} value={r.text} onChange={(e) => update(i, { text: e.target.value })} />
                </div>
                {followed ? <p className="hint">{t('statements.recommendations.followsUp', { text: followed.text })}</p> : null}
                <div className="button-row compact">
                  <button type="button" aria-expanded={smartOpen.has(r.id)} onClick={() => setSmartOpen((s) => toggle(s, r.id))}>
                    {t('statements.recommendations.smart')}
                    <span className="badge">{`${check.met}/${check.checked}`}</span>
                  </button>
                  {matches.length > 0 ? (
                    <button type="button" aria-expanded={similarOpen.has(r.id)} onClick={() => setSimilarOpen((s) => toggle(s, r.id))}>
                      {t('statements.recommendations.similar', { count: matches.length })}
                    </button>
                  ) : null}
                  <span className="spacer" />
                  <button type="button" aria-label={t('statements.recommendations.moveUp', { n })} disabled={i === 0} onClick={() => move(i, -1)}>
                    ↑
                  </button>
                  <button type="button" aria-label={t('statements.recommendations.moveDown', { n })} disabled={i === recommendations.length - 1} onClick={() => move(i, 1)}>
                    ↓
                  </button>
                  <button type="button" aria-label={t('statements.recommendations.remove', { n })} onClick={() => onChange(recommendations.filter((_, j) => j !== i))}>
                    ✕
                  </button>
                </div>
                {smartOpen.has(r.id) ? <SmartCheckView check={check} label={t('statements.recommendations.smartOf', { n })} /> : null}
                {similarOpen.has(r.id) && matches.length > 0 ? (
                  <ul className="earlier-list" aria-label={t('statements.recommendations.similarOf', { n })}>
                    {matches.map((m) => (
                      <li key={m.recommendation.id}>
                        <p className="earlier-text">{m.recommendation.text}</p>
                        <p className="hint">
                          {t('statements.previous.meta', {
                            session: m.recommendation.session ?? '?',
                            states: m.recommendation.recommendingStates.map(stateName).join(', ') || m.recommendation.recommendingStatesRaw.join(', '),
                            position: t(`positions.${m.recommendation.position}`)
                          })}
                        </p>
                        <button type="button" onClick={() => markRepeat(i, m.recommendation)} disabled={r.followsUpId === m.recommendation.id && check.saysItRepeats}>
                          {t('statements.recommendations.markRepeat')}
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            )
          })}
        </ol>
        <button type="button" onClick={add}>
          {t('statements.recommendations.add')}
        </button>
      </fieldset>
    </section>
  )
}
