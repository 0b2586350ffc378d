/**
 * UPR Info's action category (McMahon scale, DOMAIN.md "UPR Info action categories"): ranks the action a
 * recommendation asks for, from 1 (minimal) to 5 (specific), by its first verb and its overall action.
 *
 * Hand-written rules; the verb lists and phrase patterns were refined by reading UPR Info's hand-coded
 * exports (no text from them is kept here). The steps:
 * 1. skip boilerplate ("Recommended that", "That the Government should", "To", "In line with X, ...");
 * 2. find the head verb, also in passive ("that a commission be established") or noun form
 *    ("Recommended the ratification of ...");
 * 3. when two verbs start the text, the second counts ("Continue and strengthen" -> 4);
 * 4. some verbs weigh what their object weighs ("adopt measures" 4, "adopt a law" 5);
 * 5. a general action made specific by its means ("... by amending the family code") counts as 5.
 */
import type { ActionCategory } from './model'

/** The suggested category, the words of the text that decided it, and the rule that applied. */
export interface ActionCategorySuggestion {
  category: ActionCategory
  /** Words as they appear in the text, in reading order, for the UI to highlight. */
  decidingWords: string[]
  /** Short id of the rule that decided, e.g. "first-verb", "second-verb", "object-specific". */
  rule: string
}

// ---------------------------------------------------------------------------------------------
// Lexicon. Each verb appears once; DOMAIN.md's examples plus the verbs UPR Info codes the same way.

const LEXICON: Record<ActionCategory, string> = {
  1: 'appeal ask avail call enlist exchange request seek share solicit transfer',
  2: 'continue keep maintain persevere persist prolong pursue remain stick sustain',
  3: `analyse analyze assess consider contemplate debate envisage envision evaluate examine explore look
    ponder reassess reconsider reevaluate reexamine reflect review revise revisit study think weigh`,
  4: `abide abstain accelerate accomplish accord achieve act activate address adjust advance affirm
    alleviate allocate alter answer assist attach attain attempt attend avoid bear begin benefit better
    bolster boost bridge broaden budget build care change channel circulate clarify collaborate combat
    combine come compel comply condemn confirm conform conserve consolidate consult contribute cooperate
    coordinate counter curb curtail deal decrease dedicate deepen defend demonstrate deploy devise
    devote direct discourage display disseminate do draw ease educate elect elevate embark embrace
    emphasize empower encourage endeavor endeavour engage enhance ensure enter exert expand expedite
    explain express face facilitate fast-track fight find focus follow foster fulfil fulfill fund
    generalize give go guarantee guard guide handle hasten heed help honor honour identify improve
    increase inform insist instruct intensify interpret invest involve leave liberalize limit mainstream
    make manage map maximize meet minimize mobilise mobilize modernise modernize monitor move multiply
    naturalize note oblige observe obtain offer participate pave pay place plan preserve prevent
    prioritise prioritize proceed progress promote protect publicize push put reach react reaffirm
    realise realize rectify redouble redress refrain refuse reinforce reject relaunch remedy render
    require resolve respect restructure resume revive root safeguard scale search secure see sensitise
    sensitize serve settle show simplify soften solve spare speed spread step stimulate streamline
    strengthen strive subscribe succeed supervise supply support tackle take tighten toughen treat turn
    unite update upgrade uphold uproot urge use utilize welcome widen work`,
  5: `abandon abolish abrogate accede accept accompany accredit acknowledge adapt adhere adopt agree align
    allow amend annul apply appoint approve arrest authorise authorize ban become bring cancel carry
    cease charge close codify collect commit communicate commute compensate compile complement complete
    conclude conduct consent construct convene create criminalise criminalize declare declassify decree
    decriminalise decriminalize define delete demand demobilize denounce deny derogate design designate
    determine develop disarm disband discontinue dismantle document domesticate double draft drop
    earmark elaborate eliminate employ enable enact encode end endorse enforce enshrine eradicate
    establish execute extend extradite finalise finalize forbid formulate free gather generate grant
    halt harmonise harmonize hire hold host implement impose include incorporate indemnify initiate
    inscribe install instigate institute institutionalise institutionalize integrate introduce
    investigate invite issue join launch legalise legalize legislate license lift lower modify nominate
    open operationalise operationalize organise organize outlaw pardon pass penalise penalize permit
    prepare prescribe present proclaim professionalize prohibit promulgate prosecute provide publish
    punish raise ratify receive recognise recognize record recruit reduce reestablish reform register
    regularise regularize regulate rehabilitate reinstate reinstitute reintegrate release relocate
    remove renew renounce reopen repeal replace reply report rescind resettle respond restart restore
    restrict return revoke sanction separate set sign standardize start stop submit substantiate
    suppress suspend systematize tailor track train transform translate transmit transpose try undertake
    unify waive withdraw`
}

