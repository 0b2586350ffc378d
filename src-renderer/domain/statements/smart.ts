/**
 * The SMART check of a drafted recommendation (DOMAIN.md, "SMART recommendations"): one action, a
 * specific verb (with its UPR Info action category), a measurable element, a time-bound element.
 * Each criterion that fails comes with a concrete hint (an i18n key and its parameters), not just a score.
 * Achievable and relevant are the delegate's judgement: the check does not pretend to know them.
 *
 * The verb rules read English; for French and Spanish drafts only the measurable and time-bound
 * criteria are checked (figures and dates read the same), and the others say so.
 */
import { suggestActionCategory } from '../action-category'
import type { ActionCategory, LanguageCode } from '../model'
import { stem } from '../search-text'

export type SmartCriterion = 'one-action' | 'specific-verb' | 'measurable' | 'time-bound'
export const SMART_CRITERIA: readonly SmartCriterion[] = ['one-action', 'specific-verb', 'measurable', 'time-bound']

/** A hint for the delegate: an i18n key under `statements.smart.hints` and its parameters. */
export interface SmartHint {
  key: string
  params: Record<string, string | number>
}

export interface SmartCriterionResult {
  criterion: SmartCriterion
  /** true met, false not met, null not checked (a language the rule cannot read). */
  ok: boolean | null
  /** The words of the draft that met the criterion, for the delegate to see why. */
  evidence: string[]
  hint: SmartHint | null
}

export interface SmartCheck {
  criteria: SmartCriterionResult[]
  /** Criteria met, out of `checked`. */
  met: number
  checked: number
  /** The verb that decided the action category, as written. */
  verb: string | null
  category: ActionCategory | null
  /** The draft already says it repeats an earlier recommendation ("as recommended in the previous cycle"). */
  saysItRepeats: boolean
}

// Outcomes that are done or not done: their completion can be checked at the next review.
const VERIFIABLE_VERBS = new Set(
  `ratify accede sign adopt amend repeal abolish enact establish create criminalise criminalize decriminalise
  decriminalize withdraw lift join recognise recognize appoint publish submit issue ban prohibit designate
  extend set launch introduce pass define incorporate`.split(/\s+/).filter(Boolean).map(stem)
)

const MEASURABLE_CUES: readonly RegExp[] = [
  /\b\d+(?:[.,]\d+)?\s*(?:%|per ?cent\b|pour cent\b|por ciento\b)/i,
  /\b(?:at least|no fewer than|a minimum of|au moins|al menos)\b/i,
  /\b(?:increase|raise|reduce|lower|halve|double)\b[^.;]{0,80}\b(?:to|by)\s+(?:\d|half|a third|one third|zero)/i,
  /\b(?:indicators?|targets?|benchmarks?|baselines?|timelines?|timetables?|time-bound|budget(?:ed|ary)?|earmarked|funding|disaggregated|statistics|data|number of|percentage|proportion|rate of|monitor(?:ing)?|report(?:ing)? (?:on|back)|evaluat(?:e|ion))\b/i,
  /\b(?:indicateurs?|cibles?|budget|données|indicadores?|metas?|presupuesto|datos)\b/i
]

const TIME_CUES: readonly RegExp[] = [
  /\bby (?:the )?(?:end of )?(?:\d{4}|(?:its |the )?next(?: (?:universal periodic )?(?:review|cycle|upr))?|the fifth(?: cycle)?|the end)\b/i,
  /\bby (?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
  /\bbefore (?:the )?(?:end of |next |its next |\d{4}\b)/i,
  /\bwithin (?:a|one|two|three|four|five|six|twelve|eighteen|\d+) (?:years?|months?)\b/i,
  /\bno later than\b/i,
  /\b(?:in|during|over) the (?:next|coming) (?:\d+ |two |three |four |five )?(?:years?|months?|cycle|review)\b/i,
  /\b(?:until|in) 20\d\d\b/i,
  /\bmid-term\b/i,
  /\bd['’]ici (?:à |au |la |le |20\d\d)|\bavant (?:le|la) (?:prochain|fin)|\bavant 20\d\d/i,
  /\bantes de(?:l)? (?:próximo|final|20\d\d)|\bpara (?:el )?(?:próximo|20\d\d)|\bantes del próximo/i
]

const REPEAT_CUES = /\b(?:as (?:previously |already )?recommended|reiterat\w*|as recommended in the previous cycle|comme recommandé|como se recomendó)\b/i

// Words that follow a verb-like word used as a noun ("health care services", "support for victims").
const NOUN_FOLLOWERS = new Set(['services', 'service', 'homes', 'home', 'workers', 'systems', 'system', 'staff', 'for', 'of', 'centres', 'centers', 'networks', 'programmes', 'programs', 'facilities', 'providers'])

function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text)
    if (match) return match[0].trim()
  }
  return null
}

/**
 * The verb that decided the category, as written: the first deciding word, or the second when two verbs
 * open the text ("Continue and strengthen", "Seek to improve": the second counts).
 */
