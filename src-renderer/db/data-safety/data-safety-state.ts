/**
 * The change counter and the last backup and export, kept in `appMeta`, plus the last "storage full"
 * failure of this session. Every committed read-write transaction that touches the mission's data
 * counts as one change (one save, one import, one bulk edit), whichever area made it.
 */
import { BOOKKEEPING_TABLES } from '../../archive/tables'
import { DERIVED_TABLES } from '../../domain/stores'
import type { UprDeskDatabase } from '../schema/database'
import { nowIso } from '../../domain/ids'
import { watchWrites, type WriteEvent } from './write-watch'

/** What the data-safety area knows about this copy's data. */
export interface DataSafetyStatus {
  loaded: boolean
  /** Changes counted since the app was installed. */
  changes: number
  /** The change count when the last backup's snapshot was taken. */
  backedUpAtChange: number
  lastBackupAt: string | null
  /** The change count when the last archive was saved (exported or downloaded). */
  exportedAtChange: number
  lastExportAt: string | null
  /** The last write refused because the disk or the browser's storage is full (this session). */
  storageFull: { at: string; tables: readonly string[] } | null
}

const KEYS = {
  changes: 'changeCounter',
  backedUpAtChange: 'backedUpAtChange',
  lastBackupAt: 'lastBackupAt',
  exportedAtChange: 'exportedAtChange',
  lastExportAt: 'lastExportAt'
} as const

/** The app facts this class keeps: they describe this copy, so a restore never takes them from an archive. */
export const DATA_SAFETY_META_KEYS: readonly string[] = Object.values(KEYS)

/** Writes are counted in memory and saved shortly after, in one small transaction. */
const FLUSH_DELAY_MS = 1_000

/** The data-safety status of one database, kept live. */
export class DataSafetyState {
  private status: DataSafetyStatus = { loaded: false, changes: 0, backedUpAtChange: 0, lastBackupAt: null, exportedAtChange: 0, lastExportAt: null, storageFull: null }
  private readonly listeners = new Set<() => void>()
  private pending = 0
  private timer: ReturnType<typeof setTimeout> | null = null
  private stopWatching: (() => void) | null = null
  private flushing: Promise<void> = Promise.resolve()

  constructor(private readonly db: UprDeskDatabase) {}

  /** Loads the stored facts and starts counting writes; idempotent. */
  async start(): Promise<void> {
    if (this.stopWatching) return
    this.stopWatching = watchWrites(this.db, (event) => this.onWrite(event))
    const meta = await this.db.appMeta.bulkGet(Object.values(KEYS))
    const [changes, backedUpAtChange, lastBackupAt, exportedAtChange, lastExportAt] = meta.map((m) => m?.value ?? null)
    this.publish({
      loaded: true,
      changes: (typeof changes === 'number' ? changes : 0) + this.pending,
      backedUpAtChange: typeof backedUpAtChange === 'number' ? backedUpAtChange : 0,
      lastBackupAt: typeof lastBackupAt === 'string' ? lastBackupAt : null,
      exportedAtChange: typeof exportedAtChange === 'number' ? exportedAtChange : 0,
      lastExportAt: typeof lastExportAt === 'string' ? lastExportAt : null
    })
  }

  /** Stops counting (the pending count is saved first). */
  async stop(): Promise<void> {
    this.stopWatching?.()
    this.stopWatching = null
    await this.flush()
  }

  /** Subscribes to changes of the status; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The current status (stable between changes). */
  getSnapshot = (): DataSafetyStatus => this.status

  /** Counts a change made outside Dexie (a restore writes through raw IndexedDB). */
  countChange(): void {
    this.pending++
    this.publish({ changes: this.status.changes + 1 })
    this.scheduleFlush()
  }

  /** Notes a backup whose snapshot was taken when the count was `atChange`. */
  async markBackedUp(atChange: number, at: string = nowIso()): Promise<void> {
    await this.db.appMeta.bulkPut([
      { id: KEYS.backedUpAtChange, value: atChange, updatedAt: at },
      { id: KEYS.lastBackupAt, value: at, updatedAt: at }
    ])
    this.publish({ backedUpAtChange: atChange, lastBackupAt: at })
  }

  /** Notes an archive saved by the person when the count was `atChange`. */
  async markExported(atChange: number, at: string = nowIso()): Promise<void> {
    await this.db.appMeta.bulkPut([
      { id: KEYS.exportedAtChange, value: atChange, updatedAt: at },
      { id: KEYS.lastExportAt, value: at, updatedAt: at }
    ])
    this.publish({ exportedAtChange: atChange, lastExportAt: at })
  }

  /** Hides the "storage full" notice (the person read it, or space was freed). */
  dismissStorageFull(): void {
    this.publish({ storageFull: null })
  }

  /** Saves the pending count now (before a reload or quit). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const count = this.pending
    if (count === 0) return this.flushing
    this.pending = 0
    // Read-increment-write in one transaction, so two windows on the same data both count.
    this.flushing = this.flushing
      .then(() =>
        this.db.transaction('rw', this.db.appMeta, async () => {
          const stored = await this.db.appMeta.get(KEYS.changes)
          const value = (typeof stored?.value === 'number' ? stored.value : 0) + count
          await this.db.appMeta.put({ id: KEYS.changes, value, updatedAt: nowIso() })
          return value
        })
      )
      .then(
        (value) => this.publish({ changes: value + this.pending }),
        (error: unknown) => {
          // Not saved (storage full?): keep the count for the next try.
          this.pending += count
          console.warn('[data-safety] the change counter could not be saved', error)
        }
      )
    return this.flushing
  }

  private onWrite(event: WriteEvent): void {
    if (event.kind === 'failed') {
      if (event.quota) this.publish({ storageFull: { at: nowIso(), tables: event.tables } })
      return
    }
    if (event.tables.every((t) => BOOKKEEPING_TABLES.includes(t) || (DERIVED_TABLES as readonly string[]).includes(t))) return
    this.countChange()
  }

  private scheduleFlush(): void {
    if (this.timer) return
    this.timer = setTimeout(() => void this.flush(), FLUSH_DELAY_MS)
  }

  private publish(change: Partial<DataSafetyStatus>): void {
    this.status = { ...this.status, ...change }
    for (const listener of this.listeners) listener()
  }
}
