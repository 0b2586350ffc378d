import { join, dirname } from 'node:path'
import fc from 'fast-check'
import { fixedRuns } from '../fuzz-seed'
import { describe, expect, it } from 'vitest'
import {
  MAX_FILE_BYTES,
  appInfoArgsSchema,
  fileNameProblem,
  ipcArgSchemas,
  openExternalArgsSchema,
  openFileArgsSchema,
  saveFileArgsSchema
} from '../../../src-main/ipc/contract'

const docx = [{ name: 'Word document', extensions: ['docx'] }]
const validSave = { bytes: new Uint8Array([80, 75, 3, 4]), suggestedName: 'UPR report.docx', filters: docx }

describe('ipcArgSchemas', () => {
  it('lists exactly the fifteen channels', () => {
    expect(Object.keys(ipcArgSchemas).sort()).toEqual([
      'app:info',
      'app:set-language',
      'archive:take-opened',
      'attachment:check',
      'backups:list',
      'backups:quit-reply',
      'backups:read',
      'backups:write',
      'file:open',
      'file:save',
      'file:save-attachment',
      'shell:open-external',
      'sync:secret',
      'updates:choose',
      'updates:state'
    ])
  })

  it('checks the arguments of the new channels strictly', () => {
    const bytes = new Uint8Array([1])
    expect(ipcArgSchemas['file:save-attachment'].safeParse({ bytes, suggestedName: 'A_HRC_43_15.pdf' }).success).toBe(true)
    expect(ipcArgSchemas['file:save-attachment'].safeParse({ bytes, suggestedName: '../x.pdf' }).success).toBe(false)
    expect(ipcArgSchemas['file:save-attachment'].safeParse({ bytes, suggestedName: 'x.pdf', filters: [] }).success).toBe(false)
    expect(ipcArgSchemas['attachment:check'].safeParse({ name: 'minutes.docx' }).success).toBe(true)
    expect(ipcArgSchemas['attachment:check'].safeParse({ name: '' }).success).toBe(false)
    expect(ipcArgSchemas['attachment:check'].safeParse({ name: 'x'.repeat(1025) }).success).toBe(false)
    for (const language of ['en', 'fr', 'es']) expect(ipcArgSchemas['app:set-language'].safeParse({ language }).success).toBe(true)
    for (const language of ['de', 'EN', '', 'en-GB', null]) expect(ipcArgSchemas['app:set-language'].safeParse({ language }).success).toBe(false)
    expect(ipcArgSchemas['archive:take-opened'].safeParse(undefined).success).toBe(true)
    expect(ipcArgSchemas['archive:take-opened'].safeParse({ path: '/etc/passwd' }).success).toBe(false)
    expect(ipcArgSchemas['updates:state'].safeParse(undefined).success).toBe(true)
    expect(ipcArgSchemas['updates:choose'].safeParse({ choice: 'install-on-quit' }).success).toBe(true)
    expect(ipcArgSchemas['updates:choose'].safeParse({ choice: 'install-now' }).success).toBe(false)
  })
})