const VERB_CATEGORY = new Map<string, ActionCategory>()
for (const category of [1, 2, 3, 4, 5] as const) {
  for (const verb of LEXICON[category].split(/\s+/)) if (verb) VERB_CATEGORY.set(verb, category)
}

// Nouns of action -> verb ("Recommended the ratification of ...", "... through the adoption of ...").
const NOMINALIZATIONS: Record<string, string> = {
  ratification: 'ratify', accession: 'accede', adoption: 'adopt', establishment: 'establish',
  creation: 'create', consideration: 'consider', abolition: 'abolish', abolishment: 'abolish',
  amendment: 'amend', amendments: 'amend', implementation: 'implement', enactment: 'enact',
  withdrawal: 'withdraw', decriminalization: 'decriminalize', decriminalisation: 'decriminalize',
  criminalization: 'criminalize', criminalisation: 'criminalize', revision: 'revise', review: 'review',
  continuation: 'continue', strengthening: 'strengthen', elaboration: 'elaborate', introduction: 'introduce',
  development: 'develop', signature: 'sign', signing: 'sign', investigation: 'investigate',
  investigations: 'investigate', prosecution: 'prosecute', promotion: 'promote', examination: 'examine',
  harmonization: 'harmonize', harmonisation: 'harmonize', incorporation: 'incorporate', repeal: 'repeal',
  removal: 'remove', release: 'release', extension: 'extend', submission: 'submit', adherence: 'abide',
  approval: 'approve', enforcement: 'enforce', reform: 'reform', elimination: 'eliminate',
  prohibition: 'prohibit', exchange: 'exchange', study: 'study', analysis: 'analyse', evaluation: 'evaluate',
  assessment: 'assess', reconsideration: 'reconsider', lifting: 'lift', publication: 'publish',
  appointment: 'appoint', designation: 'designate', finalization: 'finalize', finalisation: 'finalize',
  completion: 'complete', intensification: 'intensify', improvement: 'improve', enhancement: 'enhance',
  reinforcement: 'reinforce', acceleration: 'accelerate', allocation: 'allocate', punishment: 'punish',
  provision: 'provide', training: 'train', drafting: 'draft', formulation: 'formulate', design: 'design',
  launch: 'launch', launching: 'launch', construction: 'construct', conduct: 'conduct',
  application: 'apply', modification: 'modify', inclusion: 'include', recognition: 'recognize',
  integration: 'integrate', regularization: 'regularize', abrogation: 'abrogate', revocation: 'revoke',
  invitation: 'invite', pursuit: 'pursue', maintenance: 'maintain', sharing: 'share', issuance: 'issue',
  reduction: 'reduce', declaration: 'declare', moratorium: 'establish'
}

const IRREGULAR: Record<string, string> = {
  taken: 'take', took: 'take', made: 'make', given: 'give', undertaken: 'undertake', brought: 'bring',
  sought: 'seek', kept: 'keep', held: 'hold', built: 'build', done: 'do', begun: 'begin', drawn: 'draw',
  shown: 'show', withdrawn: 'withdraw', met: 'meet', paid: 'pay'
}

