import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RegisterTable, type RegisterRow } from '../../../src-renderer/domain/register-table'
import { EMPTY_FILTER, queryRegister } from '../../../src-renderer/domain/register-view'
import { matchesQuery, parseQuery, preparedStems, searchableText } from '../../../src-renderer/domain/search-text'
import { row } from './register-rows'

// A register that holds recommendations in English, French and Spanish (imported from documents in each).
const TEXTS = [
  'Strengthen the participation of Roma communities in public life',
  'Involve the community in the national policy on police reform',
  'Educate the police on the rights of migrants and ensure universal access to education',
  'Ratify the International Convention on the Protection of the Rights of All Migrant Workers',
  'Combat internal displacement and the marginalization of women in the labour market',
  'Criminalise marital rape and raise the age of marriage for girls; support the university',
  'Protéger les droits des enfants et garantir l’égalité entre les femmes et les hommes',
  'Ratifier la Convention et renforcer la politique de la police en matière de migration',
  'Garantizar los derechos de las mujeres y de los niños y combatir la discriminación',
  'Ratificar la Convención y fortalecer la sociedad civil y la libertad de expresión'
]

function rows(): RegisterRow[] {
  return TEXTS.map((text, i) => row(i, { text, number: `${100 + i}.1`, recommendingStatesRaw: ['Portugal'], stems: preparedStems(searchableText(`${100 + i}.1 ${text} Portugal`)) }))
}

const table = RegisterTable.fromRows(rows())
const numbersFound = (query: string) => [...queryRegister(table, { ...EMPTY_FILTER, query }, 'register', () => undefined).indices].map((i) => table.rowAt(i)!.number)

describe('register search', () => {
  it('finds word forms through the inverted index, and not words that merely begin alike', () => {
    expect(numbersFound('community')).toEqual(['100.1', '101.1'])
    expect(numbersFound('communities ')).toEqual(['100.1', '101.1'])
    expect(numbersFound('education')).toEqual(['102.1'])
    expect(numbersFound('educated ')).toEqual(['102.1'])
    expect(numbersFound('migration')).toEqual(['102.1', '103.1', '107.1'])
    expect(numbersFound('policy')).toEqual(['101.1'])
    expect(numbersFound('police ')).toEqual(['101.1', '102.1', '107.1'])
    expect(numbersFound('university')).toEqual(['105.1'])
    expect(numbersFound('universal')).toEqual(['102.1'])
    expect(numbersFound('married')).toEqual([])
    expect(numbersFound('international')).toEqual(['103.1'])
    expect(numbersFound('internal')).toEqual(['104.1'])
    expect(numbersFound('criminalize')).toEqual(['105.1'])
  })

  it('stems each text in its own language and every query word in all of them', () => {
    expect(numbersFound('droit')).toEqual(['106.1'])
    expect(numbersFound('enfant femmes')).toEqual(['106.1'])
    expect(numbersFound('mujer niño')).toEqual(['108.1'])
    expect(numbersFound('discriminacion')).toEqual(['108.1'])
    // The English word is also French ("ratification"), not Spanish ("ratificación").
    expect(numbersFound('ratification')).toEqual(['103.1', '107.1'])
    expect(numbersFound('ratificacion')).toEqual(['109.1'])
    expect(numbersFound('libertades sociedades')).toEqual(['109.1'])
    expect(numbersFound('egalite')).toEqual(['106.1'])
  })

  it('matches the last word by prefix while it is typed', () => {
    expect(numbersFound('marg')).toEqual(['104.1'])
    expect(numbersFound('marg ')).toEqual([])
    expect(numbersFound('rights educ')).toEqual(['102.1'])
  })

  it('matches phrases in order, in the language of the text', () => {
    expect(numbersFound('"rights of migrants"')).toEqual(['102.1'])
    expect(numbersFound('"droits des enfants"')).toEqual(['106.1'])
    expect(numbersFound('"derechos de las mujeres"')).toEqual(['108.1'])
    expect(numbersFound('"mujeres de las derechos"')).toEqual([])
  })

  it('gives what matching the texts one by one gives, for any words', () => {
    const words = fc.constantFrom('community', 'communities', 'police', 'polic', 'policy', 'univers', 'universal', 'migrant', 'droits', 'enfant', 'egalite', 'mujeres', 'niños', 'ratif', 'ratification', 'educ', '"droits des"', '"the police"', 'la', 'the', 'de', '10', 'zzz', '"', ' ')
    const all = rows()
    fc.assert(
      fc.property(fc.array(words, { maxLength: 3 }), fc.boolean(), (parts, space) => {
        const query = parts.join(' ') + (space ? ' ' : '')
        const parsed = parseQuery(query)
        const expected = all.filter((r) => matchesQuery(` ${r.stems.join(' ')} `, parsed)).map((r) => r.number)
        expect(numbersFound(query)).toEqual(parsed.terms.length + parsed.phrases.length === 0 ? all.map((r) => r.number) : expected)
      }),
      { numRuns: 300, seed: 16 }
    )
  })
})
