import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SDG_GOALS } from '../../../resources/reference/sdgs'
import { useNames } from '../../components/use-names'
import { formatMoney } from '../../domain/measures/money'
import { EMPTY_MEASURE_FILTER, filterMeasures, type MeasureFilter } from '../../domain/measures/measure-view'
import { tagLabel } from '../../domain/measures/measure-tags'
import { MEASURE_STATUSES, MEASURE_TYPES, type RecommendationMeasureLink, type RecoveryMeasure } from '../../domain/model'
import { formattingLocale } from '../../i18n'
import { measuresHref } from '../../routes/location'
import { measureVocabulary } from './vocabulary'

/** The register of measures: search, filters and a table with the main facts of each. */
export function MeasureList({ measures, links }: { measures: readonly RecoveryMeasure[]; links: readonly RecommendationMeasureLink[] }) {
  const { t, i18n } = useTranslation()
  const names = useNames()
  const vocabulary = measureVocabulary(names.language)
  const [filter, setFilter] = useState<MeasureFilter>(EMPTY_MEASURE_FILTER)
  const deferred = useDeferredValue(filter)
  const shown = useMemo(() => filterMeasures(measures, deferred), [measures, deferred])
  const linkCount = useMemo(() => {
    const counts = new Map<string, number>()
    for (const l of links) counts.set(l.measureId, (counts.get(l.measureId) ?? 0) + 1)
    return counts
  }, [links])
  const locale = formattingLocale(i18n.language)
  const set = <K extends keyof MeasureFilter>(key: K, value: MeasureFilter[K]) => setFilter((f) => ({ ...f, [key]: value }))

  return (
    <section aria-labelledby="measure-list-heading">
      <h2 id="measure-list-heading" className="visually-hidden">
        {t('measures.views.list')}
      </h2>
      <div className="measures-filters">
        <div className="field field-search">
          <label htmlFor="measure-search">{t('measures.filters.search')}</label>
          <input id="measure-search" type="search" value={filter.query} placeholder={t('measures.filters.searchPlaceholder')} onChange={(e) => set('query', e.target.value)} />
        </div>
        <FilterSelect id="measure-type" label={t('measures.fields.type')} value={filter.type} onChange={(v) => set('type', v as MeasureFilter['type'])} options={MEASURE_TYPES.map((v) => ({ id: v, label: t(`measures.types.${v}`) }))} />
        <FilterSelect id="measure-status" label={t('measures.fields.status')} value={filter.status} onChange={(v) => set('status', v as MeasureFilter['status'])} options={MEASURE_STATUSES.map((v) => ({ id: v, label: t(`measures.statuses.${v}`) }))} />
        <FilterSelect id="measure-right" label={t('measures.fields.rights')} value={filter.right} onChange={(v) => set('right', v)} options={vocabulary.rights} />
        <FilterSelect id="measure-group" label={t('measures.fields.groups')} value={filter.group} onChange={(v) => set('group', v)} options={vocabulary.groups} />
        <FilterSelect id="measure-sdg" label={t('measures.filters.sdg')} value={filter.sdg} onChange={(v) => set('sdg', v)} options={SDG_GOALS.map((g) => ({ id: String(g.number), label: `${g.number} · ${names.label('sdgGoal', g.number)}` }))} />
        <FilterSelect id="measure-good" label={t('measures.filters.goodPractice')} value={filter.goodPractice} onChange={(v) => set('goodPractice', v as MeasureFilter['goodPractice'])} options={[{ id: 'yes', label: t('measures.filters.goodPracticeYes') }, { id: 'no', label: t('measures.filters.goodPracticeNo') }]} />
        <button type="button" className="link-button" onClick={() => setFilter(EMPTY_MEASURE_FILTER)}>
          {t('measures.filters.clear')}
        </button>
      </div>
      <p className="register-counts" role="status" aria-live="polite">
        {t('measures.counts', { shown: shown.length, total: measures.length })}
      </p>
      {shown.length === 0 ? (
        <p>{t('measures.filters.none')}</p>
      ) : (
        <table className="table measures-table">
          <caption className="visually-hidden">{t('measures.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('measures.fields.title')}</th>
              <th scope="col">{t('measures.fields.type')}</th>
              <th scope="col">{t('measures.fields.status')}</th>
              <th scope="col">{t('measures.fields.inForceFrom')}</th>
              <th scope="col">{t('measures.fields.budget')}</th>
              <th scope="col">{t('measures.fields.rights')}</th>
              <th scope="col">{t('measures.recommendationsShort')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <a href={measuresHref({ kind: 'measure', id: m.id })}>{m.title}</a>
                  {m.goodPractice ? <span className="badge badge-good">{t('measures.goodPracticeBadge')}</span> : null}
                </th>
                <td>{t(`measures.types.${m.type}`)}</td>
                <td>{t(`measures.statuses.${m.status}`)}</td>
                <td>{m.inForceFrom ?? m.adoptedOn ?? '—'}</td>
                <td className="number">{m.budget ? formatMoney(m.budget, locale) : '—'}</td>
                <td>{m.rights.map((r) => tagLabel('rights', r, names.language)).join('; ') || '—'}</td>
                <td className="number">{linkCount.get(m.id) ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function FilterSelect({ id, label, value, onChange, options }: { id: string; label: string; value: string; onChange: (v: string) => void; options: readonly { id: string; label: string }[] }) {
  const { t } = useTranslation()
  return (
    <div className="field field-compact">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('measures.filters.any')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
