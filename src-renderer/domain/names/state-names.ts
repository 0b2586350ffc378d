/**
 * State names in English, French and Spanish, with the grammar a sentence needs: "la Slovénie", "du
 * Portugal", "des Pays-Bas", "de l’Afghanistan", "d’Israël"; "del Perú", "de los Países Bajos". Pure
 * lookups over resources/reference (UN short names in each language; see resources/README.md).
 */
import { STATES, type StateEntry } from '../../../resources/reference/states'
import { STATE_NAMES_ES } from '../../../resources/reference/translations/states-es'
import { STATE_NAMES_FR } from '../../../resources/reference/translations/states-fr'
import type { Gender } from '../../../resources/reference/translations/types'
import type { LanguageCode } from '../model'

/**
 * How a name stands in a sentence: `bare` as in lists ("Slovénie"), `definite` with its article ("la
 * Slovénie"), `of` after "statement of" ("de la Slovénie", "du Portugal", "del Perú"), `to` after
 * "welcomes ... to" ("à la Slovénie", "au Portugal", "al Perú"), `in` ("en Slovénie", "au Portugal").
 */
export type StateNameForm = 'bare' | 'definite' | 'of' | 'to' | 'in'

/** The grammar of a State's name in one language. */
export interface StateGrammar {
  /** The name in a sentence, with the grammar below: "Royaume des Pays-Bas" (le, m). */
  name: string
  /** The UN short name, as lists and pickers show it: "Pays-Bas (Royaume des)". */
  shortName: string
  /** The article the name takes in running text, or null ("Cuba", "Eslovenia", and every English name). */
  article: string | null
  gender: Gender
  plural: boolean
}

const BY_ISO3 = new Map<string, StateEntry>(STATES.map((s) => [s.iso3, s]))

// "d’Israël", "d’Haïti", "à Antigua-et-Barbuda": de elides before a vowel and the mute h of Haïti.
const FRENCH_ELIDES = /^(?:[aeiouàâéèêëîïôöûü]|haï)/i

/** The grammar of a State's name in a language; null when the code is not a State's. */
export function stateGrammar(iso3: string, language: LanguageCode): StateGrammar | null {
  const code = iso3.trim().toUpperCase()
  const entry = BY_ISO3.get(code)
  if (!entry) return null
  if (language === 'fr') {
    const [shortName, shortArticle, shortGender, , inText] = STATE_NAMES_FR[code] ?? [entry.name, null, 'm']
    const [name, article, gender] = inText ?? [shortName, shortArticle, shortGender]
    return { name, shortName, article, gender, plural: article === 'les' }
  }
  if (language === 'es') {
    const [shortName, shortArticle, shortGender, , inText] = STATE_NAMES_ES[code] ?? [entry.name, null, 'm']
    const [name, article, gender] = inText ?? [shortName, shortArticle, shortGender]
    return { name, shortName, article, gender, plural: article === 'los' || article === 'las' }
  }
  return { name: entry.name, shortName: entry.name, article: null, gender: 'm', plural: false }
}

function withArticle(g: StateGrammar): string {
  if (!g.article) return g.name
  return g.article.endsWith('’') ? `${g.article}${g.name}` : `${g.article} ${g.name}`
}

function french(g: StateGrammar, form: Exclude<StateNameForm, 'bare'>): string {
  const definite = withArticle(g)
  switch (form) {
    case 'definite':
      return definite
    case 'of':
      if (g.article === 'le') return `du ${g.name}`
      if (g.article === 'les') return `des ${g.name}`
      if (g.article) return `de ${definite}`
      return FRENCH_ELIDES.test(g.name) ? `d’${g.name}` : `de ${g.name}`
    case 'to':
      if (g.article === 'le') return `au ${g.name}`
      if (g.article === 'les') return `aux ${g.name}`
      return `à ${definite}`
    case 'in':
      if (g.article === 'le') return `au ${g.name}`
      if (g.article === 'les') return `aux ${g.name}`
      if (g.article) return `en ${g.name}`
      return `à ${g.name}`
  }
}

