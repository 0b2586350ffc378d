/**
 * The Dexie side of the sync bridge: the `SyncStore` the engine (sync/engine.ts) works through. It reads
 * the outbox the middleware fills, and applies arriving changes to the app's tables in one transaction,
 * marked so that the outbox does not send them back. Every page, query and live hook keeps reading Dexie.
 */
import Dexie, { type ObservabilitySet, type Table } from 'dexie'
import type { Recommendation } from '../../domain/model'
import type { IncomingItem, OutboxBatch, StoredConflict, StoredRecord, SyncStore } from '../../sync/engine'
import { parseDocId, SHARED_TABLES, docIdOf, type SharedTable } from '../../sync/tables'
import type { UprDeskDatabase } from '../schema/database'
import { withSearchText } from '../repositories/recommendations'
import { markSyncTransaction, watchLocalChanges } from './outbox-middleware'

/** Unique indexes of shared tables: two laptops may create two records for the same thing. */
const UNIQUE_KEYS: Partial<Record<SharedTable, { index: string; of: (r: StoredRecord) => unknown }>> = {
  savedViews: { index: 'name', of: (r) => r['name'] },
  participations: { index: '[session+stateIso3]', of: (r) => [r['session'], r['stateIso3']] },
  recommendationMeasureLinks: { index: '[recommendationId+measureId]', of: (r) => [r['recommendationId'], r['measureId']] }
}

/** The Dexie implementation of the engine's store. */
export class DexieSyncStore implements SyncStore {
  constructor(private readonly db: UprDeskDatabase) {}

  private table(name: SharedTable): Table<StoredRecord, string> {
    return this.db.table(name) as Table<StoredRecord, string>
  }

  async outbox(limit: number): Promise<OutboxBatch | null> {
    const keys = new Set<string>()
    let upToSeq = 0
    await this.db.syncOutbox
      .orderBy('seq')
      .until(() => keys.size >= limit)
      .each((entry) => {
        for (const key of entry.keys) keys.add(key)
        upToSeq = entry.seq ?? upToSeq
      })
    return keys.size === 0 && upToSeq === 0 ? null : { keys: [...keys], upToSeq }
  }

  async outboxSize(): Promise<number> {
    const keys = new Set<string>()
    await this.db.syncOutbox.each((entry) => entry.keys.forEach((k) => keys.add(k)))
    return keys.size
  }

  async read(keys: readonly string[]): Promise<Map<string, { record: StoredRecord | undefined; rev: string | undefined }>> {
    const byTable = new Map<SharedTable, string[]>()
    for (const key of keys) {
      const parsed = parseDocId(key)
      if (!parsed) continue
      byTable.set(parsed.table, [...(byTable.get(parsed.table) ?? []), parsed.id])
    }
    const out = new Map<string, { record: StoredRecord | undefined; rev: string | undefined }>()
    await this.db.transaction('r', [...byTable.keys(), 'syncRevs'], async () => {
      const revs = await this.db.syncRevs.bulkGet([...keys])
      keys.forEach((key, i) => out.set(key, { record: undefined, rev: revs[i]?.rev }))
      for (const [table, ids] of byTable) {
        const records = await this.table(table).bulkGet(ids)
        ids.forEach((id, i) => {
          const key = docIdOf(table, id)
          out.set(key, { record: records[i], rev: out.get(key)?.rev })
        })
      }
    })
    return out
  }

  async sent(revs: ReadonlyMap<string, string>, upToSeq: number): Promise<void> {
    await this.db.transaction('rw', this.db.syncRevs, this.db.syncOutbox, async () => {
      if (revs.size > 0) await this.db.syncRevs.bulkPut([...revs].map(([id, rev]) => ({ id, rev })))
      await this.db.syncOutbox.where('seq').belowOrEqual(upToSeq).delete()
    })
  }

  async apply(items: readonly IncomingItem[], seq: number | string): Promise<void> {
    const tables = [...new Set(items.map((i) => i.table))]
    await this.db.transaction('rw', [...tables, 'syncRevs', 'syncOutbox', 'syncState'], async (tx) => {
      markSyncTransaction(tx.idbtrans)
      const pending = new Set<string>()
      await this.db.syncOutbox.each((entry) => entry.keys.forEach((k) => pending.add(k)))
      const known = await this.db.syncRevs.bulkGet(items.map((i) => i.key))
      const revs: { id: string; rev: string }[] = []
      const resend: string[] = []
      for (const table of tables) {
        const puts: StoredRecord[] = []
        const deletes: string[] = []
        items.forEach((item, i) => {
          if (item.table !== table || pending.has(item.key) || known[i]?.rev === item.rev) return
          revs.push({ id: item.key, rev: item.rev })
          if (item.record === null) deletes.push(item.id)
          else puts.push(table === 'recommendations' ? (withSearchText(item.record as unknown as Recommendation) as unknown as StoredRecord) : item.record)
        })
        const unique = UNIQUE_KEYS[table]
        const kept = unique ? await this.settleClashes(table, unique, puts, resend) : puts
        if (deletes.length > 0) await this.table(table).bulkDelete(deletes)
        if (kept.length > 0) await this.table(table).bulkPut(kept)
      }
      if (revs.length > 0) await this.db.syncRevs.bulkPut(revs)
      // Records to remove on every laptop (the loser of a clash): sent as local deletions.
      if (resend.length > 0) await this.db.syncOutbox.add({ keys: resend })
      await this.db.syncState.put({ id: 'appliedSeq', value: seq })
    })
  }

