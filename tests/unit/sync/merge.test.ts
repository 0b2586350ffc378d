import { describe, expect, it } from 'vitest'
import type { SyncDoc } from '../../../src-renderer/sync/documents'
import { mergeLeaves, type Leaf } from '../../../src-renderer/sync/merge'
import { checkServerAddress, isDatabaseName } from '../../../src-renderer/sync/session'
import { parseDocId } from '../../../src-renderer/sync/tables'

function leaf(rev: string, history: string[], data: Record<string, unknown>, stamps: Record<string, string>, extra: Partial<SyncDoc> = {}): Leaf {
  const ids = [rev, ...history].map((r) => r.slice(r.indexOf('-') + 1))
  const doc: SyncDoc = { _id: 'recommendations:r1', _rev: rev, _revisions: { start: Number.parseInt(rev, 10), ids }, t: 'recommendations', d: data, s: stamps, c: '1-root', ...extra }
  return { doc, data }
}

/** The field-by-field merge of conflicting revisions (pure). */
describe('mergeLeaves', () => {
  const base = { text: 'Ratify', position: 'pending', notes: '', updatedAt: '2026-01-01T00:00:00.000Z' }
  it('takes a field changed on one side only, whichever side wins', () => {
    const a = leaf('2-aa', ['1-root'], { ...base, position: 'noted', updatedAt: '2026-02-01T00:00:00.000Z' }, { position: '2-aa', updatedAt: '2-aa' })
    const b = leaf('2-bb', ['1-root'], { ...base, notes: 'Asked the capital', updatedAt: '2026-03-01T00:00:00.000Z' }, { notes: '2-bb', updatedAt: '2-bb' })
    for (const [winner, loser] of [[a, b], [b, a]] as const) {
      const merged = mergeLeaves(winner, [loser])
      expect(merged.conflicts).toEqual([])
      expect(merged.data).toMatchObject({ position: 'noted', notes: 'Asked the capital', updatedAt: '2026-03-01T00:00:00.000Z' })
      expect(merged.changed).toBe(true)
    }
  })

  it('reports a field changed on both sides, and not one changed to the same value', () => {
    const a = leaf('2-aa', ['1-root'], { ...base, position: 'noted', notes: 'same' }, { position: '2-aa', notes: '2-aa' })
    const b = leaf('2-bb', ['1-root'], { ...base, position: 'supported', notes: 'same' }, { position: '2-bb', notes: '2-bb' })
    const merged = mergeLeaves(a, [b])
    expect(merged.conflicts).toEqual([{ field: 'position', winner: 'noted', loser: 'supported', loserRev: '2-bb' }])
    expect(merged.data['position']).toBe('noted')
  })

  it('knows a value already seen by the other side (its stamp in the other history, or superseded by a merge)', () => {
    // B edited on top of A's change: A's stamp is in B's history, so B's value is newer.
    const a = leaf('2-aa', ['1-root'], { ...base, position: 'noted' }, { position: '2-aa' })
    const b = leaf('3-bb', ['2-aa', '1-root'], { ...base, position: 'supported' }, { position: '3-bb' })
    expect(mergeLeaves(a, [b]).data['position']).toBe('supported')
    // A merge chose A's value over an older stamp it lists as superseded.
    const merged = leaf('3-mm', ['2-aa', '1-root'], { ...base, position: 'noted' }, { position: '2-aa' }, { o: { position: ['2-old'] } })
    const stale = leaf('3-ss', ['2-old', '1-root'], { ...base, position: 'pending', notes: 'x' }, { position: '2-old', notes: '3-ss' })
    const result = mergeLeaves(merged, [stale])
    expect(result.conflicts).toEqual([])
    expect(result.data).toMatchObject({ position: 'noted', notes: 'x' })
  })

  it('merges two imports of the same document quietly (creation and import times differ)', () => {
    const origin = (at: string) => ({ kind: 'wg-report', source: 'A/HRC/43/15', importedAt: at, key: 'upr:SVN:34:122.7#1' })
    const a = leaf('1-aa', [], { ...base, createdAt: '2026-01-02', origin: origin('2026-01-02') }, {}, { c: '1-aa' })
    const b = leaf('1-bb', [], { ...base, createdAt: '2026-01-01', origin: origin('2026-01-01') }, {}, { c: '1-bb' })
    const merged = mergeLeaves(a, [b])
    expect(merged.conflicts).toEqual([])
    expect(merged.data['createdAt']).toBe('2026-01-01')
    // An origin that differs in more than the import time is a real difference.
    const c = leaf('1-cc', [], { ...base, origin: { ...origin('2026-01-01'), key: 'other' } }, {}, { c: '1-cc' })
    expect(mergeLeaves(a, [c]).conflicts.map((x) => x.field)).toContain('origin')
  })
})

describe('sign-in input checks', () => {
  it('accepts https and the local machine only', () => {
    expect(checkServerAddress('https://sync.mission.example/')).toEqual({ ok: true, url: 'https://sync.mission.example' })
    expect(checkServerAddress(' http://127.0.0.1:5984 ')).toEqual({ ok: true, url: 'http://127.0.0.1:5984' })
    expect(checkServerAddress('http://localhost:5984')).toMatchObject({ ok: true })
    for (const bad of ['http://sync.mission.example', 'ftp://sync.mission.example', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/plain,x']) {
      expect(checkServerAddress(bad).ok, bad).toBe(false)
    }
    for (const bad of ['', 'sync.mission.example', 'https://user:pass@sync.mission.example', 'https://sync.mission.example/?q=1', 'https://sync.mission.example/#x', 'http://127.0.0.1.evil.example']) {
      expect(checkServerAddress(bad).ok, bad).toBe(false)
    }
  })

  it('checks database names as CouchDB does, and document ids of records only', () => {
    expect(isDatabaseName('mission-geneva')).toBe(true)
    for (const bad of ['', 'Mission', '_users', '1mission', 'mission geneva', 'a'.repeat(239), '../x']) expect(isDatabaseName(bad), bad).toBe(false)
    expect(parseDocId('recommendations:rec_1')).toEqual({ table: 'recommendations', id: 'rec_1' })
    for (const other of ['_design/upr-desk', 'upr-desk:mission-key', 'missionProfile:mission', 'recommendations:', ':x', 'nothing']) expect(parseDocId(other), other).toBeNull()
  })
})
