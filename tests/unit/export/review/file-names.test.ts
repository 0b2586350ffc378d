import { describe, expect, it } from 'vitest'
import { fileNameProblem } from '../../../../src-main/ipc/contract'
import { plainExtension, safeFileName } from '../../../../src-renderer/export/review/file-names'

describe('safeFileName', () => {
  it('keeps readable names and makes hostile ones acceptable to the main process', () => {
    expect(safeFileName('2026-12-01 UPR48 Slovenia - deadlines.ics')).toBe('2026-12-01 UPR48 Slovenia - deadlines.ics')
    const hostile = ['a/b\\c:d*e?"f<g>h|i.pdf', 'report\u202Egpj.exe', 'CON.pdf', 'lpt1', ' trailing. ', '...', '', 'x'.repeat(400) + '.docx', 'Côte d’Ivoire\u2028notes.pdf']
    for (const name of hostile) {
      const safe = safeFileName(name)
      expect(fileNameProblem(safe), `${JSON.stringify(name)} -> ${JSON.stringify(safe)}`).toBeNull()
    }
    expect(safeFileName('CON.pdf')).toBe('_CON.pdf')
    expect(safeFileName('x'.repeat(400) + '.docx').endsWith('.docx')).toBe(true)
  })

  it('gives a dialog filter only for a plain extension', () => {
    expect(plainExtension('report.PDF')).toBe('pdf')
    expect(plainExtension('archive.tar.gz')).toBe('gz')
    expect(plainExtension('noextension')).toBeNull()
    expect(plainExtension('odd.ex-t')).toBeNull()
  })
})
