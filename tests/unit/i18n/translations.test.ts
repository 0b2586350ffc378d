import { describe, expect, it } from 'vitest'
import { en } from '../../../src-renderer/i18n/en'
import {
  areaTranslations,
  ENGLISH_AREAS,
  initI18n,
  keepDocumentLanguage,
  stringsOf,
  TRANSLATIONS,
  type TranslatedLanguage
} from '../../../src-renderer/i18n'

/** Every leaf of a strings object, by dotted key; a leaf that is not a string is kept as is, to be caught. */
function leaves(strings: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>()
  for (const [key, value] of Object.entries(strings as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'object' && value !== null) {
      for (const [k, v] of leaves(value, path)) found.set(k, v)
    } else {
      found.set(path, value)
    }
  }
  return found
}

/** Words spelt the same in English and in each translation (anything else left in English is a forgotten string). */
const SAME_IN: Record<TranslatedLanguage, string[]> = {
  fr: ['UPR Desk', 'Cat.', 'Position', 'Cycle', 'Session', 'session', 'Dates', 'Notes'],
  es: ['UPR Desk', 'Cat.']
}

const PLURAL_VARIANT = /_(zero|one|two|few|many|other)$/

/**
 * The values a string uses, sorted and each once: `{{count}} of {{total}}` → `count,total`. A value may be used
 * twice, as `{{state, definite}} {{state, agree(one: prend; other: prennent)}}` is.
 */
function placeholders(text: string): string {
  return [...new Set([...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1]))].sort().join(',')
}

/**
 * Checks a translation against its English: same keys, same placeholders, no empty value, plurals where they may be.
 * A plural variant (`key_one`, `key_many`...) belongs to the English plural: the plain key, or `key_other` where the
 * English spells out its own variants with no plain key (`reviews_one`, `reviews_other`). Its placeholders are those of
 * that plural, `{{count}}` included, since French and Spanish categories are not the English ones (French `one` is 0 and 1).
 */
function problemsOf(language: TranslatedLanguage, english: unknown, translated: unknown): string[] {
  const problems: string[] = []
  const source = leaves(english)
  const target = leaves(translated)
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[]
  for (const key of source.keys()) if (!target.has(key)) problems.push(`${key}: missing`)
  for (const [key, value] of target) {
    if (typeof value !== 'string') {
      problems.push(`${key}: not a string`)
      continue
    }
    if (!value.trim()) problems.push(`${key}: empty`)
    if (/\{\{(?![^{}]*\}\})|(?<!\{\{[^{}]*)\}\}/.test(value)) problems.push(`${key}: unbalanced braces`)
    const variant = PLURAL_VARIANT.exec(key)
    const base = variant ? key.slice(0, -variant[0].length) : key
    const spelledOut = variant !== null && !source.has(base) && source.has(`${base}_one`) && source.has(`${base}_other`)
    const english = variant ? (spelledOut ? source.get(`${base}_other`) : source.get(base)) : source.get(key)
    if (typeof english !== 'string') {
      problems.push(`${key}: not in English`)
      continue
    }
    if (variant) {
      if (!spelledOut && !english.includes('{{count}}')) problems.push(`${key}: a plural form, but the English has no {{count}}`)
      if (!categories.includes(variant[1]!)) problems.push(`${key}: "${variant[1]}" is not a plural category of ${language}`)
    }
    if (placeholders(value) !== placeholders(english)) {
      problems.push(`${key}: placeholders ${placeholders(value) || 'none'}, English has ${placeholders(english) || 'none'}`)
    }
  }
  return problems
}

