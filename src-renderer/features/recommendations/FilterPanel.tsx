import { memo, useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { RegionalGroup } from '../../../resources/reference/states'
import { ACTION_CATEGORIES } from '../../../resources/reference/action-categories'
import { useNames } from '../../components/use-names'
import { IMPLEMENTATION_STATUSES, POSITIONS } from '../../domain/model'
import { EMPTY_FILTER, type RegisterFacets, type RegisterFilter } from '../../domain/register-view'
import { registerVocabulary, tagLabel } from './vocabulary'

const REGIONS: RegionalGroup[] = ['African', 'Asia-Pacific', 'Eastern European', 'Latin American and Caribbean', 'Western European and others']

interface Props {
  facets: RegisterFacets
  filter: RegisterFilter
  onChange: (filter: RegisterFilter) => void
}

type Options = Record<Exclude<keyof RegisterFilter, 'query'>, ReactNode>

/** Option elements, built once per set of values (a keystroke in the search box re-renders none of them). */
function useOptions(facets: RegisterFacets): Options {
  const { t } = useTranslation()
  const names = useNames()
  return useMemo(() => {
    const vocabulary = registerVocabulary(names.language)
    const sorted = (values: { value: string; label: string }[]) => values.sort((a, b) => names.compare(a.label, b.label))
    const list = (values: { value: string; label: string }[]) => (
      <>
        <option value="">{t('register.filters.all')}</option>
        {values.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </>
    )
    const states = (iso3s: string[]) => list(sorted(iso3s.map((s) => ({ value: s, label: names.state(s) }))))
    const regions = list(REGIONS.map((r) => ({ value: r, label: t(`regions.${r}`) })))
    // Goals ("5") as well as targets ("5.2"): a goal matches all its targets.
    const sdgs = [...new Set(facets.sdgTargets.flatMap((x) => [x.split('.')[0]!, x]))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    return {
      cycle: list(facets.cycles.map((c) => ({ value: String(c), label: String(c) }))),
      session: list(facets.sessions.map((s) => ({ value: String(s), label: String(s) }))),
      stateUnderReview: states(facets.statesUnderReview),
      stateUnderReviewRegion: regions,
      recommendingState: states(facets.recommendingStates),
      region: regions,
      position: list(POSITIONS.map((p) => ({ value: p, label: t(`positions.${p}`) }))),
      actionCategory: list(ACTION_CATEGORIES.map((c) => ({ value: String(c.category), label: `${c.category} · ${names.label('actionCategory', c.category)}` }))),
      theme: list(sorted(facets.themes.map((x) => ({ value: x, label: names.label('uprInfoIssue', x) })))),
      affectedPerson: list(facets.affectedPersons.map((x) => ({ value: x, label: tagLabel(vocabulary.affectedPersons, x) }))),
      sdgTarget: list(sdgs.map((x) => ({ value: x, label: x.includes('.') ? tagLabel(vocabulary.sdgTargets, x) : `${t('register.filters.sdgGoal', { n: x })} · ${names.label('sdgGoal', x)}` }))),
      implementationStatus: list(IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))),
      madeByUs: list([
        { value: 'yes', label: t('register.filters.madeByUsYes') },
        { value: 'no', label: t('register.filters.madeByUsNo') }
      ])
    }
  }, [facets, t, names])
}

const LABELS: Record<keyof Options, string> = {
  cycle: 'register.filters.cycle',
  session: 'register.filters.session',
  stateUnderReview: 'register.filters.stateUnderReview',
  stateUnderReviewRegion: 'register.filters.stateUnderReviewRegion',
  recommendingState: 'register.filters.recommendingState',
  region: 'register.filters.region',
  position: 'register.filters.position',
  actionCategory: 'register.filters.actionCategory',
  theme: 'register.filters.theme',
  affectedPerson: 'register.filters.affectedPerson',
  sdgTarget: 'register.filters.sdg',
  implementationStatus: 'register.filters.implementationStatus',
  madeByUs: 'register.filters.madeByUs'
}

/** The register's filters: one select per facet, "All" by default, offering only values in the register. */
export const FilterPanel = memo(function FilterPanel({ facets, filter, onChange }: Props) {
  const { t } = useTranslation()
  const options = useOptions(facets)
  return (
    <section className="filters" aria-labelledby="filters-heading">
      <div className="filters-header">
        <h2 id="filters-heading">{t('register.filters.title')}</h2>
        <button type="button" className="link-button" onClick={() => onChange({ ...EMPTY_FILTER, query: filter.query })}>
          {t('register.filters.clear')}
        </button>
      </div>
      {(Object.keys(LABELS) as (keyof Options)[]).map((key) => (
        <div className="field field-compact" key={key}>
          <label htmlFor={`filter-${key}`}>{t(LABELS[key])}</label>
          <select id={`filter-${key}`} value={filter[key]} onChange={(e) => onChange({ ...filter, [key]: e.target.value })}>
            {options[key]}
          </select>
        </div>
      ))}
    </section>
  )
})
