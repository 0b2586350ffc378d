import { planMeasureImport, type MeasureImportPlan } from '../../domain/measures/import-plan'
import { measureTitlesByRecommendation } from '../../domain/measures/measures-by-recommendation'
import type { ImportedMeasure, TableProblem } from '../../domain/measures/measure-rows'
import type { RecommendationKey } from '../../domain/measures/recommendation-refs'
import type { RecommendationMeasureLink, RecoveryMeasure } from '../../domain/model'
import type { UprDeskDatabase } from '../schema/database'
import { newId, nowIso } from '../../domain/ids'
import { stampChanged, stampNew, type NewRecord } from '../../domain/stamp'
import { applyEdits } from '../../domain/edits'

/**
 * COVID-19 recovery measures and their links to the recommendations they answer. Every change that
 * touches more than one record (a measure and its links, an import) is one transaction.
 */
export class RecoveryMeasureRepository {
  constructor(private readonly db: UprDeskDatabase) {}

  /** Stores a new measure. */
  async add(input: NewRecord<RecoveryMeasure>): Promise<RecoveryMeasure> {
    const measure = stampNew<RecoveryMeasure>(input, 'msr')
    await this.db.recoveryMeasures.add(measure)
    return measure
  }

  /** One measure by id. */
  get(id: string): Promise<RecoveryMeasure | undefined> {
    return this.db.recoveryMeasures.get(id)
  }

  /** Every measure. */
  all(): Promise<RecoveryMeasure[]> {
    return this.db.recoveryMeasures.toArray()
  }

  /** Every link between a measure and a recommendation. */
  allLinks(): Promise<RecommendationMeasureLink[]> {
    return this.db.recommendationMeasureLinks.toArray()
  }

  /**
   * Saves a measure (new or edited) together with the recommendations it answers, in one transaction:
   * links no longer listed are removed, new ones added, the notes of kept ones kept.
   */
  async save(
    input: NewRecord<RecoveryMeasure> | RecoveryMeasure,
    recommendationIds: readonly string[],
    opened?: { measure: RecoveryMeasure; recommendationIds: readonly string[] }
  ): Promise<RecoveryMeasure> {
    return this.db.transaction('rw', this.db.recoveryMeasures, this.db.recommendationMeasureLinks, async () => {
      const stored = input.id ? await this.db.recoveryMeasures.get(input.id) : undefined
      // With the measure as the form opened it, only the fields the person changed are written over the stored
      // one: a colleague's change to another field that arrived meanwhile is kept.
      const edited = stored && opened ? applyEdits(opened.measure, { ...opened.measure, ...input }, stored) : { ...stored, ...input }
      const measure = stored ? stampChanged<RecoveryMeasure>({ ...stored, ...edited, id: stored.id, createdAt: stored.createdAt }) : stampNew<RecoveryMeasure>(input, 'msr')
      await this.db.recoveryMeasures.put(measure)
      if (stored && opened) await this.changeLinks(measure.id, opened.recommendationIds, recommendationIds)
      else await this.replaceLinks(measure.id, recommendationIds)
      return measure
    })
  }

