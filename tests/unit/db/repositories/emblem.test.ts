import { testRepositories } from '../test-repositories'
import { afterEach, describe, expect, it } from 'vitest'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { buildDemoMission } from '../../../../src-renderer/demo'
import { pngSquare } from '../../export/kit-sample'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

async function repositories() {
  const result = await openDatabase(`emblem-${crypto.randomUUID()}`)
  if (result.status !== 'ready') throw new Error(result.status)
  opened.push(result.db)
  return testRepositories(result.db)
}

describe('emblem repository', () => {
  it('gives the demo emblem once the demo is loaded, prefers the delegate’s own, and removal takes both', async () => {
    const repos = await repositories()
    const demo = buildDemoMission('2026-12-01')
    await repos.demo.load(demo)
    expect((await repos.emblem.get())?.id).toBe(demo.attachments[0]!.id)

    const own = await repos.emblem.save({ name: 'our-emblem.png', mediaType: 'image/png', bytes: pngSquare(12) })
    expect((await repos.emblem.get())?.id).toBe(own.id)

    await repos.emblem.remove()
    expect(await repos.emblem.get()).toBeUndefined()
  })

  it('leaves with the demo: removing the demo removes its emblem and keeps the delegate’s', async () => {
    const repos = await repositories()
    const own = await repos.emblem.save({ name: 'our-emblem.png', mediaType: 'image/png', bytes: pngSquare(12) })
    await repos.demo.load(buildDemoMission('2026-12-01'))
    await repos.demo.remove()
    expect(await repos.db.attachments.count()).toBe(1)
    expect((await repos.emblem.get())?.id).toBe(own.id)
  })

  it('removes only images: another file of the mission is kept', async () => {
    const repos = await repositories()
    await repos.emblem.save({ name: 'our-emblem.png', mediaType: 'image/png', bytes: pngSquare(12) })
    const at = '2026-12-01T00:00:00.000Z'
    await repos.db.attachments.add({ id: 'att_note', ownerId: 'mission', name: 'note.pdf', mediaType: 'application/pdf', size: 3, bytes: new Uint8Array([1, 2, 3]), createdAt: at, updatedAt: at })
    await repos.emblem.remove()
    expect((await repos.db.attachments.toArray()).map((a) => a.id)).toEqual(['att_note'])
  })
})