// Words skipped between the start of the operative part and its verb: "Fully implement", "Further adopt".
const ADVERBS = new Set(
  `further also still now fully effectively immediately promptly urgently swiftly quickly rapidly
  expeditiously speedily actively seriously duly vigorously strongly systematically continuously
  resolutely progressively gradually properly thoroughly explicitly entirely firmly genuinely positively
  favourably favorably consistently closely regularly widely publicly officially formally legally
  periodically timely definitively independently impartially transparently steadily constructively
  proactively decisively concretely truly really again then equally likewise similarly please kindly
  inter alia especially particularly notably specifically possibly ideally not only always jointly
  collectively unconditionally soon early first re forcefully`.split(/\s+/)
)

const URGED = new Set(['encouraged', 'urged', 'invited', 'requested', 'called', 'asked'])

const MODALS = new Set(['should', 'must', 'shall', 'will', 'would', 'could', 'may', 'might', 'can', 'to'])

// Clauses that open with one of these words are introductions: the operative verb follows a comma.
const INTRO_WORDS = new Set(
  `in with while as given bearing taking following within on at for regarding concerning since building
  recognizing recognising noting acknowledging welcoming commending through after before upon under based
  guided mindful having when where if once during beyond besides apart pending until along considering
  recalling referring according together like against from by although though despite notwithstanding
  whilst aware`.split(/\s+/)
)

const PREAMBLE_WORDS = new Set(
  `recommended recommends recommend recommendation recommendations requested encouraged encourages urged
  urges the it is was that to also strongly further finally moreover furthermore additionally lastly firstly
  secondly a b c i ii iii`.split(/\s+/)
)

// Texts addressed to someone other than the State under review.
const OTHER_ADDRESSEES = [
  'international community', 'the international community', 'donors', 'donor countries',
  'development partners', 'other states', 'other countries', 'all states', 'the united nations', 'ohchr',
  'the office of the high commissioner', 'the human rights council', 'human rights council'
].map((phrase) => phrase.split(' '))

// ---------------------------------------------------------------------------------------------
// Verbs that weigh what their object weighs ("adopt measures" 4, "adopt a law" 5).

const GENERAL_OBJECTS = new Set(
  `measure measures step steps effort efforts action actions policy policies means initiatives initiative
  conditions environment reforms practices practice activities approach approaches strategies strategy
  mechanisms guarantees priority attention care progress account consideration importance emphasis
  support assistance cooperation resources solutions solution ways way everything opportunities process
  awareness access services protection safeguards procedures standards perspective dimension`.split(/\s+/)
)
const SPECIFIC_OBJECTS = new Set(
  `law laws legislation legislative anti-discrimination instrument instruments resolutions resolution
  outcome age number invitations bill bills act code decree amendment amendments plan institution
  commission ombudsman ombudsperson office body committee council court tribunal moratorium invitation
  report reports definition registry register database unit centre center mechanism programme program
  campaign campaigns study survey census inquiry investigation investigations training constitution
  convention protocol covenant statute treaty accord agreement recommendations recommendation system
  timetable timeframe deadline quota quotas indicators benchmarks targets budget fund visit visits nhri
  shelters shelter hotline curriculum curricula moratoria ban prohibition provisions occupation blockade
  detention construction settlements death penalty reservations reservation declaration response
  information data statistics programmes programs projects framework frameworks`.split(/\s+/)
)

/** Verb -> its category when the object is neither clearly general nor clearly specific. */
const OBJECT_VERBS = new Map<string, ActionCategory>([
  ['adopt', 4], ['implement', 5], ['establish', 5], ['develop', 4], ['create', 5], ['provide', 4],
  ['undertake', 4], ['put', 4], ['include', 5], ['introduce', 5], ['set', 5], ['carry', 5],
  ['elaborate', 5], ['formulate', 5], ['design', 5], ['launch', 5], ['institute', 5], ['make', 4],
  ['end', 4], ['apply', 5], ['enact', 5], ['give', 4], ['draft', 5], ['prepare', 5], ['integrate', 5],
  ['conduct', 5], ['extend', 4], ['issue', 5], ['submit', 5], ['initiate', 5], ['increase', 4], ['raise', 5]
])

