import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'

/** One bar: what it is and its value, already formatted for the table. */
export interface ChartBar {
  label: string
  value: number
  display: string
}

interface Props {
  title: string
  note?: string
  valueHeader: string
  categoryHeader: string
  bars: readonly ChartBar[]
  formatTick?: (value: number) => string
}

/**
 * A horizontal bar chart with its data as a table. The chart is for the eye (hidden from screen readers);
 * the table is always in the page for screen readers, and shown on request for everyone.
 */
export function ChartWithTable({ title, note, valueHeader, categoryHeader, bars, formatTick }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [showTable, setShowTable] = useState(false)
  const height = Math.max(120, bars.length * 30 + 50)
  return (
    <figure className="chart card" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        {note ? <p className="hint">{note}</p> : null}
      </figcaption>
      <div className="chart-area" aria-hidden="true">
        <BarChart responsive accessibilityLayer={false} layout="vertical" data={bars as ChartBar[]} style={{ width: '100%', height }} margin={{ top: 5, right: 30, bottom: 5, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tickFormatter={formatTick} stroke="#4a5565" />
          <YAxis type="category" dataKey="label" width={260} interval={0} tick={{ fontSize: 12, fill: '#1b2430' }} />
          <Tooltip formatter={(_value, _name, item) => [(item.payload as ChartBar).display, valueHeader]} />
          <Bar dataKey="value" fill="#1f4e79" isAnimationActive={false} />
        </BarChart>
      </div>
      <button type="button" className="link-button" aria-expanded={showTable} aria-controls={`${id}-table`} onClick={() => setShowTable((v) => !v)}>
        {showTable ? t('measures.charts.hideTable') : t('measures.charts.showTable')}
      </button>
      <table id={`${id}-table`} className={`table chart-table${showTable ? '' : ' visually-hidden'}`}>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryHeader}</th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td className="number">{b.display}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
