/**
 * The register's view of the recommendations: filter, search, sort and group, in memory, over the
 * compact table (register-table.ts). Pure and fast enough for 100,000 rows on every keystroke: one
 * pass over typed arrays, searches matched on stem numbers, sort orders worked out once per change.
 */
import type { ActionCategory, ImplementationStatus, Position } from './model'
import { IMPLEMENTATION_STATUSES, POSITIONS } from './model'
import { CHUNK_SLOTS, numberSortKey, type ListColumn, type RegisterChunkData, type RegisterTable } from './register-table'
import { hasSequence, matchSearch, scratch } from './register-search'
import { isEmptyQuery, parseQuery } from './search-text'

export { numberSortKey }

/** The facets a delegate can filter by; an empty string means "any". */
export interface RegisterFilter {
  query: string
  cycle: string
  session: string
  stateUnderReview: string
  /** Regional group of the State under review. */
  stateUnderReviewRegion: string
  recommendingState: string
  /** Regional group of (any of) the recommending States. */
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
  stateUnderReviewRegion: '',
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

/** A saved or typed filter made whole: unknown keys dropped, missing ones empty. */
export function normaliseFilter(values: Readonly<Record<string, unknown>>): RegisterFilter {
  const filter: RegisterFilter = { ...EMPTY_FILTER }
  for (const key of Object.keys(EMPTY_FILTER) as (keyof RegisterFilter)[]) {
    const value = values[key]
    if (typeof value === 'string') Object.assign(filter, { [key]: value })
  }
  return filter
}

/**
 * The filter a link asks for (the query of `#/recommendations?stateUnderReview=SVN&madeByUs=yes`, with
 * the filter's own field names), or null when it asks for none. Values outside a facet's choices are dropped.
 */
export function filterFromQuery(query: URLSearchParams): RegisterFilter | null {
  const asked: Record<string, string> = {}
  for (const [key, value] of query) asked[key] = value.slice(0, 200)
  const filter = normaliseFilter(asked)
  if (filter.position && !(POSITIONS as readonly string[]).includes(filter.position)) filter.position = ''
  if (filter.implementationStatus && !(IMPLEMENTATION_STATUSES as readonly string[]).includes(filter.implementationStatus)) filter.implementationStatus = ''
  if (filter.actionCategory && !/^[1-5]$/.test(filter.actionCategory)) filter.actionCategory = ''
  if (filter.madeByUs && filter.madeByUs !== 'yes' && filter.madeByUs !== 'no') filter.madeByUs = ''
  return activeFilterCount(filter) > 0 ? filter : null
}

/** Number of facets in use (the query counts as one). */
export function activeFilterCount(filter: RegisterFilter): number {
  return (Object.keys(filter) as (keyof RegisterFilter)[]).filter((k) => filter[k] !== '').length
}

/** Compares printed numbers naturally: 121.2 < 121.10 < 122.1. */
export function compareNumbers(a: string | null, b: string | null): number {
  return numberSortKey(a) - numberSortKey(b)
}

/** Counts by position. */
export type PositionCounts = Record<Position, number>

/** The rows that pass a filter, in the chosen order, with their counts by position. */
export interface RegisterResult {
  /** Global indexes (see register-table.ts), in display order. */
  indices: Uint32Array
  counts: PositionCounts
}

function emptyCounts(): PositionCounts {
  return { supported: 0, noted: 0, 'supported-in-part': 0, pending: 0 }
}

// -------------------------------------------------------------------------------------------------
// Filtering

/*
 * Each facet in use gives a mask over the global indexes (1 = passes), worked out by its own small
 * loop and remembered until the table changes; a filter change then only ANDs a few masks. One big
 * loop with a branch per facet was slower: each facet used for the first time sent it back to the
 * interpreter (V8 deoptimises on a branch it has never seen taken).
 */

type Mask = Uint8Array

function maskFor(table: RegisterTable, key: string, compute: (mask: Mask) => void): Mask {
  return table.derived(`mask:${key}`, () => {
    const mask = new Uint8Array(table.capacity)
    compute(mask)
    return mask
  })
}

/** Rows whose value in a numeric column equals `value`. */
function numberMask(table: RegisterTable, key: string, column: (d: RegisterChunkData) => Uint8Array | Uint16Array, value: number): Mask {
  return maskFor(table, key, (mask) => {
    for (const d of table.chunkList()) {
      const values = column(d)
      const base = d.id * CHUNK_SLOTS
      for (let i = 0; i < d.size; i++) if (values[i] === value) mask[base + i] = 1
    }
  })
}

/** Rows whose single coded value (State under review) passes `accept`. */
function valueMask(table: RegisterTable, key: string, accept: (value: string) => boolean): Mask {
  return maskFor(table, key, (mask) => {
    for (const d of table.chunkList()) {
      const ok = flags(d.stateUnderReview.dict, accept)
      if (!ok.includes(1)) continue
      const codes = d.stateUnderReview.codes
      const base = d.id * CHUNK_SLOTS
      for (let i = 0; i < d.size; i++) if (ok[codes[i]!] === 1) mask[base + i] = 1
    }
  })
}

/** Rows with any value in a list column that passes `accept`. */
function listMask(table: RegisterTable, key: string, column: (d: RegisterChunkData) => ListColumn, accept: (value: string) => boolean): Mask {
  return maskFor(table, key, (mask) => {
    for (const d of table.chunkList()) {
      const { dict, offsets, values } = column(d)
      const ok = flags(dict, accept)
      if (!ok.includes(1)) continue
      const base = d.id * CHUNK_SLOTS
      for (let i = 0; i < d.size; i++) {
        for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
          if (ok[values[k]!] === 1) {
            mask[base + i] = 1
            break
          }
        }
      }
    }
  })
}

