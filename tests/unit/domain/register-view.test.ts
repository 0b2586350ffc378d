import fc from 'fast-check'
import { fixedRuns } from '../fuzz-seed'
import { describe, expect, it } from 'vitest'
import { RegisterTable, type RegisterRow } from '../../../src-renderer/domain/register-table'
import {
  EMPTY_FILTER,
  facetsOf,
  groupRows,
  normaliseFilter,
  queryRegister,
  sortOrder,
  type RegisterFilter,
  type SortKey
} from '../../../src-renderer/domain/register-view'
import { matchesQuery, parseQuery, preparedStems, searchableText } from '../../../src-renderer/domain/search-text'
import { row } from './register-rows'

const REGIONS: Record<string, string> = { SVN: 'Eastern European', PRT: 'Western European and others', ESP: 'Western European and others', GHA: 'African', BRA: 'Latin American and Caribbean', FRA: 'Western European and others' }
const regionOf = (iso3: string) => REGIONS[iso3]

const TEXTS = [
  'Ratify the Optional Protocol to the Convention against Torture',
  'Continue its efforts to combat domestic violence against women and girls',
  'Consider establishing a national human rights institution in line with the Paris Principles',
  'Strengthen measures to protect the rights of Roma children, in particular their access to education',
  'Ensure that civil society organizations can work freely and that human rights defenders are protected',
  'Take measures against trafficking in persons, in particular women and children',
  'Guarantee the freedom of expression of journalists and the independence of the media',
  'Ratified conventions should be reported on; society and civil servants must be trained'
]

/** A small register whose rows differ in every facet. */
function sampleRows(): RegisterRow[] {
  return Array.from({ length: 40 }, (_, i) => {
    const text = TEXTS[i % TEXTS.length]!
    const number = i % 7 === 0 ? null : `${120 + (i % 3)}.${1 + ((i * 7) % 13)}`
    const states = [['PRT'], ['GHA', 'ESP'], ['BRA'], [], ['FRA', 'PRT']][i % 5]!
    return row(i, {
      text,
      number,
      stateUnderReview: ['SVN', 'GHA', 'BRA'][i % 3]!,
      session: [20, 34, 48][i % 3]!,
      cycle: [2, 3, 4][i % 3]!,
      recommendingStates: states,
      recommendingStatesRaw: states.length ? states : ['Atlantis'],
      position: (['supported', 'noted', 'supported-in-part', 'pending'] as const)[i % 4]!,
      actionCategory: i % 6 === 0 ? null : (((i % 5) + 1) as RegisterRow['actionCategory']),
      themes: [["Women's rights"], ['Justice', 'Migrants'], [], ['Rights of the Child']][i % 4]!,
      affectedPersons: i % 2 ? ['women'] : ['children'],
      sdgTargets: [['5.2'], ['16.10', '5.1'], [], ['4.1']][i % 4]!,
      implementationStatus: (['not-started', 'in-progress', 'partially-implemented', 'fully-implemented'] as const)[i % 4]!,
      madeByUs: i % 9 === 0,
      updatedAt: new Date(Date.UTC(2026, 0, 1 + ((i * 13) % 40))).toISOString(),
      stems: preparedStems(searchableText(`${number ?? ''} ${text} ${(states.length ? states : ['Atlantis']).join(' ')}`))
    })
  })
}

/** The filter as the old one-record-at-a-time code applied it: the reference. */
function passes(r: RegisterRow, f: RegisterFilter): boolean {
  if (f.cycle && r.cycle !== Number(f.cycle)) return false
  if (f.session && r.session !== Number(f.session)) return false
  if (f.stateUnderReview && r.stateUnderReview !== f.stateUnderReview) return false
  if (f.stateUnderReviewRegion && regionOf(r.stateUnderReview) !== f.stateUnderReviewRegion) return false
  if (f.recommendingState && !r.recommendingStates.includes(f.recommendingState)) return false
  if (f.region && !r.recommendingStates.some((s) => regionOf(s) === f.region)) return false
  if (f.position && r.position !== f.position) return false
  if (f.actionCategory && r.actionCategory !== Number(f.actionCategory)) return false
  if (f.theme && !r.themes.includes(f.theme)) return false
  if (f.affectedPerson && !r.affectedPersons.includes(f.affectedPerson)) return false
  if (f.sdgTarget && !r.sdgTargets.some((t) => t === f.sdgTarget || t.startsWith(`${f.sdgTarget}.`))) return false
  if (f.implementationStatus && r.implementationStatus !== f.implementationStatus) return false
  if (f.madeByUs && r.madeByUs !== (f.madeByUs === 'yes')) return false
  const query = parseQuery(f.query)
  return matchesQuery(` ${r.stems.join(' ')} `, query)
}

