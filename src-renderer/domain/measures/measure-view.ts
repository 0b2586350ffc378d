/**
 * What the measures pages show, computed from the records: the filtered list, the measures per right or
 * group, the timeline and the figures behind the charts. Pure and fast enough to recompute on every key.
 */
import type { CalendarDate, MeasureStatus, MeasureType, Money, RecoveryMeasure } from '../model'
import { isEmptyQuery, matchesQuery, parseQuery, searchableText } from '../search-text'
import { totalsByCurrency } from './money'
import { goalOfTarget, measureTags, type MeasureTagKind } from './measure-tags'

/** The list's filters; empty strings mean "any". */
export interface MeasureFilter {
  query: string
  type: MeasureType | ''
  status: MeasureStatus | ''
  right: string
  group: string
  /** An SDG goal number ("3") or a target ("3.8"). */
  sdg: string
  goodPractice: '' | 'yes' | 'no'
}

export const EMPTY_MEASURE_FILTER: MeasureFilter = { query: '', type: '', status: '', right: '', group: '', sdg: '', goodPractice: '' }

// Stemming every text on each key press would cost ~40 µs a measure; records are immutable snapshots
// (a change gives a new object), so the prepared text is kept per object.
const SEARCH_TEXT = new WeakMap<RecoveryMeasure, string>()

/** The words a measure can be found by: title, description, body, instrument, results, lessons. */
export function measureSearchText(m: RecoveryMeasure): string {
  let text = SEARCH_TEXT.get(m)
  if (text === undefined) {
    text = searchableText([m.title, m.description, m.responsibleBody, m.legalInstrument, m.results, m.indicators, m.lessonsLearned].join(' '))
    SEARCH_TEXT.set(m, text)
  }
  return text
}

/** The measures that pass the filter, in title order. */
export function filterMeasures(measures: readonly RecoveryMeasure[], filter: MeasureFilter): RecoveryMeasure[] {
  const query = parseQuery(filter.query)
  const searching = !isEmptyQuery(query)
  const out = measures.filter((m) => {
    if (filter.type && m.type !== filter.type) return false
    if (filter.status && m.status !== filter.status) return false
    if (filter.right && !m.rights.includes(filter.right)) return false
    if (filter.group && !m.groups.includes(filter.group)) return false
    if (filter.sdg && !m.sdgTargets.some((t) => t === filter.sdg || t.startsWith(`${filter.sdg}.`))) return false
    if (filter.goodPractice && m.goodPractice !== (filter.goodPractice === 'yes')) return false
    return !searching || matchesQuery(measureSearchText(m), query)
  })
  return sortByTitle(out)
}

/** Sorts measures by title, ignoring case and accents. */
export function sortByTitle(measures: RecoveryMeasure[]): RecoveryMeasure[] {
  return measures.sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id))
}

/** Measures under one tag of a taxonomy; `tag` is null for the measures without any. */
export interface TagSection {
  tag: string | null
  measures: RecoveryMeasure[]
}

/** The measures per right (or group): a measure with several appears under each; empty tags are left out. */
export function measuresByTag(measures: readonly RecoveryMeasure[], kind: 'rights' | 'groups'): TagSection[] {
  const sections: TagSection[] = []
  for (const tag of measureTags(kind)) {
    const under = measures.filter((m) => m[kind].includes(tag.id))
    if (under.length) sections.push({ tag: tag.id, measures: sortByTitle(under) })
  }
  const known = new Set(measureTags(kind).map((t) => t.id))
  const unknown = [...new Set(measures.flatMap((m) => m[kind]).filter((t) => !known.has(t)))].sort()
  for (const tag of unknown) sections.push({ tag, measures: sortByTitle(measures.filter((m) => m[kind].includes(tag))) })
  const none = measures.filter((m) => m[kind].length === 0)
  if (none.length) sections.push({ tag: null, measures: sortByTitle([...none]) })
  return sections
}

/** One measure on the timeline: when it started and when it ended (null: still running or unknown). */
export interface TimelineEntry {
  measure: RecoveryMeasure
  start: CalendarDate
  end: CalendarDate | null
}

/** The timeline: measures with a known start (in force from, else adopted), earliest first; the others apart. */
export function timeline(measures: readonly RecoveryMeasure[]): { entries: TimelineEntry[]; undated: RecoveryMeasure[] } {
  const entries: TimelineEntry[] = []
  const undated: RecoveryMeasure[] = []
  for (const m of measures) {
    const start = m.inForceFrom ?? m.adoptedOn
    if (start) entries.push({ measure: m, start, end: m.endedOn })
    else undated.push(m)
  }
  entries.sort((a, b) => a.start.localeCompare(b.start) || a.measure.title.localeCompare(b.measure.title))
  return { entries, undated: sortByTitle(undated) }
}

/** The span a timeline covers, whole years, from the earliest start to the latest end (or today). */
export function timelineSpan(entries: readonly TimelineEntry[], today: CalendarDate): { from: CalendarDate; to: CalendarDate } | null {
  if (entries.length === 0) return null
  let from = entries[0]!.start
  let to = today
  for (const e of entries) {
    if (e.start < from) from = e.start
    const end = e.end ?? today
    if (end > to) to = end
  }
  return { from: `${from.slice(0, 4)}-01-01`, to: `${to.slice(0, 4)}-12-31` }
}

/** One bar: a tag and how many measures concern it. */
export interface CountBar {
  tag: string
  count: number
}

/** How many measures concern each tag (only tags with measures), most first. */
export function countsByTag(measures: readonly RecoveryMeasure[], kind: MeasureTagKind): CountBar[] {
  const counts = new Map<string, number>()
  for (const m of measures) for (const t of new Set(m[kind])) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
}

/** The measures per SDG goal (a measure with two targets of one goal counts once). */
export function countsByGoal(measures: readonly RecoveryMeasure[]): CountBar[] {
  const counts = new Map<number, number>()
  for (const m of measures) {
    const goals = new Set(m.sdgTargets.map(goalOfTarget).filter((g): g is number => g !== null))
    for (const g of goals) counts.set(g, (counts.get(g) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => a[0] - b[0]).map(([goal, count]) => ({ tag: String(goal), count }))
}

/** The budgets of one currency, per right: one chart each, because currencies are never added together. */
export interface CurrencyBudgets {
  currency: string
  /** Per right, the total budget of the measures concerning it, largest first. */
  byRight: { tag: string; amount: number }[]
  /** The total of the measures in this currency (each measure once). */
  total: number
}

/** Budget per right, one series per currency. A measure concerning several rights counts under each. */
export function budgetsByRight(measures: readonly RecoveryMeasure[]): CurrencyBudgets[] {
  const totals = totalsByCurrency(measures.map((m) => m.budget))
  return totals.map(({ currency, amount }) => {
    const byRight = new Map<string, number>()
    for (const m of measures) {
      if (m.budget?.currency !== currency) continue
      for (const r of new Set(m.rights)) byRight.set(r, (byRight.get(r) ?? 0) + m.budget.amount)
    }
    return {
      currency,
      total: amount,
      byRight: [...byRight].map(([tag, value]) => ({ tag, amount: value })).sort((a, b) => b.amount - a.amount || a.tag.localeCompare(b.tag))
    }
  })
}

/** The total budget of a set of measures, per currency. */
export function budgetTotals(measures: readonly RecoveryMeasure[]): Money[] {
  return totalsByCurrency(measures.map((m) => m.budget))
}