  /** Deletes a measure and its links in one transaction; the recommendations themselves are kept. */
  async remove(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.recoveryMeasures, this.db.recommendationMeasureLinks, async () => {
      await this.db.recommendationMeasureLinks.where('measureId').equals(id).delete()
      await this.db.recoveryMeasures.delete(id)
    })
  }

  /** Links a measure to a recommendation (at most one link per pair). */
  async link(recommendationId: string, measureId: string, note = ''): Promise<RecommendationMeasureLink> {
    return this.db.transaction('rw', this.db.recommendationMeasureLinks, async () => {
      const existing = await this.db.recommendationMeasureLinks
        .where('[recommendationId+measureId]')
        .equals([recommendationId, measureId])
        .first()
      if (existing) return existing
      const link = stampNew<RecommendationMeasureLink>({ recommendationId, measureId, note }, 'lnk')
      await this.db.recommendationMeasureLinks.add(link)
      return link
    })
  }

  /** Removes the link between a measure and a recommendation, if there is one. */
  async unlink(recommendationId: string, measureId: string): Promise<void> {
    await this.db.recommendationMeasureLinks.where('[recommendationId+measureId]').equals([recommendationId, measureId]).delete()
  }

  /** The links of one recommendation. */
  linksOfRecommendation(recommendationId: string): Promise<RecommendationMeasureLink[]> {
    return this.db.recommendationMeasureLinks.where('recommendationId').equals(recommendationId).toArray()
  }

  /** The links of one measure. */
  linksOfMeasure(measureId: string): Promise<RecommendationMeasureLink[]> {
    return this.db.recommendationMeasureLinks.where('measureId').equals(measureId).toArray()
  }

  /** The measures linked to one recommendation. */
  async measuresOfRecommendation(recommendationId: string): Promise<RecoveryMeasure[]> {
    const links = await this.linksOfRecommendation(recommendationId)
    const measures = await this.db.recoveryMeasures.bulkGet(links.map((l) => l.measureId))
    return measures.filter((m): m is RecoveryMeasure => m !== undefined)
  }

  /**
   * The titles of the measures linked to each of these recommendations (the mid-term report lists them),
   * by recommendation id, read in one transaction so that links and measures agree.
   */
  linkedMeasureTitles(recommendationIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.db.transaction('r', this.db.recommendationMeasureLinks, this.db.recoveryMeasures, async () => {
      if (recommendationIds.length === 0) return new Map<string, string[]>()
      // Every link, filtered here: links are small records, and one scan stays fast for a report of
      // thousands of recommendations (an index lookup per id, `anyOf`, crawls in some IndexedDB engines).
      const wanted = new Set(recommendationIds)
      const links = (await this.db.recommendationMeasureLinks.toArray()).filter((l) => wanted.has(l.recommendationId))
      const measures = await this.db.recoveryMeasures.bulkGet([...new Set(links.map((l) => l.measureId))])
      return measureTitlesByRecommendation(links, measures.filter((m): m is RecoveryMeasure => m !== undefined))
    })
  }

  /** What an import of these rows would do now (for the preview); writes nothing. */
  async previewImport(items: readonly ImportedMeasure[], problems: readonly TableProblem[], recommendations: readonly RecommendationKey[]): Promise<MeasureImportPlan> {
    const [existing, existingLinks] = await Promise.all([this.all(), this.allLinks()])
    return planMeasureImport({ items, problems, existing, existingLinks, recommendations, at: nowIso(), newId: () => newId('msr') })
  }

  /**
   * Imports rows in one transaction: planned again against what is stored at that moment, and written
   * only when nothing blocks it, so a file lands whole or not at all. Returns the plan that was applied
   * (or, when `blocked`, the reasons nothing was written).
   */
  async importRows(items: readonly ImportedMeasure[], problems: readonly TableProblem[], recommendations: readonly RecommendationKey[]): Promise<MeasureImportPlan> {
    return this.db.transaction('rw', this.db.recoveryMeasures, this.db.recommendationMeasureLinks, async () => {
      const [existing, existingLinks] = await Promise.all([this.db.recoveryMeasures.toArray(), this.db.recommendationMeasureLinks.toArray()])
      const plan = planMeasureImport({ items, problems, existing, existingLinks, recommendations, at: nowIso(), newId: () => newId('msr') })
      if (plan.blocked) return plan
      await this.db.recoveryMeasures.bulkPut(plan.measures)
      for (const change of plan.links) await this.replaceLinks(change.measureId, change.recommendationIds)
      return plan
    })
  }

  /** Makes a measure's links exactly `recommendationIds` (inside the caller's transaction). */
  /**
   * Adds the links the person added and removes those they removed since the form opened, leaving the links
   * a colleague added or removed meanwhile as they are now.
   */
  private async changeLinks(measureId: string, opened: readonly string[], edited: readonly string[]): Promise<void> {
    const before = new Set(opened)
    const after = new Set(edited)
    const current = await this.db.recommendationMeasureLinks.where('measureId').equals(measureId).toArray()
    const linked = new Set(current.map((l) => l.recommendationId))
    const gone = current.filter((l) => before.has(l.recommendationId) && !after.has(l.recommendationId)).map((l) => l.id)
    const at = nowIso()
    const added = [...after]
      .filter((r) => !before.has(r) && !linked.has(r))
      .map((recommendationId) => stampNew<RecommendationMeasureLink>({ recommendationId, measureId, note: '' }, 'lnk', at))
    await this.db.recommendationMeasureLinks.bulkDelete(gone)
    await this.db.recommendationMeasureLinks.bulkAdd(added)
  }

  private async replaceLinks(measureId: string, recommendationIds: readonly string[]): Promise<void> {
    const current = await this.db.recommendationMeasureLinks.where('measureId').equals(measureId).toArray()
    const wanted = new Set(recommendationIds)
    const gone = current.filter((l) => !wanted.has(l.recommendationId)).map((l) => l.id)
    const kept = new Set(current.map((l) => l.recommendationId))
    const at = nowIso()
    const added = [...wanted].filter((r) => !kept.has(r)).map((recommendationId) => stampNew<RecommendationMeasureLink>({ recommendationId, measureId, note: '' }, 'lnk', at))
    await this.db.recommendationMeasureLinks.bulkDelete(gone)
    await this.db.recommendationMeasureLinks.bulkAdd(added)
  }
}
