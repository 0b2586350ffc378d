import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { todayLocal } from '../../domain/dates'
import { timeline, timelineSpan } from '../../domain/measures/measure-view'
import type { RecoveryMeasure } from '../../domain/model'
import { measuresHref } from '../../routes/location'

const DAY = 86_400_000
const time = (date: string) => Date.parse(`${date}T00:00:00Z`)

/** The measures on a time axis, earliest first: an ordered list whose bars show when each was in force. */
export function MeasureTimeline({ measures }: { measures: readonly RecoveryMeasure[] }) {
  const { t } = useTranslation()
  const today = todayLocal()
  const { entries, undated } = useMemo(() => timeline(measures), [measures])
  const span = timelineSpan(entries, today)
  const years = span ? Array.from({ length: Number(span.to.slice(0, 4)) - Number(span.from.slice(0, 4)) + 1 }, (_, i) => Number(span.from.slice(0, 4)) + i) : []
  const from = span ? time(span.from) : 0
  const width = span ? time(span.to) + DAY - from : 1
  const pct = (date: string) => ((time(date) - from) / width) * 100

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="visually-hidden">
        {t('measures.views.timeline')}
      </h2>
      <p className="hint">{t('measures.timeline.note')}</p>
      {entries.length ? (
        <div className="timeline">
          <div className="timeline-axis" aria-hidden="true">
            {years.map((y) => (
              <span key={y} style={{ left: `${pct(`${y}-01-01`)}%` }}>
                {y}
              </span>
            ))}
          </div>
          <ol className="timeline-list">
            {entries.map(({ measure, start, end }) => {
              const left = pct(start)
              const right = pct(end ?? today)
              return (
                <li key={measure.id} className="timeline-row">
                  <span className="timeline-label">
                    <a href={measuresHref({ kind: 'measure', id: measure.id })}>{measure.title}</a>
                    <span className="hint"> {end ? t('measures.timeline.fromTo', { start, end }) : t('measures.timeline.since', { start })}</span>
                  </span>
                  <span className="timeline-track" aria-hidden="true">
                    <span className={`timeline-bar status-${measure.status}${end ? '' : ' is-open'}`} style={{ left: `${left}%`, width: `${Math.max(0.8, right - left)}%` }} />
                  </span>
                </li>
              )
            })}
          </ol>
        </div>
      ) : null}
      {undated.length ? (
        <>
          <h3>{t('measures.timeline.undated', { count: undated.length })}</h3>
          <ul>
            {undated.map((m) => (
              <li key={m.id}>
                <a href={measuresHref({ kind: 'measure', id: m.id })}>{m.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
