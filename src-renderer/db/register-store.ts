/**
 * The recommendations register in memory: every record, loaded once after the first screen, kept in
 * step with every write made through it. Filtering 100,000 records in memory takes milliseconds, which
 * IndexedDB queries cannot match for free-text search and combined facets.
 */
import type { Recommendation } from '../domain/model'
import { sortInRegisterOrder } from '../domain/register-view'
import type { NewRecord } from './repositories/stamp'
import type { ImportReport, RecommendationRepository } from './repositories/recommendations'
import type { UprDeskDatabase } from './database'

export interface RegisterSnapshot {
  /** True once every record is in memory. */
  loaded: boolean
  records: readonly Recommendation[]
  /** Changes whenever records change, for memoisation. */
  revision: number
}

const FIRST_PAGE = 60
const LOAD_CHUNK = 20_000

/** Holds the register and tells subscribers when it changes. */
export class RegisterStore {
  private snapshot: RegisterSnapshot = { loaded: false, records: [], revision: 0 }
  private readonly listeners = new Set<() => void>()
  private loading: Promise<void> | null = null

  constructor(
    private readonly db: UprDeskDatabase,
    private readonly repository: RecommendationRepository
  ) {}

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The current snapshot (stable between changes). */
  getSnapshot = (): RegisterSnapshot => this.snapshot

  /** Loads the register: a first page at once, then everything in chunks without blocking the UI. */
  load(): Promise<void> {
    this.loading ??= (async () => {
      performance.mark('register-load-start')
      const first = await this.db.recommendations.limit(FIRST_PAGE).toArray()
      if (!this.snapshot.loaded) this.publish(first, false)
      const all: Recommendation[] = []
      let lastKey: string | null = null
      for (;;) {
        const chunk: Recommendation[] =
          lastKey === null
            ? await this.db.recommendations.orderBy('id').limit(LOAD_CHUNK).toArray()
            : await this.db.recommendations.where('id').above(lastKey).limit(LOAD_CHUNK).toArray()
        all.push(...chunk)
        if (chunk.length < LOAD_CHUNK) break
        lastKey = chunk[chunk.length - 1]!.id
      }
      performance.measure('register-read', 'register-load-start')
      sortInRegisterOrder(all)
      performance.measure('register-read-and-sort', 'register-load-start')
      this.publish(all, true)
    })()
    return this.loading
  }

  /** Stores an import (one transaction) and refreshes the register. */
  async importAll(records: readonly NewRecord<Recommendation>[]): Promise<ImportReport> {
    const report = await this.repository.importAll(records)
    await this.reload()
    return report
  }

  /** Saves edited records (one transaction) and updates them in memory. */
  async saveAll(records: readonly Recommendation[]): Promise<void> {
    const saved = await this.repository.updateAll(records)
    const byId = new Map(saved.map((r) => [r.id, r]))
    this.publish(
      this.snapshot.records.map((r) => byId.get(r.id) ?? r),
      this.snapshot.loaded
    )
  }

  /** Reloads everything from the database. */
  async reload(): Promise<void> {
    this.loading = null
    await this.load()
  }

  private publish(records: readonly Recommendation[], loaded: boolean): void {
    this.snapshot = { loaded, records, revision: this.snapshot.revision + 1 }
    for (const listener of this.listeners) listener()
  }
}

