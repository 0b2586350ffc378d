/**
 * Working Group reports in Spanish (and French), against real documents in ../shared/fixtures/wg-reports-fr-es
 * when they are there (never copied into the repository). Run with `npx vitest run --config vitest.real.config.ts`.
 *
 * Where the real text comes from (public, third-party; read in place, never committed):
 * - The official Spanish text of the 324 recommendations of A/HRC/60/8 (Spain, 4th cycle), 50.1-50.324,
 *   with Spain's responses from A/HRC/60/8/Add.1, as kept by github.com/Blue-Human/human-rights-commitment-tracker:
 *   `supabase/migrations/20261007_spanish_content.sql` at commit 78801bb40f215549d03246d1b1d90c39767499ba (50.1-50.40)
 *   and `supabase/migrations/20261008_upr4_full_catalogue.sql` at commit 86e095c6e013ee240e2ce7ff119cf05a06192ae1
 *   (50.41-50.324). The documents themselves: https://docs.un.org/es/A/HRC/60/8 and .../Add.1.
 * Expected here: `A_HRC_60_8_Spain_UPR46_WG-report_es.pdftotext.txt` (the Spanish report as `pdftotext -layout`
 * gives it) and `A_HRC_60_8_Spain_recommendations_es.txt` (one "50.n|text (States);" line per recommendation,
 * the form the repository above keeps them in; all 324, or the first n in order). Each test runs when its file
 * is present. Run once with UPR_DESK_FIXTURES pointing at a folder holding the list of 50.1-50.40 (copied from
 * the first migration above): 40 numbers, texts and States (43 names, "República de Moldavia", "Yibuti",
 * "Arabia Saudí", "República Bolivariana de Venezuela" among them) read right.
 *
 * No real French report was found in public repositories; the French layout is tested only on text written
 * for the unit tests (tests/fixtures/wg-report/synthetic-report-fr.txt).
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseWorkingGroupReport } from '../../src-renderer/import/wg-report'
import { REAL_FIXTURES } from '../real-fixtures'
import { findState } from '../../src-renderer/domain/states'

const DIR = resolve(REAL_FIXTURES, 'wg-reports-fr-es')
const REPORT = resolve(DIR, 'A_HRC_60_8_Spain_UPR46_WG-report_es.pdftotext.txt')
const LIST = resolve(DIR, 'A_HRC_60_8_Spain_recommendations_es.txt')
if (!existsSync(REPORT) && !existsSync(LIST)) {
  console.warn(`Skipping the Spanish report tests: ${DIR} holds neither the Spanish A/HRC/60/8 nor its list of recommendations.`)
}

/** 50.1 ... 50.n: the numbers a list of n recommendations of paragraph 50 must give. */
const numbersUpTo = (n: number): string[] => Array.from({ length: n }, (_, i) => `50.${i + 1}`)

// The list may hold all 324 recommendations or the first n of them (50.1-50.n, in order).
describe.skipIf(!existsSync(LIST))('A/HRC/60/8 (Spain), its recommendations in Spanish, laid out as section II', () => {
  const lines = existsSync(LIST) ? readFileSync(LIST, 'utf8').trim().split(/\r?\n/) : []
  const numbers = numbersUpTo(lines.length)
  const recs = lines.map((l) => {
    const [n, t] = l.split('|')
    return { n: n ?? '', t: t ?? '' }
  })
  const text = [
    'II. Conclusiones y/o recomendaciones',
    '50. Las recomendaciones que figuran a continuación serán examinadas por España, que responderá a ellas a su debido tiempo:',
    ...recs.map(({ n, t }) => `${n} ${t}`)
  ].join('\n')
  const r = parseWorkingGroupReport(text, 'A_HRC_60_8_es.txt')

  it('reads every number, each text exactly as printed and ending with its States', () => {
    expect(r.warnings).toEqual([])
    expect([...new Set(r.recommendations.map((x) => x.number))]).toEqual(numbers)
    for (const { n, t } of recs) {
      const got = r.recommendations
        .filter((x) => x.number === n)
        .map((x) => `${x.text} ${x.recommendingStatesRaw.map((s) => `(${s})`).join(' ')}`)
        .join(' ')
      expect(got, n).toBe(t.replace(/[;.]$/, ''))
    }
  })

  it('maps every recommending State named in Spanish to its State', () => {
    const names = [...new Set(r.recommendations.flatMap((x) => x.recommendingStatesRaw))]
    expect(names.filter((s) => findState(s) === undefined)).toEqual([])
    expect(r.recommendations.find((x) => x.number === '50.1')?.recommendingStatesRaw).toEqual(['Gambia', 'Paraguay', 'Senegal', 'Türkiye'])
    expect(findState('Yibuti')?.iso3).toBe('DJI')
    expect(findState('República Bolivariana de Venezuela')?.iso3).toBe('VEN')
  })
})

describe.skipIf(!existsSync(REPORT))('A/HRC/60/8 (Spain), the Spanish report itself', () => {
  const r = existsSync(REPORT) ? parseWorkingGroupReport(readFileSync(REPORT, 'utf8'), 'A/HRC/60/8') : null

  it('finds section II and reads the 324 recommendations 50.1-50.324', () => {
    if (r === null) return
    const numbers = numbersUpTo(324)
    expect(r.source).toMatchObject({ symbol: 'A/HRC/60/8', stateUnderReviewName: 'España' })
    expect([...new Set(r.recommendations.map((x) => x.number))]).toEqual(numbers)
    expect(r.recommendations.every((x) => x.recommendingStatesRaw.every((s) => findState(s) !== undefined))).toBe(true)
  })
})
