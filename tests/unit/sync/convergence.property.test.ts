import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RecommendationRepository } from '../../../src-renderer/db/repositories/recommendations'
import type { Recommendation } from '../../../src-renderer/domain/model'
import { startSyncServer, type SyncServer } from '../../sync-server/launch'
import { sampleRecommendation } from '../db/sample-records'
import { Laptop } from './laptop'
import { missionOn } from '../../sync-server/mission'

/**
 * Property: random interleavings of local edits, arrivals, restarts and lost connections (a replication
 * that goes only one way, or not at all for a while) end, once both laptops are back online and the
 * conflicts are resolved, with the same register on both laptops and on the server, and nothing lost:
 * every record created and not deleted is there, and a field only one laptop changed has its last value.
 */
const FIELDS = ['notes', 'position', 'implementationStatus', 'evidence'] as const
type Field = (typeof FIELDS)[number]
const VALUES: Record<Field, readonly string[]> = {
  notes: ['', 'Raised with the ministry', 'Follow up in March', 'Capital agrees'],
  position: ['supported', 'noted', 'supported-in-part', 'pending'],
  implementationStatus: ['not-started', 'in-progress', 'partially-implemented', 'fully-implemented'],
  evidence: ['', 'Law 12/2026', 'Budget line 4.2', 'Decree of 3 May']
}

type Command =
  | { kind: 'create'; laptop: 0 | 1 }
  | { kind: 'edit'; laptop: 0 | 1; record: number; field: Field; value: number }
  | { kind: 'delete'; laptop: 0 | 1; record: number }
  | { kind: 'sync'; laptop: 0 | 1 }
  | { kind: 'push-only'; laptop: 0 | 1 }
  | { kind: 'pull-only'; laptop: 0 | 1 }
  | { kind: 'restart'; laptop: 0 | 1 }

const laptopArb = fc.constantFrom<0 | 1>(0, 1)
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), laptop: laptopArb }) },
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('edit' as const), laptop: laptopArb, record: fc.nat(5), field: fc.constantFrom(...FIELDS), value: fc.nat(3) })
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), laptop: laptopArb, record: fc.nat(5) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), laptop: laptopArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('push-only' as const), laptop: laptopArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pull-only' as const), laptop: laptopArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const), laptop: laptopArb }) }
)

let server: SyncServer

beforeAll(async () => {
  server = await startSyncServer()
}, 30_000)

afterAll(async () => {
  await server?.stop()
})

/** What the laptops did, to check that nothing was lost. */
interface History {
  created: Set<string>
  deleted: Set<string>
  /** record → field → the laptops that changed it, and each one's last value. */
  edits: Map<string, Map<Field, Map<number, string>>>
}

