import { testRepositories, type TestRepositories } from '../test-repositories'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { StatementChangeError } from '../../../../src-renderer/db/repositories/statements'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import type { Statement } from '../../../../src-renderer/domain/model'
import { AUTOSAVE_VERSION_INTERVAL_MS } from '../../../../src-renderer/domain/statements/versions'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  vi.useRealTimers()
  for (const db of opened.splice(0)) db.close()
})

async function repositories(): Promise<TestRepositories> {
  const result = await openDatabase(`statements-${crypto.randomUUID()}`)
  if (result.status !== 'ready') throw new Error(result.status)
  opened.push(result.db)
  return testRepositories(result.db)
}

const PORTUGAL = { iso3: 'PRT', name: 'Portugal' }

function draft(repos: TestRepositories, over: Partial<Statement> = {}): Promise<Statement> {
  return repos.statements.create({
    kind: 'recommending-state', title: 'Universal Periodic Review of Slovenia', language: 'en', stateUnderReview: 'SVN', session: 48, reviewId: null,
    status: 'draft', content: 'Thank you, Madam President.', fields: { speaker: 'Ambassador' },
    recommendations: [
      { id: 'r1', text: 'Adopt a national action plan for the inclusion of Roma communities by 2027', followsUpId: null },
      { id: 'r2', text: 'Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights', followsUpId: null }
    ],
    ...over
  })
}

