import { useTranslation } from 'react-i18next'
import { lazy, Suspense } from 'react'
import type { ReceivedCounts } from '../../db/repositories/reviews'
import { useReceivedCounts } from '../../db/hooks/review-hooks'
import { IMPLEMENTATION_STATUSES, POSITIONS, type Iso3 } from '../../domain/model'
import { hrefOf } from '../../routes/location'

// The chart library loads after the page, only when there is something to draw; the table is there at once.
const ReceivedBars = lazy(() => import('./ReceivedBars').then((m) => ({ default: m.ReceivedBars })))

/**
 * The recommendations our State received, by position, each bar divided by implementation status: for the
 * current review's session when the register holds it, else for every session. A table says the same.
 */
export function ReceivedChart({ stateIso3, stateName, session }: { stateIso3: Iso3; stateName: string; session: number | null }) {
  const { t } = useTranslation()
  const forSession = useReceivedCounts(stateIso3, session)
  const forAll = useReceivedCounts(stateIso3, null)
  const useSession = session !== null && (forSession?.total ?? 0) > 0
  const data = useSession ? forSession : forAll
  if (!data) return null
  const caption = useSession ? t('review.dashboard.chartSession', { session, count: data.total }) : t('review.dashboard.chartAll', { count: data.total })
  return (
    <section className="section" aria-labelledby="received-heading">
      <h2 id="received-heading">{t('review.dashboard.chartHeading')}</h2>
      {data.total === 0 ? (
        <p>
          {t('review.dashboard.chartEmpty', { state: stateName })} <a href={hrefOf('recommendations')}>{t('review.dashboard.openRegister')}</a>
        </p>
      ) : (
        <>
          <p className="hint">{caption}</p>
          <div className="review-chart-wrap" role="img" aria-label={`${t('review.dashboard.chartLabel')}. ${caption}`}>
            <Suspense fallback={<div className="review-chart-placeholder" />}>
              <ReceivedBars rows={rows(data.counts, t)} />
            </Suspense>
          </div>
          <details className="review-table-alt">
            <summary>{t('review.dashboard.chartTable')}</summary>
            <table className="table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.dashboard.position')}</th>
                  {IMPLEMENTATION_STATUSES.map((s) => <th key={s} scope="col">{t(`statuses.${s}`)}</th>)}
                  <th scope="col">{t('review.dashboard.total')}</th>
                </tr>
              </thead>
              <tbody>
                {rows(data.counts, t).map((row) => (
                  <tr key={row.position}>
                    <th scope="row">{row.label}</th>
                    {IMPLEMENTATION_STATUSES.map((s) => <td key={s}>{row[s]}</td>)}
                    <td>{row.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  )
}

/** One bar: a position, with its counts by implementation status. */
export type Row = { position: string; label: string; total: number } & Record<(typeof IMPLEMENTATION_STATUSES)[number], number>

function rows(counts: ReceivedCounts, t: (key: string) => string): Row[] {
  return POSITIONS.filter((p) => counts[p]).map((position) => {
    const byStatus = counts[position]
    const row = { position, label: t(`positions.${position}`), total: 0 } as Row
    for (const s of IMPLEMENTATION_STATUSES) {
      row[s] = byStatus[s] ?? 0
      row.total += row[s]
    }
    return row
  })
}
