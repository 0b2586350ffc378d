import { describe, expect, it } from 'vitest'
import { MEASURE_MESSAGES } from '../../../src-renderer/domain/measures/messages'
import { initI18n } from '../../../src-renderer/i18n'
import { codedMessageText } from '../../../src-renderer/i18n/coded-message'
import { importMessagesEn } from '../../../src-renderer/i18n/en-import-messages'
import { importMessagesEs } from '../../../src-renderer/i18n/es-import-messages'
import { importMessagesFr } from '../../../src-renderer/i18n/fr-import-messages'
import { IMPORT_MESSAGES, importMessage } from '../../../src-renderer/import/messages'

/** Every code the importers and the measures file give, with the names of its values. */
const CATALOGUE: Record<string, readonly string[]> = { ...IMPORT_MESSAGES, ...MEASURE_MESSAGES }

/** Keys of the area that are no message code: the page's own words around them. */
const PAGE_KEYS = ['place.inSheet']

const LANGUAGES = { en: importMessagesEn, fr: importMessagesFr, es: importMessagesEs } as const

/** Every string of an area file, by dotted key. */
function leaves(strings: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(strings as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') found.set(path, value)
    else for (const [k, v] of leaves(value, path)) found.set(k, v)
  }
  return found
}

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1] ?? ''))].sort()

/** The strings of one code in one language: the plain key, or its plural forms (key_one, key_other ...). */
function variants(strings: Map<string, string>, code: string): [string, string][] {
  return [...strings].filter(([key]) => key === code || new RegExp(`^${code.replace(/[.]/g, '\\.')}_(?:zero|one|two|few|many|other)$`).test(key))
}

describe('the strings of the importers’ and the measures file’s messages', () => {
  for (const [language, area] of Object.entries(LANGUAGES)) {
    const strings = leaves(area)

    it(`${language}: every code has a string, with exactly the values the code gives`, () => {
      const problems: string[] = []
      for (const [code, values] of Object.entries(CATALOGUE)) {
        const found = variants(strings, code)
        if (found.length === 0) {
          problems.push(`${code}: missing`)
          continue
        }
        // Spelt-out plural forms may leave the count unsaid ("Missing required column id"); anything else says every value.
        const expected = values.filter((v) => v !== 'count')
        for (const [key, text] of found) {
          const said = placeholders(text).filter((v) => v !== 'count')
          if (said.join(',') !== [...expected].sort().join(',')) problems.push(`${key}: says ${said.join(',') || 'nothing'}, the code gives ${expected.join(',') || 'nothing'}`)
          if (!values.includes('count') && /\{\{\s*count/.test(text)) problems.push(`${key}: uses {{count}}, which the code does not give`)
          if (key !== code && !values.includes('count')) problems.push(`${key}: a plural form of a code without a count`)
        }
        if (values.includes('count') && !found.some(([key]) => key === code || key === `${code}_other`)) problems.push(`${code}: no plain or _other form`)
      }
      expect(problems).toEqual([])
    })

    it(`${language}: every string belongs to a code (or is one of the page’s words)`, () => {
      const known = (key: string) => PAGE_KEYS.includes(key) || key in CATALOGUE || key.replace(/_(?:zero|one|two|few|many|other)$/, '') in CATALOGUE
      expect([...strings.keys()].filter((key) => !known(key))).toEqual([])
    })
  }

  it('French puts a no-break space before : ; ? ! and inside « »', () => {
    const bad = [...leaves(importMessagesFr)].filter(([, v]) => / [:;?!»]|« /.test(v) || /[^\s\u00a0\u202f({.][:;?!]/.test(v))
    expect(bad.map(([key, v]) => `${key}: ${v}`)).toEqual([])
  })
})

describe('saying a coded message in the interface language', () => {
  const refusal = {
    code: 'file.cannotRead',
    values: { file: 'export.xlsx', reason: { message: importMessage('read.row-beyond-limit', { row: 169_220_804, limit: 1_048_576 }) } },
    message: 'Cannot read export.xlsx: …'
  }

  it('formats numbers for the language and says the nested reason the same way', async () => {
    const i18n = await initI18n('fr')
    const say = (m: Parameters<typeof codedMessageText>[0]) => codedMessageText(m, (key, options) => i18n.t(key, options), i18n.language)
    const n = (value: number, locale: string) => new Intl.NumberFormat(locale).format(value)
    expect(say(refusal)).toBe(
      `Impossible de lire export.xlsx\u00a0: ce fichier semble endommagé\u00a0: sa ligne ${n(169_220_804, 'fr-CH')} dépasse la limite d’Excel de ${n(1_048_576, 'fr-CH')} lignes.`
    )
    await i18n.changeLanguage('es')
    expect(say(refusal)).toBe(`No se puede leer export.xlsx: este archivo parece dañado: su fila ${n(169_220_804, 'es-ES')} supera el límite de Excel de ${n(1_048_576, 'es-ES')} filas.`)
    await i18n.changeLanguage('en')
    expect(say(refusal)).toBe("Cannot read export.xlsx: this file looks damaged: its row 169,220,804 is beyond Excel’s limit of 1,048,576 rows.")
  })

  it('names positions as the interface does, formats dates, and chooses the plural by the count', async () => {
    const i18n = await initI18n('fr')
    const say = (m: Parameters<typeof codedMessageText>[0]) => codedMessageText(m, (key, options) => i18n.t(key, options), i18n.language)
    expect(say(importMessage('addendum.twoPositions', { number: '99.2', first: { position: 'supported' }, then: { position: 'noted' } }))).toBe(
      'La recommandation 99.2 reçoit deux positions (appuyée, puis prise en note)\u00a0: la première est conservée.'
    )
    const ends = { code: 'measures.endsBeforeInForce', values: { ended: { date: '2020-01-01' }, inForce: { date: '2020-06-01' } } }
    expect(say(ends)).toBe('La mesure prend fin (1 janvier 2020) avant d’entrer en vigueur (1 juin 2020).')
    expect(say(importMessage('addendum.stillPending', { count: 1, numbers: '50.2' }))).toBe('1 recommandation est encore en attente après l’additif\u00a0: 50.2.')
    expect(say(importMessage('addendum.stillPending', { count: 2, numbers: '50.2–3' }))).toBe('2 recommandations sont encore en attente après l’additif\u00a0: 50.2–3.')
    await i18n.changeLanguage('es')
    expect(say(ends)).toBe('La medida termina (1 de enero de 2020) antes de entrar en vigor (1 de junio de 2020).')
    expect(say(importMessage('table.missingColumns', { count: 1, columns: 'SuR', row: 1, header: 'Name | Text', expected: 'SuR | Recommendation' }))).toBe(
      'Falta la columna obligatoria SuR. Encabezado encontrado en la fila 1: Name | Text. Se esperaba: SuR | Recommendation.'
    )
  })

  it('falls back to the English words of a code that has no string', async () => {
    const i18n = await initI18n('fr')
    expect(codedMessageText({ code: 'no.such.code', values: {}, message: 'English words.' }, (key, options) => i18n.t(key, options), 'fr')).toBe('English words.')
  })
})
