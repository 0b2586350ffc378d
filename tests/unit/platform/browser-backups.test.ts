import { describe, expect, it } from 'vitest'
import { BROWSER_BACKUPS_KEPT, createBrowserBackups } from '../../../src-renderer/platform/browser-backups'
import { sampleArchive } from '../archive/archive-fixtures'

function store(start = Date.parse('2026-11-27T10:00:00.000Z')) {
  let t = start
  const factory = new IDBFactory()
  return createBrowserBackups(() => factory, () => new Date((t += 60_000)))
}

describe('backups in the browser’s storage', () => {
  it('keeps an archive with its header facts and gives the same bytes back', async () => {
    const backups = store()
    const bytes = await sampleArchive()
    const info = await backups.write(bytes, 'safety')
    expect(info).toMatchObject({ name: 'upr-desk-backup-20261127-100100-000-safety.uprdesk', kind: 'safety', size: bytes.byteLength, appVersion: '0.1.0', counts: { recommendations: 2 }, encrypted: false })
    expect(await backups.list()).toEqual([info])
    expect(await backups.read(info.name)).toEqual(bytes)
    await expect(backups.read('upr-desk-backup-20200101-000000-000-safety.uprdesk')).rejects.toThrow('No backup named')
  })

  it(`keeps the last ${BROWSER_BACKUPS_KEPT} of each kind, newest first`, async () => {
    const backups = store()
    const bytes = await sampleArchive()
    const names: string[] = []
    for (let i = 0; i < BROWSER_BACKUPS_KEPT + 3; i++) names.push((await backups.write(bytes, 'safety')).name)
    const manual = await backups.write(bytes, 'manual')
    expect((await backups.list()).map((b) => b.name)).toEqual([manual.name, ...names.slice(-BROWSER_BACKUPS_KEPT).reverse()])
  })

  it('refuses bytes that are not an archive', async () => {
    await expect(store().write(new TextEncoder().encode('hello'), 'safety')).rejects.toThrow('not a UPR Desk archive')
  })
})
