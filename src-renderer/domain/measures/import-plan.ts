/**
 * What a measures import will do, decided before anything is written: which measures are added, which
 * are updated (columns the file lacks keep their stored values), which links change, and the problems
 * that stop it. The repository writes the plan in one transaction; the preview shows it first.
 */
import { nested } from '../coded-message'
import type { RecommendationMeasureLink, RecoveryMeasure, Timestamp } from '../model'
import type { ImportedMeasure, MeasureFields, TableProblem } from './measure-rows'
import { measureText } from './messages'
import { RecommendationRefIndex, type RecommendationKey } from './recommendation-refs'

/** A new measure's fields before the file fills them. */
export const EMPTY_MEASURE_FIELDS: MeasureFields = {
  title: '',
  description: '',
  type: 'programme',
  adoptedOn: null,
  inForceFrom: null,
  endedOn: null,
  status: 'in-force',
  responsibleBody: '',
  legalInstrument: '',
  budget: null,
  rights: [],
  groups: [],
  sdgTargets: [],
  results: '',
  indicators: '',
  lessonsLearned: '',
  goodPractice: false
}

/** The links one measure will have after the import (only for measures whose row names recommendations). */
export interface LinkChange {
  measureId: string
  recommendationIds: string[]
}

export interface MeasureImportPlan {
  /** Measures to write (added or changed), with their final ids and timestamps. */
  measures: RecoveryMeasure[]
  links: LinkChange[]
  added: number
  updated: number
  unchanged: number
  problems: TableProblem[]
  /** True when an error stops the import: then nothing at all is written. */
  blocked: boolean
}

/** Everything the plan is made from: the file's rows and what is stored now. */
export interface PlanInput {
  items: readonly ImportedMeasure[]
  problems: readonly TableProblem[]
  existing: readonly RecoveryMeasure[]
  existingLinks: readonly Pick<RecommendationMeasureLink, 'measureId' | 'recommendationId'>[]
  recommendations: readonly RecommendationKey[]
  at: Timestamp
  newId: () => string
}

/** Plans an import: pure, the same input gives the same plan (ids aside). */
export function planMeasureImport(input: PlanInput): MeasureImportPlan {
  const problems: TableProblem[] = [...input.problems]
  const byId = new Map(input.existing.map((m) => [m.id, m]))
  const refs = new RecommendationRefIndex(input.recommendations)
  const linksOf = new Map<string, Set<string>>()
  for (const l of input.existingLinks) {
    const set = linksOf.get(l.measureId) ?? new Set<string>()
    set.add(l.recommendationId)
    linksOf.set(l.measureId, set)
  }
  const measures: RecoveryMeasure[] = []
  const links: LinkChange[] = []
  let added = 0
  let updated = 0
  let unchanged = 0
  for (const item of input.items) {
    const found = item.id ? byId.get(item.id) : undefined
    let recommendationIds: string[] | null = null
    if (item.recommendations) {
      recommendationIds = []
      for (const written of item.recommendations) {
        const resolved = refs.resolve(written)
        if (!resolved.ok) {
          problems.push({
            severity: 'error',
            row: item.row,
            column: 'recommendations',
            ...measureText('measures.cannotLink', { reason: nested(resolved.problem) }, `Cannot link: ${resolved.problem.message}.`)
          })
        } else if (!recommendationIds.includes(resolved.id)) {
          recommendationIds.push(resolved.id)
        }
      }
    }
    const id = found?.id ?? item.id ?? input.newId()
    const fields: MeasureFields = { ...EMPTY_MEASURE_FIELDS, ...(found ? stripStored(found) : {}), ...item.fields }
    const fieldsChanged = !found || JSON.stringify(stripStored(found)) !== JSON.stringify(fields)
    const current = linksOf.get(id) ?? new Set<string>()
    const linksChanged = recommendationIds !== null && (recommendationIds.length !== current.size || recommendationIds.some((r) => !current.has(r)))
    if (recommendationIds !== null && linksChanged) links.push({ measureId: id, recommendationIds })
    if (!found) {
      added++
      measures.push({ ...fields, id, createdAt: input.at, updatedAt: input.at })
    } else if (fieldsChanged || linksChanged) {
      updated++
      if (fieldsChanged) measures.push({ ...fields, id, createdAt: found.createdAt, updatedAt: input.at })
    } else {
      unchanged++
    }
  }
  return { measures, links, added, updated, unchanged, problems, blocked: problems.some((p) => p.severity === 'error') }
}

/** A measure's fields without id and timestamps, in a fixed key order so that JSON comparison is fair. */
function stripStored(m: RecoveryMeasure): MeasureFields {
  const out = {} as Record<string, unknown>
  for (const key of Object.keys(EMPTY_MEASURE_FIELDS) as (keyof MeasureFields)[]) out[key] = m[key]
  return out as unknown as MeasureFields
}