function spanish(g: StateGrammar, form: Exclude<StateNameForm, 'bare'>): string {
  const definite = withArticle(g)
  switch (form) {
    case 'definite':
      return definite
    case 'of':
      return g.article === 'el' ? `del ${g.name}` : `de ${definite}`
    case 'to':
      return g.article === 'el' ? `al ${g.name}` : `a ${definite}`
    case 'in':
      return `en ${definite}`
  }
}

function english(name: string, form: Exclude<StateNameForm, 'bare'>): string {
  switch (form) {
    case 'definite':
      return name
    case 'of':
      return `of ${name}`
    case 'to':
      return `to ${name}`
    case 'in':
      return `in ${name}`
  }
}

/**
 * A State's name in a language and form: `stateName('SVN', 'fr', 'of')` is "de la Slovénie",
 * `stateName('PRT', 'fr', 'of')` "du Portugal", `stateName('NLD', 'es', 'of')` "del Reino de los Países
 * Bajos" (a bracketed descriptor comes first in a sentence; `bare` keeps the UN short name "Países Bajos
 * (Reino de los)" for lists). An unknown code comes back as it is.
 */
export function stateName(iso3: string, language: LanguageCode, form: StateNameForm = 'bare'): string {
  const g = stateGrammar(iso3, language)
  if (!g) return iso3
  if (form === 'bare') return g.shortName
  if (language === 'fr') return french(g, form)
  if (language === 'es') return spanish(g, form)
  return english(g.name, form)
}

/** The pronoun that stands for a State as the subject of a sentence: "elle", "il", "ils"; "ella", "él", "ellos"; "it". */
export function statePronoun(iso3: string, language: LanguageCode): string {
  const g = stateGrammar(iso3, language)
  if (language === 'en' || !g) return language === 'fr' ? 'il' : language === 'es' ? 'él' : 'it'
  if (language === 'fr') return g.plural ? (g.gender === 'f' ? 'elles' : 'ils') : g.gender === 'f' ? 'elle' : 'il'
  return g.plural ? (g.gender === 'f' ? 'ellas' : 'ellos') : g.gender === 'f' ? 'ella' : 'él'
}

/** The forms of a word that agrees with a State: masculine, feminine, and their plurals (default: +s). */
export interface AgreementForms {
  m: string
  f: string
  mp?: string
  fp?: string
}

/** The form of a word that agrees with a State's name: "préoccupé", "préoccupée", "préoccupés"; English has one form. */
export function agreeWithState(iso3: string, language: LanguageCode, forms: AgreementForms): string {
  const g = stateGrammar(iso3, language)
  if (!g || language === 'en') return forms.m
  if (g.plural) return g.gender === 'f' ? (forms.fp ?? `${forms.f}s`) : (forms.mp ?? `${forms.m}s`)
  return g.gender === 'f' ? forms.f : forms.m
}

/**
 * The word that agrees in number with a State's name: `one` for "la Slovénie", `other` for "les Pays-Bas"
 * and "los Países Bajos" (English names, and unknown States, take `one`).
 */
export function agreeInNumber(iso3: string, language: LanguageCode, forms: { one: string; other: string }): string {
  return stateGrammar(iso3, language)?.plural === true ? forms.other : forms.one
}

/** Every name a State goes by in the three languages (UN short names and the variants people write), English first. */
export function stateNamesInAllLanguages(iso3: string): string[] {
  const code = iso3.trim().toUpperCase()
  const entry = BY_ISO3.get(code)
  if (!entry) return []
  const fr = STATE_NAMES_FR[code]
  const es = STATE_NAMES_ES[code]
  const names = [entry.name, ...entry.aliases, ...(fr ? [fr[0], ...(fr[3] ?? [])] : []), ...(es ? [es[0], ...(es[3] ?? [])] : [])]
  return [...new Set(names)]
}

/** The text to begin a sentence with: "la Slovénie" becomes "La Slovénie". */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}