describe('translations of en.ts', () => {
  for (const language of ['fr', 'es'] as const) {
    it(`${language} has exactly the keys of en.ts, the same placeholders, and no empty value`, () => {
      expect(problemsOf(language, en, TRANSLATIONS[language])).toEqual([])
    })

    it(`${language} is a translation: a value equal to the English is a word both languages share`, () => {
      const source = leaves(en)
      const copied = [...leaves(TRANSLATIONS[language])]
        .filter(([key, value]) => value === source.get(key))
        .map(([, value]) => String(value).replace(/\{\{[^}]*\}\}/g, '').trim())
        .filter((words) => /[A-Za-z]/.test(words))
      expect(new Set(copied)).toEqual(new Set(SAME_IN[language]))
    })
  }

  it('French puts a no-break space before : ; ? ! and inside « », so that they never begin a line', () => {
    const bad = [...leaves(TRANSLATIONS.fr)].filter(([, v]) => / [:;?!»]|« /.test(String(v)) || /[^\s\u00a0\u202f({][:;?!]/.test(String(v).replace(/https?:\/\//g, '')))
    expect(bad.map(([key, v]) => `${key}: ${String(v)}`)).toEqual([])
  })

  it('the problem checker itself catches a missing key, a lost placeholder, an empty value and a stray plural', () => {
    const english = { a: 'Import {{count}} recommendations', b: { c: 'Hello {{name}}' }, d: 'Text' }
    const translated = { a: 'Importer recommandations', a_few: '{{count}}', b: { c: '' }, e: 'x' }
    expect(problemsOf('fr', english, translated)).toEqual([
      'd: missing',
      'a: placeholders none, English has count',
      'a_few: "few" is not a plural category of fr',
      'b.c: empty',
      'b.c: placeholders none, English has name',
      'e: not in English'
    ])
  })

  it('the problem checker takes English plurals spelt out as _one/_other, and keeps their variants to real categories', () => {
    const english = { t: { reviews_one: 'review', reviews_other: 'reviews', name: 'Name' }, since: '{{when}} ({{count}} changes)', since_one: '{{when}} (1 change)' }
    const translated = {
      t: { reviews_one: 'examen', reviews_other: 'examens', reviews_many: 'examens', reviews_few: 'x', views_one: 'vue', name: 'Nom', name_one: 'Nom' },
      since: '{{when}} ({{count}} modifications)',
      since_one: '{{when}} (1 modification)'
    }
    expect(problemsOf('fr', english, translated)).toEqual([
      't.reviews_few: "few" is not a plural category of fr',
      't.views_one: not in English',
      't.name_one: a plural form, but the English has no {{count}}',
      'since_one: placeholders when, English has count,when'
    ])
    expect(problemsOf('es', english, { t: { reviews_one: 'examen' }, since: '{{when}}', since_one: '{{when}} ({{count}} cambio)' })).toEqual([
      't.reviews_other: missing',
      't.name: missing',
      'since: placeholders when, English has count,when'
    ])
  })
})

describe('translations of the area files', () => {
  it('every fr-<area>.ts and es-<area>.ts translates an existing en-<area>.ts, with exactly its keys', () => {
    for (const translation of areaTranslations()) {
      const english = (ENGLISH_AREAS as Record<string, unknown>)[translation.area]
      expect(english, `${translation.file}: there is no English area "${translation.area}"`).toBeDefined()
      expect(problemsOf(translation.language, english, translation.strings), translation.file).toEqual([])
    }
  })

  it('names an area by its file, in camel case, and refuses a file that is not one object of strings', () => {
    const strings = { title: 'Sauvegardes' }
    expect(areaTranslations({ './fr-data-safety.ts': { dataSafetyFr: strings } })).toEqual([
      { file: './fr-data-safety.ts', language: 'fr', area: 'dataSafety', strings }
    ])
    expect(() => areaTranslations({ './fr-review.ts': { a: strings, b: strings } })).toThrow('./fr-review.ts: an area translation exports exactly one object')
    expect(() => areaTranslations({ './de-review.ts': { reviewDe: strings } })).toThrow('named fr-<area>.ts or es-<area>.ts')
  })

  it('an area without a translation stays out of the French strings, so i18next shows its English', async () => {
    const review = { title: 'Cycle d’examen' }
    const withReview = stringsOf('fr', [{ file: './fr-review.ts', language: 'fr', area: 'review', strings: review }])
    expect(withReview['review']).toBe(review)
    expect(stringsOf('fr', [])).not.toHaveProperty('review')
    expect(stringsOf('es', [{ file: './fr-review.ts', language: 'fr', area: 'review', strings: review }])).not.toHaveProperty('review')

    const i18n = await initI18n('fr')
    i18n.addResource('en', 'translation', 'review.onlyInEnglish', 'Review cycle')
    expect(i18n.t('review.onlyInEnglish')).toBe('Review cycle')
    expect(i18n.t('nav.dashboard')).toBe('Tableau de bord')
  })
})

/**
 * English strings with a count before a plural noun whose count is never 1, so they need no singular: each with why.
 */
const NEVER_ONE: Record<string, string> = {
  'settings.demo.done': 'the demo mission is thousands of records',
  'settings.demo.removed': 'the demo mission is thousands of records',
  'statements.recommendations.many': 'said only above a threshold of several recommendations',
  'statements.smart.hints.severalActions': 'said only for two actions or more',
  'statements.register.tooMany': 'said only beyond the rows a Word table can hold',
  'dataSafety.reminder.text': 'the reminder comes only after many changes',
  'dataSafety.reminder.text_never': 'the reminder comes only after many changes',
  'importMessages.rows.many': 'rows.one says a single row',
  'importMessages.rows.manyInSheet': 'rows.oneInSheet says a single row',
  'importMessages.read.zip-too-many-entries': 'said only above a limit in the thousands',
  'importMessages.measuresFile.tooManyColumns': 'said only above the columns a measures file has',
  'importMessages.measuresFile.csvTooManyRows': 'said only above the rows one import takes',
  'importMessages.measuresFile.tooManyParts': 'said only above the parts a workbook has',
  'importMessages.measuresFile.tooManySheets': 'said only above the sheets a measures workbook has',
  'importMessages.measuresFile.sheetTooManyRows': 'said only above the rows one import takes'
}

describe('singular and plural', () => {
  it('every English count before a plural noun has its singular (key_one), so no page says "1 problems"', () => {
    const english = leaves({ ...en, ...ENGLISH_AREAS })
    const missing = [...english]
      .filter(([key, text]) => typeof text === 'string' && !PLURAL_VARIANT.test(key) && /\{\{count\}\}\s+(?:[a-z-]+\s+){0,2}?[a-z]+s\b/i.test(text))
      .filter(([key]) => !english.has(`${key}_one`) && !(key in NEVER_ONE))
      .map(([key, text]) => `${key}: ${String(text)}`)
    expect(missing).toEqual([])
    expect(Object.keys(NEVER_ONE).filter((key) => !english.has(key))).toEqual([])
  })

  it('one problem, one measure, one State: in English, French and Spanish', async () => {
    const i18n = await initI18n('en')
    expect(i18n.t('measures.import.blocked', { count: 1 })).toMatch(/^1 problem: nothing/)
    expect(i18n.t('measures.import.blocked', { count: 2 })).toMatch(/^2 problems: nothing/)
    expect(i18n.t('review.ics.speakers', { count: 1 })).toBe('1 State inscribed.')
    await i18n.changeLanguage('fr')
    expect(i18n.t('measures.import.confirm', { count: 1 })).toBe('Importer 1 mesure')
    expect(i18n.t('measures.import.confirm', { count: 0 })).toBe('Importer 0 mesure')
    expect(i18n.t('review.page.checklistAdded', { count: 1 })).toMatch(/^1 tâche ajoutée/)
    await i18n.changeLanguage('es')
    expect(i18n.t('measures.link.matches', { count: 1 })).toMatch(/^1 resultado;/)
    expect(i18n.t('measures.link.matches', { count: 0 })).toMatch(/^0 resultados;/)
  })
})

describe('verbs that agree with a State', () => {
  it('a plural State name takes the plural verb in French and Spanish: les Émirats arabes unis n’ont, los Emiratos Árabes Unidos no tienen', async () => {
    const i18n = await initI18n('fr')
    expect(i18n.t('review.page.noReviews', { state: 'ARE' })).toMatch(/^Les Émirats arabes unis n’ont aucun examen/)
    expect(i18n.t('review.page.noReviews', { state: 'NLD' })).toMatch(/^Le Royaume des Pays-Bas n’a aucun examen/)
    expect(i18n.t('review.page.noReviews', { state: 'SVN' })).toMatch(/^La Slovénie n’a aucun examen/)
    expect(i18n.t('review.ics.speaking', { session: 48, sur: 'PRT', state: 'BHS' })).toMatch(/\(les Bahamas interviennent\)$/)
    await i18n.changeLanguage('es')
    expect(i18n.t('review.page.noReviews', { state: 'ARE' })).toMatch(/^Los Emiratos Árabes Unidos no tienen ningún examen/)
    expect(i18n.t('review.page.noReviews', { state: 'NLD' })).toMatch(/^El Reino de los Países Bajos no tiene ningún examen/)
    expect(i18n.t('review.page.noReviews', { state: 'PER' })).toMatch(/^El Perú no tiene ningún examen/)
  })
})

describe('initI18n', () => {
  it('starts in the stored language with English, French and Spanish loaded, and switches live', async () => {
    const i18n = await initI18n('es')
    expect(i18n.t('nav.settings')).toBe('Configuración')
    expect(i18n.t('dashboard.title')).toBe('Panel')
    await i18n.changeLanguage('fr')
    expect(i18n.t('nav.settings')).toBe('Paramètres')
    await i18n.changeLanguage('en')
    expect(i18n.t('nav.settings')).toBe('Settings')
  })

  it('applies the French plural rule (0 and 1 are singular) and the Spanish one (only 1 is)', async () => {
    const i18n = await initI18n('fr')
    const confirm = (count: number) => i18n.t('import.confirm', { count })
    expect([0, 1, 2, 1_000_000].map(confirm)).toEqual([
      'Importer 0 recommandation',
      'Importer 1 recommandation',
      'Importer 2 recommandations',
      'Importer 1000000 recommandations'
    ])
    expect(i18n.t('import.preview.warnings', { count: 1 })).toBe('1 avertissement')
    await i18n.changeLanguage('es')
    expect([0, 1, 2, 1_000_000].map(confirm)).toEqual([
      'Importar 0 recomendaciones',
      'Importar 1 recomendación',
      'Importar 2 recomendaciones',
      'Importar 1000000 recomendaciones'
    ])
    expect(i18n.t('settings.demo.done', { count: 1 })).toBe('Misión de demostración cargada: 1 registro.')
  })

  it('names data-safety records and sizes by the French and Spanish rules, never falling back to English', async () => {
    const i18n = await initI18n('fr')
    const reviews = (count: number) => i18n.t('dataSafety.tables.reviews', { count })
    expect([0, 1, 2, 1_000_000].map(reviews)).toEqual(['examen', 'examen', 'examens', 'examens'])
    expect(i18n.t('dataSafety.storage.changesSince', { when: 'hier', count: 0 })).toBe('hier (0 modification depuis)')
    expect(i18n.t('dataSafety.sizes.MB', { size: '3,2' })).toBe('3,2\u00a0Mo')
    await i18n.changeLanguage('es')
    expect([0, 1, 2, 1_000_000].map(reviews)).toEqual(['exámenes', 'examen', 'exámenes', 'exámenes'])
    expect(i18n.t('dataSafety.storage.changesSince', { when: 'ayer', count: 1 })).toBe('ayer (1 cambio desde entonces)')
  })

  it('keeps <html lang> on the interface language', async () => {
    const i18n = await initI18n('fr')
    const root = { lang: 'en' }
    keepDocumentLanguage(i18n, root)
    expect(root.lang).toBe('fr')
    await i18n.changeLanguage('es')
    expect(root.lang).toBe('es')
  })
})
