import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatMoney } from '../../domain/measures/money'
import { budgetsByRight, countsByGoal, countsByTag } from '../../domain/measures/measure-view'
import { goalTitle, tagLabel } from '../../domain/measures/measure-tags'
import type { RecoveryMeasure } from '../../domain/model'
import { formattingLocale } from '../../i18n'
import { useNames } from '../../components/use-names'
import { ChartWithTable, type ChartBar } from './ChartWithTable'

/** Charts of the measures: per right, per group, per SDG goal, and the budget per right in each currency. */
export function MeasureCharts({ measures }: { measures: readonly RecoveryMeasure[] }) {
  const { t, i18n } = useTranslation()
  const locale = formattingLocale(i18n.language)
  const names = useNames()
  const count = (n: number) => n.toLocaleString(locale)
  const data = useMemo(
    () => ({ rights: countsByTag(measures, 'rights'), groups: countsByTag(measures, 'groups'), goals: countsByGoal(measures), budgets: budgetsByRight(measures) }),
    [measures]
  )
  const countBars = (bars: { tag: string; count: number }[], label: (tag: string) => string): ChartBar[] => bars.map((b) => ({ label: label(b.tag), value: b.count, display: count(b.count) }))
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })

  return (
    <section aria-labelledby="charts-heading" className="charts">
      <h2 id="charts-heading" className="visually-hidden">
        {t('measures.views.charts')}
      </h2>
      <p className="hint">{t('measures.charts.note')}</p>
      <ChartWithTable title={t('measures.charts.perRight')} categoryHeader={t('measures.charts.right')} valueHeader={t('measures.charts.measures')} bars={countBars(data.rights, (tag) => tagLabel('rights', tag, names.language))} />
      <ChartWithTable title={t('measures.charts.perGroup')} categoryHeader={t('measures.charts.group')} valueHeader={t('measures.charts.measures')} bars={countBars(data.groups, (tag) => tagLabel('groups', tag, names.language))} />
      <ChartWithTable title={t('measures.charts.perGoal')} categoryHeader={t('measures.charts.goal')} valueHeader={t('measures.charts.measures')} bars={countBars(data.goals, (goal) => `${goal} · ${goalTitle(Number(goal), names.language)}`)} />
      {data.budgets.length === 0 ? <p>{t('measures.charts.noBudgets')}</p> : null}
      {data.budgets.map((b) => (
        <ChartWithTable
          key={b.currency}
          title={t('measures.charts.budgetPerRight', { currency: b.currency })}
          note={t('measures.charts.budgetNote', { total: formatMoney({ amount: b.total, currency: b.currency }, locale) })}
          categoryHeader={t('measures.charts.right')}
          valueHeader={t('measures.charts.budget', { currency: b.currency })}
          formatTick={(v) => compact.format(v)}
          bars={b.byRight.map((r) => ({ label: tagLabel('rights', r.tag, names.language), value: r.amount, display: formatMoney({ amount: r.amount, currency: b.currency }, locale) }))}
        />
      ))}
    </section>
  )
}
