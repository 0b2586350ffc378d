/** Search-as-you-type over recommendations and measures, for linking one to the other. */
import type { Recommendation, RecoveryMeasure } from '../model'
import { compareNumbers } from '../register-view'
import { currentSearchText, isEmptyQuery, matchesQuery, parseQuery } from '../search-text'
import { measureSearchText } from './measure-view'

/** The recommendations that match what is typed: a paragraph number ("105.1" finds 105.1, 105.10 ...) or words. */
export function searchRecommendationsToLink(
  records: readonly Recommendation[],
  typed: string,
  options: { stateUnderReview: string; exclude: ReadonlySet<string>; limit: number }
): Recommendation[] {
  const text = typed.trim()
  if (text === '') return []
  const byNumber = /^\d+(\.\d*)?$/.test(text)
  const query = parseQuery(text)
  if (!byNumber && isEmptyQuery(query)) return []
  const out: Recommendation[] = []
  for (const r of records) {
    if (r.stateUnderReview !== options.stateUnderReview || r.madeByUs || options.exclude.has(r.id)) continue
    const hit = byNumber ? (r.number ?? '').startsWith(text) : matchesQuery(currentSearchText(r.searchText, () => `${r.number ?? ''} ${r.text}`), query)
    if (hit) out.push(r)
  }
  out.sort((a, b) => (b.session ?? 0) - (a.session ?? 0) || compareNumbers(a.number, b.number))
  return out.slice(0, options.limit)
}

/** The measures whose title or texts match what is typed. */
export function searchMeasuresToLink(measures: readonly RecoveryMeasure[], typed: string, options: { exclude: ReadonlySet<string>; limit: number }): RecoveryMeasure[] {
  const query = parseQuery(typed)
  if (isEmptyQuery(query)) return []
  return measures.filter((m) => !options.exclude.has(m.id) && matchesQuery(measureSearchText(m), query)).slice(0, options.limit)
}