function flags(dict: readonly string[], test: (value: string) => boolean): Uint8Array {
  const out = new Uint8Array(dict.length)
  for (let i = 0; i < dict.length; i++) if (test(dict[i]!)) out[i] = 1
  return out
}

/** The masks of the facets in use (the query excepted). */
function facetMasks(table: RegisterTable, filter: RegisterFilter, regionOf: RegionOf): Mask[] {
  const masks: Mask[] = []
  const f = filter
  if (f.cycle) masks.push(numberMask(table, `cycle=${f.cycle}`, (d) => d.cycle, Number(f.cycle)))
  if (f.session) masks.push(numberMask(table, `session=${f.session}`, (d) => d.session, Number(f.session)))
  if (f.position) masks.push(numberMask(table, `position=${f.position}`, (d) => d.position, POSITIONS.indexOf(f.position)))
  if (f.actionCategory) masks.push(numberMask(table, `category=${f.actionCategory}`, (d) => d.actionCategory, Number(f.actionCategory)))
  if (f.implementationStatus) masks.push(numberMask(table, `status=${f.implementationStatus}`, (d) => d.implementationStatus, IMPLEMENTATION_STATUSES.indexOf(f.implementationStatus)))
  if (f.madeByUs) masks.push(numberMask(table, `madeByUs=${f.madeByUs}`, (d) => d.madeByUs, f.madeByUs === 'yes' ? 1 : 0))
  if (f.stateUnderReview) masks.push(valueMask(table, `sur=${f.stateUnderReview}`, (s) => s === f.stateUnderReview))
  if (f.stateUnderReviewRegion) masks.push(valueMask(table, `surRegion=${f.stateUnderReviewRegion}`, (s) => regionOf(s) === f.stateUnderReviewRegion))
  if (f.recommendingState) masks.push(listMask(table, `rs=${f.recommendingState}`, (d) => d.recommendingStates, (s) => s === f.recommendingState))
  if (f.region) masks.push(listMask(table, `rsRegion=${f.region}`, (d) => d.recommendingStates, (s) => regionOf(s) === f.region))
  if (f.theme) masks.push(listMask(table, `theme=${f.theme}`, (d) => d.themes, (s) => s === f.theme))
  if (f.affectedPerson) masks.push(listMask(table, `person=${f.affectedPerson}`, (d) => d.affectedPersons, (s) => s === f.affectedPerson))
  // A goal ("5") matches its targets ("5.2"); a target matches itself.
  if (f.sdgTarget) masks.push(listMask(table, `sdg=${f.sdgTarget}`, (d) => d.sdgTargets, (t) => t === f.sdgTarget || t.startsWith(`${f.sdgTarget}.`)))
  return masks
}

