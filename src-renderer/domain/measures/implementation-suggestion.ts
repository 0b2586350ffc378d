/**
 * What the measures linked to a recommendation say about its implementation. A suggestion only: the
 * delegate accepts it or not. Measures can show progress but not completeness, so the rule never
 * suggests "fully implemented" (that is the delegate's judgement) and never suggests going backwards.
 */
import { IMPLEMENTATION_STATUSES, type ImplementationStatus, type MeasureStatus, type RecoveryMeasure } from '../model'

export interface ImplementationSuggestion {
  status: ImplementationStatus
  /** How many linked measures are in each state, for the sentence that explains the suggestion. */
  counts: Record<MeasureStatus, number>
}

const RANK: Record<ImplementationStatus, number> = Object.fromEntries(IMPLEMENTATION_STATUSES.map((s, i) => [s, i])) as Record<ImplementationStatus, number>

/** The status the linked measures support: in force or ended -> partially implemented; only planned -> in progress. */
export function statusFromMeasures(measures: readonly Pick<RecoveryMeasure, 'status'>[]): ImplementationSuggestion | null {
  const counts: Record<MeasureStatus, number> = { planned: 0, 'in-force': 0, ended: 0, withdrawn: 0 }
  for (const m of measures) counts[m.status]++
  if (counts['in-force'] + counts.ended > 0) return { status: 'partially-implemented', counts }
  if (counts.planned > 0) return { status: 'in-progress', counts }
  return null
}

/** The suggestion for a recommendation, or null when its measures do not support a status beyond the current one. */
export function suggestImplementationStatus(
  current: ImplementationStatus,
  measures: readonly Pick<RecoveryMeasure, 'status'>[]
): ImplementationSuggestion | null {
  const supported = statusFromMeasures(measures)
  if (!supported || RANK[supported.status] <= RANK[current]) return null
  return supported
}