describe('statement repository', () => {
  it('autosaves without flooding the history: a version only after some minutes of editing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-01-20T09:00:00.000Z'))
    const repos = await repositories()
    const s = await draft(repos)
    for (let i = 1; i <= 20; i++) {
      vi.setSystemTime(new Date(Date.parse('2025-01-20T09:00:00.000Z') + i * 10_000))
      const { versionRecorded } = await repos.statements.autosave({ ...s, content: `Thank you, Madam President. Edit ${i}` })
      expect(versionRecorded).toBe(false)
    }
    expect(await repos.statements.versions(s.id)).toHaveLength(1)
    expect((await repos.statements.get(s.id))?.content).toBe('Thank you, Madam President. Edit 20')
    vi.setSystemTime(new Date(Date.parse('2025-01-20T09:00:00.000Z') + AUTOSAVE_VERSION_INTERVAL_MS + 1000))
    const later = await repos.statements.autosave({ ...s, content: 'Thank you, Madam President. Edit 21' })
    expect(later.versionRecorded).toBe(true)
    expect(later.statement.version).toBe(2)
    expect((await repos.statements.versions(s.id)).map((v) => v.reason)).toEqual(['created', 'autosave'])
    // Nothing changed: nothing written.
    expect((await repos.statements.autosave(later.statement)).statement.updatedAt).toBe(later.statement.updatedAt)
  })

  it('saves a version on request only when something changed, and restores one as a new version', async () => {
    const repos = await repositories()
    const s = await draft(repos)
    const v2 = await repos.statements.saveVersion({ ...s, title: 'UPR48 Slovenia', recommendations: [{ id: 'r1', text: 'Changed', followsUpId: null }] })
    expect(v2.version).toBe(2)
    const same = await repos.statements.saveVersion(v2, 'left')
    expect(same.version).toBe(2)
    const versions = await repos.statements.versions(s.id)
    expect(versions.map((v) => [v.version, v.reason])).toEqual([[1, 'created'], [2, 'saved']])
    const restored = await repos.statements.restore(s.id, versions[0]!.id)
    expect(restored).toMatchObject({ version: 3, title: 'Universal Periodic Review of Slovenia', recommendations: s.recommendations })
    const history = await repos.statements.versions(s.id)
    expect(history[2]).toMatchObject({ reason: 'restored', restoredFrom: 1, title: 'Universal Periodic Review of Slovenia' })
    await expect(repos.statements.restore(s.id, 'ver_missing')).rejects.toBeInstanceOf(StatementChangeError)
  })

  it('keeps status and delivery out of the editor’s reach', async () => {
    const repos = await repositories()
    const s = await draft(repos)
    await repos.statements.setStatus(s.id, 'final')
    // A stale draft in the editor still says "draft": autosave keeps the stored status.
    const { statement } = await repos.statements.autosave({ ...s, content: 'new words' })
    expect(statement.status).toBe('final')
  })

  it('duplicates a statement as a new draft with its own history and recommendation ids', async () => {
    const repos = await repositories()
    const s = await draft(repos, { status: 'final' })
    const copy = await repos.statements.duplicate(s.id, 'Copy of the statement')
    expect(copy).toMatchObject({ title: 'Copy of the statement', status: 'draft', version: 1, content: s.content, kind: s.kind })
    expect(copy.id).not.toBe(s.id)
    expect(copy.recommendations!.map((r) => r.text)).toEqual(s.recommendations!.map((r) => r.text))
    expect(copy.recommendations!.map((r) => r.id)).not.toEqual(s.recommendations!.map((r) => r.id))
    expect((await repos.statements.versions(copy.id)).map((v) => v.reason)).toEqual(['duplicated'])
    await repos.statements.remove(copy.id)
    expect(await repos.statements.get(copy.id)).toBeUndefined()
    expect(await repos.statements.versions(copy.id)).toEqual([])
    expect(await repos.statements.all()).toHaveLength(1)
  })

  it('marks a statement delivered and puts its recommendations in the register in one transaction', async () => {
    const repos = await repositories()
    const s = await draft(repos)
    const report = await repos.statements.markDelivered(s, '2025-01-28', PORTUGAL)
    expect(report.recommendations).toBe(2)
    expect(report.statement).toMatchObject({ status: 'delivered', deliveredOn: '2025-01-28', version: 2 })
    const records = await repos.statements.deliveredRecords(s.id, 2)
    expect(records.map((r) => [r.origin.key, r.position, r.madeByUs, r.recommendingStates])).toEqual([
      [`${s.id}#1`, 'pending', true, ['PRT']],
      [`${s.id}#2`, 'pending', true, ['PRT']]
    ])
    expect(records[0]!.searchText).toContain('roma')
    await expect(repos.statements.autosave({ ...s, content: 'late edit' })).rejects.toMatchObject({ key: 'deliveredIsLocked' })

    // The State under review answered: the delegate recorded the position. Delivering again keeps it, never duplicates.
    await repos.recommendations.update({ ...records[0]!, position: 'supported', positionSource: 'A/HRC/59/DEMO/Add.1', number: '140.12' })
    await repos.statements.setStatus(s.id, 'draft')
    await repos.statements.markDelivered({ ...s, recommendations: [{ ...s.recommendations![0]!, text: 'Adopt a national action plan for Roma inclusion by 2027' }, s.recommendations![1]!] }, '2025-01-28', PORTUGAL)
    const again = await repos.statements.deliveredRecords(s.id, 2)
    expect(await repos.db.recommendations.count()).toBe(2)
    expect(again.find((r) => r.origin.key.endsWith('#1'))).toMatchObject({ position: 'supported', number: '140.12', text: 'Adopt a national action plan for Roma inclusion by 2027' })
  })

  it('changes nothing when the delivery fails half-way', async () => {
    const repos = await repositories()
    const s = await draft(repos)
    const failing = vi.spyOn(repos.recommendations, 'importAll').mockRejectedValueOnce(new Error('disk full'))
    await expect(repos.statements.markDelivered(s, '2025-01-28', PORTUGAL)).rejects.toThrow('disk full')
    failing.mockRestore()
    expect((await repos.statements.get(s.id))?.status).toBe('draft')
    expect(await repos.statements.versions(s.id)).toHaveLength(1)
    expect(await repos.db.recommendations.count()).toBe(0)
  })

  it('refuses to deliver a recommending-State statement without its State under review or session', async () => {
    const repos = await repositories()
    const s = await draft(repos, { session: null })
    await expect(repos.statements.markDelivered(s, '2025-01-28', PORTUGAL)).rejects.toMatchObject({ key: 'noSession' })
    expect((await repos.statements.get(s.id))?.status).toBe('draft')
  })

  it('reads the inscribed speakers the review cycle recorded', async () => {
    const repos = await repositories()
    expect(await repos.statements.inscribedSpeakers(48, 'SVN')).toBeNull()
    await repos.db.participations.add({ id: 'p1', session: 48, stateIso3: 'SVN', willSpeak: true, inscribed: true, inscribedSpeakers: 84, statementId: null, notes: '', createdAt: '', updatedAt: '' })
    await repos.db.participations.add({ id: 'p2', session: 48, stateIso3: 'ITA', willSpeak: true, inscribed: true, inscribedSpeakers: null, statementId: null, notes: '', createdAt: '', updatedAt: '' })
    expect(await repos.statements.inscribedSpeakers(48, 'SVN')).toBe(84)
    expect(await repos.statements.inscribedSpeakers(48, 'ITA')).toBeNull()
  })

  it('keeps the mission emblem, replaced by a new upload and removable', async () => {
    const repos = await repositories()
    expect(await repos.emblem.get()).toBeUndefined()
    await repos.emblem.save({ name: 'emblem.png', mediaType: 'image/png', bytes: new Uint8Array([1, 2, 3]) })
    const second = await repos.emblem.save({ name: 'new.png', mediaType: 'image/png', bytes: new Uint8Array([4, 5]) })
    expect(await repos.db.attachments.count()).toBe(1)
    expect(await repos.emblem.get()).toMatchObject({ name: 'new.png', size: 2, ownerId: 'mission' })
    expect(second.bytes).toEqual(new Uint8Array([4, 5]))
    await repos.emblem.remove()
    expect(await repos.emblem.get()).toBeUndefined()
  })

  it('still reads statements stored before recommendations existed', async () => {
    const repos = await repositories()
    await repos.db.statements.add({ id: 'old', kind: 'position-paper', title: 'Old', language: 'en', stateUnderReview: null, session: null, reviewId: null, status: 'draft', content: 'a', fields: {}, version: 1, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' })
    const saved = await repos.statements.saveVersion({ id: 'old', title: 'Old', language: 'en', stateUnderReview: null, session: null, reviewId: null, content: 'b', fields: {}, recommendations: [] })
    expect(saved.version).toBe(2)
    expect(await repos.statements.versions('old')).toHaveLength(1)
  })
})