  /**
   * Two laptops created two records for one unique key (a view name, a session and State …): every laptop
   * keeps the one with the smaller id and deletes the other, so they all end with the same one.
   */
  private async settleClashes(table: SharedTable, unique: NonNullable<(typeof UNIQUE_KEYS)[SharedTable]>, puts: StoredRecord[], resend: string[]): Promise<StoredRecord[]> {
    const kept: StoredRecord[] = []
    for (const record of puts) {
      const holder = (await this.table(table).where(unique.index).equals(unique.of(record) as string).first()) as StoredRecord | undefined
      if (!holder || holder.id === record.id) {
        kept.push(record)
      } else if (record.id < holder.id) {
        await this.table(table).delete(holder.id)
        resend.push(docIdOf(table, holder.id))
        kept.push(record)
      } else {
        resend.push(docIdOf(table, record.id))
      }
    }
    return kept
  }

  async appliedSeq(): Promise<number | string> {
    const entry = await this.db.syncState.get('appliedSeq')
    return entry?.id === 'appliedSeq' ? entry.value : 0
  }

  /** This laptop's device id for folder mode (made once). */
  async deviceId(): Promise<string> {
    const entry = await this.db.syncState.get('device')
    if (entry?.id === 'device') return entry.value
    const bytes = crypto.getRandomValues(new Uint8Array(8))
    const value = `d${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 15)}`
    await this.db.syncState.put({ id: 'device', value })
    return value
  }

  async conflicts(found: readonly StoredConflict[], resolved: readonly string[]): Promise<void> {
    if (found.length === 0 && resolved.length === 0) return
    await this.db.transaction('rw', this.db.syncConflicts, async () => {
      if (resolved.length > 0) await this.db.syncConflicts.bulkDelete([...resolved])
      if (found.length > 0) await this.db.syncConflicts.bulkPut([...found])
    })
  }

  onLocalChange(listener: () => void): () => void {
    const stop = watchLocalChanges(this.db, listener)
    // Writes made through another connection (the import worker, another window) reach this one through
    // Dexie's cross-connection notice of changed tables.
    const outboxPart = `idb://${this.db.name}/syncOutbox/`
    const onMutated = (parts: ObservabilitySet) => {
      if (Object.keys(parts).some((part) => part.startsWith(outboxPart))) listener()
    }
    Dexie.on('storagemutated', onMutated)
    return () => {
      stop()
      Dexie.on.storagemutated.unsubscribe(onMutated)
    }
  }

  /** Notes every shared record already on this laptop as a local change (first sign-in: they are sent to the mission). */
  async enqueueAll(): Promise<void> {
    for (const table of SHARED_TABLES) {
      const ids = (await this.table(table).toCollection().primaryKeys()) as string[]
      for (let i = 0; i < ids.length; i += 5000) {
        await this.db.syncOutbox.add({ keys: ids.slice(i, i + 5000).map((id) => docIdOf(table, id)) })
      }
    }
  }

  /** Forgets everything sync kept on this laptop (signing out with "remove the local copy" clears the data too). */
  async forget(): Promise<void> {
    await this.db.transaction('rw', ['syncOutbox', 'syncRevs', 'syncConflicts', 'syncState'], async () => {
      await Promise.all([this.db.syncOutbox.clear(), this.db.syncRevs.clear(), this.db.syncConflicts.clear(), this.db.syncState.clear()])
    })
  }

  /** Removes the mission's shared records from this laptop (signing out with "remove the local copy"). */
  async removeSharedData(): Promise<void> {
    await this.db.transaction('rw', [...SHARED_TABLES, 'syncOutbox', 'syncRevs', 'syncConflicts', 'syncState'], async (tx) => {
      markSyncTransaction(tx.idbtrans)
      for (const table of SHARED_TABLES) await this.table(table).clear()
      await Promise.all([this.db.syncOutbox.clear(), this.db.syncRevs.clear(), this.db.syncConflicts.clear(), this.db.syncState.clear()])
    })
  }
}
