/**
 * Full-text search that ignores case and accents and matches word forms ("ratify" finds "ratified",
 * "ratification"; "child" finds "children"). Pure and fast: texts are folded once, queries are matched
 * against the folded stems.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g
const WORD = /[a-z0-9]+/g

/** Lower case without accents: "Côte d'Ivoire" -> "cote d'ivoire". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/[’']/g, "'")
}

const IRREGULAR: Record<string, string> = {
  children: 'child',
  women: 'woman',
  men: 'man',
  people: 'person',
  persons: 'person',
  girls: 'girl',
  boys: 'boy'
}

const INFLECTIONS = ['ings', 'ing', 'ies', 'ied', 'ed', 'es', 'ly', 's']
const DERIVATIONS = [
  'izations', 'ization', 'isations', 'isation', 'ications', 'ication', 'ational', 'fulness', 'ousness',
  'iveness', 'ments', 'ment', 'ations', 'ation', 'ities', 'ity', 'ise', 'ize', 'ive', 'al', 'e', 'y'
]

/**
 * A light English stemmer: strips one inflection (-s, -ed, -ing ...) then one derivation (-ation, -ment,
 * -ity ...), keeping at least three letters, so that forms of one word share a stem. Not linguistics:
 * consistency is what matters.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR[word]
  if (irregular) return irregular
  if (word.length <= 3 || /\d/.test(word)) return word
  return strip(strip(word, INFLECTIONS), DERIVATIONS)
}

function strip(word: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue
    if (suffix === 's' && /(ss|us|is)$/.test(word)) return word
    let base = word.slice(0, -suffix.length)
    // "ratifi" -> "ratif" so that ratify / ratified / ratification meet; "committ" -> "commit".
    if (base.endsWith('i')) base = base.slice(0, -1)
    if (/([bdfgmnprt])\1$/.test(base)) base = base.slice(0, -1)
    return base.length >= 3 ? base : word
  }
  return word
}

// Recommendations reuse a small vocabulary: remembering stems makes indexing 100,000 texts fast.
const STEM_CACHE = new Map<string, string>()
const STEM_CACHE_LIMIT = 100_000

function cachedStem(word: string): string {
  let result = STEM_CACHE.get(word)
  if (result === undefined) {
    result = stem(word)
    if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear()
    STEM_CACHE.set(word, result)
  }
  return result
}

/** The stems of a text, in order. */
export function stemsOf(text: string): string[] {
  return (foldText(text).match(WORD) ?? []).map(cachedStem)
}

/** A text prepared for search: its folded form and its stems as one space-separated string. */
export function searchableText(text: string): string {
  return ` ${stemsOf(text).join(' ')} `
}

/** A compiled query: every term must match (AND), each term by stem prefix. */
export interface SearchQuery {
  terms: string[]
  /** Exact phrases in double quotes, as stem sequences (" civil societ "), matched in order. */
  phrases: string[]
}

/** Parses what a person typed: words (any order) and "exact phrases". */
export function parseQuery(input: string): SearchQuery {
  const phrases: string[] = []
  const rest = input.replace(/"([^"]*)"?/g, (_, phrase: string) => {
    const stems = stemsOf(phrase)
    if (stems.length) phrases.push(` ${stems.join(' ')} `)
    return ' '
  })
  return { terms: stemsOf(rest).map((t) => ` ${t}`), phrases }
}

/** True when the prepared text (see `searchableText`) matches every term and phrase of the query. */
export function matchesQuery(prepared: string, query: SearchQuery): boolean {
  for (const term of query.terms) {
    if (!prepared.includes(term)) return false
  }
  for (const phrase of query.phrases) {
    if (!prepared.includes(phrase)) return false
  }
  return true
}

/** True when the query has nothing to match. */
export function isEmptyQuery(query: SearchQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0
}
