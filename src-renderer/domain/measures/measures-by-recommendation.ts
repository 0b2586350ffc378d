/**
 * The recovery measures linked to each recommendation, as the mid-term report lists them: the same rule
 * for the app (records read from the database) and for `npm run samples` (the demo dataset).
 */
import type { RecommendationMeasureLink, RecoveryMeasure } from '../model'

/** When a measure started, for ordering: in force from, else adopted on; undated ones last. */
function startOf(measure: Pick<RecoveryMeasure, 'inForceFrom' | 'adoptedOn'>): string {
  return measure.inForceFrom ?? measure.adoptedOn ?? '9999-12-31'
}

/**
 * The titles of the measures linked to each recommendation, by recommendation id, oldest measure first
 * (then by title). Links to a measure that is not given are skipped; a measure is listed once per
 * recommendation even if it were linked twice.
 */
export function measureTitlesByRecommendation(
  links: readonly Pick<RecommendationMeasureLink, 'recommendationId' | 'measureId'>[],
  measures: readonly Pick<RecoveryMeasure, 'id' | 'title' | 'inForceFrom' | 'adoptedOn'>[]
): Map<string, string[]> {
  const byId = new Map(measures.map((m) => [m.id, m]))
  const linked = new Map<string, Map<string, (typeof measures)[number]>>()
  for (const link of links) {
    const measure = byId.get(link.measureId)
    if (!measure) continue
    let list = linked.get(link.recommendationId)
    if (!list) linked.set(link.recommendationId, (list = new Map()))
    list.set(measure.id, measure)
  }
  const titles = new Map<string, string[]>()
  for (const [recommendationId, list] of linked) {
    const ordered = [...list.values()].sort((a, b) => startOf(a).localeCompare(startOf(b)) || a.title.localeCompare(b.title))
    titles.set(recommendationId, ordered.map((m) => m.title))
  }
  return titles
}
