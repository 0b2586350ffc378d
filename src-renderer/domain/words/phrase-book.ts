/**
 * The one way documents get their words (statements, mid-term reports, briefings, the good-practice
 * brief, calendars): a dictionary of templates per language, read with real plural and ordinal rules
 * (`Intl.PluralRules`, cardinal and ordinal) and State names with their grammar.
 *
 * Templates use the i18next conventions, so one set of strings serves the interface and the documents:
 * `{{name}}` inserts a value; a key has plural variants `key_one`, `key_many`, `key_other` chosen by
 * `count`; `{{state, of}}` names the State whose ISO3 code (or name) is `state` in a grammatical form
 * (`bare`, `definite`, `of`, `to`, `in`; `startDefinite`, `startOf` capitalise it to start a sentence;
 * the interface's i18next reads the same formats, see i18n/state-formats.ts),
 * `{{state, agree(one: partage; other: partagent)}}` is the verb that agrees with the State's name, and
 * `{{n, ordinal}}` writes an ordinal ("47th", "47e", "47º"; `ordinalFeminine`: "1re", "1ª").
 */
import { formatDate } from '../dates'
import type { LanguageCode } from '../model'
import { stateOf } from '../states'
import { agreeInNumber, capitalise, labelOf, localeOf, stateName, statePronoun, agreeWithState, type AgreementForms, type LabelKind, type StateNameForm } from '../names'

/** A dictionary of templates: nested objects of strings, as the i18n files hold them. */
export interface Dictionary {
  readonly [key: string]: string | Dictionary
}

/** The values a template may insert. */
export type PhraseValues = Readonly<Record<string, string | number | undefined>>

/** What a document's builder writes its words with. */
export interface PhraseBook {
  language: LanguageCode
  /** BCP 47 locale of the language, for dates and numbers. */
  locale: string
  /** The template at a dotted key, filled; the key itself when no dictionary has it. */
  t: (key: string, values?: PhraseValues) => string
  /** Whether a dictionary has the key (or one of its plural variants). */
  has: (key: string) => boolean
  /** A State's name in a grammatical form ("la Slovénie", "du Portugal"). */
  state: (iso3: string, form?: StateNameForm) => string
  /** The same at the start of a sentence ("La Slovénie"). */
  State: (iso3: string, form?: StateNameForm) => string
  /** "elle", "il", "ils"; "ella", "él"; "it". */
  pronoun: (iso3: string) => string
  /** A word agreeing with a State ("préoccupée" for la Slovénie). */
  agree: (iso3: string, forms: AgreementForms) => string
  /** An ordinal number: "1st", "2nd", "1er", "1re", "2e", "47º", "1ª". */
  ordinal: (n: number, gender?: 'm' | 'f') => string
  /** A taxonomy label in the language ("Droit à la santé"). */
  label: (kind: LabelKind, id: string | number) => string
  /** "a, b and c", "a, b et c", "a, b y c". */
  list: (items: readonly string[]) => string
  /** A date as documents write it ("28 January 2025", "28 janvier 2025"); empty for none. */
  date: (date: string | null | undefined) => string
}

const EN_ORDINAL_SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' }
const STATE_FORMS = new Set(['bare', 'definite', 'of', 'to', 'in'])

function lookUp(dictionaries: readonly Dictionary[], key: string): string | undefined {
  const path = key.split('.')
  for (const dictionary of dictionaries) {
    let node: string | Dictionary | undefined = dictionary
    for (const part of path) node = typeof node === 'object' ? node[part] : undefined
    if (typeof node === 'string') return node
  }
  return undefined
}

/** A phrase book for a language; the dictionaries are read in order (the language's own, then English as fallback). */
export function phraseBook(language: LanguageCode, dictionaries: readonly Dictionary[]): PhraseBook {
  const locale = localeOf(language)
  const cardinal = new Intl.PluralRules(locale)
  const ordinalRules = new Intl.PluralRules(locale, { type: 'ordinal' })
  const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })

  const ordinal = (n: number, gender: 'm' | 'f' = 'm'): string => {
    const category = ordinalRules.select(n)
    if (language === 'fr') return `${n}${category === 'one' ? (gender === 'f' ? 're' : 'er') : 'e'}`
    if (language === 'es') return `${n}${gender === 'f' ? 'ª' : 'º'}`
    return `${n}${EN_ORDINAL_SUFFIX[category] ?? 'th'}`
  }

  const template = (key: string, count: number | undefined): string | undefined => {
    if (count !== undefined) {
      const variant = lookUp(dictionaries, `${key}_${cardinal.select(count)}`) ?? lookUp(dictionaries, `${key}_other`)
      if (variant !== undefined) return variant
    }
    return lookUp(dictionaries, key)
  }

  const fill = (text: string, values: PhraseValues): string =>
    text.replace(/\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*(?:\(([^)]*)\))?\s*)?\}\}/g, (whole, name: string, format: string | undefined, options: string | undefined) => {
      const value = values[name]
      if (value === undefined) return whole
      if (!format) return String(value)
      if (format === 'agree') {
        // {{state, agree(one: partage; other: partagent)}}: the verb that agrees with the State's name.
        const forms = Object.fromEntries((options ?? '').split(';').map((o) => o.split(':').map((w) => w.trim())))
        const text = String(value)
        const iso3 = stateOf(text)?.iso3 ?? text
        return agreeInNumber(iso3, language, { one: forms.one ?? '', other: forms.other ?? forms.one ?? '' })
      }
      if (format === 'ordinal' || format === 'ordinalFeminine') return ordinal(Number(value), format === 'ordinalFeminine' ? 'f' : 'm')
      const lower = format.toLowerCase()
      const start = lower.startsWith('start')
      const form = start ? lower.slice('start'.length) : lower
      if (STATE_FORMS.has(form)) {
        const text = String(value)
        const iso3 = stateOf(text)?.iso3 ?? text
        const name = stateName(iso3, language, form as StateNameForm)
        return start ? capitalise(name) : name
      }
      return String(value)
    })

  return {
    language,
    locale,
    t: (key, values = {}) => {
      const count = typeof values.count === 'number' ? values.count : undefined
      const text = template(key, count)
      return text === undefined ? key : fill(text, values)
    },
    has: (key) => lookUp(dictionaries, key) !== undefined || lookUp(dictionaries, `${key}_other`) !== undefined,
    state: (iso3, form = 'bare') => stateName(iso3, language, form),
    State: (iso3, form = 'definite') => capitalise(stateName(iso3, language, form)),
    pronoun: (iso3) => statePronoun(iso3, language),
    agree: (iso3, forms) => agreeWithState(iso3, language, forms),
    ordinal,
    label: (kind, id) => labelOf(kind, id, language),
    list: (items) => listFormat.format(items),
    date: (date) => (date ? formatDate(date, locale) : '')
  }
}
