import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '../../components/PageTitle'
import { useRepositories } from '../../db/hooks/context'
import { useRegister } from '../../db/hooks/mission-hooks'
import type { MissionProfile, Recommendation } from '../../domain/model'
import { BulkEditBar } from './BulkEditBar'
import { EmptyRegister } from './EmptyRegister'
import { FilterPanel } from './FilterPanel'
import { ImportPanel } from './ImportPanel'
import { RecommendationDetail } from './RecommendationDetail'
import { RecommendationList } from './RecommendationList'
import { RegisterCounts } from './RegisterCounts'
import { RegisterToolbar } from './RegisterToolbar'
import { SavedViews } from './SavedViews'
import { useOpenRecommendation } from './use-open-recommendation'
import { useRegisterRows } from './use-register-rows'
import { useRegisterView } from './use-register-view'
import { useSelection } from './use-selection'

/** The recommendations register: search, filters, grouping, sorting, bulk edit, detail, import. */
export function RecommendationsPage({ profile }: { profile: MissionProfile }) {
  const { t } = useTranslation()
  const { register, recommendations } = useRepositories()
  const snapshot = useRegister()
  const { table } = snapshot
  const { filter, setFilter, sort, setSort, group, setGroup, applyView } = useRegisterView()
  const { result, facets, groupLabel, rows } = useRegisterRows(table, filter, sort, group)
  const { selected, toggle, selectAll, clear } = useSelection(table, result)
  const { openRecord, open, close } = useOpenRecommendation()
  const [activeId, setActiveId] = useState<string | null>(null)
  const [importing, setImporting] = useState(false)

  async function applyBulk(change: (r: Recommendation) => Recommendation) {
    await recommendations.updateMany([...selected], change)
    await register.sync()
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
      <RegisterToolbar query={filter.query} sort={sort} group={group} onQueryChange={(query) => setFilter({ ...filter, query })} onSortChange={setSort} onGroupChange={setGroup} />
      <RegisterCounts snapshot={snapshot} result={result} />
      {selected.size > 0 ? <BulkEditBar count={selected.size} onApply={applyBulk} onClear={clear} /> : null}
      <div className={`register-body${openRecord ? ' with-detail' : ''}`}>
        <aside className="register-side">
          <FilterPanel facets={facets} filter={filter} onChange={setFilter} />
          <SavedViews current={{ filter: { ...filter }, sort, group }} onApply={applyView} />
        </aside>
        {snapshot.loaded && table.size === 0 ? (
          <EmptyRegister onImport={() => setImporting(true)} />
        ) : (
          <RecommendationList table={table} rows={rows} activeId={activeId} selected={selected} groupLabel={groupLabel} onActivate={setActiveId} onToggle={toggle} onSelectAll={selectAll} onOpen={open} />
        )}
        {openRecord ? (
          <RecommendationDetail
            key={openRecord.id}
            record={openRecord}
            onSave={async (opened, edited) => {
              const saved = await recommendations.saveEdits(opened, edited)
              await register.sync()
              return saved
            }}
            onClose={close}
          />
        ) : null}
      </div>
    </div>
  )
}