// "Undertake a study" asks to consider (3); "end the practice of ..." is specific (5).
const STUDY_VERBS = new Set(['undertake', 'conduct', 'carry'])
const STUDIES = new Set(
  'study studies review reviews assessment assessments evaluation analysis survey'.split(' ')
)
const ENDED_PRACTICES = new Set(
  'practice practices execution executions punishment attacks settlement settlements emergency incarceration'.split(' ')
)

// ---------------------------------------------------------------------------------------------
// Tokens and verb forms.

interface Token {
  /** Lower-case word, or a punctuation mark: , ; : . ( ) */
  w: string
  /** Where the token is in the text (for the words as written). */
  start: number
  end: number
  punct: boolean
}

// Decisions rest on the opening words and the means that follow; a very long text is read this far.
const MAX_TOKENS = 120

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
    (code >= 0xc0 && code <= 0x24f)
  )
}

/** Words (letters and digits, joined by inner hyphens or apostrophes) and the punctuation that matters. */
function tokenize(text: string): Token[] {
  const lower = text.toLowerCase()
  const tokens: Token[] = []
  const n = text.length
  let i = 0
  while (i < n && tokens.length < MAX_TOKENS) {
    const code = text.charCodeAt(i)
    if (isWordChar(code)) {
      let j = i + 1
      for (;;) {
        while (j < n && isWordChar(text.charCodeAt(j))) j++
        const joiner = text.charCodeAt(j)
        // Inner hyphen or apostrophe followed by a word character: same token ("follow-up", "women's").
        if ((joiner === 45 || joiner === 39 || joiner === 0x2019) && j + 1 < n && isWordChar(text.charCodeAt(j + 1))) {
          j += 2
          continue
        }
        break
      }
      const w = lower.slice(i, j)
      tokens.push({ w: w.includes('\u2019') ? w.replace(/\u2019/g, "'") : w, start: i, end: j, punct: false })
      i = j
    } else {
      // , ; : . ( )
      if (code === 44 || code === 59 || code === 58 || code === 46 || code === 40 || code === 41) {
        tokens.push({ w: text.charAt(i), start: i, end: i + 1, punct: true })
      }
      i++
    }
  }
  return tokens
}

const lemmaCache = new Map<string, string | null>()

/** The base form of a verb written as base, -s, -ing or -ed, when the lexicon knows it. */
function verbLemma(word: string): string | null {
  const cached = lemmaCache.get(word)
  if (cached !== undefined) return cached
  const lemma = computeLemma(word)
  if (lemmaCache.size < 50_000) lemmaCache.set(word, lemma)
  return lemma
}

function computeLemma(word: string): string | null {
  if (VERB_CATEGORY.has(word)) return word
  const dash = word.indexOf('-')
  if (dash > 0) {
    // "re-examine", "re-establish", "ratify-accede", "carry-out": the joined word, the verb after the
    // prefix, or the first verb.
    const joined = computeLemma(word.replace(/-/g, ''))
    if (joined) return joined
    const head = word.slice(0, dash)
    const rest = word.slice(dash + 1)
    if (head === 're' || head === 'de') return computeLemma(rest)
    return computeLemma(head)
  }
  const irregular = IRREGULAR[word]
  if (irregular) return irregular
  const candidates: string[] = []
  const doubled = (stem: string): boolean => stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]
  if (word.endsWith('ing')) {
    const stem = word.slice(0, -3)
    candidates.push(stem, stem + 'e')
    if (doubled(stem)) candidates.push(stem.slice(0, -1))
  }
  if (word.endsWith('ied')) candidates.push(word.slice(0, -3) + 'y')
  if (word.endsWith('ed')) {
    const stem = word.slice(0, -2)
    candidates.push(stem, word.slice(0, -1))
    if (doubled(stem)) candidates.push(stem.slice(0, -1))
  }
  if (word.endsWith('ies')) candidates.push(word.slice(0, -3) + 'y')
  if (word.endsWith('es')) candidates.push(word.slice(0, -2))
  if (word.endsWith('s')) candidates.push(word.slice(0, -1))
  for (const c of candidates) if (VERB_CATEGORY.has(c)) return c
  return null
}