const idsOf = (table: RegisterTable, indices: Uint32Array) => [...indices].map((i) => table.idAt(i)!)

describe('queryRegister', () => {
  const rows = sampleRows()
  const table = RegisterTable.fromRows(rows)

  it('with no filter, gives every row in register order with the counts by position', () => {
    const result = queryRegister(table, EMPTY_FILTER, 'register', regionOf)
    expect(result.indices).toHaveLength(40)
    expect(result.counts).toEqual({ supported: 10, noted: 10, 'supported-in-part': 10, pending: 10 })
  })

  it('filters on the region of the State under review, apart from the recommending States’ region', () => {
    const african = queryRegister(table, { ...EMPTY_FILTER, stateUnderReviewRegion: 'African' }, 'register', regionOf)
    expect(new Set(idsOf(table, african.indices).map((id) => rows.find((r) => r.id === id)!.stateUnderReview))).toEqual(new Set(['GHA']))
    const byRecommending = queryRegister(table, { ...EMPTY_FILTER, region: 'African' }, 'register', regionOf)
    expect(idsOf(table, byRecommending.indices).every((id) => rows.find((r) => r.id === id)!.recommendingStates.includes('GHA'))).toBe(true)
    expect(byRecommending.indices.length).not.toBe(african.indices.length)
  })

  it('matches a goal against its targets and a target against itself', () => {
    const goal = queryRegister(table, { ...EMPTY_FILTER, sdgTarget: '5' }, 'register', regionOf)
    expect(goal.indices).toHaveLength(20)
    const target = queryRegister(table, { ...EMPTY_FILTER, sdgTarget: '5.1' }, 'register', regionOf)
    expect(target.indices).toHaveLength(10)
  })

  it('searches word forms and exact phrases in order', () => {
    const search = (query: string) => queryRegister(table, { ...EMPTY_FILTER, query }, 'register', regionOf).indices.length
    expect(search('ratified')).toBe(10) // "Ratify" and "Ratified"
    expect(search('"civil society"')).toBe(5) // not "society and civil servants"
    expect(search('civil society')).toBe(10)
    expect(search('CHILDRÉN torture')).toBe(0)
    expect(search('nothingsuchword')).toBe(0)
    // Nothing searchable typed (spaces, punctuation): every row.
    expect(search('   ')).toBe(40)
    expect(search('!? …')).toBe(40)
  })

  it('gives exactly what filtering row by row gives, for any combination of facets and words', () => {
    const facetValue = <K extends keyof RegisterFilter>(key: K, values: RegisterFilter[K][]) => fc.constantFrom<RegisterFilter[K]>('' as RegisterFilter[K], ...values).map((v) => ({ [key]: v }))
    const words = fc.constantFrom('ratify', 'women', 'child', 'rights', 'protect', 'paris', '"human rights"', '"civil society"', 'atlantis', '122', 'r', 'zzz', '!', '"', ' ')
    const filterArb = fc
      .tuple(
        facetValue('cycle', ['2', '3']),
        facetValue('session', ['34', '48']),
        facetValue('stateUnderReview', ['SVN', 'BRA']),
        facetValue('stateUnderReviewRegion', ['African', 'Eastern European']),
        facetValue('recommendingState', ['PRT', 'GHA']),
        facetValue('region', ['Western European and others', 'Latin American and Caribbean']),
        facetValue('position', ['noted', 'pending']),
        facetValue('actionCategory', ['1', '5']),
        facetValue('theme', ['Justice', "Women's rights"]),
        facetValue('affectedPerson', ['women']),
        facetValue('sdgTarget', ['5', '16.10']),
        facetValue('implementationStatus', ['in-progress']),
        facetValue('madeByUs', ['yes', 'no']),
        fc.array(words, { maxLength: 3 }).map((w) => ({ query: w.join(' ') }))
      )
      .map((parts) => normaliseFilter(Object.assign({}, ...parts) as Record<string, string>))
    const sortArb = fc.constantFrom<SortKey>('register', 'number', 'stateUnderReview', 'position', 'actionCategory', 'updated')
    fc.assert(
      fc.property(filterArb, sortArb, (filter, sort) => {
        const result = queryRegister(table, filter, sort, regionOf)
        const expected = idsOf(table, sortOrder(table, sort)).filter((id) => passes(rows.find((r) => r.id === id)!, filter))
        expect(idsOf(table, result.indices)).toEqual(expected)
        const counts = { supported: 0, noted: 0, 'supported-in-part': 0, pending: 0 }
        for (const id of expected) counts[rows.find((r) => r.id === id)!.position]++
        expect(result.counts).toEqual(counts)
      }),
      fixedRuns(300)
    )
  })

  it('stays right after the table changes (remembered masks and orders are dropped)', () => {
    const changing = RegisterTable.fromRows(sampleRows())
    const before = queryRegister(changing, { ...EMPTY_FILTER, position: 'noted', query: 'women' }, 'register', regionOf).indices.length
    const target = changing.rowAt(changing.indexOf(rows[1]!.id)!)!
    changing.apply([{ ...target, position: 'supported' }], [])
    expect(queryRegister(changing, { ...EMPTY_FILTER, position: 'noted', query: 'women' }, 'register', regionOf).indices.length).toBe(before - 1)
  })
})