describe('file:save arguments', () => {
  it('accepts a valid call', () => {
    expect(saveFileArgsSchema.safeParse(validSave).success).toBe(true)
    expect(saveFileArgsSchema.safeParse({ ...validSave, filters: [] }).success).toBe(true)
  })

  it.each([
    ['a string', 'PK\u0003\u0004'],
    ['a plain array', [80, 75, 3, 4]],
    ['an ArrayBuffer', new ArrayBuffer(4)],
    ['a DataView', new DataView(new ArrayBuffer(4))],
    ['a Uint16Array', new Uint16Array(4)],
    ['an array-like object', { length: 4, 0: 80 }],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42]
  ])('refuses bytes that are %s', (_label, bytes) => {
    expect(saveFileArgsSchema.safeParse({ ...validSave, bytes }).success).toBe(false)
  })

  it('accepts exactly the maximum size and refuses one byte more', () => {
    expect(saveFileArgsSchema.safeParse({ ...validSave, bytes: new Uint8Array(MAX_FILE_BYTES) }).success).toBe(true)
    expect(saveFileArgsSchema.safeParse({ ...validSave, bytes: new Uint8Array(MAX_FILE_BYTES + 1) }).success).toBe(false)
  })

  it.each([
    '../x.docx',
    '..\\x.docx',
    '../../../../etc/passwd',
    '/etc/passwd',
    'C:\\Windows\\x.docx',
    'C:x.docx',
    'a/b.docx',
    'CON.docx',
    'con',
    'Con.tar.gz',
    'CON .docx',
    'nul.txt',
    'PRN',
    'aux.docx',
    'COM1.docx',
    'com9',
    'LPT1.docx',
    'COM¹.docx',
    'CONIN$',
    'a\u0000b.docx',
    '\u0000',
    'report\u202Excod.docx',
    '\u202Ereport.docx',
    '\u2066isolate.docx',
    '\u200Fmark.docx',
    'zero\u200Bwidth.docx',
    'bom\uFEFF.docx',
    'line\nbreak.docx',
    'carriage\rreturn.docx',
    'tab\tname.docx',
    'del\u007F.docx',
    'c1\u0085.docx',
    'lone\uD800surrogate.docx',
    'line\u2028sep.docx',
    'a:b.docx',
    'a*b.docx',
    'a?b.docx',
    'a"b.docx',
    'a<b.docx',
    'a>b.docx',
    'a|b.docx',
    'x.docx.',
    'x.docx ',
    ' x.docx',
    '.',
    '..',
    '...',
    '',
    'a'.repeat(201),
    'é'.repeat(130)
  ])('refuses the file name %j', (suggestedName) => {
    expect(fileNameProblem(suggestedName)).not.toBeNull()
    expect(saveFileArgsSchema.safeParse({ ...validSave, suggestedName }).success).toBe(false)
  })

  it('refuses a huge file name by its length, before any pattern looks at it', () => {
    // The length is checked first, so no expression ever runs over a 10-million-character name.
    const huge = 'x'.repeat(10_000_000) + '<>:"|?*'
    expect(fileNameProblem(huge)).toBe('too long')
    expect(saveFileArgsSchema.safeParse({ ...validSave, suggestedName: huge }).success).toBe(false)
  })

  it.each([
    'UPR report.docx',
    'Recommendations (4th cycle) – Norway.docx',
    'Résumé.docx',
    '日本の勧告.docx',
    '.hidden-notes.txt',
    'console.docx',
    'CON1.docx',
    'LPT10.docx',
    'a'.repeat(200)
  ])('accepts the file name %j', (suggestedName) => {
    expect(fileNameProblem(suggestedName)).toBeNull()
    expect(saveFileArgsSchema.safeParse({ ...validSave, suggestedName }).success).toBe(true)
  })

  it('refuses names that are not strings', () => {
    for (const suggestedName of [42, null, undefined, ['x.docx'], { toString: () => 'x.docx' }]) {
      expect(saveFileArgsSchema.safeParse({ ...validSave, suggestedName }).success).toBe(false)
    }
  })

  it('never accepts a name that leaves the folder or carries a control character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (name) => {
        if (fileNameProblem(name) !== null) return
        expect(dirname(join('/docs', name))).toBe('/docs')
        expect(name).not.toMatch(/[\p{Cc}\p{Cf}/\\]/u)
      }),
      fixedRuns(2000)
    )
  })

  it.each([
    ['eleven filters', Array.from({ length: 11 }, (_, i) => ({ name: `F${i}`, extensions: ['txt'] }))],
    ['an extension with a separator', [{ name: 'Word', extensions: ['docx;exe'] }]],
    ['an extension with a dot', [{ name: 'Word', extensions: ['.docx'] }]],
    ['a wildcard extension', [{ name: 'All', extensions: ['*'] }]],
    ['an extension longer than 10', [{ name: 'Word', extensions: ['d'.repeat(11)] }]],
    ['an empty extension', [{ name: 'Word', extensions: [''] }]],
    ['a path as extension', [{ name: 'Word', extensions: ['../x'] }]],
    ['no extensions', [{ name: 'Word', extensions: [] }]],
    ['21 extensions', [{ name: 'Word', extensions: Array.from({ length: 21 }, () => 'doc') }]],
    ['extensions as a string', [{ name: 'Word', extensions: 'docx' }]],
    ['an empty name', [{ name: '', extensions: ['docx'] }]],
    ['a huge name', [{ name: 'n'.repeat(101), extensions: ['docx'] }]],
    ['a name with NUL', [{ name: 'Wo\u0000rd', extensions: ['docx'] }]],
    ['a name with an RTL override', [{ name: 'Word\u202E', extensions: ['docx'] }]],
    ['an extra key', [{ name: 'Word', extensions: ['docx'], path: '/etc' }]],
    ['filters as an object', { name: 'Word', extensions: ['docx'] }],
    ['null filters', null]
  ])('refuses filters with %s', (_label, filters) => {
    expect(saveFileArgsSchema.safeParse({ ...validSave, filters }).success).toBe(false)
  })

  it('refuses extra keys, missing keys and non-objects', () => {
    expect(saveFileArgsSchema.safeParse({ ...validSave, path: '/etc/passwd' }).success).toBe(false)
    // An object with a foreign prototype is not a plain argument object (IPC only delivers plain ones).
    expect(saveFileArgsSchema.safeParse({ ...validSave, __proto__: { polluted: true } }).success).toBe(false)
    expect(saveFileArgsSchema.safeParse(JSON.parse('{"__proto__": {"x": 1}}')).success).toBe(false)
    expect(saveFileArgsSchema.safeParse({ bytes: validSave.bytes, filters: docx }).success).toBe(false)
    for (const value of [null, undefined, 'x', 1, [], [validSave]]) {
      expect(saveFileArgsSchema.safeParse(value).success).toBe(false)
    }
  })

  it('returns read-only filters', () => {
    const parsed = saveFileArgsSchema.parse(validSave)
    expect(Object.isFrozen(parsed.filters)).toBe(true)
  })
})

