import { useCallback, useMemo, useState } from 'react'
import { useNames } from '../../components/use-names'
import { useTranslation } from 'react-i18next'
import { hrefOf } from '../../routes/location'
import { useRecommendationsToLink } from '../../db/hooks/recommendation-hooks'
import { useMeasureLinks, useMeasures } from '../../db/hooks/measure-hooks'
import { suggestImplementationStatus } from '../../domain/measures/implementation-suggestion'
import { searchRecommendationsToLink } from '../../domain/measures/link-search'
import type { MeasureStatus, MissionProfile, Recommendation } from '../../domain/model'
import { useAcceptImplementationStatus } from './accept-status'
import { SearchCombobox, type ComboOption } from './SearchCombobox'

interface Props {
  profile: MissionProfile
  /** The measure being edited (null while it is new). */
  measureId: string | null
  /** Its status in the form, so that suggestions follow the form before it is saved. */
  measureStatus: MeasureStatus
  linked: readonly string[]
  onChange: (next: string[]) => void
  /** Goes up each time the measure is saved: messages about unsaved links then no longer apply. */
  savedRevision: number
}

const short = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** The recommendations a measure answers: search to add, remove, and the status each could now have. */
export function RecommendationLinks({ profile, measureId, measureStatus, linked, onChange, savedRevision }: Props) {
  const { t } = useTranslation()
  const names = useNames()
  const register = useRecommendationsToLink(profile.stateIso3, linked)
  const measures = useMeasures()
  const links = useMeasureLinks()
  const accept = useAcceptImplementationStatus()
  const [note, setNote] = useState({ text: '', revision: savedRevision })
  const message = note.revision === savedRevision ? note.text : ''
  const setMessage = (text: string) => setNote({ text, revision: savedRevision })
  const byId = useMemo(() => new Map(register.records.map((r) => [r.id, r])), [register.records])
  const state = names.state(profile.stateIso3)

  const search = useCallback(
    (query: string): ComboOption[] =>
      searchRecommendationsToLink(register.records, query, { stateUnderReview: profile.stateIso3, exclude: new Set(linked), limit: 8 }).map((r) => ({
        id: r.id,
        label: `${r.number ?? '—'} ${short(r.text, 110)}`,
        detail: t('measures.link.recommendationDetail', { session: r.session ?? '—', states: r.recommendingStatesRaw.join(', ') })
      })),
    [register.records, profile.stateIso3, linked, t]
  )

  /** The other measures' statuses for a recommendation, plus this measure's status from the form. */
  const statusesFor = (recommendationId: string): { status: MeasureStatus }[] => {
    const others = (links ?? []).filter((l) => l.recommendationId === recommendationId && l.measureId !== measureId).map((l) => l.measureId)
    const statuses = (measures ?? []).filter((m) => others.includes(m.id)).map((m) => ({ status: m.status }))
    return [...statuses, { status: measureStatus }]
  }

  async function acceptFor(r: Recommendation, status: Recommendation['implementationStatus']) {
    try {
      const done = await accept(r.id, status)
      setMessage(done ? t('measures.link.accepted', { number: r.number ?? '—', status: t(`statuses.${status}`) }) : t('measures.link.gone'))
    } catch (error) {
      setMessage(t('measures.linked.failed', { message: error instanceof Error ? error.message : String(error) }))
    }
  }

  return (
    <fieldset className="recommendation-links">
      <legend>{t('measures.link.title')}</legend>
      <SearchCombobox
        label={t('measures.link.searchRecommendations')}
        hint={register.loaded ? t('measures.link.searchHint', { state }) : t('measures.link.loadingRegister')}
        search={search}
        onPick={(id) => {
          onChange([...linked, id])
          setMessage(t('measures.link.added'))
        }}
        noMatch={t('measures.link.noMatch')}
      />
      {linked.length === 0 ? (
        <p className="hint">{t('measures.link.none')}</p>
      ) : (
        <ul className="linked-list" aria-label={t('measures.link.listLabel')}>
          {linked.map((recId) => {
            const r = byId.get(recId)
            if (!r) {
              return (
                <li key={recId} className="linked-item">
                  <span>{register.loaded ? t('measures.link.missing') : t('measures.link.loadingRegister')}</span>
                  <button type="button" onClick={() => onChange(linked.filter((x) => x !== recId))}>
                    {t('measures.link.remove')}
                  </button>
                </li>
              )
            }
            const suggestion = suggestImplementationStatus(r.implementationStatus, statusesFor(r.id))
            return (
              <li key={recId} className="linked-item">
                <div>
                  <p className="linked-title">
                    <strong>{r.number ?? '—'}</strong> {r.text}
                  </p>
                  <p className="hint">
                    {t('measures.link.recommendationDetail', { session: r.session ?? '—', states: r.recommendingStatesRaw.join(', ') })} · {t(`positions.${r.position}`)} ·{' '}
                    {t('measures.link.currentStatus', { status: t(`statuses.${r.implementationStatus}`) })}
                  </p>
                  {suggestion ? (
                    <p className="suggestion">
                      {t('measures.link.suggestion', { status: t(`statuses.${suggestion.status}`) })}{' '}
                      <button type="button" className="link-button" onClick={() => void acceptFor(r, suggestion.status)}>
                        {t('measures.link.accept', { number: r.number ?? '' })}
                      </button>
                    </p>
                  ) : null}
                </div>
                <button type="button" aria-label={t('measures.link.removeOne', { number: r.number ?? '' })} onClick={() => onChange(linked.filter((x) => x !== recId))}>
                  {t('measures.link.remove')}
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <p className="hint">
        {t('measures.link.saveHint')} <a href={hrefOf('recommendations')}>{t('measures.link.openRegister')}</a>
      </p>
      <p role="status" className="status-message">
        {message}
      </p>
    </fieldset>
  )
}
