import { describe, expect, it } from 'vitest'
import type { ArchiveRecord } from '../../../src-renderer/archive/format'
import { baseKey, changedFields, mergeOutcome, planMerge, remapIds, type LocalView } from '../../../src-renderer/archive/merge-plan'
import { naturalKeysOf, naturalKeys } from '../../../src-renderer/archive/natural-keys'
import { recordHash } from '../../../src-renderer/archive/record-hash'

const at = '2026-11-27T10:00:00.000Z'

function rec(id: string, text: string, key = `A/HRC/59/15#${id}#1`): ArchiveRecord {
  return { id, text, origin: { kind: 'wg-report', source: 'A/HRC/59/15', importedAt: at, key }, createdAt: at, updatedAt: at }
}

function view(tables: Record<string, ArchiveRecord[]>, bases: Record<string, ArchiveRecord> = {}): LocalView {
  const keyDefs = naturalKeys()
  const byId = new Map<string, Map<string, ArchiveRecord>>()
  const byNaturalKey = new Map<string, Map<string, ArchiveRecord>>()
  for (const [table, records] of Object.entries(tables)) {
    byId.set(table, new Map(records.map((r) => [r.id, r])))
    byNaturalKey.set(table, new Map(records.flatMap((r) => naturalKeysOf(keyDefs.get(table), r).map((k) => [k.key, r] as const))))
  }
  return { byId, byNaturalKey, bases: new Map(Object.entries(bases).map(([k, r]) => [k, recordHash(r)])) }
}

