/** Gathers what the good-practice brief needs from stored records: the same for the app and `npm run samples`. */
import { compareNumbers } from '../../domain/register-view'
import { stateName } from '../../domain/names'
import type { MissionProfile, Recommendation, RecommendationMeasureLink, RecoveryMeasure } from '../../domain/model'
import type { Emblem } from '../kit'
import type { BriefLabels, BriefRecommendation, GoodPracticeBriefInput } from './good-practice-brief'

/** The brief's input from the mission profile, the measures, their links and the linked recommendations. */
export function briefInputFrom(input: {
  profile: MissionProfile
  date: string
  measures: readonly RecoveryMeasure[]
  links: readonly RecommendationMeasureLink[]
  recommendations: readonly Recommendation[]
  labels: BriefLabels
  emblem?: Emblem | null
}): GoodPracticeBriefInput {
  const byId = new Map(input.recommendations.map((r) => [r.id, r]))
  const cited = new Map<string, BriefRecommendation[]>()
  for (const link of input.links) {
    const r = byId.get(link.recommendationId)
    if (!r) continue
    const list = cited.get(link.measureId) ?? []
    list.push({ number: r.number, session: r.session, text: r.text, states: r.recommendingStates.length ? r.recommendingStates.map((s) => stateName(s, input.profile.language)) : r.recommendingStatesRaw })
    cited.set(link.measureId, list)
  }
  for (const list of cited.values()) list.sort((a, b) => (a.session ?? 0) - (b.session ?? 0) || compareNumbers(a.number, b.number))
  return {
    language: input.profile.language,
    missionName: input.profile.missionName,
    stateIso3: input.profile.stateIso3,
    date: input.date,
    emblem: input.emblem ?? null,
    measures: input.measures,
    recommendationsOf: (measureId) => cited.get(measureId) ?? [],
    labels: input.labels
  }
}
