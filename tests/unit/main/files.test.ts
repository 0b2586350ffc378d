import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openFile, readFileWithLimit } from '../../../src-main/files/open-file'
import { saveAttachment, saveFile, toDialogFilters } from '../../../src-main/files/save-file'
import type { SaveDialogRequest } from '../../../src-main/files/save-file'

// The modules' thin Electron bindings are not exercised here; the pure logic is.
vi.mock('electron', () => ({ app: {}, dialog: {} }))

let dir: string
const docx = [{ name: 'Word document', extensions: ['docx'] }] as const
const bytes = new TextEncoder().encode('PK\u0003\u0004 a docx')

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'upr-desk-files-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('saveFile', () => {
  it('suggests the name in Documents with the filters, then writes the chosen path', async () => {
    const requests: SaveDialogRequest[] = []
    const target = join(dir, 'elsewhere.docx')
    const result = await saveFile(
      { bytes, suggestedName: 'UPR report.docx', filters: docx },
      { documentsDir: dir, chooseSavePath: async (request) => (requests.push(request), target) }
    )
    expect(result).toEqual({ status: 'saved', path: target })
    expect(new Uint8Array(await readFile(target))).toEqual(bytes)
    expect(requests).toEqual([{ defaultPath: join(dir, 'UPR report.docx'), filters: [{ name: 'Word document', extensions: ['docx'] }] }])
  })

  it('resolves only after the write has finished', async () => {
    let written = false
    const result = saveFile(
      { bytes, suggestedName: 'a.docx', filters: [] },
      {
        documentsDir: dir,
        chooseSavePath: async () => join(dir, 'a.docx'),
        write: async () => {
          await new Promise((resolve) => setTimeout(resolve, 20))
          written = true
        }
      }
    )
    await expect(result).resolves.toEqual({ status: 'saved', path: join(dir, 'a.docx') })
    expect(written).toBe(true)
  })

  it('reports a cancelled dialog and writes nothing', async () => {
    const write = vi.fn()
    for (const chosen of [null, '']) {
      await expect(
        saveFile({ bytes, suggestedName: 'a.docx', filters: docx }, { documentsDir: dir, chooseSavePath: async () => chosen, write })
      ).resolves.toEqual({ status: 'cancelled' })
    }
    expect(write).not.toHaveBeenCalled()
  })

  it('refuses a relative path from the dialog and a name that escapes Documents', async () => {
    await expect(
      saveFile({ bytes, suggestedName: 'a.docx', filters: docx }, { documentsDir: dir, chooseSavePath: async () => 'a.docx' })
    ).rejects.toThrow('relative path')
    const choose = vi.fn(async () => join(dir, 'x'))
    await expect(saveFile({ bytes, suggestedName: '../x.docx', filters: docx }, { documentsDir: dir, chooseSavePath: choose })).rejects.toThrow(
      'unsafe suggested name'
    )
    expect(choose).not.toHaveBeenCalled()
  })

  it('propagates a failed write and leaves the old file intact', async () => {
    const target = join(dir, 'keep.docx')
    await writeFile(target, 'old')
    await expect(
      saveFile(
        { bytes, suggestedName: 'keep.docx', filters: docx },
        {
          documentsDir: dir,
          chooseSavePath: async () => target,
          write: async () => {
            throw new Error('disk full')
          }
        }
      )
    ).rejects.toThrow('disk full')
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await readdir(dir)).toEqual(['keep.docx'])
  })

  it('gives Electron mutable copies of the filters', () => {
    const copy = toDialogFilters(docx)
    expect(copy).toEqual([{ name: 'Word document', extensions: ['docx'] }])
    expect(copy[0]?.extensions).not.toBe(docx[0].extensions)
  })
})