describe('file:open arguments', () => {
  it('accepts a valid call', () => {
    expect(openFileArgsSchema.safeParse({ filters: docx, maxBytes: 50_000_000 }).success).toBe(true)
    expect(openFileArgsSchema.safeParse({ filters: [], maxBytes: MAX_FILE_BYTES }).success).toBe(true)
  })

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_FILE_BYTES + 1, '100', null, 2 ** 53, 1e300])(
    'refuses maxBytes %s',
    (maxBytes) => {
      expect(openFileArgsSchema.safeParse({ filters: docx, maxBytes }).success).toBe(false)
    }
  )

  it('refuses extra keys and missing filters', () => {
    expect(openFileArgsSchema.safeParse({ filters: docx, maxBytes: 10, path: '/etc/shadow' }).success).toBe(false)
    expect(openFileArgsSchema.safeParse({ maxBytes: 10 }).success).toBe(false)
    expect(openFileArgsSchema.safeParse({ filters: [{ name: 'x', extensions: ['a/b'] }], maxBytes: 10 }).success).toBe(false)
  })
})

describe('app:info arguments', () => {
  it('accepts no argument only', () => {
    expect(appInfoArgsSchema.safeParse(undefined).success).toBe(true)
    for (const value of [null, {}, [], '', 0, false]) expect(appInfoArgsSchema.safeParse(value).success).toBe(false)
  })
})

describe('shell:open-external arguments', () => {
  it('accepts an https URL', () => {
    expect(openExternalArgsSchema.safeParse({ url: 'https://www.ohchr.org/en/hr-bodies/upr' }).success).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'http://example.org',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    ' https://example.org',
    'ms-msdt:/id PCWDiagnostic',
    ''
  ])('refuses %j', (url) => {
    expect(openExternalArgsSchema.safeParse({ url }).success).toBe(false)
  })

  it('refuses a URL longer than 2048 characters', () => {
    expect(openExternalArgsSchema.safeParse({ url: 'https://' + 'a'.repeat(2100) + '.org' }).success).toBe(false)
    expect(openExternalArgsSchema.safeParse({ url: 'https://a.org/' + 'x'.repeat(5_000_000) }).success).toBe(false)
  })

  it('refuses non-strings and extra keys', () => {
    for (const value of [{ url: 42 }, { url: null }, {}, { url: 'https://a.org', target: '_self' }, 'https://a.org', null]) {
      expect(openExternalArgsSchema.safeParse(value).success).toBe(false)
    }
  })
})
