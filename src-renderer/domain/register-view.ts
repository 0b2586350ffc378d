/**
 * The register's view of the recommendations: filter, search, sort and group, in memory. Pure and
 * fast enough for 100,000 records on every keystroke (one pass, no allocation per record but the result).
 */
import type { ActionCategory, ImplementationStatus, Position, Recommendation } from './model'
import { foldText, isEmptyQuery, matchesQuery, parseQuery, searchableText } from './search-text'

/** The facets a delegate can filter by; an empty string means "any". */
export interface RegisterFilter {
  query: string
  cycle: string
  session: string
  stateUnderReview: string
  recommendingState: string
  region: string
  position: '' | Position
  actionCategory: '' | `${ActionCategory}`
  theme: string
  affectedPerson: string
  sdgTarget: string
  implementationStatus: '' | ImplementationStatus
  madeByUs: '' | 'yes' | 'no'
}

export const EMPTY_FILTER: RegisterFilter = {
  query: '',
  cycle: '',
  session: '',
  stateUnderReview: '',
  recommendingState: '',
  region: '',
  position: '',
  actionCategory: '',
  theme: '',
  affectedPerson: '',
  sdgTarget: '',
  implementationStatus: '',
  madeByUs: ''
}

export const SORT_KEYS = ['register', 'number', 'stateUnderReview', 'position', 'actionCategory', 'updated'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export const GROUP_KEYS = ['none', 'theme', 'recommendingState', 'position'] as const
export type GroupKey = (typeof GROUP_KEYS)[number]

/** The region of a State, by ISO3 (injected: the domain does not load reference data itself). */
export type RegionOf = (iso3: string) => string | null | undefined

/** Number of facets in use (the query counts as one). */
export function activeFilterCount(filter: RegisterFilter): number {
  return (Object.keys(filter) as (keyof RegisterFilter)[]).filter((k) => filter[k] !== '').length
}

/** The records that pass the filter, in their original order. */
export function filterRecommendations(records: readonly Recommendation[], filter: RegisterFilter, regionOf: RegionOf): Recommendation[] {
  const query = parseQuery(filter.query)
  const searching = !isEmptyQuery(query)
  const cycle = filter.cycle ? Number(filter.cycle) : null
  const session = filter.session ? Number(filter.session) : null
  const category = filter.actionCategory ? Number(filter.actionCategory) : null
  const madeByUs = filter.madeByUs === '' ? null : filter.madeByUs === 'yes'
  const out: Recommendation[] = []
  for (const r of records) {
    if (cycle !== null && r.cycle !== cycle) continue
    if (session !== null && r.session !== session) continue
    if (filter.stateUnderReview && r.stateUnderReview !== filter.stateUnderReview) continue
    if (filter.recommendingState && !r.recommendingStates.includes(filter.recommendingState)) continue
    if (filter.region && !r.recommendingStates.some((s) => regionOf(s) === filter.region)) continue
    if (filter.position && r.position !== filter.position) continue
    if (category !== null && r.actionCategory !== category) continue
    if (filter.theme && !r.themes.includes(filter.theme)) continue
    if (filter.affectedPerson && !r.affectedPersons.includes(filter.affectedPerson)) continue
    if (filter.sdgTarget && !r.sdgTargets.some((t) => t === filter.sdgTarget || t.startsWith(`${filter.sdgTarget}.`))) continue
    if (filter.implementationStatus && r.implementationStatus !== filter.implementationStatus) continue
    if (madeByUs !== null && r.madeByUs !== madeByUs) continue
    if (searching) {
      const prepared = r.searchText ?? searchableText(`${r.number ?? ''} ${r.text}`)
      const folded = query.phrases.length ? foldText(r.text) : ''
      if (!matchesQuery(prepared, folded, query)) continue
    }
    out.push(r)
  }
  return out
}

/** Compares printed numbers naturally: 121.2 < 121.10 < 122.1. */
export function compareNumbers(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1)
    if (d !== 0 && !Number.isNaN(d)) return d
  }
  return a.localeCompare(b)
}

const POSITION_ORDER: Record<Position, number> = { supported: 0, 'supported-in-part': 1, noted: 2, pending: 3 }

/** Sorts a filtered list in place and returns it. */
export function sortRecommendations(records: Recommendation[], key: SortKey): Recommendation[] {
  switch (key) {
    case 'register':
      return records
    case 'number':
      return records.sort((a, b) => (a.session ?? 0) - (b.session ?? 0) || compareNumbers(a.number, b.number))
    case 'stateUnderReview':
      return records.sort((a, b) => a.stateUnderReview.localeCompare(b.stateUnderReview) || (a.session ?? 0) - (b.session ?? 0) || compareNumbers(a.number, b.number))
    case 'position':
      return records.sort((a, b) => POSITION_ORDER[a.position] - POSITION_ORDER[b.position])
    case 'actionCategory':
      return records.sort((a, b) => (b.actionCategory ?? 0) - (a.actionCategory ?? 0))
    case 'updated':
      return records.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
  }
}

/** A row of the grouped list: a group heading or a recommendation. */
export type RegisterRow = { type: 'group'; key: string; count: number } | { type: 'item'; record: Recommendation }

/**
 * Rows for the list: the records as they are, or under group headings. A record with several themes
 * or States appears under each (as in the OHCHR thematic lists); records with none go under "".
 */
export function groupRecommendations(records: readonly Recommendation[], key: GroupKey): RegisterRow[] {
  if (key === 'none') return records.map((record) => ({ type: 'item', record }))
  const groups = new Map<string, Recommendation[]>()
  for (const record of records) {
    const keys = key === 'theme' ? record.themes : key === 'recommendingState' ? record.recommendingStates : [record.position]
    for (const k of keys.length ? keys : ['']) {
      let list = groups.get(k)
      if (!list) groups.set(k, (list = []))
      list.push(record)
    }
  }
  const rows: RegisterRow[] = []
  const ordered = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
  for (const k of ordered) {
    const list = groups.get(k)!
    rows.push({ type: 'group', key: k, count: list.length })
    for (const record of list) rows.push({ type: 'item', record })
  }
  return rows
}

/** Counts by position, for the always-visible totals. */
export function countByPosition(records: readonly Recommendation[]): Record<Position, number> {
  const counts: Record<Position, number> = { supported: 0, noted: 0, 'supported-in-part': 0, pending: 0 }
  for (const r of records) counts[r.position]++
  return counts
}
