import { posix, win32 } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ACTIVE_CONTENT_EXTENSIONS,
  APP_SAVE_EXTENSIONS,
  ATTACHMENT_EXTENSIONS,
  attachmentVerdict,
  checkSavePath,
  extensionOf
} from '../../../src-main/files/file-types'

describe('the lists', () => {
  it('cover the programs, scripts, shortcuts and macro files the brief names', () => {
    for (const extension of ['exe', 'js', 'hta', 'lnk', 'docm', 'xlsm', 'bat', 'cmd', 'ps1', 'vbs', 'scr', 'msi', 'jar', 'com', 'pif', 'reg', 'wsf', 'url', 'app', 'command', 'sh', 'pptm', 'html', 'svg', 'iso']) {
      expect(ACTIVE_CONTENT_EXTENSIONS.has(extension), extension).toBe(true)
    }
  })

  it('never allow active content to be saved or kept, and are lower-case plain extensions', () => {
    for (const extension of [...APP_SAVE_EXTENSIONS, ...ATTACHMENT_EXTENSIONS]) {
      expect(ACTIVE_CONTENT_EXTENSIONS.has(extension), extension).toBe(false)
      expect(extension).toMatch(/^[a-z0-9]{1,10}$/)
    }
    for (const extension of ACTIVE_CONTENT_EXTENSIONS) expect(extension).toMatch(/^[a-z0-9-]{1,20}$/)
  })

  it('let the app save what it makes: Word, Excel, CSV, calendars, archives, the rescue copy', () => {
    expect([...APP_SAVE_EXTENSIONS].sort()).toEqual(['csv', 'docx', 'ics', 'json', 'uprdesk', 'xlsx'])
  })
})

describe('extensionOf', () => {
  it.each([
    ['report.PDF', 'pdf'],
    ['archive.tar.gz', 'gz'],
    ['minutes.pdf.exe', 'exe'],
    ['minutes.exe.pdf', 'pdf'],
    ['evil.exe.', 'exe'],
    ['evil.exe . .', 'exe'],
    ['noextension', ''],
    ['.bashrc', ''],
    ['C:\\Users\\me\\run.BAT', 'bat'],
    ['/home/me/x.sh', 'sh']
  ])('%s has the extension %j', (name, extension) => {
    expect(extensionOf(name)).toBe(extension)
  })
})

describe('attachmentVerdict', () => {
  it.each(['A_HRC_43_15.pdf', 'Minutes.DOCX', 'table.xls', 'photo.jpeg', 'note.msg', 'list.csv', 'colleague.uprdesk', 'bundle.zip'])('keeps %s', (name) => {
    expect(attachmentVerdict(name).allowed).toBe(true)
  })

  it.each([
    ['setup.exe', 'exe'],
    ['report.pdf.exe', 'exe'],
    ['report.pdf.EXE', 'exe'],
    ['invoice.exe.', 'exe'],
    ['script.js', 'js'],
    ['page.hta', 'hta'],
    ['Report.lnk', 'lnk'],
    ['budget.xlsm', 'xlsm'],
    ['letter.docm', 'docm'],
    ['run.bat', 'bat'],
    ['run.cmd', 'cmd'],
    ['x.ps1', 'ps1'],
    ['x.vbs', 'vbs'],
    ['x.scr', 'scr'],
    ['x.msi', 'msi'],
    ['x.jar', 'jar'],
    ['x.com', 'com'],
    ['x.pif', 'pif'],
    ['x.reg', 'reg'],
    ['page.html', 'html'],
    ['drawing.svg', 'svg']
  ])('refuses %s as active content', (name, extension) => {
    expect(attachmentVerdict(name)).toEqual({ allowed: false, reason: 'active-content', extension })
  })

  it.each([
    ['data.bin.unknown', 'unknown'],
    ['noextension', ''],
    ['model.stl', 'stl']
  ])('refuses %s as a type not kept', (name, extension) => {
    expect(attachmentVerdict(name)).toEqual({ allowed: false, reason: 'type-not-allowed', extension })
  })
})

describe('checkSavePath', () => {
  const none = () => false
  it('accepts a path with an allowed extension, in any case', () => {
    expect(checkSavePath('/docs/Statement.docx', ['docx'], none, posix)).toEqual({ ok: true, path: '/docs/Statement.docx', extension: 'docx' })
    expect(checkSavePath('C:\\Docs\\Statement.DOCX', ['docx'], none, win32)).toEqual({ ok: true, path: 'C:\\Docs\\Statement.DOCX', extension: 'docx' })
  })

  it('adds the extension to a name typed without one, unless that file exists', () => {
    expect(checkSavePath('/docs/Statement', ['docx'], none, posix)).toEqual({ ok: true, path: '/docs/Statement.docx', extension: 'docx' })
    expect(checkSavePath('/docs/Statement', ['docx'], (p) => p === '/docs/Statement.docx', posix)).toMatchObject({ ok: false })
  })

  it.each(['/docs/Statement.exe', '/docs/Statement.docx.exe', '/docs/Statement.docm', '/docs/Statement.txt', '/docs/Statement.docx.', '/docs/Statement.docx '])('refuses %s for a Word file', (path) => {
    const result = checkSavePath(path, ['docx'], none, posix)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem).toMatch(/\.docx/)
  })

  it('never saves active content even when asked to', () => {
    expect(checkSavePath('/docs/run.exe', ['exe'], none, posix)).toMatchObject({ ok: false })
    expect(checkSavePath('/docs/run.exe', ['exe', 'docx'], none, posix)).toMatchObject({ ok: false })
  })
})
