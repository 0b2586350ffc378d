import Dexie from 'dexie'
import type { Recommendation } from '../../domain/model'
import { recommendationSearchSource } from '../../domain/recommendation-search-source'
import { searchableText } from '../../domain/search-text'
import type { UprDeskDatabase } from '../schema/database'
import { nowIso } from '../../domain/ids'
import { stampChanged, stampNew, type NewRecord } from '../../domain/stamp'
import { applyEdits } from '../../domain/edits'

/** The record with its search text recomputed from what a person can search for. */
export function withSearchText<T extends Omit<Recommendation, 'id' | 'createdAt' | 'updatedAt'>>(record: T): T {
  return { ...record, searchText: searchableText(recommendationSearchSource(record)) }
}

/** What an import did: counts, and the ids it touched. */
export interface ImportReport {
  added: number
  updated: number
  unchanged: number
}

/** Fields an import may refresh on a record that is already stored; the person's own work is kept. */
const SOURCE_FIELDS = ['text', 'number', 'recommendingStates', 'recommendingStatesRaw', 'position', 'positionSource', 'session', 'cycle'] as const

/** Fields that an import fills only while the person has not set them. */
function mergeClassification(existing: Recommendation, incoming: NewRecord<Recommendation>): Partial<Recommendation> {
  const merged: Partial<Recommendation> = {}
  if (
    existing.actionCategorySource !== 'user' &&
    incoming.actionCategorySource === 'imported' &&
    (existing.actionCategory !== incoming.actionCategory || existing.actionCategorySource !== 'imported')
  ) {
    merged.actionCategory = incoming.actionCategory
    merged.actionCategorySource = 'imported'
  }
  if (existing.themes.length === 0 && incoming.themes.length > 0) merged.themes = incoming.themes
  if (existing.affectedPersons.length === 0 && incoming.affectedPersons.length > 0) merged.affectedPersons = incoming.affectedPersons
  if (existing.sdgTargets.length === 0 && incoming.sdgTargets.length > 0) merged.sdgTargets = incoming.sdgTargets
  if (incoming.madeByUs && !existing.madeByUs) merged.madeByUs = true
  return merged
}

/** Records written per step of a large import, so that its progress can be shown (one transaction still). */
const IMPORT_STEP = 2000

/** Progress of a long write: records done out of the total. */
export type WriteProgress = (done: number, total: number) => void

/** Recommendations: every multi-record change is one transaction (an import lands whole or not at all). */
export class RecommendationRepository {
  constructor(private readonly db: UprDeskDatabase) {}

  /** Stores new recommendations in one transaction and returns them with their ids. */
  async addAll(inputs: readonly NewRecord<Recommendation>[]): Promise<Recommendation[]> {
    const records = inputs.map((input) => stampNew<Recommendation>(withSearchText(input), 'rec'))
    await this.db.transaction('rw', this.db.recommendations, () => this.db.recommendations.bulkAdd(records))
    return records
  }

