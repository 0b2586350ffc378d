import { useCallback, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from '../../routes/use-location'
import { PageTitle } from '../../components/PageTitle'
import { useRepositories } from '../../db/hooks/context'
import { useRegister } from '../../db/hooks/mission-hooks'
import { useRecommendation } from '../../db/hooks/recommendation-hooks'
import type { MissionProfile, Recommendation, SavedView } from '../../domain/model'
import {
  EMPTY_FILTER,
  facetsOf,
  GROUP_KEYS,
  groupRows,
  normaliseFilter,
  queryRegister,
  SORT_KEYS,
  type GroupKey,
  type RegisterFilter,
  type SortKey
} from '../../domain/register-view'
import { stateByIso3 } from '../../domain/states'
import { useNames } from '../../components/use-names'
import { BulkEditBar } from './BulkEditBar'
import { FilterPanel } from './FilterPanel'
import { ImportPanel } from './ImportPanel'
import { useNumberFormat } from './number-format'
import { RecommendationDetail } from './RecommendationDetail'
import { RecommendationList } from './RecommendationList'
import { SavedViews } from './SavedViews'

const regionOf = (iso3: string) => stateByIso3(iso3)?.region

/** The recommendations register: search, filters, grouping, sorting, bulk edit, detail, import. */
export function RecommendationsPage({ profile }: { profile: MissionProfile }) {
  const { t } = useTranslation()
  const names = useNames()
  const { register, recommendations } = useRepositories()
  const snapshot = useRegister()
  const { table } = snapshot
  // Other pages link here with a filter in the URL (the review cycle: "what we recommended to this State").
  const location = useLocation()
  const asked = location.page === 'recommendations' ? location.filter : null
  const [filter, setFilter] = useState<RegisterFilter>(() => asked ?? EMPTY_FILTER)
  // A later link with a filter (the address changed while the page is open) replaces the filter in use.
  const [followed, setFollowed] = useState(asked)
  if (asked !== followed) {
    setFollowed(asked)
    if (asked) setFilter(asked)
  }
  const [sort, setSort] = useState<SortKey>('register')
  const [group, setGroup] = useState<GroupKey>('none')
  const [activeId, setActiveId] = useState<string | null>(null)
  const [openId, setOpenId] = useState<string | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [importing, setImporting] = useState(false)
  const anchor = useRef<string | null>(null)
  const openRecord = useRecommendation(openId)

  // The table is changed in place (a large change a slice at a time): its revision says when.
  const { revision } = table
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `revision` changes when the rows inside `table` do
  const result = useMemo(() => queryRegister(table, filter, sort, regionOf), [table, revision, filter, sort])
  // eslint-disable-next-line react-hooks/exhaustive-deps -- as above
  const facets = useMemo(() => facetsOf(table), [table, revision])
  const groupLabel = useCallback(
    (key: string) => {
      if (key === '') return t('register.noValue')
      if (group === 'recommendingState') return names.state(key)
      if (group === 'theme') return names.label('uprInfoIssue', key)
      if (group === 'position') return t(`positions.${key}`)
      return key
    },
    [group, t, names]
  )
  const rows = useMemo(() => groupRows(table, result.indices, group, groupLabel, names.compare), [table, result, group, groupLabel, names])
  const { counts } = result
  const format = useNumberFormat()

  const toggle = useCallback(
    (id: string, range: boolean) => {
      setSelected((current) => {
        const next = new Set(current)
        if (range && anchor.current) {
          const from = result.indices.indexOf(table.indexOf(anchor.current) ?? -1)
          const to = result.indices.indexOf(table.indexOf(id) ?? -1)
          if (from >= 0 && to >= 0) {
            for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
              const chosen = table.idAt(result.indices[i]!)
              if (chosen !== undefined) next.add(chosen)
            }
            return next
          }
        }
        if (next.has(id)) next.delete(id)
        else next.add(id)
        anchor.current = id
        return next
      })
    },
    [result, table]
  )

  const selectAll = useCallback(() => {
    const all = new Set<string>()
    for (const index of result.indices) {
      const id = table.idAt(index)
      if (id !== undefined) all.add(id)
    }
    setSelected(all)
  }, [result, table])

  const open = useCallback((id: string) => {
    setOpenId(id)
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.detail h2')?.focus())
  }, [])

  async function applyBulk(change: (r: Recommendation) => Recommendation) {
    await recommendations.updateMany([...selected], change)
    await register.sync()
  }

  function applyView(view: SavedView) {
    setFilter(normaliseFilter(view.filter))
    setSort((SORT_KEYS as readonly string[]).includes(view.sort) ? (view.sort as SortKey) : 'register')
    setGroup((GROUP_KEYS as readonly string[]).includes(view.group) ? (view.group as GroupKey) : 'none')
  }

  return (
    <div className="register">
      <div className="register-top">
        <PageTitle>{t('register.title')}</PageTitle>
        <button type="button" className="primary" onClick={() => setImporting((v) => !v)} aria-expanded={importing}>
          {t('register.import')}
        </button>
      </div>
      {importing ? <ImportPanel profile={profile} onDone={() => setImporting(false)} /> : null}
      <div className="register-toolbar">
        <div className="field field-search">
          <label htmlFor="register-search">{t('register.search')}</label>
          <input
            id="register-search"
            type="search"
            value={filter.query}
            placeholder={t('register.searchPlaceholder')}
            onChange={(e) => setFilter({ ...filter, query: e.target.value })}
          />
        </div>
        <div className="field field-compact">
          <label htmlFor="register-sort">{t('register.sortBy')}</label>
          <select id="register-sort" value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {SORT_KEYS.map((k) => <option key={k} value={k}>{t(`register.sort.${k}`)}</option>)}
          </select>
        </div>
        <div className="field field-compact">
          <label htmlFor="register-group">{t('register.groupBy')}</label>
          <select id="register-group" value={group} onChange={(e) => setGroup(e.target.value as GroupKey)}>
            {GROUP_KEYS.map((k) => <option key={k} value={k}>{t(`register.group.${k}`)}</option>)}
          </select>
        </div>
      </div>
      {snapshot.failed ? <p role="alert" className="field-error">{t('register.failed', { message: snapshot.failed })}</p> : null}
      <p className="register-counts" role="status" aria-live="polite">
        {snapshot.loaded
          ? t('register.counts', { shown: format(result.indices.length), total: format(table.size) })
          : t('register.loading', { count: format(table.size) })}
        {' · '}
        {t('register.countsByPosition', {
          supported: format(counts.supported),
          noted: format(counts.noted),
          partly: format(counts['supported-in-part']),
          pending: format(counts.pending)
        })}
      </p>
      {selected.size > 0 ? <BulkEditBar count={selected.size} onApply={applyBulk} onClear={() => setSelected(new Set())} /> : null}
      <div className={`register-body${openRecord ? ' with-detail' : ''}`}>
        <aside className="register-side">
          <FilterPanel facets={facets} filter={filter} onChange={setFilter} />
          <SavedViews current={{ filter: { ...filter }, sort, group }} onApply={applyView} />
        </aside>
        {snapshot.loaded && table.size === 0 ? (
          <div className="empty-state">
            <h2>{t('register.empty.title')}</h2>
            <p>{t('register.empty.text')}</p>
            <button type="button" className="primary" onClick={() => setImporting(true)}>{t('register.import')}</button>
          </div>
        ) : (
          <RecommendationList
            table={table}
            rows={rows}
            activeId={activeId}
            selected={selected}
            groupLabel={groupLabel}
            onActivate={setActiveId}
            onToggle={toggle}
            onSelectAll={selectAll}
            onOpen={open}
          />
        )}
        {openRecord ? (
          <RecommendationDetail
            key={openRecord.id}
            record={openRecord}
            onSave={async (r) => {
              await recommendations.update(r)
              await register.sync()
            }}
            onClose={() => {
              setOpenId(null)
              document.querySelector<HTMLElement>('.register-list')?.focus()
            }}
          />
        ) : null}
      </div>
    </div>
  )
}