/**
 * The rows that pass the filter, in the order of `sort`. Every facet is an AND; a list facet (themes,
 * recommending States ...) passes when any of the row's values matches.
 */
export function queryRegister(table: RegisterTable, filter: RegisterFilter, sort: SortKey, regionOf: RegionOf): RegisterResult {
  const order = sortOrder(table, sort)
  if (activeFilterCount(filter) === 0) return { indices: order, counts: allCounts(table) }
  const query = parseQuery(filter.query)
  const searching = !isEmptyQuery(query)
  const search = searching ? matchSearch(table, query) : null
  if (searching && !search) return { indices: new Uint32Array(0), counts: emptyCounts() }

  // Start from the smallest set: the search's hits, or the first mask; AND the others in.
  const masks = facetMasks(table, filter, regionOf)
  // A query of spaces or punctuation only, and no facet: nothing to filter by.
  if (!search && masks.length === 0) return { indices: order, counts: allCounts(table) }
  const pass = scratch(table, 'pass')
  if (search) {
    const { hits, needed } = search
    for (let i = 0; i < pass.length; i++) pass[i] = hits[i] === needed ? 1 : 0
  } else {
    pass.set(masks.shift()!)
  }
  for (const mask of masks) for (let i = 0; i < pass.length; i++) pass[i]! &= mask[i]!
  if (search && search.phrases.length > 0) keepPhrases(table, pass, search.phrases)

  const byPosition = new Uint32Array(POSITIONS.length)
  let matched = 0
  for (const d of table.chunkList()) {
    const base = d.id * CHUNK_SLOTS
    for (let i = 0; i < d.size; i++) {
      if (pass[base + i] === 1) {
        byPosition[d.position[i]!]!++
        matched++
      }
    }
  }
  const indices = new Uint32Array(matched)
  for (let k = 0, j = 0; j < matched && k < order.length; k++) {
    const index = order[k]!
    if (pass[index] === 1) indices[j++] = index
  }
  return { indices, counts: countsOf(byPosition) }
}

/** Clears the rows that hold a phrase's stems but not in order (in none of its languages). */
function keepPhrases(table: RegisterTable, pass: Mask, phrases: readonly (readonly Uint32Array[])[]): void {
  for (const d of table.chunkList()) {
    const base = d.id * CHUNK_SLOTS
    for (let i = 0; i < d.size; i++) {
      if (pass[base + i] !== 1) continue
      const from = d.tokenOffsets[i]!
      const to = d.tokenOffsets[i + 1]!
      for (const sequences of phrases) {
        if (!sequences.some((phrase) => hasSequence(d.tokens, from, to, phrase))) {
          pass[base + i] = 0
          break
        }
      }
    }
  }
}

function countsOf(byPosition: Uint32Array): PositionCounts {
  const counts = emptyCounts()
  POSITIONS.forEach((p, i) => (counts[p] = byPosition[i] ?? 0))
  return counts
}

function allCounts(table: RegisterTable): PositionCounts {
  return table.derived('counts', () => {
    const byPosition = new Uint32Array(POSITIONS.length)
    for (const data of table.chunkList()) for (let i = 0; i < data.size; i++) byPosition[data.position[i]!]!++
    return countsOf(byPosition)
  })
}

