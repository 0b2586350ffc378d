import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { useRepositories } from '../../db/context'
import { useRegister } from '../../db/hooks'
import type { MissionProfile, Recommendation, SavedView } from '../../domain/model'
import {
  countByPosition,
  EMPTY_FILTER,
  filterRecommendations,
  GROUP_KEYS,
  groupRecommendations,
  SORT_KEYS,
  sortRecommendations,
  type GroupKey,
  type RegisterFilter,
  type SortKey
} from '../../domain/register-view'
import { stateByIso3 } from '../../domain/states'
import { formattingLocale } from '../../i18n'
import { BulkEditBar } from './BulkEditBar'
import { FilterPanel } from './FilterPanel'
import { ImportPanel } from './ImportPanel'
import { RecommendationDetail } from './RecommendationDetail'
import { RecommendationList } from './RecommendationList'
import { SavedViews } from './SavedViews'

const regionOf = (iso3: string) => stateByIso3(iso3)?.region

/** The recommendations register: search, filters, grouping, sorting, bulk edit, detail, import. */
export function RecommendationsPage({ profile }: { profile: MissionProfile }) {
  const { t, i18n } = useTranslation()
  const { register } = useRepositories()
  const snapshot = useRegister()
  const [filter, setFilter] = useState<RegisterFilter>(EMPTY_FILTER)
  const [sort, setSort] = useState<SortKey>('register')
  const [group, setGroup] = useState<GroupKey>('none')
  const [activeId, setActiveId] = useState<string | null>(null)
  const [openId, setOpenId] = useState<string | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [importing, setImporting] = useState(false)
  const anchor = useRef<string | null>(null)
  const deferredFilter = useDeferredValue(filter)

  const visible = useMemo(
    () => sortRecommendations(filterRecommendations(snapshot.records, deferredFilter, regionOf), sort),
    [snapshot.records, deferredFilter, sort]
  )
  const rows = useMemo(() => groupRecommendations(visible, group), [visible, group])
  const counts = useMemo(() => countByPosition(visible), [visible])
  const openRecord = openId ? snapshot.records.find((r) => r.id === openId) : undefined
  const format = (n: number) => n.toLocaleString(formattingLocale(i18n.language))

  const toggle = useCallback(
    (id: string, range: boolean) => {
      setSelected((current) => {
        const next = new Set(current)
        if (range && anchor.current) {
          const ids = visible.map((r) => r.id)
          const a = ids.indexOf(anchor.current)
          const b = ids.indexOf(id)
          if (a >= 0 && b >= 0) {
            for (let i = Math.min(a, b); i <= Math.max(a, b); i++) next.add(ids[i]!)
            return next
          }
        }
        if (next.has(id)) next.delete(id)
        else next.add(id)
        anchor.current = id
        return next
      })
    },
    [visible]
  )

  const groupLabel = (key: string) => {
    if (key === '') return t('register.noValue')
    if (group === 'recommendingState') return stateByIso3(key)?.name ?? key
    if (group === 'position') return t(`positions.${key}`)
    return key
  }

  async function applyBulk(change: (r: Recommendation) => Recommendation) {
    const chosen = snapshot.records.filter((r) => selected.has(r.id))
    await register.saveAll(chosen.map(change))
  }

  function applyView(view: SavedView) {
    setFilter({ ...EMPTY_FILTER, ...(view.filter as Partial<RegisterFilter>) })
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
      <p className="register-counts" role="status" aria-live="polite">
        {snapshot.loaded
          ? t('register.counts', { shown: format(visible.length), total: format(snapshot.records.length) })
          : t('register.loading', { count: snapshot.records.length })}
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
          <FilterPanel records={snapshot.records} revision={snapshot.revision} filter={filter} onChange={setFilter} />
          <SavedViews current={{ filter: { ...filter }, sort, group }} onApply={applyView} />
        </aside>
        {snapshot.loaded && snapshot.records.length === 0 ? (
          <div className="empty-state">
            <h2>{t('register.empty.title')}</h2>
            <p>{t('register.empty.text')}</p>
            <button type="button" className="primary" onClick={() => setImporting(true)}>{t('register.import')}</button>
          </div>
        ) : (
          <RecommendationList
            rows={rows}
            activeId={activeId}
            selected={selected}
            groupLabel={groupLabel}
            onActivate={setActiveId}
            onToggle={toggle}
            onSelectAll={() => setSelected(new Set(visible.map((r) => r.id)))}
            onOpen={(id) => {
              setOpenId(id)
              requestAnimationFrame(() => document.querySelector<HTMLElement>('.detail h2')?.focus())
            }}
          />
        )}
        {openRecord ? (
          <RecommendationDetail
            key={openRecord.id}
            record={openRecord}
            onSave={(r) => register.saveAll([r])}
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
