import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findState, memberStates, observerStates } from '../../../src-renderer/domain/states'
import { STATE_NAMES_ES } from '../../../resources/reference/translations/states-es'
import { STATE_NAMES_FR } from '../../../resources/reference/translations/states-fr'
import { applyAddendum, parseAddendum } from '../../../src-renderer/import/addendum'
import { parseText } from '../../../src-renderer/import/parse-source'
import { detectWorkingGroupSession, parseFrenchOrdinal } from '../../../src-renderer/import/report-text'
import { toRecommendationRecords } from '../../../src-renderer/import/to-records'
import type { ParseResult } from '../../../src-renderer/import/types'
import { implementationClaim, looksLikeStateName, parseWorkingGroupReport, positionFromIntroduction } from '../../../src-renderer/import/wg-report'

// Reports and addenda in French and Spanish, written for these tests in the layout of the real documents
// (pdftotext -layout, page furniture, " ;" before the next recommendation in French, States split over lines).
const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/wg-report/${name}`, import.meta.url)), 'utf8')

const rows = (r: ParseResult) => r.recommendations.map((x) => [x.number, x.position, x.recommendingStatesRaw.join(' | ')])
const iso3 = (names: readonly string[]) => names.map((n) => findState(n)?.iso3 ?? `?${n}`)

describe('a Working Group report in French', () => {
  const r = parseWorkingGroupReport(fixture('synthetic-report-fr.txt'), 'rapport.txt')

  it('reads the cover and the introduction: symbol, State under review, session from "a tenu sa cinquante-deuxième session"', () => {
    expect(r.source).toEqual({ kind: 'wg-report', fileName: 'rapport.txt', symbol: 'A/HRC/99/12', stateUnderReviewName: 'Belgique', session: 52, cycle: 4 })
    expect(r.warnings).toEqual([])
  })

  it('reads "recueillent l’adhésion de", "seront examinées par ..., qui y répondra en temps voulu" and "en a pris note", and the States in French', () => {
    expect(rows(r)).toEqual([
      ['118.1', 'supported', 'Allemagne | Bolivie (État plurinational de)'],
      ['118.2', 'supported', 'République démocratique du Congo'],
      ['118.2', 'supported', 'Sénégal'],
      ['118.3', 'supported', 'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord'],
      ['118.4', 'supported', 'République bolivarienne du Venezuela'],
      ['118.5', 'supported', 'Côte d’Ivoire | Maroc'],
      ['119.1', 'pending', 'États-Unis d’Amérique'],
      ['119.2', 'pending', 'Émirats arabes unis'],
      ['119.3', 'pending', 'République de Corée'],
      ['120.1', 'noted', 'Fédération de Russie'],
      ['120.2', 'noted', 'Saint-Siège']
    ])
    expect(r.recommendations[0]?.text).toBe('Ratifier la convention régionale sur les droits des gens de mer')
    expect(r.recommendations[1]?.text).toBe('Adopter une loi-cadre sur les bibliothèques publiques')
  })

  it('keeps the State’s word that recommendations are already implemented ("ont déjà été mises en œuvre")', () => {
    expect(r.recommendations.find((x) => x.number === '118.3')?.note).toBe('The State under review considers this recommendation already implemented (A/HRC/99/12 para. 121).')
  })

  it('maps every State to its record, the State under review too', () => {
    const mapped = toRecommendationRecords(r, { ourStateIso3: 'DEU', importedAt: '2030-01-01T00:00:00.000Z' })
    expect(mapped.warnings).toEqual([])
    expect(mapped.records.every((x) => x.stateUnderReview === 'BEL' && x.session === 52)).toBe(true)
    expect(mapped.records.map((x) => x.recommendingStates)).toEqual([['DEU', 'BOL'], ['COD'], ['SEN'], ['GBR'], ['VEN'], ['CIV', 'MAR'], ['USA'], ['ARE'], ['KOR'], ['RUS'], ['VAT']])
    expect(mapped.records[0]?.madeByUs).toBe(true)
  })

  it('applies the French addendum: "accepte la recommandation", "prend note de", "Recommandation ... : acceptée", and checks its totals', () => {
    const addendum = parseAddendum(fixture('synthetic-addendum-fr.txt'), 'additif.txt')
    expect(addendum.warnings).toEqual([])
    expect(addendum.source).toMatchObject({ symbol: 'A/HRC/99/12/Add.1', stateUnderReviewName: 'Belgique', statedTotals: { supported: 2, noted: 1, total: 3 } })
    expect(addendum.positions).toEqual([
      { number: '119.1', position: 'supported' },
      { number: '119.3', position: 'supported' },
      { number: '119.2', position: 'noted' }
    ])
    const applied = applyAddendum(r, addendum)
    expect(applied.changes).toEqual([
      { number: '119.1', from: 'pending', to: 'supported' },
      { number: '119.3', from: 'pending', to: 'supported' },
      { number: '119.2', from: 'pending', to: 'noted' }
    ])
    expect(applied.warnings).toEqual([])
    // "accepte les recommandations ... et ..." in one sentence.
    const both = parseAddendum('A/HRC/99/12/Add.1\n3. La Belgique accepte les recommandations 119.1 et 119.3.', 'x.txt')
    expect(both.positions).toEqual([
      { number: '119.1', position: 'supported' },
      { number: '119.3', position: 'supported' }
    ])
  })

  it('is told from its addendum by its French title', () => {
    expect(parseText(fixture('synthetic-addendum-fr.txt').replace('/Add.1', ''), 'additif.txt').kind).toBe('addendum')
    expect(parseText(fixture('synthetic-report-fr.txt'), 'rapport.txt').kind).toBe('recommendations')
  })
})

describe('a Working Group report in Spanish', () => {
  const r = parseWorkingGroupReport(fixture('synthetic-report-es.txt'), 'informe.txt')

  it('reads the cover and "celebró su 52º período de sesiones"', () => {
    expect(r.source).toEqual({ kind: 'wg-report', fileName: 'informe.txt', symbol: 'A/HRC/99/13', stateUnderReviewName: 'Chile', session: 52, cycle: 4 })
    expect(r.warnings).toEqual([])
  })

  it('reads "cuentan con el apoyo de", "serán examinadas por ..., que responderá a ellas a su debido tiempo" and "toma nota", and the States in Spanish', () => {
    expect(rows(r)).toEqual([
      ['109.1', 'supported', 'Alemania | Estado Plurinacional de Bolivia'],
      ['109.2', 'supported', 'República Democrática del Congo'],
      ['109.2', 'supported', 'Senegal'],
      ['109.3', 'supported', 'Reino Unido de Gran Bretaña e Irlanda del Norte'],
      ['109.4', 'supported', 'República Bolivariana de Venezuela'],
      ['110.1', 'pending', 'Estados Unidos de América'],
      ['110.2', 'pending', 'Emiratos Árabes Unidos'],
      ['110.3', 'pending', 'República de Corea'],
      ['111.1', 'noted', 'Federación de Rusia'],
      ['111.2', 'noted', 'Santa Sede']
    ])
    expect(iso3(r.recommendations.flatMap((x) => x.recommendingStatesRaw))).toEqual(['DEU', 'BOL', 'COD', 'SEN', 'GBR', 'VEN', 'USA', 'ARE', 'KOR', 'RUS', 'VAT'])
    expect(r.recommendations.find((x) => x.number === '109.4')?.note).toBe('The State under review considers this recommendation already implemented (A/HRC/99/13 para. 112).')
  })

  it('applies the Spanish addendum: "acepta las recomendaciones ... y ...", "toma nota de"', () => {
    const addendum = parseAddendum(fixture('synthetic-addendum-es.txt'), 'adicion.txt')
    expect(addendum.warnings).toEqual([])
    expect(addendum.source.statedTotals).toEqual({ supported: 2, noted: 1, total: 3 })
    const applied = applyAddendum(r, addendum)
    expect(applied.warnings).toEqual([])
    expect(applied.result.recommendations.filter((x) => x.number?.startsWith('110.')).map((x) => x.position)).toEqual(['supported', 'noted', 'supported'])
  })

  it('reads an answer given number by number, and ranges written "a" and "à"', () => {
    const text = ['A/HRC/99/13/Add.1', 'Respuestas a las recomendaciones', '110.1 Aceptada.', '110.2 Aceptada parcialmente.', '3. Chile acepta las recomendaciones 111.1 a 111.3.'].join('\n')
    expect(parseAddendum(text, 'x.txt').positions).toEqual([
      { number: '110.1', position: 'supported' },
      { number: '110.2', position: 'supported-in-part' },
      { number: '111.1', position: 'supported' },
      { number: '111.2', position: 'supported' },
      { number: '111.3', position: 'supported' }
    ])
    expect(parseAddendum('A/HRC/1/1/Add.1\n3. La Belgique n’accepte pas les recommandations 5.1 à 5.2.', 'x.txt').positions).toEqual([
      { number: '5.1', position: 'noted' },
      { number: '5.2', position: 'noted' }
    ])
  })
})

describe('the introductions of paragraphs in French and Spanish', () => {
  it('give the position of the recommendations below them', () => {
    const cases: [string, string | null][] = [
      ['Les recommandations ci-après ont été examinées par le Sénégal et recueillent son adhésion :', 'supported'],
      ['Les recommandations ci-après recueillent l’adhésion de la Belgique :', 'supported'],
      ['Les recommandations ci-après ont été examinées par la France, qui en a pris note :', 'noted'],
      ['La Belgique a pris note des recommandations suivantes :', 'noted'],
      ['Les recommandations ci-après n’ont pas recueilli l’adhésion du Maroc :', 'noted'],
      ['Les recommandations ci-après seront examinées par le Mali, qui y répondra en temps voulu, au plus tard à la 45e session :', 'pending'],
      ['Las recomendaciones que figuran a continuación cuentan con el apoyo del Perú:', 'supported'],
      ['Chile toma nota de las recomendaciones que figuran a continuación:', 'noted'],
      ['Las recomendaciones siguientes no cuentan con el apoyo de Cuba:', 'noted'],
      ['Las recomendaciones que figuran a continuación serán examinadas por el Uruguay, que responderá a ellas a su debido tiempo:', 'pending'],
      ['La délégation a décrit les points suivants :', null]
    ]
    for (const [intro, position] of cases) expect(positionFromIntroduction(intro), intro).toBe(position)
    expect(implementationClaim('qui considère qu’elles sont déjà mises en œuvre ou en cours de mise en œuvre')).toBe('already implemented or in the process of implementation')
    expect(implementationClaim('que considera que ya se han aplicado')).toBe('already implemented')
  })

  it('read the session from French ordinals and Spanish numbers', () => {
    expect(['premier', 'dix-septième', 'vingt et unième', 'trente-quatrième', 'quarante-huitième', 'soixantième', '34e'].map(parseFrenchOrdinal)).toEqual([1, 17, 21, 34, 48, 60, 34])
    expect(parseFrenchOrdinal('session')).toBeNull()
    expect(detectWorkingGroupSession('Le Groupe de travail sur l’Examen périodique universel a tenu sa quarante et unième session du 7 au 18 novembre 2022.')).toBe(41)
    expect(detectWorkingGroupSession('El Grupo de Trabajo sobre el Examen Periódico Universal celebró su 41er período de sesiones')).toBeNull()
    expect(detectWorkingGroupSession('El Grupo de Trabajo sobre el Examen Periódico Universal celebró su 41º período de sesiones del 7 al 18 de noviembre')).toBe(41)
  })
})

describe('State names in French and Spanish', () => {
  it('every Member and observer State is found by its French and Spanish names, bracketed or with the descriptor first', () => {
    const states = [...memberStates(), ...observerStates()]
    const wrong = states.flatMap((s) => {
      const names = [STATE_NAMES_FR[s.iso3]?.[0], STATE_NAMES_ES[s.iso3]?.[0]]
      return names.filter((n) => n === undefined || findState(n)?.iso3 !== s.iso3).map((n) => `${s.iso3}: ${String(n)}`)
    })
    expect(wrong).toEqual([])
    // The descriptor-first forms reports print in running text.
    expect(findState('État plurinational de Bolivie')?.iso3).toBe('BOL')
    expect(findState('República Islámica del Irán')?.iso3).toBe('IRN')
    expect(findState('Royaume des Pays-Bas')?.iso3).toBe('NLD')
    expect(findState('República Bolivariana de Venezuela')?.iso3).toBe('VEN')
    // Keys are folded, so "Émirats arabes unis" without accents and "Côte d'Ivoire" with a plain apostrophe meet.
    expect(findState('Emiratos Arabes Unidos')?.iso3).toBe('ARE')
    expect(findState("Côte d'Ivoire")?.iso3).toBe('CIV')
  })

  it('read as State names where a heuristic on capitals would refuse them', () => {
    for (const name of ['République démocratique du Congo', 'Émirats arabes unis', 'République arabe syrienne', 'République démocratique populaire lao', 'Trinité-et-Tobago']) {
      expect(looksLikeStateName(name), name).toBe(true)
    }
    expect(looksLikeStateName('Défenseur des droits')).toBe(false)
    expect(looksLikeStateName('Oficina del Defensor del Pueblo')).toBe(false)
  })
})
