import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { IMPLEMENTATION_STATUSES } from '../../domain/model'
import type { Row } from './ReceivedChart'

/** Colours of the implementation statuses, dark enough for white gaps and the legend text to read. */
const STATUS_COLOURS: Record<(typeof IMPLEMENTATION_STATUSES)[number], string> = {
  'not-started': '#6b7584',
  'in-progress': '#b57a00',
  'partially-implemented': '#3f6d9e',
  'fully-implemented': '#2e7d46'
}

/** The bars of the received-recommendations chart (recharts, loaded with this file only). */
export function ReceivedBars({ rows }: { rows: Row[] }) {
  const { t } = useTranslation()
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fill: '#1b2430', fontSize: 13 }} />
        <YAxis allowDecimals={false} tick={{ fill: '#1b2430', fontSize: 13 }} />
        <Tooltip />
        <Legend itemSorter={null} formatter={(value: string) => <span className="review-chart-legend">{value}</span>} />
        {IMPLEMENTATION_STATUSES.map((status) => (
          <Bar key={status} dataKey={status} name={t(`statuses.${status}`)} stackId="status" fill={STATUS_COLOURS[status]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}