async function run(commands: readonly Command[]): Promise<void> {
  const mission = await missionOn(server)
  const laptops = [
    new Laptop('a', { remoteUrl: mission.dbUrl, credentials: mission.writer }),
    new Laptop('b', { remoteUrl: mission.dbUrl, credentials: mission.writer2 })
  ] as const
  const history: History = { created: new Set(), deleted: new Set(), edits: new Map() }
  try {
    for (const l of laptops) await l.open()
    for (const command of commands) {
      const laptop = laptops[command.laptop]
      const repo = new RecommendationRepository(laptop.db)
      switch (command.kind) {
        case 'create': {
          const [rec] = await repo.addAll([sampleRecommendation({ number: `1.${history.created.size}`, notes: '' })])
          history.created.add(rec!.id)
          break
        }
        case 'edit':
        case 'delete': {
          const ids = (await laptop.db.recommendations.orderBy('id').primaryKeys()) as string[]
          const id = ids[command.record % Math.max(1, ids.length)]
          if (!id) break
          if (command.kind === 'delete') {
            await laptop.db.recommendations.delete(id)
            history.deleted.add(id)
            // Its earlier edits go with it: if another laptop's concurrent edit keeps the record, that version stays.
            for (const byLaptop of history.edits.get(id)?.values() ?? []) byLaptop.delete(command.laptop)
            break
          }
          const found = (await repo.get(id))!
          const value = VALUES[command.field][command.value]!
          await repo.update({ ...found, [command.field]: value } as Recommendation)
          const fields = history.edits.get(id) ?? new Map<Field, Map<number, string>>()
          const byLaptop = fields.get(command.field) ?? new Map<number, string>()
          byLaptop.set(command.laptop, value)
          fields.set(command.field, byLaptop)
          history.edits.set(id, fields)
          break
        }
        case 'sync':
          await laptop.pushPull()
          break
        case 'push-only':
          await laptop.settle()
          await laptop.local.replicate.to(laptop.remote())
          break
        case 'pull-only':
          await laptop.local.replicate.from(laptop.remote())
          await laptop.settle()
          break
        case 'restart':
          await laptop.restart()
          break
      }
    }

    // Back online: sync until quiet; the conflicts are resolved on laptop A (keeping, by turns, its own
    // version and the other one), as a person would on one laptop.
    for (let round = 0; round < 8; round++) {
      for (const l of [laptops[0], laptops[1], laptops[0]]) await l.pushPull()
      const open = await laptops[0].db.syncConflicts.toArray()
      if (open.length === 0 && (await laptops[1].db.syncConflicts.count()) === 0) break
      for (const [i, c] of open.entries()) await laptops[0].engine!.resolve(c.id, i % 2 === 0 ? 'mine' : 'theirs')
    }
    for (const l of [laptops[0], laptops[1], laptops[0]]) await l.pushPull()

    const [a, b] = await Promise.all(laptops.map((l) => l.db.recommendations.orderBy('id').toArray()))
    if (process.env['SYNC_DEBUG']) {
      for (const l of laptops) {
        const rows = await l.local.allDocs({ include_docs: true, conflicts: true, startkey: 'recommendations:', endkey: 'recommendations:\uffff' })
        for (const row of rows.rows) console.log(l.label, row.id, row.doc?._rev, JSON.stringify(row.doc?._conflicts), JSON.stringify((row.doc as { d?: Record<string, unknown> }).d?.['evidence']), JSON.stringify(await l.db.syncRevs.get(row.id)), JSON.stringify(await l.db.syncOutbox.toArray()), (await l.db.recommendations.get(row.id.slice(16)))?.evidence)
      }
    }
    expect(await laptops[0].db.syncConflicts.count()).toBe(0)
    expect(await laptops[1].db.syncConflicts.count()).toBe(0)
    expect(a).toEqual(b)
    // The server's winning documents hold the same records.
    const all = await laptops[0].remote().allDocs({ include_docs: true, startkey: 'recommendations:', endkey: 'recommendations:\uffff' })
    expect(all.rows.map((r) => r.id.slice('recommendations:'.length)).sort()).toEqual(a!.map((r) => r.id))
    // Nothing lost.
    const byId = new Map(a!.map((r) => [r.id, r]))
    for (const id of history.created) if (!history.deleted.has(id)) expect(byId.has(id), `record ${id} lost`).toBe(true)
    for (const [id, fields] of history.edits) {
      const record = byId.get(id)
      if (!record) {
        expect(history.deleted.has(id), `record ${id} lost`).toBe(true)
        continue
      }
      for (const [field, byLaptop] of fields) {
        if (byLaptop.size === 0) continue
        const written = [...byLaptop.values()]
        if (byLaptop.size === 1) expect(record[field], `${field} of ${id}`).toBe(written[0])
        else expect(written, `${field} of ${id}`).toContain(record[field])
      }
    }
  } finally {
    for (const l of laptops) await l.close()
  }
}

describe('sync convergence (property)', () => {
  it('converges on both laptops with nothing lost, whatever the interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 4, maxLength: 22 }), (commands) => run([{ kind: 'create', laptop: 0 }, { kind: 'sync', laptop: 0 }, ...commands])),
      // A fixed seed in npm test; a longer hunt: SYNC_PROPERTY_SEED=<n> SYNC_PROPERTY_RUNS=<n> npx vitest run <this file>.
      {
        seed: Number(process.env['SYNC_PROPERTY_SEED'] ?? 1515),
        numRuns: Number(process.env['SYNC_PROPERTY_RUNS'] ?? 12),
        endOnFailure: true,
        ...(process.env['SYNC_PATH'] ? { path: process.env['SYNC_PATH'] } : {})
      }
    )
  }, 900_000)
})
