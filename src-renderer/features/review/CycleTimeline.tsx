import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { daysBetween, formatDate } from '../../domain/dates'
import type { CalendarDate } from '../../domain/model'
import { addMonths } from '../../domain/review/calendar-math'
import { firstDayOf, monthOf, shiftMonth } from '../../domain/review/agenda'
import type { StageProgress } from '../../domain/review/progress'
import { formattingLocale } from '../../i18n'

type Range = 'around' | 'whole'

/**
 * The stages of one review as bars on a time axis (plain CSS: one row per stage), around the review or
 * over the whole cycle, with today marked. The same facts are in a table for screen readers and anyone
 * who prefers one.
 */
export function CycleTimeline({ session, stages, today }: { session: number; stages: readonly StageProgress[]; today: CalendarDate }) {
  const { t, i18n } = useTranslation()
  const locale = formattingLocale(i18n.language)
  const first = stages[0]!
  const byStage = new Map(stages.map((s) => [s.stage, s]))
  // Around the review while it is prepared and adopted; the whole cycle once it is in implementation.
  const [range, setRange] = useState<Range>(() => (today <= addMonths(byStage.get('plenaryAdoption')!.date, 1) ? 'around' : 'whole'))
  const from = firstDayOf(monthOf(first.from))
  const end = range === 'around' ? byStage.get('plenaryAdoption')!.date : byStage.get('nextReview')!.date
  const to = firstDayOf(shiftMonth(monthOf(end), 1))
  const span = Math.max(1, daysBetween(from, to))
  const pct = (date: CalendarDate) => Math.min(100, Math.max(0, (daysBetween(from, date) / span) * 100))
  // A tick too close to the right edge would have its label cut off.
  const ticks = axisTicks(from, to, range).filter((tick) => pct(tick) <= 95)
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })
  const yearFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' })
  const label = (date: CalendarDate) => {
    const ms = Date.parse(`${date}T00:00:00Z`)
    return range === 'whole' ? yearFormat.format(ms) : date.slice(5, 7) === '01' || date === ticks[0] ? `${monthFormat.format(ms)} ${yearFormat.format(ms)}` : monthFormat.format(ms)
  }
  const showToday = today >= from && today <= to

  return (
    <section className="section ct-section" aria-labelledby="timeline-heading">
      <div className="section-header">
        <h2 id="timeline-heading">{t('review.timeline.heading')}</h2>
        <div className="segmented" role="group" aria-label={t('review.timeline.range')}>
          {(['around', 'whole'] as const).map((r) => (
            <button key={r} type="button" aria-pressed={range === r} onClick={() => setRange(r)}>
              {t(`review.timeline.${r}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="cycle-timeline" role="img" aria-label={t('review.timeline.chartLabel', { session, from: formatDate(from, locale), to: formatDate(to, locale) })}>
        <div className="ct-row ct-axis">
          <span />
          <div className="ct-track">
            {ticks.map((tick) => (
              <span key={tick} className="ct-tick" style={{ left: `${pct(tick)}%` }}>{label(tick)}</span>
            ))}
          </div>
        </div>
        {stages.map((s) => {
          const start = s.from < s.date ? s.from : s.date
          const outside = s.date > to || s.date < from
          const left = pct(start)
          const width = Math.max(0, pct(s.date) - left)
          return (
            <div key={s.stage} className="ct-row">
              <span className="ct-label">{t(`review.stages.${s.stage}`)}</span>
              <div className="ct-track">
                {ticks.map((tick) => <span key={tick} className="ct-grid" style={{ left: `${pct(tick)}%` }} />)}
                {outside ? (
                  <span className="ct-beyond">{s.date > to ? '→ ' : '← '}{formatDate(s.date, locale)}</span>
                ) : width >= 0.8 ? (
                  <span className={`ct-bar status-${s.status}`} style={{ left: `${left}%`, width: `${width}%` }} />
                ) : (
                  <span className={`ct-milestone status-${s.status}`} style={{ left: `${pct(s.date)}%` }} />
                )}
              </div>
            </div>
          )
        })}
        {showToday ? (
          <div className="ct-row ct-today-row">
            <span />
            <div className="ct-track">
              <span className="ct-today" style={{ left: `${pct(today)}%` }}>
                <span className="ct-today-label">{t('review.timeline.today')}</span>
              </span>
            </div>
          </div>
        ) : null}
      </div>
      <details className="review-table-alt">
        <summary>{t('review.timeline.asTable')}</summary>
        <table className="table">
          <caption className="visually-hidden">{t('review.timeline.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.timeline.columns.stage')}</th>
              <th scope="col">{t('review.timeline.columns.from')}</th>
              <th scope="col">{t('review.timeline.columns.to')}</th>
              <th scope="col">{t('review.timeline.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {stages.map((s) => (
              <tr key={s.stage}>
                <th scope="row">{t(`review.stages.${s.stage}`)}</th>
                <td>{s.from < s.date ? formatDate(s.from, locale) : ''}</td>
                <td>{formatDate(s.date, locale)}</td>
                <td>{t(`review.statuses.${s.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}

/** First days of months (around the review, every two months) or of years (whole cycle) in the range. */
function axisTicks(from: CalendarDate, to: CalendarDate, range: Range): CalendarDate[] {
  const ticks: CalendarDate[] = []
  if (range === 'whole') {
    for (let year = Number(from.slice(0, 4)) + 1; `${year}-01-01` < to; year++) ticks.push(`${year}-01-01`)
    return ticks
  }
  for (let d = from; d < to; d = addMonths(d, 2)) ticks.push(d)
  return ticks
}