describe('merge plan', () => {
  const base = rec('rec_1', 'Ratify the Convention')
  const mineChanged = { ...base, text: 'Ratify the Convention (our note)', updatedAt: '2026-11-28T10:00:00.000Z' }
  const theirsChanged = { ...base, text: 'Ratify the Convention by 2027', updatedAt: '2026-11-29T10:00:00.000Z' }

  it('adds what is new, and leaves identical records alone', () => {
    const plan = planMerge({ recommendations: [base, rec('rec_2', 'New one')] }, view({ recommendations: [base] }))
    expect(plan.items.map((i) => [i.theirs.id, i.action])).toEqual([['rec_1', 'same'], ['rec_2', 'add']])
  })

  it('takes their change when only they changed since the last exchange', () => {
    const plan = planMerge({ recommendations: [theirsChanged] }, view({ recommendations: [base] }, { [baseKey('recommendations', 'rec_1')]: base }))
    expect(plan.items[0]?.action).toBe('update')
    const outcome = mergeOutcome(plan, new Map())
    expect(outcome.puts.get('recommendations')).toEqual([theirsChanged])
    expect(outcome.report).toMatchObject({ added: 0, updated: 1, skipped: 0 })
  })

  it('asks rather than takes an older version of theirs, though our side has not changed since the base', () => {
    // We sent v2 to someone else (or never sent it); this colleague only ever had v1.
    const v1 = { ...base, text: 'Ratify the Convention (v1)', updatedAt: '2026-11-20T10:00:00.000Z' }
    const plan = planMerge({ recommendations: [v1] }, view({ recommendations: [base] }, { [baseKey('recommendations', 'rec_1')]: base }))
    expect(plan.items[0]?.action).toBe('conflict')
  })

  it('keeps our change when only we changed since the last exchange', () => {
    const plan = planMerge({ recommendations: [base] }, view({ recommendations: [mineChanged] }, { [baseKey('recommendations', 'rec_1')]: base }))
    expect(plan.items[0]?.action).toBe('keep-mine')
    expect(mergeOutcome(plan, new Map()).puts.size).toBe(0)
  })

  it('makes a conflict when both changed, and the person chooses', () => {
    const local = view({ recommendations: [mineChanged] }, { [baseKey('recommendations', 'rec_1')]: base })
    const plan = planMerge({ recommendations: [theirsChanged] }, local)
    expect(plan.conflicts).toHaveLength(1)
    expect(changedFields(plan.conflicts[0]!.mine, plan.conflicts[0]!.theirs)).toEqual(['text', 'updatedAt'])
    const kept = mergeOutcome(plan, new Map())
    expect(kept.puts.size).toBe(0)
    expect(kept.report.conflictsKeptMine).toBe(1)
    const took = mergeOutcome(plan, new Map([[baseKey('recommendations', 'rec_1'), 'theirs']]))
    expect(took.puts.get('recommendations')).toEqual([theirsChanged])
    expect(took.report.conflictsTookTheirs).toBe(1)
    // Either way, the base becomes the version exchanged.
    expect(took.bases).toEqual([{ id: 'recommendations:rec_1', hash: recordHash(theirsChanged) }])
    expect(kept.bases).toEqual(took.bases)
  })

  it('makes a conflict when there is no base and the versions differ', () => {
    expect(planMerge({ recommendations: [theirsChanged] }, view({ recommendations: [mineChanged] })).items[0]?.action).toBe('conflict')
  })

  it('keeps a record we deleted when they did not change it; a conflict when they did', () => {
    const bases = { [baseKey('recommendations', 'rec_1')]: base }
    expect(planMerge({ recommendations: [base] }, view({ recommendations: [] }, bases)).items[0]?.action).toBe('keep-deleted')
    const changed = planMerge({ recommendations: [theirsChanged] }, view({ recommendations: [] }, bases))
    expect(changed.items[0]).toMatchObject({ action: 'conflict', mine: null })
  })

  it('matches by natural key when ids differ, onto our id, and rewrites references to it', () => {
    const ours = rec('rec_ours', 'Ratify the Convention', 'A/HRC/59/15#140.1#1')
    const theirs = { ...rec('rec_theirs', 'Ratify the Convention, as amended', 'A/HRC/59/15#140.1#1'), createdAt: '2026-12-01T00:00:00.000Z' }
    const link = { id: 'link_1', recommendationId: 'rec_theirs', measureId: 'mea_1', note: '', createdAt: at, updatedAt: at }
    const plan = planMerge({ recommendations: [theirs], recommendationMeasureLinks: [link] }, view({ recommendations: [ours], recommendationMeasureLinks: [] }))
    const [r, l] = plan.items
    expect(r).toMatchObject({ action: 'conflict', matchedByKey: true, theirs: { id: 'rec_ours', createdAt: at, text: 'Ratify the Convention, as amended' } })
    expect(l).toMatchObject({ action: 'add', theirs: { recommendationId: 'rec_ours' } })
  })

  it('never lets two of their records claim the same record of ours', () => {
    const ours = rec('rec_ours', 'A', 'K#1')
    const plan = planMerge({ recommendations: [rec('t1', 'A', 'K#1'), rec('t2', 'B', 'K#1')] }, view({ recommendations: [ours] }))
    expect(plan.items.map((i) => [i.theirs.id, i.action])).toEqual([['rec_ours', 'same'], ['t2', 'add']])
  })

  it('skips a record that would take the unique key of another of ours', () => {
    const viewA = { id: 'v1', name: 'Noted', filter: {}, sort: 'number', group: 'none', createdAt: at, updatedAt: at }
    const viewB = { id: 'v2', name: 'Supported', filter: {}, sort: 'number', group: 'none', createdAt: at, updatedAt: at }
    const renamed = { ...viewA, name: 'Supported', updatedAt: '2026-12-01T00:00:00.000Z' }
    const plan = planMerge({ savedViews: [renamed] }, view({ savedViews: [viewA, viewB] }, { [baseKey('savedViews', 'v1')]: viewA }))
    expect(plan.items[0]?.action).toBe('skip-clash')
    const outcome = mergeOutcome(plan, new Map())
    expect(outcome.report.clashes).toBe(1)
    expect(outcome.bases).toEqual([])
  })

  it('rewrites ids anywhere in a record, leaving other strings alone', () => {
    expect(remapIds({ a: 'x', b: ['x', 'y'], c: { d: 'x' }, e: 'xx', f: new Uint8Array([1]) }, new Map([['x', 'z']]))).toEqual({ a: 'z', b: ['z', 'y'], c: { d: 'z' }, e: 'xx', f: new Uint8Array([1]) })
  })
})

describe('sameValue', () => {
  it('compares stored values deeply, whatever the key order', async () => {
    const { sameValue } = await import('../../../src-renderer/archive/record-hash')
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true)
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(true)
    expect(sameValue({ a: 1 }, { a: 1, b: null })).toBe(false)
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
    expect(sameValue(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true)
    expect(sameValue(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false)
    expect(sameValue(new Uint8Array([1]), [1])).toBe(false)
    expect(sameValue({ n: NaN }, { n: NaN })).toBe(true)
    expect(sameValue('1', 1)).toBe(false)
    expect(sameValue(null, {})).toBe(false)
  })
})
