import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildMissionDocument, DocumentProblem, documentProblemText, fittedTable, isDocumentProblem, MAX_TABLE_ROWS } from '../../../../src-renderer/export/kit'
import { initI18n } from '../../../../src-renderer/i18n'

/** Every TypeScript file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
}

/** The problems the kit itself throws, caught. */
function kitProblems(): DocumentProblem[] {
  const caught: DocumentProblem[] = []
  const attempt = (make: () => unknown) => {
    try {
      make()
    } catch (error) {
      if (error instanceof DocumentProblem) caught.push(error)
    }
  }
  attempt(() => buildMissionDocument({ language: 'en', title: 'T', subject: 'S', creator: 'M', letterhead: { missionName: 'M', emblem: null }, sections: [] }))
  attempt(() => fittedTable({ orientation: 'portrait', columns: [], rows: [] }))
  attempt(() => fittedTable({ orientation: 'portrait', columns: [{ header: 'A', weight: 1 }], rows: Array.from({ length: MAX_TABLE_ROWS + 1 }, () => ['x']) }))
  attempt(() => fittedTable({ orientation: 'portrait', columns: [{ header: 'A', weight: 1 }], rows: [['x', 'y']] }))
  return caught
}

describe('document problems', () => {
  it('has a string in English, French and Spanish for every key an export can throw', async () => {
    const keys = new Set(sources('src-renderer/export').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/new DocumentProblem\(\s*'([^']+)'/g)].map((m) => m[1]!)))
    expect(keys.size).toBeGreaterThanOrEqual(7)
    for (const language of ['en', 'fr', 'es'] as const) {
      const i18n = await initI18n(language)
      // The language's own string, not the English fallback.
      const missing = [...keys].filter((key) => typeof i18n.getResource(language, 'translation', key) !== 'string')
      expect(missing, language).toEqual([])
    }
  })

  it('says the kit’s problems in the interface language, with their figures, and never a bare key', async () => {
    const problems = kitProblems()
    expect(problems.map((p) => p.key)).toEqual(['export.problems.empty', 'export.problems.tableWithoutColumns', 'export.problems.tableTooLong', 'export.problems.tableRowLength'])
    for (const language of ['en', 'fr', 'es'] as const) {
      const i18n = await initI18n(language)
      for (const problem of problems) {
        const text = documentProblemText(problem, (key, options) => i18n.t(key, options))
        expect(text, `${language} ${problem.key}`).not.toMatch(/\{\{|export\.problems/)
        for (const value of Object.values(problem.params)) expect(text, `${language} ${problem.key}`).toContain(String(value))
      }
    }
    const fr = await initI18n('fr')
    expect(documentProblemText(problems[2]!, (key, options) => fr.t(key, options))).toBe(
      'Un tableau de 5001 lignes dépasse ce qu’un document Word devrait contenir (5000)\u00a0: exportez-le sous forme de tableur ou scindez-le.'
    )
  })

  it('falls back to the English message of a key that has no string', async () => {
    const i18n = await initI18n('es')
    const problem = new DocumentProblem('export.problems.notYetWritten', { n: 3 }, 'Three things are wrong.')
    expect(documentProblemText(problem, (key, options) => i18n.t(key, options))).toBe('Three things are wrong.')
  })

  it('recognises a problem by its shape, from any copy of the kit, and nothing else', () => {
    expect(isDocumentProblem(new DocumentProblem('export.problems.empty'))).toBe(true)
    const fromAnotherChunk = Object.assign(new Error('x'), { name: 'DocumentProblem', key: 'export.problems.empty', params: {} })
    expect(isDocumentProblem(fromAnotherChunk)).toBe(true)
    expect(isDocumentProblem(new Error('export.problems.empty'))).toBe(false)
    expect(isDocumentProblem({ name: 'DocumentProblem', key: 'k', params: {} })).toBe(false)
    expect(isDocumentProblem(Object.assign(new Error('x'), { name: 'DocumentProblem', key: 3 }))).toBe(false)
  })
})