/** A verb found in the text: its lemma, its category and the index of its token. */
interface VerbHit {
  lemma: string
  index: number
  category: ActionCategory
}

function verbAt(tokens: readonly Token[], i: number): VerbHit | null {
  const t = tokens[i]
  if (!t || t.punct) return null
  const lemma = verbLemma(t.w)
  const category = lemma ? VERB_CATEGORY.get(lemma) : undefined
  return lemma && category ? { lemma, index: i, category } : null
}

/** An imperative (base form): "ratify", not "ratifying" or "ratified". */
function isBaseForm(t: Token): boolean {
  return VERB_CATEGORY.has(t.w) || (!t.w.endsWith('ing') && !t.w.endsWith('ed'))
}

function isAdverb(t: Token): boolean {
  return ADVERBS.has(t.w) || (t.w.endsWith('ly') && !VERB_CATEGORY.has(t.w))
}

/** The first imperative verb at or after `from`, skipping adverbs and commas, allowing `slack` other words. */
function findImperative(tokens: readonly Token[], from: number, slack: number): VerbHit | null {
  let skipped = 0
  for (let i = from; i < tokens.length && skipped <= slack; i++) {
    const t = tokens[i]!
    if (t.punct) {
      if (t.w === ',') continue
      return null
    }
    if (isAdverb(t) || (t.w === 'and' && i > from && isAdverb(tokens[i - 1]!))) continue
    const hit = verbAt(tokens, i)
    if (hit && isBaseForm(t)) return hit
    skipped++
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Where the recommendation's operative verb is.

/** The head verb, where its object starts, and for passives the subject that is really the object. */
interface Head {
  verb: VerbHit
  objectStart: number
  /** "that a commission be established": the commission is what is established. */
  passiveSubject: number | null
  how: string
}

/** Index after the leading boilerplate and introductory clause. */
function operativeStart(tokens: readonly Token[]): number {
  let i = 0
  while (i < tokens.length && (tokens[i]!.punct || /^\d+$/.test(tokens[i]!.w))) i++
  const first = tokens[i]
  if (first && INTRO_WORDS.has(first.w) && !verbAt(tokens, i)) {
    // "In line with X, ratify ...": after the first comma that a verb follows.
    for (let k = i + 1; k < Math.min(tokens.length, i + 40); k++) {
      if (tokens[k]!.w !== ',') continue
      let j = k + 1
      while (j < k + 4 && PREAMBLE_WORDS.has(tokens[j]?.w ?? '')) j++
      if (findImperative(tokens, j, 3) || NOMINALIZATIONS[tokens[j + 1]?.w ?? ''] || NOMINALIZATIONS[tokens[j]?.w ?? '']) return j
    }
  }
  let guard = 0
  while (guard++ < 8 && i < tokens.length && PREAMBLE_WORDS.has(tokens[i]!.w) && !verbAt(tokens, i)) i++
  return i
}

function addresseeLength(tokens: readonly Token[], i: number): number {
  for (const words of OTHER_ADDRESSEES) {
    if (words.every((w, k) => tokens[i + k]?.w === w)) return words.length
  }
  return 0
}

const NOUN_MARKERS = new Set(
  'the a an its their his her this these those of on in for with by from at about any no such each every own'.split(' ')
)

/** "the work of", "its plan": a verb-looking word used as a noun. */
function looksLikeNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!
  if (SPECIFIC_OBJECTS.has(t.w) || GENERAL_OBJECTS.has(t.w)) return true
  return NOUN_MARKERS.has(tokens[k - 1]?.w ?? '') || tokens[k + 1]?.w === 'of'
}

function locateHead(tokens: readonly Token[], start: number): Head | null {
  // Imperative: "Ratify ...", "Fully implement ...".
  const direct = findImperative(tokens, start, 0)
  if (direct) return { verb: direct, objectStart: direct.index + 1, passiveSubject: null, how: 'first-verb' }
  // Gerund or noun of action: "Recommended ratifying ...", "the establishment of ...".
  for (let k = start; k < Math.min(tokens.length, start + 3); k++) {
    const t = tokens[k]!
    if (t.punct) break
    // A subject and its verb ("the State consider abolishing ..."): leave it to the subject-first reading.
    if (VERB_CATEGORY.has(t.w) && !NOMINALIZATIONS[t.w]) break
    const lemma = NOMINALIZATIONS[t.w] ?? (t.w.endsWith('ing') ? verbLemma(t.w) : null)
    const category = lemma ? VERB_CATEGORY.get(lemma) : undefined
    if (lemma && category) {
      return {
        verb: { lemma, index: k, category },
        objectStart: k + 1,
        passiveSubject: null,
        how: NOMINALIZATIONS[t.w] ? 'noun-form' : 'gerund'
      }
    }
  }
  // A subject first: "the Government (should) adopt", "that steps be taken", "Pakistan share ...".
  for (let k = start; k < Math.min(tokens.length, start + 25); k++) {
    const t = tokens[k]!
    if (t.w === ';' || t.w === '.') break
    if (t.w === 'be' || t.w === 'are' || t.w === 'is') {
      let j = k + 1
      while (j < tokens.length && isAdverb(tokens[j]!)) j++
      const hit = verbAt(tokens, j)
      const form = tokens[j]?.w ?? ''
      if (hit && URGED.has(form) && tokens[j + 1]?.w === 'to') {
        // "X is encouraged to continue ...": the verb after "to" counts.
        const inner = findImperative(tokens, j + 2, 0)
        if (inner) return { verb: inner, objectStart: inner.index + 1, passiveSubject: null, how: 'after-subject' }
      }
      if (hit && (form.endsWith('ed') || IRREGULAR[form])) {
        return { verb: hit, objectStart: j + 1, passiveSubject: start, how: 'passive' }
      }
    }
    if (MODALS.has(t.w)) {
      const hit = findImperative(tokens, k + 1, 1)
      if (hit) return { verb: hit, objectStart: hit.index + 1, passiveSubject: null, how: 'after-subject' }
    }
    const hit = k > start ? verbAt(tokens, k) : null
    if (hit && isBaseForm(t) && !looksLikeNoun(tokens, k)) {
      return { verb: hit, objectStart: k + 1, passiveSubject: null, how: 'after-subject' }
    }
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Objects and means.

const NP_STOP = new Set(
  `to of for in on with that which who aimed aiming so by through against towards toward at from into
  regarding concerning as including where when within under between among about over without`.split(/\s+/)
)

/** The words of the noun phrase after the verb, up to a preposition or punctuation. */
function objectPhrase(tokens: readonly Token[], start: number): Token[] {
  let i = skipParenthetical(tokens, start)
  const words: Token[] = []
  for (; i < tokens.length && words.length < 8; i++) {
    const t = tokens[i]!
    if (t.punct) break
    if (NP_STOP.has(t.w)) {
      if (words.length > 0) break
      continue
    }
    words.push(t)
  }
  return words
}

/** Skips ", as a matter of priority," / "as soon as possible" between a verb and its object. */
function skipParenthetical(tokens: readonly Token[], start: number): number {
  let i = start
  if (tokens[i]?.w === ',') {
    const close = tokens.findIndex((t, k) => k > i && t.w === ',')
    if (close > 0 && close - i <= 8) i = close + 1
  }
  if (tokens[i]?.w === 'as' && tokens[i + 1]?.w === 'a' && tokens[i + 2]?.w === 'matter' && tokens[i + 3]?.w === 'of') i += 5
  if (tokens[i]?.w === 'as' && tokens[i + 1]?.w === 'soon' && tokens[i + 2]?.w === 'as') i += 4
  if (tokens[i]?.w === ',') i++
  return i
}

function weighObject(words: readonly Token[]): { category: 4 | 5; word: Token } | null {
  for (const t of words) if (SPECIFIC_OBJECTS.has(t.w)) return { category: 5, word: t }
  for (const t of words) if (GENERAL_OBJECTS.has(t.w)) return { category: 4, word: t }
  return null
}

const MEANS_MARKERS = new Set(['by', 'through', 'via'])
const EXAMPLE_MARKERS = new Set(['including', 'particularly', 'notably', 'especially', 'alia', 'namely'])

/** "… by amending the family code": the verb of a means clause, with its category. */
function meansClause(tokens: readonly Token[], from: number): { token: Token; category: ActionCategory } | null {
  for (let i = from; i < tokens.length - 1; i++) {
    if (!MEANS_MARKERS.has(tokens[i]!.w) && !EXAMPLE_MARKERS.has(tokens[i]!.w)) continue
    let j = i + 1
    if (tokens[j]?.w === ',') j++
    if (MEANS_MARKERS.has(tokens[j]?.w ?? '')) j++
    if (tokens[j]?.w === 'the' || tokens[j]?.w === 'means') j++
    if (tokens[j]?.w === 'of') j++
    const n = tokens[j]
    if (!n || n.punct) continue
    const lemma = n.w.endsWith('ing') ? verbLemma(n.w) : (NOMINALIZATIONS[n.w] ?? null)
    const base = lemma ? VERB_CATEGORY.get(lemma) : undefined
    if (!lemma || !base) continue
    let category = base
    const objectDefault = OBJECT_VERBS.get(lemma)
    if (objectDefault !== undefined) category = weighObject(objectPhrase(tokens, j + 1))?.category ?? objectDefault
    return { token: n, category }
  }
  return null
}

// ---------------------------------------------------------------------------------------------

interface Decision {
  category: ActionCategory
  deciding: Token[]
  rule: string
}

function decide(tokens: readonly Token[], head: Head): Decision {
  let verb = head.verb
  const deciding: Token[] = [tokens[verb.index]!]
  let rule = head.how
  let objectStart = head.objectStart

  // Two verbs at the start: the second counts ("Continue and strengthen" -> 4).
  const joiner = tokens[verb.index + 1]?.w
  if ((joiner === 'and' || joiner === 'or' || joiner === ',') && verb.category !== 3) {
    const second = findImperative(tokens, verb.index + 2, 1)
    if (second && second.index <= verb.index + 4) {
      verb = second
      objectStart = second.index + 1
      deciding.push(tokens[second.index]!)
      rule = 'second-verb'
    }
  }
  // "Proceed with the ratification of": the noun of action counts.
  if (verb.lemma === 'proceed' && (tokens[verb.index + 1]?.w === 'with' || tokens[verb.index + 1]?.w === 'to')) {
    let j = verb.index + 2
    if (tokens[j]?.w === 'the') j++
    const lemma = NOMINALIZATIONS[tokens[j]?.w ?? '']
    const category = lemma ? VERB_CATEGORY.get(lemma) : undefined
    if (category) return { category, deciding: [...deciding, tokens[j]!], rule: 'proceed-with' }
  }
  // "Seek to improve": the verb that follows counts.
  if (verb.lemma === 'seek' && tokens[verb.index + 1]?.w === 'to') {
    const inner = findImperative(tokens, verb.index + 2, 0)
    if (inner) {
      verb = inner
      objectStart = inner.index + 1
      deciding.push(tokens[inner.index]!)
      rule = 'seek-to'
    }
  }

  const p1 = tokens[verb.index + 1]?.w
  const p2 = tokens[verb.index + 2]?.w
  if (verb.lemma === 'call' && (p1 === 'on' || p1 === 'upon' || p1 === 'for')) {
    return { category: 1, deciding, rule: 'call-on' }
  }
  if (verb.lemma === 'look' && p1 === 'into') return { category: 3, deciding, rule: 'look-into' }
  if ((verb.lemma === 'take' || verb.lemma === 'bring') && p1 === 'into') {
    if (p2 === 'consideration') return { category: 3, deciding: [...deciding, tokens[verb.index + 2]!], rule: 'take-into-consideration' }
    if (p2 === 'account') return { category: 4, deciding: [...deciding, tokens[verb.index + 2]!], rule: 'take-into-account' }
  }

  let category = verb.category
  // "Take (all necessary) measures": general whatever the measures; show the object with the verb.
  if (verb.lemma === 'take') {
    const measures = objectPhrase(tokens, objectStart).find((w) => GENERAL_OBJECTS.has(w.w))
    if (measures) deciding.push(measures)
  }
  const objectDefault = OBJECT_VERBS.get(verb.lemma)
  if (objectDefault !== undefined) {
    const start = head.passiveSubject !== null && verb === head.verb ? head.passiveSubject : objectStart
    const words = objectPhrase(tokens, start)
    const consideration = verb.lemma === 'give' ? words.find((w) => w.w === 'consideration') : undefined
    if (consideration) return { category: 3, deciding: [...deciding, consideration], rule: 'give-consideration' }
    const study = STUDY_VERBS.has(verb.lemma) ? words.find((w) => STUDIES.has(w.w)) : undefined
    if (study) return { category: 3, deciding: [...deciding, study], rule: 'study' }
    const ended = verb.lemma === 'end' ? words.find((w) => ENDED_PRACTICES.has(w.w)) : undefined
    if (ended) return { category: 5, deciding: [...deciding, ended], rule: 'object-specific' }
    const object = weighObject(words)
    if (object) {
      category = object.category
      deciding.push(object.word)
      rule = object.category === 5 ? 'object-specific' : 'object-general'
    } else {
      category = objectDefault
    }
  }

  // A general action made specific by its means: 5.
  if (category === 4) {
    const means = meansClause(tokens, objectStart)
    if (means && means.category === 5) {
      return { category: 5, deciding: [...deciding, means.token], rule: 'general-then-specific' }
    }
  }
  // Continuing, but by a new means: the means counts (at least general action).
  if (category === 2) {
    const means = meansClause(tokens, objectStart)
    if (means && means.category >= 4 && means.token.w.endsWith('ing')) {
      return { category: means.category, deciding: [...deciding, means.token], rule: 'continue-by-means' }
    }
  }
  return { category, deciding, rule }
}

/** Suggests UPR Info's action category (1 minimal ... 5 specific action) for a recommendation text. */
export function suggestActionCategory(text: string): ActionCategorySuggestion {
  const tokens = tokenize(text)
  const start = operativeStart(tokens)
  const addressee = addresseeLength(tokens, start)
  if (addressee > 0) {
    return {
      category: 1,
      decidingWords: tokens.slice(start, start + addressee).map((t) => text.slice(t.start, t.end)),
      rule: 'addressed-to-others'
    }
  }
  const head = locateHead(tokens, start)
  if (!head) return { category: 4, decidingWords: [], rule: 'default' }
  const { category, deciding, rule } = decide(tokens, head)
  const inOrder = [...new Set(deciding)].sort((a, b) => a.start - b.start)
  return { category, decidingWords: inOrder.map((t) => text.slice(t.start, t.end)), rule }
}