describe('sortOrder', () => {
  const rows = sampleRows()
  const table = RegisterTable.fromRows(rows)
  const sorted = (key: SortKey) => idsOf(table, sortOrder(table, key)).map((id) => rows.find((r) => r.id === id)!)
  const numberKey = (n: string | null) => (n === null ? Infinity : Number(n.split('.')[0]) * 1e4 + Number(n.split('.')[1]))

  it('puts the register in session, State under review, printed number (121.2 before 121.10), then creation order', () => {
    const expected = [...rows].sort(
      (a, b) => a.session! - b.session! || a.stateUnderReview.localeCompare(b.stateUnderReview) || numberKey(a.number) - numberKey(b.number) || a.id.localeCompare(b.id)
    )
    expect(sorted('register').map((r) => r.id)).toEqual(expected.map((r) => r.id))
  })

  it('sorts by category strongest first, and by last change newest first, ties in register order', () => {
    const register = sorted('register').map((r) => r.id)
    const byCategory = sorted('actionCategory')
    for (let i = 1; i < byCategory.length; i++) {
      const a = byCategory[i - 1]!
      const b = byCategory[i]!
      expect((a.actionCategory ?? 0) >= (b.actionCategory ?? 0)).toBe(true)
      if ((a.actionCategory ?? 0) === (b.actionCategory ?? 0)) expect(register.indexOf(a.id)).toBeLessThan(register.indexOf(b.id))
    }
    const byUpdate = sorted('updated')
    for (let i = 1; i < byUpdate.length; i++) expect(byUpdate[i - 1]!.updatedAt >= byUpdate[i]!.updatedAt).toBe(true)
  })
})

describe('groupRows and facetsOf', () => {
  const rows = sampleRows()
  const table = RegisterTable.fromRows(rows)

  it('lists a row under each of its themes, groups ordered by label with "no value" last', () => {
    const all = queryRegister(table, EMPTY_FILTER, 'register', regionOf).indices
    const grouped = groupRows(table, all, 'theme', (k) => k)
    const headings: { key: string; count: number }[] = []
    for (let i = 0; i < grouped.length; i++) {
      const g = grouped.groupAt(i)
      if (g) headings.push(g)
      else expect(grouped.indexAt(i)).toBeGreaterThanOrEqual(0)
    }
    expect(headings).toEqual([
      { key: 'Justice', count: 10 },
      { key: 'Migrants', count: 10 },
      { key: 'Rights of the Child', count: 10 },
      { key: "Women's rights", count: 10 },
      { key: '', count: 10 }
    ])
    expect(grouped.length).toBe(50 + 5)
    expect(grouped.positionOf(all[0]!)).toBeGreaterThan(0)
    const flat = groupRows(table, all, 'none', (k) => k)
    expect(flat.grouped).toBe(false)
    expect(flat.indexAt(3)).toBe(all[3])
    expect(flat.positionOf(all[3]!)).toBe(3)
  })

  it('offers only the values present in the register', () => {
    const facets = facetsOf(table)
    expect(facets.cycles).toEqual([2, 3, 4])
    expect(facets.sessions).toEqual([20, 34, 48])
    expect(new Set(facets.statesUnderReview)).toEqual(new Set(['SVN', 'GHA', 'BRA']))
    expect(facets.sdgTargets).toEqual(['4.1', '5.1', '5.2', '16.10'])
  })
})

describe('normaliseFilter', () => {
  it('keeps the known facets of a saved view and drops anything else', () => {
    expect(normaliseFilter({ position: 'noted', stateUnderReviewRegion: 'African', bogus: 'x', theme: 3 })).toEqual({ ...EMPTY_FILTER, position: 'noted', stateUnderReviewRegion: 'African' })
  })
})