function countingVerb(text: string, deciding: readonly string[]): string | null {
  const [first, second] = deciding
  if (!first) return null
  if (second) {
    const lower = text.toLowerCase()
    const a = lower.indexOf(first.toLowerCase())
    const b = lower.indexOf(second.toLowerCase(), a + first.length)
    if (a >= 0 && b > a && /^[\s,]*(?:and|or|to)?[\s,]*$/.test(lower.slice(a + first.length, b))) return second
  }
  return first
}

/** The actions a draft asks for: its head verb, then every further clause that starts with an action verb. */
export function actionVerbs(text: string): string[] {
  const head = suggestActionCategory(text)
  const first = head.rule === 'default' || head.rule === 'addressed-to-others' ? null : (head.decidingWords[0] ?? null)
  if (!first) return []
  const verbs = [first]
  const firstAt = text.toLowerCase().indexOf(first.toLowerCase())
  const joiner = /(?:,?\s+and\s+(?:to\s+|also\s+|further\s+)?|;\s*(?:and\s+)?|\.\s+)(\p{L}[\p{L}-]*)(\s+\p{L}+)?/giu
  for (const match of text.matchAll(joiner)) {
    const word = match[1]!
    const at = match.index + match[0].length - match[1]!.length - (match[2]?.length ?? 0)
    // "Continue and strengthen": two verbs opening the text are one action (UPR Info's rule).
    if (firstAt >= 0 && match.index <= firstAt + first.length + 1) continue
    const follower = (match[2] ?? '').trim().toLowerCase()
    if (NOUN_FOLLOWERS.has(follower)) continue
    const clause = suggestActionCategory(text.slice(at))
    if (clause.rule === 'default' || clause.rule === 'addressed-to-others') continue
    if (clause.decidingWords[0]?.toLowerCase() === word.toLowerCase()) verbs.push(word)
  }
  return verbs
}

/** Checks one drafted recommendation against the SMART criteria, with hints for what is missing. */
export function checkSmart(draft: string, language: LanguageCode = 'en'): SmartCheck {
  const text = draft.replace(/\s+/g, ' ').trim()
  const english = language === 'en'
  const criteria: SmartCriterionResult[] = []
  let verb: string | null = null
  let category: ActionCategory | null = null

  if (text === '') {
    const empty = SMART_CRITERIA.map((criterion) => ({ criterion, ok: false, evidence: [], hint: { key: 'empty', params: {} } }))
    return { criteria: empty, met: 0, checked: SMART_CRITERIA.length, verb: null, category: null, saysItRepeats: false }
  }

  if (english) {
    const verbs = actionVerbs(text)
    criteria.push(
      verbs.length <= 1
        ? { criterion: 'one-action', ok: verbs.length === 1, evidence: verbs, hint: verbs.length === 1 ? null : { key: 'noAction', params: {} } }
        : { criterion: 'one-action', ok: false, evidence: verbs, hint: { key: 'severalActions', params: { count: verbs.length, first: verbs[0]!, second: verbs[1]! } } }
    )
    const suggestion = suggestActionCategory(text)
    const found = suggestion.rule !== 'default'
    verb = found ? countingVerb(text, suggestion.decidingWords) : null
    category = found ? suggestion.category : null
    const verbHint: Record<ActionCategory, string> = { 1: 'minimalVerb', 2: 'continuingVerb', 3: 'consideringVerb', 4: 'generalVerb', 5: '' }
    criteria.push(
      category === null
        ? { criterion: 'specific-verb', ok: false, evidence: [], hint: { key: 'noVerb', params: {} } }
        : category === 5
          ? { criterion: 'specific-verb', ok: true, evidence: suggestion.decidingWords, hint: null }
          : { criterion: 'specific-verb', ok: false, evidence: suggestion.decidingWords, hint: { key: verbHint[category], params: { verb: verb ?? '', category } } }
    )
  } else {
    criteria.push({ criterion: 'one-action', ok: null, evidence: [], hint: { key: 'englishOnly', params: {} } })
    criteria.push({ criterion: 'specific-verb', ok: null, evidence: [], hint: { key: 'englishOnly', params: {} } })
  }

  const cue = firstMatch(text, MEASURABLE_CUES)
  const verifiable = category === 5 && verb !== null && VERIFIABLE_VERBS.has(stem(verb.toLowerCase()))
  criteria.push(
    cue
      ? { criterion: 'measurable', ok: true, evidence: [cue], hint: null }
      : verifiable
        ? { criterion: 'measurable', ok: true, evidence: [verb!], hint: null }
        : { criterion: 'measurable', ok: false, evidence: [], hint: { key: 'notMeasurable', params: {} } }
  )

  const deadline = firstMatch(text, TIME_CUES)
  criteria.push(
    deadline
      ? { criterion: 'time-bound', ok: true, evidence: [deadline], hint: null }
      : { criterion: 'time-bound', ok: false, evidence: [], hint: { key: 'notTimeBound', params: {} } }
  )

  const checked = criteria.filter((c) => c.ok !== null).length
  const met = criteria.filter((c) => c.ok === true).length
  return { criteria, met, checked, verb, category, saysItRepeats: REPEAT_CUES.test(text) }
}
