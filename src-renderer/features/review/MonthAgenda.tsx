import { useState } from 'react'
import { useNames } from '../../components/use-names'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../domain/dates'
import type { CalendarDate } from '../../domain/model'
import { firstDayOf, itemsInMonth, itemsOn, monthGrid, monthOf, shiftMonth, type AgendaItem, type Month } from '../../domain/review/agenda'
import { formattingLocale } from '../../i18n'

/**
 * A month of the review cycle: a calendar grid (Monday first) with our stages, tasks, the Working Group
 * sessions and the reviews we speak at, and the same items as a list in date order below it.
 */
export function MonthAgenda({ items, today }: { items: readonly AgendaItem[]; today: CalendarDate }) {
  const { t, i18n } = useTranslation()
  const names = useNames()
  const locale = formattingLocale(i18n.language)
  const [month, setMonth] = useState<Month>(() => monthOf(today))
  const weeks = monthGrid(month)
  const inMonth = itemsInMonth(items, month)
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${firstDayOf(month)}T00:00:00Z`))
  const weekdayNames = weeks[0]!.map((d) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.parse(`${d}T00:00:00Z`)))
  const textOf = (item: AgendaItem): string => {
    switch (item.kind) {
      case 'stage':
        return t('review.agenda.stage', { stage: t(`review.stages.${item.stage}`), session: item.session })
      case 'task':
        return t('review.agenda.task', { title: item.task.title })
      case 'session':
        return t('review.agenda.session', { session: item.session })
      case 'speaking':
        return t('review.agenda.speaking', { state: names.state(item.stateIso3), session: item.session })
    }
  }
  const keyOf = (item: AgendaItem, i: number) => `${item.kind}-${item.date}-${i}`

  return (
    <section className="section agenda-section" aria-labelledby="agenda-heading">
      <div className="section-header">
        <h2 id="agenda-heading">{t('review.agenda.heading')}</h2>
        <div className="button-row">
          <button type="button" onClick={() => setMonth(shiftMonth(month, -1))}>{t('review.agenda.previous')}</button>
          <button type="button" onClick={() => setMonth(monthOf(today))}>{t('review.agenda.thisMonth')}</button>
          <button type="button" onClick={() => setMonth(shiftMonth(month, 1))}>{t('review.agenda.next')}</button>
        </div>
      </div>
      <table className="agenda">
        <caption>{t('review.agenda.monthLabel', { month: monthName })}</caption>
        <thead>
          <tr>{weekdayNames.map((name) => <th key={name} scope="col">{name}</th>)}</tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const dayItems = itemsOn(inMonth, day)
                const inSession = dayItems.some((item) => item.kind === 'session')
                const outside = monthOf(day).month !== month.month
                const classes = ['agenda-day', outside ? 'is-outside' : '', inSession ? 'in-session' : '', day === today ? 'is-today' : ''].filter(Boolean).join(' ')
                return (
                  <td key={day} className={classes} aria-current={day === today ? 'date' : undefined}>
                    <span className="agenda-date">{Number(day.slice(8))}</span>
                    {outside ? null : (
                      <ul>
                        {dayItems
                          // A session shows on its first day and on each Monday; the tint marks the other days.
                          .filter((item) => item.kind !== 'session' || item.date === day || day.endsWith('-01') || new Date(`${day}T00:00:00Z`).getUTCDay() === 1)
                          .map((item, i) => (
                            <li key={keyOf(item, i)} className={`agenda-item agenda-${item.kind}${item.kind === 'stage' && item.done ? ' is-done' : ''}`}>{textOf(item)}</li>
                          ))}
                      </ul>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="agenda-list-heading">{t('review.agenda.listHeading')}</h3>
      {inMonth.length === 0 ? (
        <p className="hint">{t('review.agenda.nothing')}</p>
      ) : (
        <ul className="agenda-list">
          {inMonth.map((item, i) => (
            <li key={keyOf(item, i)}>
              <strong>{item.kind === 'session' ? `${formatDate(item.date, locale)} – ${formatDate(item.end, locale)}` : formatDate(item.date, locale)}</strong>
              {': '}
              {textOf(item)}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