  /**
   * Stores an import in one transaction: records already stored (same origin key) are updated where the
   * source changed, the rest are added. Re-importing the same source never duplicates. `beforeCommit`,
   * when given, is awaited once everything is written, with the transaction held open: if it rejects
   * (or the worker running this is ended meanwhile), the transaction aborts and nothing is stored.
   */
  async importAll(inputs: readonly NewRecord<Recommendation>[], onProgress?: WriteProgress, beforeCommit?: () => Promise<void>): Promise<ImportReport> {
    return this.db.transaction('rw', this.db.recommendations, async () => {
      const keys = inputs.map((r) => r.origin.key)
      const existing = await this.db.recommendations.where('origin.key').anyOf(keys).toArray()
      const byKey = new Map(existing.map((r) => [r.origin.key, r]))
      const at = nowIso()
      const toAdd: Recommendation[] = []
      const toPut: Recommendation[] = []
      let unchanged = 0
      for (const input of inputs) {
        const found = byKey.get(input.origin.key)
        if (!found) {
          const record = stampNew<Recommendation>(withSearchText(input), 'rec', at)
          toAdd.push(record)
          byKey.set(input.origin.key, record)
          continue
        }
        const changes: Partial<Recommendation> = mergeClassification(found, input)
        for (const field of SOURCE_FIELDS) {
          if (JSON.stringify(found[field]) !== JSON.stringify(input[field])) {
            Object.assign(changes, { [field]: input[field] })
          }
        }
        if (Object.keys(changes).length === 0) {
          unchanged++
        } else {
          const updated = withSearchText({ ...found, ...changes, origin: { ...found.origin, importedAt: input.origin.importedAt }, updatedAt: at })
          toPut.push(updated)
          byKey.set(input.origin.key, updated)
        }
      }
      const total = toAdd.length + toPut.length
      for (let i = 0; i < toAdd.length; i += IMPORT_STEP) {
        await this.db.recommendations.bulkAdd(toAdd.slice(i, i + IMPORT_STEP))
        onProgress?.(Math.min(total, i + IMPORT_STEP), total)
      }
      if (toPut.length > 0) await this.db.recommendations.bulkPut(toPut)
      onProgress?.(total, total)
      // Waiting on something other than IndexedDB inside a transaction needs Dexie.waitFor (it keeps the
      // transaction alive meanwhile); a minute is far more than the page takes to answer.
      if (beforeCommit) await Dexie.waitFor(beforeCommit(), 60_000)
      return { added: toAdd.length, updated: toPut.length, unchanged }
    })
  }

  /** One recommendation by id. */
  get(id: string): Promise<Recommendation | undefined> {
    return this.db.recommendations.get(id)
  }

  /** Saves an edited recommendation. */
  async update(record: Recommendation): Promise<Recommendation> {
    const changed = stampChanged(withSearchText(record))
    await this.db.recommendations.put(changed)
    return changed
  }

  /**
   * Saves a form's edits: the fields the person changed since the form opened (`opened`) are written over
   * the record as it is stored now, so a colleague's change to another field that arrived meanwhile (sync,
   * another window) is kept. Read and written in one transaction.
   */
  async saveEdits(opened: Recommendation, edited: Recommendation): Promise<Recommendation> {
    return this.db.transaction('rw', this.db.recommendations, async () => {
      const current = await this.db.recommendations.get(edited.id)
      const changed = stampChanged(withSearchText(current ? applyEdits(opened, edited, current) : edited))
      await this.db.recommendations.put(changed)
      return changed
    })
  }

  /** Saves several edited records in one transaction (bulk edit). */
  async updateAll(records: readonly Recommendation[]): Promise<Recommendation[]> {
    const at = nowIso()
    const changed = records.map((r) => ({ ...withSearchText(r), updatedAt: at }))
    await this.db.transaction('rw', this.db.recommendations, () => this.db.recommendations.bulkPut(changed))
    return changed
  }

  /** Several recommendations by id (missing ones left out), read a slice at a time. */
  async getMany(ids: readonly string[]): Promise<Recommendation[]> {
    const out: Recommendation[] = []
    for (let i = 0; i < ids.length; i += IMPORT_STEP) {
      for (const r of await this.db.recommendations.bulkGet(ids.slice(i, i + IMPORT_STEP))) if (r) out.push(r)
    }
    return out
  }

  /**
   * Applies one change to several recommendations, read and written in one transaction (bulk edit):
   * returns how many were changed. Ids no longer stored are skipped.
   */
  async updateMany(ids: readonly string[], change: (record: Recommendation) => Recommendation): Promise<number> {
    return this.db.transaction('rw', this.db.recommendations, async () => {
      const found = await this.getMany(ids)
      const at = nowIso()
      const changed = found.map((r) => ({ ...withSearchText(change(r)), updatedAt: at }))
      // A slice per step: a bulk edit of the whole register never serialises 100,000 records in one task.
      for (let i = 0; i < changed.length; i += IMPORT_STEP) await this.db.recommendations.bulkPut(changed.slice(i, i + IMPORT_STEP))
      return found.length
    })
  }

  /** Every recommendation addressed to one State under review, in number order as stored. */
  forStateUnderReview(iso3: string): Promise<Recommendation[]> {
    return this.db.recommendations.where('stateUnderReview').equals(iso3).toArray()
  }

  /** How many recommendations are stored. */
  count(): Promise<number> {
    return this.db.recommendations.count()
  }
}