// -------------------------------------------------------------------------------------------------
// Sorting

const POSITION_RANK: readonly number[] = POSITIONS.map((p) => ({ supported: 0, 'supported-in-part': 1, noted: 2, pending: 3 })[p])

/** Every row's global index in the order of `key` (remembered until the table changes). */
export function sortOrder(table: RegisterTable, key: SortKey): Uint32Array {
  return table.order(key, () => computeOrder(table, key))
}

function computeOrder(table: RegisterTable, key: SortKey): Uint32Array {
  const chunks = table.chunkList()
  const n = table.size
  const index = new Uint32Array(n)
  const k1 = new Float64Array(n)
  const k2 = new Float64Array(n)
  const ids: string[] = new Array<string>(n)
  const register = key === 'register' ? null : rankOf(sortOrder(table, 'register'), table.capacity)
  // States under review by code, for a numeric key.
  const surNames = new Set<string>()
  for (const data of chunks) for (const s of data.stateUnderReview.dict) surNames.add(s)
  const surRank = new Map([...surNames].sort().map((s, i) => [s, i]))
  let p = 0
  for (const data of chunks) {
    const base = data.id * CHUNK_SLOTS
    const surOf = data.stateUnderReview.dict.map((s) => surRank.get(s)!)
    for (let i = 0; i < data.size; i++, p++) {
      index[p] = base + i
      const session = data.session[i]!
      const sur = surOf[data.stateUnderReview.codes[i]!]!
      switch (key) {
        case 'register':
          k1[p] = session * 65536 + sur
          k2[p] = data.numberKey[i]!
          ids[p] = data.ids[i]!
          break
        case 'number':
          k1[p] = session
          k2[p] = data.numberKey[i]!
          break
        case 'stateUnderReview':
          k1[p] = sur * 65536 + session
          k2[p] = data.numberKey[i]!
          break
        case 'position':
          k1[p] = POSITION_RANK[data.position[i]!] ?? 3
          break
        case 'actionCategory':
          k1[p] = -data.actionCategory[i]!
          break
        case 'updated':
          k1[p] = -(Date.parse(data.updatedAt[i]!) || 0)
          break
      }
    }
  }
  const positions = new Uint32Array(n)
  for (let i = 0; i < n; i++) positions[i] = i
  if (register === null) {
    positions.sort((a, b) => k1[a]! - k1[b]! || k2[a]! - k2[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0))
  } else {
    // Ties keep register order.
    const tie = new Uint32Array(n)
    for (let i = 0; i < n; i++) tie[i] = register[index[i]!]!
    positions.sort((a, b) => k1[a]! - k1[b]! || k2[a]! - k2[b]! || tie[a]! - tie[b]!)
  }
  const out = new Uint32Array(n)
  for (let i = 0; i < n; i++) out[i] = index[positions[i]!]!
  return out
}

/** Position of every global index in an order. */
function rankOf(order: Uint32Array, capacity: number): Uint32Array {
  const rank = new Uint32Array(capacity)
  for (let i = 0; i < order.length; i++) rank[order[i]!] = i
  return rank
}

// -------------------------------------------------------------------------------------------------
// Grouping

/** The list's rows, read by position: a group heading, or a row of the table. */
export interface RegisterRows {
  length: number
  /** True when group headings are mixed in (rows of two heights). */
  grouped: boolean
  /** The global index of the row at position i, or -1 for a heading (or out of range). */
  indexAt(i: number): number
  /** The group heading at position i, if it is one. */
  groupAt(i: number): { key: string; count: number } | undefined
  /** The position of a row (its first, when grouped), or -1. */
  positionOf(index: number): number
}

/**
 * Rows for the list: the result as it is, or under group headings ordered by label (the empty key
 * last). A row with several themes or States appears under each (as in the OHCHR thematic lists);
 * rows with none go under "".
 */
