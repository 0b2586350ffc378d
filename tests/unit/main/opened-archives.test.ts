import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { MAX_FILE_BYTES } from '../../../src-main/ipc/contract'
import {
  MAX_PENDING_ARCHIVES,
  archiveFileProblem,
  archivePathFromArgument,
  archivePathsFromArgv,
  archivePathsFromSecondInstance,
  createOpenedArchiveQueue
} from '../../../src-main/files/opened-archives'

// open-file.ts (the size-limited reader) also holds the dialog binding, which these tests never call.
vi.mock('electron', () => ({ app: {}, dialog: {} }))

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'upr-desk-opened-'))
  await writeFile(join(dir, 'Mission.uprdesk'), 'UPRDESK archive bytes')
  await writeFile(join(dir, 'Other.UPRDESK'), 'other')
  await writeFile(join(dir, 'notes.txt'), 'x')
  await mkdir(join(dir, 'Folder.uprdesk'))
  await symlink(join(dir, 'Mission.uprdesk'), join(dir, 'Link.uprdesk'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('archive paths in a command line', () => {
  it('finds .uprdesk paths, makes them absolute, and ignores the program and switches', () => {
    const argv = ['/opt/UPR Desk/upr-desk', '--original-process-start-time=1', '--allow-file-access-from-files', '/home/me/Mission.uprdesk', 'relative/Colleague.UPRDESK', '/home/me/notes.txt']
    expect(archivePathsFromArgv(argv, '/home/me')).toEqual(['/home/me/Mission.uprdesk', '/home/me/relative/Colleague.UPRDESK'])
  })

  it('reads file: URLs (Linux file managers pass %U) and refuses other URLs', () => {
    expect(archivePathFromArgument(pathToFileURL('/home/me/My Archive.uprdesk').href, '/')).toBe('/home/me/My Archive.uprdesk')
    expect(archivePathFromArgument('https://evil.example/x.uprdesk', '/')).toBeNull()
    expect(archivePathFromArgument('smb://server/share/x.uprdesk', '/')).toBeNull()
  })

  it.each([
    '--inspect=evil.uprdesk',
    '-x.uprdesk',
    'archive.uprdesk.exe',
    'archive.uprdesk.',
    'archive.uprdesk\n',
    'arch\u0000ive.uprdesk',
    '',
    'x'.repeat(5000) + '.uprdesk'
  ])('ignores %j', (argument) => {
    expect(archivePathFromArgument(argument, '/home/me')).toBeNull()
  })

  it('needs an absolute working folder to resolve a relative path', () => {
    expect(archivePathFromArgument('Mission.uprdesk', 'relative')).toBeNull()
  })

  it('keeps each path once, and at most ten', () => {
    const many = Array.from({ length: 30 }, (_, i) => `/a/${i}.uprdesk`)
    expect(archivePathsFromArgv(['/a/1.uprdesk', '/a/1.uprdesk'], '/')).toEqual(['/a/1.uprdesk'])
    expect(archivePathsFromArgv(many, '/')).toHaveLength(MAX_PENDING_ARCHIVES)
  })

  it('prefers the second instance additionalData, and falls back to argv when it is malformed', () => {
    expect(archivePathsFromSecondInstance(['app', '/x/argv.uprdesk'], '/', { archives: ['/x/data.uprdesk'] })).toEqual(['/x/data.uprdesk'])
    for (const bad of [null, 'x', { archives: 'x' }, { archives: [1] }, undefined]) {
      expect(archivePathsFromSecondInstance(['app', '/x/argv.uprdesk'], '/', bad)).toEqual(['/x/argv.uprdesk'])
    }
  })
})

describe('archiveFileProblem', () => {
  it('accepts an existing regular .uprdesk file (any case)', async () => {
    expect(await archiveFileProblem(join(dir, 'Mission.uprdesk'))).toBeNull()
    expect(await archiveFileProblem(join(dir, 'Other.UPRDESK'))).toBeNull()
  })

  it('refuses a missing file, a folder, another type and a relative path', async () => {
    expect(await archiveFileProblem(join(dir, 'missing.uprdesk'))).toMatch(/cannot be read/)
    expect(await archiveFileProblem(join(dir, 'Folder.uprdesk'))).toBe('not a regular file')
    expect(await archiveFileProblem(join(dir, 'notes.txt'))).toBe('not a .uprdesk file')
    expect(await archiveFileProblem('Mission.uprdesk')).toBe('not an absolute path')
  })

  it('refuses a file above the size limit without reading it', async () => {
    const read = vi.fn()
    const disk = { stat: async () => ({ isFile: () => true, size: MAX_FILE_BYTES + 1 }), read }
    expect(await archiveFileProblem('/big.uprdesk', disk)).toBe('larger than 200 MB')
    expect(read).not.toHaveBeenCalled()
  })
})

describe('the queue of opened archives', () => {
  it('keeps good paths, pings the page, and hands over the bytes once', async () => {
    const notify = vi.fn()
    const logs: string[] = []
    const queue = createOpenedArchiveQueue({ notify, log: (m) => logs.push(m) })
    expect(await queue.add([join(dir, 'Mission.uprdesk'), join(dir, 'notes.txt'), join(dir, 'Folder.uprdesk')])).toBe(1)
    expect(notify).toHaveBeenCalledTimes(1)
    expect(logs).toHaveLength(2)
    const taken = await queue.take()
    expect(taken).toEqual([{ status: 'opened', name: 'Mission.uprdesk', bytes: new TextEncoder().encode('UPRDESK archive bytes') }])
    expect(await queue.take()).toEqual([])
  })

  it('opens an archive through a symbolic link to it (Finder aliases resolve the same way)', async () => {
    const queue = createOpenedArchiveQueue({ notify: () => undefined })
    expect(await queue.add([join(dir, 'Link.uprdesk')])).toBe(1)
  })

  it('does not ping when nothing was kept, and says which archive vanished before it was read', async () => {
    const notify = vi.fn()
    const queue = createOpenedArchiveQueue({ notify, log: () => undefined })
    expect(await queue.add([join(dir, 'missing.uprdesk')])).toBe(0)
    expect(notify).not.toHaveBeenCalled()
    const path = join(dir, 'Vanishing.uprdesk')
    await writeFile(path, 'soon gone')
    await queue.add([path])
    await rm(path)
    expect(await queue.take()).toEqual([{ status: 'refused', name: 'Vanishing.uprdesk', reason: 'unreadable' }])
  })

  it('reports a file that grew past the limit as too large', async () => {
    const disk = { stat: async () => ({ isFile: () => true, size: 10 }), read: async () => ({ status: 'too-large' as const, name: 'x.uprdesk', size: MAX_FILE_BYTES + 1 }) }
    const queue = createOpenedArchiveQueue({ notify: () => undefined, disk })
    await queue.add(['/x.uprdesk'])
    expect(await queue.take()).toEqual([{ status: 'refused', name: 'x.uprdesk', reason: 'too-large' }])
  })
})
