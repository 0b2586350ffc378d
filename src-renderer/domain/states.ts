/**
 * State lookups over the shipped reference list: one Map of every normalised name and alias, built once,
 * so importers can resolve thousands of "(Bolivarian Republic\nof Venezuela)"-style strings cheaply.
 */
import { STATES, type StateEntry } from '../../resources/reference/states'
import { STATE_NAMES_ES } from '../../resources/reference/translations/states-es'
import { STATE_NAMES_FR } from '../../resources/reference/translations/states-fr'

const NAMED_ENTITIES: Record<string, string> = { amp: '&', apos: "'", quot: '"', nbsp: ' ', lt: '<', gt: '>' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole
  })
}

/** True when the whole text is one bracketed group, e.g. "(Iran (Islamic Republic of))". */
function isWrappedInBrackets(text: string): boolean {
  if (!text.startsWith('(') || !text.endsWith(')')) return false
  let depth = 0
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1
    else if (text[i] === ')') depth -= 1
    if (depth === 0 && i < text.length - 1) return false
  }
  return depth === 0
}

// "Iran (Islamic Republic of)" and "Korea, Republic of" put the descriptor last; this puts it first,
// as in "Islamic Republic of Iran", so both spellings share a key.
const TRAILING_DESCRIPTOR = /^(.+?)\s*\(([^()]*\bof(?: the)?)\)$/
const COMMA_DESCRIPTOR = /^([^,]+),\s*([^,]*\bof(?: the)?)$/
const OTHER_BRACKETS = /^(.+?)\s*\(([^()]*)\)$/

/** Folds a State name to its lookup key: case, accents, punctuation, "the", whitespace and bracket order. */
export function normaliseStateName(name: string): string {
  let s = decodeEntities(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
  // A recommending State as printed at the end of a recommendation: "(Algeria);".
  for (;;) {
    const before = s
    s = s.replace(/[\s;:.,]+$/, '').trim()
    if (isWrappedInBrackets(s)) s = s.slice(1, -1).trim()
    if (s === before) break
  }
  const trailing = TRAILING_DESCRIPTOR.exec(s)
  const comma = trailing ? null : COMMA_DESCRIPTOR.exec(s)
  const other = trailing || comma ? null : OTHER_BRACKETS.exec(s)
  if (trailing) s = `${trailing[2]} ${trailing[1]}`
  else if (comma) s = `${comma[2]} ${comma[1]}`
  else if (other) s = `${other[1]} ${other[2]}`
  return s
    .replace(/&/g, ' and ')
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && word !== 'the')
    .map((word) => (word === 'st' ? 'saint' : word))
    .join(' ')
}

const BY_KEY = new Map<string, StateEntry>()
const BY_ISO3 = new Map<string, StateEntry>()
for (const state of STATES) {
  BY_ISO3.set(state.iso3, state)
  for (const label of [state.name, ...state.aliases]) {
    const key = normaliseStateName(label)
    // First entry wins; tests/unit/resources/reference-data.test.ts checks no key is shared by two States.
    if (!BY_KEY.has(key)) BY_KEY.set(key, state)
  }
}
// The French and Spanish UN names and their variants, after every English one (English keys win).
for (const state of STATES) {
  const fr = STATE_NAMES_FR[state.iso3]
  const es = STATE_NAMES_ES[state.iso3]
  for (const label of [...(fr ? [fr[0], ...(fr[3] ?? [])] : []), ...(es ? [es[0], ...(es[3] ?? [])] : [])]) {
    const key = normaliseStateName(label)
    if (!BY_KEY.has(key)) BY_KEY.set(key, state)
  }
}

// "la Slovénie", "l’Iran", "los Países Bajos": a name written with its French or Spanish article.
const LEADING_ARTICLE = /^(?:l['\u2019]\s*|(?:le|la|les|el|los|las)\s+)/i

const MEMBERS: readonly StateEntry[] = STATES.filter((s) => s.status === 'member')
const OBSERVERS: readonly StateEntry[] = STATES.filter((s) => s.status === 'observer')

// Imports repeat the same few hundred spellings thousands of times: remember the answers.
const CACHE_LIMIT = 5000
const cache = new Map<string, StateEntry | null>()

/** The State a name or alias denotes, in English, French or Spanish and any of the spellings UPR material uses; undefined when unknown. */
export function findState(name: string): StateEntry | undefined {
  const cached = cache.get(name)
  if (cached !== undefined) return cached ?? undefined
  const found = lookUp(name)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(name, found ?? null)
  return found
}

function lookUp(name: string): StateEntry | undefined {
  const found = BY_KEY.get(normaliseStateName(name))
  if (found) return found
  const bare = name.trim().replace(LEADING_ARTICLE, '')
  if (bare !== name.trim()) {
    const withoutArticle = lookUp(bare)
    if (withoutArticle) return withoutArticle
  }
  // "Holy See (Vatican City State)": a bracketed gloss after a known name.
  const gloss = OTHER_BRACKETS.exec(name.replace(/\s+/g, ' ').trim())
  return gloss?.[1] ? BY_KEY.get(normaliseStateName(gloss[1])) : undefined
}

/** The State a template value names: an ISO3 code, or a name in English, French or Spanish; undefined when neither. */
export function stateOf(codeOrName: string): StateEntry | undefined {
  return stateByIso3(codeOrName) ?? findState(codeOrName)
}

/** The State with this ISO 3166-1 alpha-3 code (case-insensitive); undefined when unknown. */
export function stateByIso3(iso3: string): StateEntry | undefined {
  return BY_ISO3.get(iso3.trim().toUpperCase())
}

/** The 193 UN Member States, in the order of the UN list. */
export function memberStates(): readonly StateEntry[] {
  return MEMBERS
}

/** The non-member observer States (Holy See, State of Palestine). */
export function observerStates(): readonly StateEntry[] {
  return OBSERVERS
}
