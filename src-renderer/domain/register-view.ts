/**
 * The register's view of the recommendations: filter, search, sort and group, in memory, over the
 * compact table (register-table.ts). Pure and fast enough for 100,000 rows on every keystroke: one
 * pass over typed arrays, searches matched on stem numbers, sort orders worked out once per change.
 */
import type { ActionCategory, ImplementationStatus, Position } from './model'
import { IMPLEMENTATION_STATUSES, POSITIONS } from './model'
import { CHUNK_SLOTS, numberSortKey, type ListColumn, type RegisterTable, type Vocabulary } from './register-table'
import { isEmptyQuery, parseQuery, type SearchQuery } from './search-text'

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
// Search on stem numbers

/** A query compiled against the register's vocabulary. */
interface CompiledSearch {
  /** Per group of up to 30 terms: vocabulary code -> bits of the terms that code satisfies. */
  groups: { bits: Uint32Array; all: number }[]
  /** Exact stem sequences. */
  phrases: Uint32Array[]
  /** A term or phrase that no row can match. */
  impossible: boolean
}

function compileSearch(query: SearchQuery, vocabulary: Vocabulary): CompiledSearch {
  const size = vocabulary.words.length
  const groups: CompiledSearch['groups'] = []
  let impossible = false
  query.terms.forEach((term, t) => {
    const bit = t % 30
    if (bit === 0) groups.push({ bits: new Uint32Array(size), all: 0 })
    const group = groups[groups.length - 1]!
    // Each term matches every stem it begins (" ratif" matches ratify, ratified, ratification).
    const codes = vocabulary.startingWith(term.trim())
    if (codes.length === 0) impossible = true
    for (const code of codes) group.bits[code]! |= 1 << bit
    group.all |= 1 << bit
  })
  const phrases: Uint32Array[] = []
  for (const phrase of query.phrases) {
    const codes = phrase.trim().split(' ').map((stem) => vocabulary.codeOf(stem))
    if (codes.some((c) => c < 0)) impossible = true
    else phrases.push(Uint32Array.from(codes))
  }
  return { groups, phrases, impossible }
}

function hasSequence(tokens: Uint32Array, from: number, to: number, phrase: Uint32Array): boolean {
  const last = to - phrase.length
  outer: for (let k = from; k <= last; k++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[k + j] !== phrase[j]) continue outer
    return true
  }
  return false
}

function searchMatches(search: CompiledSearch, tokens: Uint32Array, from: number, to: number): boolean {
  for (const { bits, all } of search.groups) {
    let seen = 0
    for (let k = from; k < to && seen !== all; k++) seen |= bits[tokens[k]!]!
    if (seen !== all) return false
  }
  for (const phrase of search.phrases) if (!hasSequence(tokens, from, to, phrase)) return false
  return true
}

// -------------------------------------------------------------------------------------------------
// Filtering

function hasCode(column: ListColumn, row: number, code: number): boolean {
  const values = column.values
  for (let k = column.offsets[row]!, end = column.offsets[row + 1]!; k < end; k++) if (values[k] === code) return true
  return false
}

function hasAny(column: ListColumn, row: number, ok: Uint8Array): boolean {
  const values = column.values
  for (let k = column.offsets[row]!, end = column.offsets[row + 1]!; k < end; k++) if (ok[values[k]!] === 1) return true
  return false
}

function flags(dict: readonly string[], test: (value: string) => boolean): Uint8Array {
  const out = new Uint8Array(dict.length)
  for (let i = 0; i < dict.length; i++) if (test(dict[i]!)) out[i] = 1
  return out
}

/**
 * The rows that pass the filter, in the order of `sort`. Every facet is an AND; a list facet (themes,
 * recommending States ...) passes when any of the row's values matches.
 */