export function groupRows(table: RegisterTable, indices: Uint32Array, key: GroupKey, labelOf: (key: string) => string, compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b)): RegisterRows {
  if (key === 'none') {
    return {
      length: indices.length,
      grouped: false,
      indexAt: (i) => (i >= 0 && i < indices.length ? indices[i]! : -1),
      groupAt: () => undefined,
      positionOf: (index) => indices.indexOf(index)
    }
  }
  const groups = new Map<string, number[]>()
  const add = (k: string, index: number) => {
    let list = groups.get(k)
    if (!list) groups.set(k, (list = []))
    list.push(index)
  }
  for (const index of indices) {
    const at = table.locate(index)
    if (!at) continue
    const d = at.chunk
    if (key === 'position') {
      add(POSITIONS[d.position[at.row]!] ?? 'pending', index)
      continue
    }
    const column = key === 'theme' ? d.themes : d.recommendingStates
    const from = column.offsets[at.row]!
    const to = column.offsets[at.row + 1]!
    if (from === to) add('', index)
    for (let k = from; k < to; k++) add(column.dict[column.values[k]!]!, index)
  }
  const labels = new Map([...groups.keys()].map((k) => [k, labelOf(k)]))
  const ordered = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : compare(labels.get(a)!, labels.get(b)!)))
  let length = 0
  for (const list of groups.values()) length += list.length + 1
  // >= 0: a global index; < 0: -(heading number + 1).
  const entries = new Int32Array(length)
  const headings: { key: string; count: number }[] = []
  let p = 0
  for (const k of ordered) {
    const list = groups.get(k)!
    entries[p++] = -(headings.length + 1)
    headings.push({ key: k, count: list.length })
    for (const index of list) entries[p++] = index
  }
  return {
    length,
    grouped: true,
    indexAt: (i) => (i >= 0 && i < length && entries[i]! >= 0 ? entries[i]! : -1),
    groupAt: (i) => (i >= 0 && i < length && entries[i]! < 0 ? headings[-entries[i]! - 1] : undefined),
    positionOf: (index) => entries.indexOf(index)
  }
}

// -------------------------------------------------------------------------------------------------
// Facets

/** The values present in the register, so that every filter offers only what can match. */
export interface RegisterFacets {
  cycles: number[]
  sessions: number[]
  statesUnderReview: string[]
  recommendingStates: string[]
  themes: string[]
  affectedPersons: string[]
  sdgTargets: string[]
}

/** The facet values of the whole register (remembered until the table changes). */
export function facetsOf(table: RegisterTable): RegisterFacets {
  return table.derived('facets', () => {
    const cycles = new Set<number>()
    const sessions = new Set<number>()
    const sur = new Set<string>()
    const rs = new Set<string>()
    const themes = new Set<string>()
    const persons = new Set<string>()
    const sdgs = new Set<string>()
    for (const data of table.chunkList()) {
      for (let i = 0; i < data.size; i++) {
        if (data.cycle[i]! > 0) cycles.add(data.cycle[i]!)
        if (data.session[i]! > 0) sessions.add(data.session[i]!)
      }
      // Chunks are encoded from their rows, so their dictionaries hold exactly the values in use.
      for (const s of data.stateUnderReview.dict) sur.add(s)
      for (const s of data.recommendingStates.dict) rs.add(s)
      for (const s of data.themes.dict) themes.add(s)
      for (const s of data.affectedPersons.dict) persons.add(s)
      for (const s of data.sdgTargets.dict) sdgs.add(s)
    }
    return {
      cycles: [...cycles].sort((a, b) => a - b),
      sessions: [...sessions].sort((a, b) => a - b),
      statesUnderReview: [...sur],
      recommendingStates: [...rs],
      themes: [...themes].sort(),
      affectedPersons: [...persons].sort(),
      sdgTargets: [...sdgs].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    }
  })
}
