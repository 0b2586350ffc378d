import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { RegionalGroup } from '../../../resources/reference/states'
import { ACTION_CATEGORIES } from '../../../resources/reference/action-categories'
import { IMPLEMENTATION_STATUSES, POSITIONS, type Recommendation } from '../../domain/model'
import { EMPTY_FILTER, type RegisterFilter } from '../../domain/register-view'
import { stateByIso3 } from '../../domain/states'
import { AFFECTED_PERSON_OPTIONS, SDG_TARGET_OPTIONS, tagLabel } from './vocabulary'

const REGIONS: RegionalGroup[] = ['African', 'Asia-Pacific', 'Eastern European', 'Latin American and Caribbean', 'Western European and others']

interface Props {
  records: readonly Recommendation[]
  revision: number
  filter: RegisterFilter
  onChange: (filter: RegisterFilter) => void
}

interface Facets {
  cycles: number[]
  sessions: number[]
  statesUnderReview: string[]
  recommendingStates: string[]
  themes: string[]
  affectedPersons: string[]
  sdgGoals: string[]
}

/** The values present in the register, so every filter offers only what can match. */
function facetsOf(records: readonly Recommendation[]): Facets {
  const cycles = new Set<number>()
  const sessions = new Set<number>()
  const sur = new Set<string>()
  const rs = new Set<string>()
  const themes = new Set<string>()
  const persons = new Set<string>()
  const sdgs = new Set<string>()
  for (const r of records) {
    if (r.cycle !== null) cycles.add(r.cycle)
    if (r.session !== null) sessions.add(r.session)
    sur.add(r.stateUnderReview)
    for (const s of r.recommendingStates) rs.add(s)
    for (const x of r.themes) themes.add(x)
    for (const x of r.affectedPersons) persons.add(x)
    for (const x of r.sdgTargets) {
      sdgs.add(x)
      sdgs.add(x.split('.')[0]!)
    }
  }
  const byName = (a: string, b: string) => (stateByIso3(a)?.name ?? a).localeCompare(stateByIso3(b)?.name ?? b)
  const bySdg = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })
  return {
    cycles: [...cycles].sort((a, b) => a - b),
    sessions: [...sessions].sort((a, b) => a - b),
    statesUnderReview: [...sur].sort(byName),
    recommendingStates: [...rs].sort(byName),
    themes: [...themes].sort(),
    affectedPersons: [...persons].sort(),
    sdgGoals: [...sdgs].sort(bySdg)
  }
}

/** The register's filters: one select per facet, "All" by default. */
export function FilterPanel({ records, revision, filter, onChange }: Props) {
  const { t } = useTranslation()
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `revision` changes whenever `records` does
  const facets = useMemo(() => facetsOf(records), [revision])
  const select = (key: keyof RegisterFilter, label: string, options: { value: string; label: string }[]) => (
    <div className="field field-compact">
      <label htmlFor={`filter-${key}`}>{label}</label>
      <select id={`filter-${key}`} value={filter[key]} onChange={(e) => onChange({ ...filter, [key]: e.target.value })}>
        <option value="">{t('register.filters.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
  const stateOptions = (list: string[]) => list.map((s) => ({ value: s, label: stateByIso3(s)?.name ?? s }))
  return (
    <section className="filters" aria-labelledby="filters-heading">
      <div className="filters-header">
        <h2 id="filters-heading">{t('register.filters.title')}</h2>
        <button type="button" className="link-button" onClick={() => onChange({ ...EMPTY_FILTER, query: filter.query })}>
          {t('register.filters.clear')}
        </button>
      </div>
      {select('cycle', t('register.filters.cycle'), facets.cycles.map((c) => ({ value: String(c), label: String(c) })))}
      {select('session', t('register.filters.session'), facets.sessions.map((s) => ({ value: String(s), label: String(s) })))}
      {select('stateUnderReview', t('register.filters.stateUnderReview'), stateOptions(facets.statesUnderReview))}
      {select('recommendingState', t('register.filters.recommendingState'), stateOptions(facets.recommendingStates))}
      {select('region', t('register.filters.region'), REGIONS.map((r) => ({ value: r, label: t(`regions.${r}`) })))}
      {select('position', t('register.filters.position'), POSITIONS.map((p) => ({ value: p, label: t(`positions.${p}`) })))}
      {select('actionCategory', t('register.filters.actionCategory'), ACTION_CATEGORIES.map((c) => ({ value: String(c.category), label: `${c.category} · ${c.label}` })))}
      {select('theme', t('register.filters.theme'), facets.themes.map((x) => ({ value: x, label: x })))}
      {select('affectedPerson', t('register.filters.affectedPerson'), facets.affectedPersons.map((x) => ({ value: x, label: tagLabel(AFFECTED_PERSON_OPTIONS, x) })))}
      {select('sdgTarget', t('register.filters.sdg'), facets.sdgGoals.map((x) => ({ value: x, label: x.includes('.') ? tagLabel(SDG_TARGET_OPTIONS, x) : t('register.filters.sdgGoal', { n: x }) })))}
      {select('implementationStatus', t('register.filters.implementationStatus'), IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })))}
      {select('madeByUs', t('register.filters.madeByUs'), [
        { value: 'yes', label: t('register.filters.madeByUsYes') },
        { value: 'no', label: t('register.filters.madeByUsNo') }
      ])}
    </section>
  )
}
