/**
 * Full-text search that ignores case and accents and finds the forms of a word ("ratify" finds
 * "ratified" and "ratification", "communities" finds "community", "droits" finds "droit") but not
 * other words that begin alike ("police" does not find "policy"). Texts are stemmed once, in their
 * language (stemming.ts); a query is stemmed in every language and matched stem by stem, whole, except
 * the last word while it is being typed, which also matches as the start of a stem.
 */
import type { LanguageCode } from './model'
import { englishStem, foldText, guessLanguage, stemToken, unaccentedVariantStems } from './stemming'

export { foldText }

const LANGUAGES: readonly LanguageCode[] = ['en', 'fr', 'es']
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu
const ASCII_TOKEN = /[a-z0-9]+/g
const NOT_ASCII = /[^\t\n\r -~]/
const WORD_END = /[\p{L}\p{M}\p{N}]$/u

/** The English stem of a word (as the SMART check reads verbs): "ratified" -> "ratif". */
export function stem(word: string): string {
  return englishStem(foldText(word))
}

// Recommendations reuse a small vocabulary: remembering stems makes indexing 100,000 texts fast. A word's
// stems are kept as one string ("" for none, several joined by spaces when folding splits the word).
const STEM_CACHE_LIMIT = 100_000
const STEM_CACHES: Record<LanguageCode, Map<string, string>> = { en: new Map(), fr: new Map(), es: new Map() }

function cachedStem(token: string, language: LanguageCode): string {
  const cache = STEM_CACHES[language]
  let stems = cache.get(token)
  if (stems === undefined) {
    stems = stemToken(token, language).join(' ')
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear()
    cache.set(token, stems)
  }
  return stems
}

/** The lower-case words of a text and its language (guessed from its stop-words when not given). */
function wordsOf(text: string, language: LanguageCode | undefined): { tokens: string[]; lang: LanguageCode } | null {
  const lower = text.toLowerCase()
  // Most texts are plain ASCII: the ASCII word pattern finds the same words, faster.
  const tokens = lower.match(NOT_ASCII.test(lower) ? TOKEN : ASCII_TOKEN)
  return tokens ? { tokens, lang: language ?? guessLanguage(tokens) } : null
}

/** The stems of a text, in order, in its language (guessed from its stop-words when not given). */
export function stemsOf(text: string, language?: LanguageCode): string[] {
  const words = wordsOf(text, language)
  if (!words) return []
  const out: string[] = []
  for (const token of words.tokens) {
    const stems = cachedStem(token, words.lang)
    if (stems.includes(' ')) out.push(...stems.split(' '))
    else if (stems !== '') out.push(stems)
  }
  return out
}

/**
 * Marks a text prepared by this stemmer. Records keep their prepared text (`searchText`); one prepared
 * by an earlier stemmer (without the mark) is prepared again, or its stems would not meet the query's.
 */
const PREPARED_MARK = '#2'

/** A text prepared for search: its stems as one space-separated string (see `matchesQuery`). */
export function searchableText(text: string, language?: LanguageCode): string {
  let prepared = `${PREPARED_MARK} `
  const words = wordsOf(text, language)
  if (words) {
    for (const token of words.tokens) {
      const stems = cachedStem(token, words.lang)
      if (stems !== '') prepared += `${stems} `
    }
  }
  return prepared
}

/** A stored prepared text when this stemmer made it, else the text prepared now. */
export function currentSearchText(stored: string | undefined, text: () => string): string {
  return stored !== undefined && stored.startsWith(`${PREPARED_MARK} `) ? stored : searchableText(text())
}

/** The stems of a prepared text, in order. */
export function preparedStems(prepared: string): string[] {
  return prepared.split(' ').filter((s) => s !== '' && s !== PREPARED_MARK)
}

/** One word of a query. */
export interface SearchTerm {
  /** Its stems, one per language (French and Spanish ones tagged, see STEM_TAG), each matched whole. */
  stems: string[]
  /** The word as typed, folded, matched as the start of a stem: the last word, while it is typed. */
  prefix: string | null
  /** The same, as looked for in a prepared text: " stem " and " prefix". */
  needles: string[]
}

/** A compiled query: every term must match (AND). */
export interface SearchQuery {
  terms: SearchTerm[]
  /**
   * Exact phrases in double quotes, matched in order: each as its stem sequence in every language
   * (" civil societi "), one of which must be in the text.
   */
  phrases: string[][]
}

/**
 * Parses what a person typed: words (any order) and "exact phrases". Every word is stemmed in English,
 * French and Spanish: recommendations carry no language and one register holds documents in all three,
 * and the interface language says nothing of the language of the texts searched. Three stems per typed
 * word cost nothing, and tagged stems keep the languages apart. The last word, when nothing follows it,
 * is still being typed: it also matches every stem that starts with it ("viol" finds "violence").
 */
export function parseQuery(input: string): SearchQuery {
  const phrases: string[][] = []
  const rest = input.replace(/"([^"]*)"?/g, (_, phrase: string) => {
    const variants = new Set<string>()
    for (const language of LANGUAGES) {
      const stems = stemsOf(phrase, language)
      if (stems.length) variants.add(` ${stems.join(' ')} `)
    }
    if (variants.size) phrases.push([...variants])
    return '\n'
  })
  const tokens = rest.toLowerCase().match(TOKEN) ?? []
  // Still typed: the input ends in a letter or digit, outside quotes (a space or a quote ends a word).
  const typing = WORD_END.test(input) && (input.split('"').length - 1) % 2 === 0
  const terms: SearchTerm[] = []
  tokens.forEach((token, t) => {
    const perLanguage = LANGUAGES.map((language) => stemToken(token, language))
    const pieces = perLanguage[0]!.length
    for (let p = 0; p < pieces; p++) {
      const stems = [...new Set([...perLanguage.map((stems) => stems[p]!), ...(pieces === 1 ? unaccentedVariantStems(token) : [])])]
      const last = typing && t === tokens.length - 1 && p === pieces - 1
      const prefix = last ? (foldText(token).match(/[a-z0-9]+/g)?.[p] ?? null) : null
      const needles = stems.map((s) => ` ${s} `)
      if (prefix) needles.push(` ${prefix}`)
      terms.push({ stems, prefix, needles })
    }
  })
  return { terms, phrases }
}

/** True when the prepared text (see `searchableText`) matches every term and phrase of the query. */
export function matchesQuery(prepared: string, query: SearchQuery): boolean {
  outer: for (const term of query.terms) {
    for (const needle of term.needles) if (prepared.includes(needle)) continue outer
    return false
  }
  outer2: for (const variants of query.phrases) {
    for (const phrase of variants) if (prepared.includes(phrase)) continue outer2
    return false
  }
  return true
}

/** True when the query has nothing to match. */
export function isEmptyQuery(query: SearchQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0
}