export function queryRegister(table: RegisterTable, filter: RegisterFilter, sort: SortKey, regionOf: RegionOf): RegisterResult {
  const order = sortOrder(table, sort)
  if (activeFilterCount(filter) === 0) return { indices: order, counts: allCounts(table) }
  const query = parseQuery(filter.query)
  const search = isEmptyQuery(query) ? null : compileSearch(query, table.vocabulary)
  const counts = emptyCounts()
  if (search?.impossible) return { indices: new Uint32Array(0), counts }
  const cycle = filter.cycle ? Number(filter.cycle) : -1
  const session = filter.session ? Number(filter.session) : -1
  const category = filter.actionCategory ? Number(filter.actionCategory) : -1
  const position = filter.position ? POSITIONS.indexOf(filter.position) : -1
  const status = filter.implementationStatus ? IMPLEMENTATION_STATUSES.indexOf(filter.implementationStatus) : -1
  const madeByUs = filter.madeByUs === '' ? -1 : filter.madeByUs === 'yes' ? 1 : 0
  const sdg = filter.sdgTarget
  const mask = new Uint8Array(table.capacity)
  let matched = 0

  for (const chunk of table.chunkList()) {
    const d = chunk.data
    // Codes of the wanted values in this chunk's dictionaries; a value the chunk lacks skips it whole.
    const sur = filter.stateUnderReview ? d.stateUnderReview.dict.indexOf(filter.stateUnderReview) : -1
    if (filter.stateUnderReview && sur < 0) continue
    const surRegion = filter.stateUnderReviewRegion ? flags(d.stateUnderReview.dict, (s) => regionOf(s) === filter.stateUnderReviewRegion) : null
    if (surRegion && !surRegion.includes(1)) continue
    const rs = filter.recommendingState ? d.recommendingStates.dict.indexOf(filter.recommendingState) : -1
    if (filter.recommendingState && rs < 0) continue
    const rsRegion = filter.region ? flags(d.recommendingStates.dict, (s) => regionOf(s) === filter.region) : null
    if (rsRegion && !rsRegion.includes(1)) continue
    const theme = filter.theme ? d.themes.dict.indexOf(filter.theme) : -1
    if (filter.theme && theme < 0) continue
    const person = filter.affectedPerson ? d.affectedPersons.dict.indexOf(filter.affectedPerson) : -1
    if (filter.affectedPerson && person < 0) continue
    const sdgOk = sdg ? flags(d.sdgTargets.dict, (t) => t === sdg || t.startsWith(`${sdg}.`)) : null
    if (sdgOk && !sdgOk.includes(1)) continue
    const base = d.id * CHUNK_SLOTS
    const surCodes = d.stateUnderReview.codes
    const stems = d.stems.offsets

    for (let i = 0; i < d.size; i++) {
      if (cycle >= 0 && d.cycle[i] !== cycle) continue
      if (session >= 0 && d.session[i] !== session) continue
      if (position >= 0 && d.position[i] !== position) continue
      if (category >= 0 && d.actionCategory[i] !== category) continue
      if (status >= 0 && d.implementationStatus[i] !== status) continue
      if (madeByUs >= 0 && d.madeByUs[i] !== madeByUs) continue
      if (sur >= 0 && surCodes[i] !== sur) continue
      if (surRegion && surRegion[surCodes[i]!] !== 1) continue
      if (rs >= 0 && !hasCode(d.recommendingStates, i, rs)) continue
      if (rsRegion && !hasAny(d.recommendingStates, i, rsRegion)) continue
      if (theme >= 0 && !hasCode(d.themes, i, theme)) continue
      if (person >= 0 && !hasCode(d.affectedPersons, i, person)) continue
      if (sdgOk && !hasAny(d.sdgTargets, i, sdgOk)) continue
      if (search && !searchMatches(search, chunk.tokens, stems[i]!, stems[i + 1]!)) continue
      mask[base + i] = 1
      counts[POSITIONS[d.position[i]!] ?? 'pending']++
      matched++
    }
  }
  const indices = new Uint32Array(matched)
  for (let k = 0, j = 0; j < matched && k < order.length; k++) {
    const index = order[k]!
    if (mask[index] === 1) indices[j++] = index
  }
  return { indices, counts }
}

function allCounts(table: RegisterTable): PositionCounts {
  return table.derived('counts', () => {
    const counts = emptyCounts()
    for (const { data } of table.chunkList()) for (let i = 0; i < data.size; i++) counts[POSITIONS[data.position[i]!] ?? 'pending']++
    return counts
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
  for (const { data } of chunks) for (const s of data.stateUnderReview.dict) surNames.add(s)
  const surRank = new Map([...surNames].sort().map((s, i) => [s, i]))
  let p = 0
  for (const { data } of chunks) {
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
export function groupRows(table: RegisterTable, indices: Uint32Array, key: GroupKey, labelOf: (key: string) => string): RegisterRows {
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
    const d = at.chunk.data
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
  const ordered = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : labels.get(a)!.localeCompare(labels.get(b)!)))
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
    for (const { data } of table.chunkList()) {
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
