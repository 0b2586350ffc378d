import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import { useMeasures, useMeasuresOfRecommendation } from '../../db/hooks/measure-hooks'
import { suggestImplementationStatus } from '../../domain/measures/implementation-suggestion'
import { searchMeasuresToLink } from '../../domain/measures/link-search'
import type { ImplementationStatus, Recommendation } from '../../domain/model'
import { useAcceptImplementationStatus } from './accept-status'
import { measuresHref } from '../../routes/location'
import { SearchCombobox, type ComboOption } from './SearchCombobox'
import './measures.css'

interface Props {
  recommendation: Recommendation
  /** Told when a suggested status is accepted, so that an open form shows (and later saves) the same status. */
  onImplementationStatusChange?: (status: ImplementationStatus) => void
}

/**
 * In a recommendation's detail pane: the recovery measures that answer it, a search to link another,
 * and the implementation status the measures suggest. Links are stored at once (they are records of
 * their own, not fields of the recommendation).
 */
export function LinkedMeasures({ recommendation, onImplementationStatusChange }: Props) {
  const { t } = useTranslation()
  const { recoveryMeasures } = useRepositories()
  const all = useMeasures()
  const linked = useMeasuresOfRecommendation(recommendation.id)
  const accept = useAcceptImplementationStatus()
  const [message, setMessage] = useState('')
  const suggestion = linked ? suggestImplementationStatus(recommendation.implementationStatus, linked) : null

  const search = useCallback(
    (query: string): ComboOption[] =>
      searchMeasuresToLink(all ?? [], query, { exclude: new Set((linked ?? []).map((m) => m.id)), limit: 8 }).map((m) => ({
        id: m.id,
        label: m.title,
        detail: `${t(`measures.types.${m.type}`)} · ${t(`measures.statuses.${m.status}`)}`
      })),
    [all, linked, t]
  )

  const failed = (error: unknown) => setMessage(t('measures.linked.failed', { message: error instanceof Error ? error.message : String(error) }))

  async function acceptSuggestion(status: ImplementationStatus) {
    try {
      const done = await accept(recommendation.id, status)
      if (done) onImplementationStatusChange?.(status)
      setMessage(done ? t('measures.linked.accepted', { status: t(`statuses.${status}`) }) : t('measures.link.gone'))
    } catch (error) {
      failed(error)
    }
  }

  return (
    <section className="linked-measures" aria-labelledby={`linked-measures-${recommendation.id}`}>
      <h3 id={`linked-measures-${recommendation.id}`}>{t('measures.linked.title')}</h3>
      {linked === undefined ? null : linked.length === 0 ? (
        <p className="hint">{t('measures.linked.none')}</p>
      ) : (
        <ul className="linked-list" aria-label={t('measures.linked.title')}>
          {linked.map((m) => (
            <li key={m.id} className="linked-item">
              <span>
                <a href={measuresHref({ kind: 'measure', id: m.id })}>{m.title}</a>
                <span className="hint"> · {t(`measures.statuses.${m.status}`)}</span>
              </span>
              <button
                type="button"
                aria-label={t('measures.linked.unlink', { title: m.title })}
                onClick={() => void recoveryMeasures.unlink(recommendation.id, m.id).then(() => setMessage(t('measures.linked.unlinked', { title: m.title })), failed)}
              >
                {t('measures.link.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {suggestion ? (
        <p className="suggestion">
          {t('measures.linked.suggestion', { status: t(`statuses.${suggestion.status}`), inForce: suggestion.counts['in-force'] + suggestion.counts.ended, planned: suggestion.counts.planned })}{' '}
          <button type="button" className="link-button" onClick={() => void acceptSuggestion(suggestion.status)}>
            {t('measures.linked.accept')}
          </button>
        </p>
      ) : null}
      <SearchCombobox
        label={t('measures.linked.search')}
        search={search}
        onPick={(id) => {
          const title = all?.find((m) => m.id === id)?.title ?? ''
          void recoveryMeasures.link(recommendation.id, id).then(() => setMessage(t('measures.linked.linked', { title })), failed)
        }}
        noMatch={t('measures.linked.noMatch')}
      />
      {/* A live region without the status role: the detail form around it has its own status line. */}
      <p className="status-message" aria-live="polite">
        {message}
      </p>
    </section>
  )
}