describe('readFileWithLimit', () => {
  it('reads a file up to exactly maxBytes', async () => {
    const path = join(dir, 'ten.txt')
    await writeFile(path, '0123456789')
    await expect(readFileWithLimit(path, 10)).resolves.toEqual({
      status: 'opened',
      name: 'ten.txt',
      bytes: new TextEncoder().encode('0123456789')
    })
  })

  it('refuses a file one byte above maxBytes without reading it', async () => {
    const path = join(dir, 'eleven.txt')
    await writeFile(path, '0123456789A')
    await expect(readFileWithLimit(path, 10)).resolves.toEqual({ status: 'too-large', name: 'eleven.txt', size: 11 })
  })

  it('reads an empty file', async () => {
    const path = join(dir, 'empty.csv')
    await writeFile(path, '')
    await expect(readFileWithLimit(path, 10)).resolves.toEqual({ status: 'opened', name: 'empty.csv', bytes: new Uint8Array(0) })
  })

  it('reads a larger binary file intact', async () => {
    const path = join(dir, 'big.bin')
    const content = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 31) % 256)
    await writeFile(path, content)
    const result = await readFileWithLimit(path, content.byteLength)
    expect(result.status).toBe('opened')
    // Buffer.equals: toEqual compares typed arrays element by element, far too slowly for megabytes.
    if (result.status === 'opened') expect(Buffer.from(result.bytes).equals(content)).toBe(true)
  })

  it('refuses a folder and a missing file', async () => {
    await mkdir(join(dir, 'folder'))
    await expect(readFileWithLimit(join(dir, 'folder'), 10)).rejects.toThrow()
    await expect(readFileWithLimit(join(dir, 'missing.txt'), 10)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('openFile', () => {
  it('starts in Documents with the filters and reads the chosen file', async () => {
    const path = join(dir, 'wg-report.txt')
    await writeFile(path, 'Recommendations')
    const choose = vi.fn(async () => path)
    await expect(openFile({ filters: docx, maxBytes: 1000 }, { documentsDir: dir, chooseOpenPath: choose })).resolves.toMatchObject({
      status: 'opened',
      name: 'wg-report.txt'
    })
    expect(choose).toHaveBeenCalledWith({ defaultPath: dir, filters: [{ name: 'Word document', extensions: ['docx'] }] })
  })

  it('reports a cancelled dialog', async () => {
    await expect(openFile({ filters: [], maxBytes: 10 }, { documentsDir: dir, chooseOpenPath: async () => null })).resolves.toEqual({
      status: 'cancelled'
    })
  })

  it('refuses a relative path from the dialog', async () => {
    await expect(openFile({ filters: [], maxBytes: 10 }, { documentsDir: dir, chooseOpenPath: async () => 'x.txt' })).rejects.toThrow(
      'relative path'
    )
  })
})

describe('saveFile: what the app may write', () => {
  it('refuses a filter for a type the app does not make, before any dialog', async () => {
    const choose = vi.fn(async () => join(dir, 'x.exe'))
    await expect(saveFile({ bytes, suggestedName: 'x.exe', filters: [{ name: 'Program', extensions: ['exe'] }] }, { documentsDir: dir, chooseSavePath: choose })).rejects.toThrow(
      'does not save .exe files'
    )
    await expect(saveFile({ bytes, suggestedName: 'x.txt', filters: [] }, { documentsDir: dir, chooseSavePath: choose })).rejects.toThrow('does not save files like x.txt')
    expect(choose).not.toHaveBeenCalled()
  })

  it('refuses a name typed in the dialog with another extension, and writes nothing', async () => {
    const write = vi.fn()
    for (const chosen of ['evil.exe', 'Statement.docx.lnk', 'Statement.docm', 'Statement.docx.']) {
      await expect(
        saveFile({ bytes, suggestedName: 'Statement.docx', filters: docx }, { documentsDir: dir, chooseSavePath: async () => join(dir, chosen), write })
      ).rejects.toThrow(/\.docx/)
    }
    expect(write).not.toHaveBeenCalled()
  })

  it('adds the extension to a name typed without one', async () => {
    const result = await saveFile({ bytes, suggestedName: 'Statement.docx', filters: docx }, { documentsDir: dir, chooseSavePath: async () => join(dir, 'Statement') })
    expect(result).toEqual({ status: 'saved', path: join(dir, 'Statement.docx') })
    expect(new Uint8Array(await readFile(join(dir, 'Statement.docx')))).toEqual(bytes)
  })

  it('does not mark the app’s own documents', async () => {
    const mark = vi.fn(async () => true)
    await saveFile({ bytes, suggestedName: 'a.docx', filters: docx }, { documentsDir: dir, chooseSavePath: async () => join(dir, 'a.docx'), mark })
    expect(mark).not.toHaveBeenCalled()
  })
})

describe('saveAttachment', () => {
  it('saves under the attachment’s own type and marks the file as coming from elsewhere', async () => {
    const mark = vi.fn(async () => true)
    const requests: SaveDialogRequest[] = []
    const target = join(dir, 'A_HRC_43_15.pdf')
    const result = await saveAttachment({ bytes, suggestedName: 'A_HRC_43_15.pdf' }, { documentsDir: dir, chooseSavePath: async (r) => (requests.push(r), target), mark })
    expect(result).toEqual({ status: 'saved', path: target })
    expect(requests[0]?.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }])
    expect(mark).toHaveBeenCalledWith(target)
  })

  it('refuses active content and types it does not keep, with the reason, without a dialog', async () => {
    const choose = vi.fn(async () => join(dir, 'x'))
    expect(await saveAttachment({ bytes, suggestedName: 'report.pdf.exe' }, { documentsDir: dir, chooseSavePath: choose })).toEqual({ status: 'refused', reason: 'active-content', extension: 'exe' })
    expect(await saveAttachment({ bytes, suggestedName: 'budget.xlsm' }, { documentsDir: dir, chooseSavePath: choose })).toEqual({ status: 'refused', reason: 'active-content', extension: 'xlsm' })
    expect(await saveAttachment({ bytes, suggestedName: 'model.stl' }, { documentsDir: dir, chooseSavePath: choose })).toEqual({ status: 'refused', reason: 'type-not-allowed', extension: 'stl' })
    expect(choose).not.toHaveBeenCalled()
  })

  it('refuses a program name typed in the dialog for a PDF', async () => {
    await expect(saveAttachment({ bytes, suggestedName: 'a.pdf' }, { documentsDir: dir, chooseSavePath: async () => join(dir, 'a.pdf.exe') })).rejects.toThrow('.pdf')
  })

  it('keeps the saved file when marking fails (a FAT drive has no streams)', async () => {
    const logged: string[] = []
    const target = join(dir, 'minutes.docx')
    const result = await saveAttachment(
      { bytes, suggestedName: 'minutes.docx' },
      { documentsDir: dir, chooseSavePath: async () => target, mark: async () => Promise.reject(new Error('EINVAL')), log: (m) => logged.push(m) }
    )
    expect(result).toEqual({ status: 'saved', path: target })
    expect(new Uint8Array(await readFile(target))).toEqual(bytes)
    expect(logged).toEqual(['could not mark the file as coming from elsewhere'])
  })
})
