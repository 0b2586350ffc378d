/**
 * Word stems in English, French and Spanish, so that the forms of one word meet in a search
 * ("communities" and "community", "droits" and "droit") and different words do not ("police" and
 * "policy"). Snowball stemmers from npm, pure JavaScript that runs in the page and in a worker:
 * `porter2` for English (the Snowball English stemmer), `@orama/stemmers` for French and Spanish
 * (generated from the Snowball sources). A short table adds the few word families of UPR texts that
 * Snowball does not join, and a text's language is guessed from its stop-words when it is not known.
 */
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish'
import { stemmer as frenchStemmer } from '@orama/stemmers/french'
import { stem as porter2 } from 'porter2'
import type { LanguageCode } from './model'

const COMBINING_MARKS = /[\u0300-\u036f]/g
const LIGATURES = /[œæß]/g
const LIGATURE: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' }

const NOT_ASCII = /[^\t\n\r -~]/

/** Lower case without accents: "Côte d'Ivoire" -> "cote d'ivoire", "Œuvre" -> "oeuvre". */
export function foldText(text: string): string {
  if (!NOT_ASCII.test(text)) return text.toLowerCase()
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(LIGATURES, (l) => LIGATURE[l] ?? l)
    .replace(/[’']/g, "'")
}

/**
 * French and Spanish stems carry their language (`droit:fr`), English ones none: a query is stemmed in
 * every language (see search-text.ts), and the tag keeps the French stem of an English word from
 * meeting an English text ("noted" is "not" to the French stemmer, "themes" is "them").
 */
export const STEM_TAG: Record<LanguageCode, string> = { en: '', fr: ':fr', es: ':es' }

// Word families Snowball leaves apart, by folded word (irregular plurals) or by stem. Maps, not
// objects: a word such as "constructor" must not find Object.prototype.
const IRREGULAR_WORDS: Record<LanguageCode, ReadonlyMap<string, string>> = {
  en: new Map([
    ['children', 'child'],
    ['women', 'woman'],
    ['men', 'man']
  ]),
  fr: new Map(),
  es: new Map()
}
const JOINED_STEMS: Record<LanguageCode, ReadonlyMap<string, string>> = {
  // "migrants" and "migration" are one subject in UPR texts; Snowball joins "immigrant" and
  // "immigration" (longer words), not these.
  en: new Map([['migrant', 'migrat']]),
  fr: new Map([['migr', 'migrat']]),
  es: new Map([['migrant', 'migracion']])
}
// Snowball strips "-ification" to "-if" but leaves "-ify" as "-ifi" (French "-ifier" as "-ifi", Spanish
// "-ificar" as "-ific"): ratify meets ratification, ratifier ratification, ratificar ratificación.
const IFY_STEM_END: Record<LanguageCode, string> = { en: 'ifi', fr: 'ifi', es: 'ific' }

// British spellings as the UN's American ones, which Snowball joins: "-isation" is always "-ization";
// "-ise" only after the endings of "-ize" verbs (criminalise, recognise, organise, prioritise), not in
// exercise, promise, advise, enterprise or raise.
const BRITISH_ISATION = /isation(s?)$/
const BRITISH_ISE_ENDS = ['ise', 'ises', 'ised', 'ising', 'iser', 'isers']
const BRITISH_ISE = /^([a-z]+(?:al|an|ar|as|at|er|gn|ic|il|im|in|it|og|ol|on|or|rn|ur|ard|ath))is(e|es|ed|ing|er|ers)$/
// An acronym's plural: Snowball keeps the s of "ngos", "nhris" and "sdgs" (a vowel just before it, or none).
const ACRONYM_PLURAL = /^[b-df-hj-np-tv-xz]{2,}[aeiou]?s$/
// Spanish nouns and adjectives in -d and -r: Snowball reads the singular as a verb ("mujer" -> "muj",
// "sociedad" -> "socied") but not the plural ("mujeres" -> "mujer"): a plural is stemmed as its singular.
const SPANISH_D_R_PLURAL = /[aeiou][dr]es$/

// Snowball 3.0 (2025) added these to the word starts after which R1 begins ("gener", "commun" and
// "arsen" were there before): without them "universal" meets "university", "internal" meets
// "international" and "organ" meets "organization". porter2 follows the English Snowball before 3.0,
// so a word with one of these starts is stemmed as if it began with "gener" and given its start back.
const SNOWBALL_3_START = /^(?:emerg|inter|later|organ|past|univers)/
const SNOWBALL_3_FIRST = new Set(['e', 'i', 'l', 'o', 'p', 'u'])

/** The English (Snowball) stem of a lower-case, unaccented word: "ratified" -> "ratif", "children" -> "child". */
export function englishStem(word: string): string {
  const irregular = IRREGULAR_WORDS.en.get(word)
  if (irregular !== undefined) return irregular
  if (word.endsWith('s') && ACRONYM_PLURAL.test(word)) return word.slice(0, -1)
  if (word.includes('is')) {
    if (word.endsWith('isation') || word.endsWith('isations')) word = word.replace(BRITISH_ISATION, 'ization$1')
    else if (BRITISH_ISE_ENDS.some((end) => word.endsWith(end))) word = word.replace(BRITISH_ISE, '$1iz$2')
  }
  let stem: string
  const start = SNOWBALL_3_FIRST.has(word.charAt(0)) ? SNOWBALL_3_START.exec(word)?.[0] : undefined
  if (start !== undefined && word.length > start.length) {
    const asGener = porter2(`gener${word.slice(start.length)}`)
    stem = asGener.startsWith('gener') ? start + asGener.slice(5) : porter2(word)
    // "gener" ends in a short syllable, which keeps a final e: "emerg" and "univers" do not.
    if ((start === 'emerg' || start === 'univers') && stem === `${start}e`) stem = start
  } else {
    stem = porter2(word)
  }
  if (stem.endsWith(IFY_STEM_END.en)) stem = stem.slice(0, -1)
  return JOINED_STEMS.en.get(stem) ?? stem
}

function snowballStem(word: string, folded: string, language: 'fr' | 'es'): string {
  const irregular = IRREGULAR_WORDS[language].get(folded)
  if (irregular !== undefined) return irregular
  // Stemmed with its accents ("discriminación" -> "discrimin"), then folded: the French and Spanish
  // stemmers read endings such as -ción and -ité by their accents.
  let stem = language === 'fr' ? frenchStemmer(word) : spanishStemmer(SPANISH_D_R_PLURAL.test(folded) ? word.slice(0, -2) : word)
  if (NOT_ASCII.test(stem)) stem = foldText(stem)
  if (stem.endsWith(IFY_STEM_END[language])) stem = stem.slice(0, -(IFY_STEM_END[language].length - 2))
  return JOINED_STEMS[language].get(stem) ?? stem
}

const DIGIT = /\d/
const PIECE = /[a-z0-9]+/g
const ASCII_WORD = /^[a-z0-9]+$/

/**
 * The stems of one lower-case word of a text in `language`: usually one, none for a word without a
 * Latin letter or digit, several when folding splits it. Numbers are kept as they are, untagged.
 */
export function stemToken(token: string, language: LanguageCode): string[] {
  if (ASCII_WORD.test(token)) return [stemPiece(token, token, language)]
  const folded = foldText(token)
  const pieces = folded.match(PIECE)
  if (!pieces) return []
  const whole = pieces.length === 1 && pieces[0] === folded
  return pieces.map((piece) => stemPiece(whole ? token.normalize('NFC') : piece, piece, language))
}

function stemPiece(word: string, folded: string, language: LanguageCode): string {
  if (DIGIT.test(folded)) return folded
  if (language === 'en') return englishStem(folded)
  return snowballStem(word, folded, language) + STEM_TAG[language]
}

// Endings that are always written with an accent, which the French and Spanish stemmers need to see
// ("égalité" -> "egal", but "egalite" -> "egalit"; "educación" -> "educ", but "educacion" stays).
const ACCENTED_ENDINGS: Record<'fr' | 'es', readonly [RegExp, string][]> = {
  fr: [[/ite(s?)$/, 'ité$1'], [/ee(s?)$/, 'ée$1']],
  es: [[/([cs])ion$/, '$1ión']]
}

/**
 * The stems a word typed without accents may have in French or Spanish texts, beside its own: the
 * word with the accents of its ending put back ("egalite" -> "égalité"). For queries: a text keeps its
 * accents, a person may leave them out.
 */
export function unaccentedVariantStems(token: string): string[] {
  const folded = foldText(token)
  if (folded !== token || !/^[a-z]+$/.test(folded)) return []
  const out: string[] = []
  for (const language of ['fr', 'es'] as const) {
    for (const [ending, accented] of ACCENTED_ENDINGS[language]) {
      if (ending.test(folded)) out.push(snowballStem(folded.replace(ending, accented), folded, language) + STEM_TAG[language])
    }
  }
  return out
}

// Words that say which language a text is in, and only that one ("de", "la", "en" are left out, and
// the "d" of "Côte d'Ivoire" in an English text).
const MARKERS = new Map<string, LanguageCode>([
  ...'the and of to for with its on that by is are be from this which their all'.split(' ').map((w) => [w, 'en'] as const),
  ...'le les des du et pour dans sur aux au une est qui ses leur leurs afin ainsi à notamment'.split(' ').map((w) => [w, 'fr'] as const),
  ...'el los las del y para con por una sus al su como lo'.split(' ').map((w) => [w, 'es'] as const)
])
/** Words read to guess a language: the first ones say it well enough, and a long text costs no more. */
const MARKER_WINDOW = 60

/** The language of a text's lower-case words, by its stop-words; English when none says otherwise. */
export function guessLanguage(tokens: readonly string[]): LanguageCode {
  let en = 0
  let fr = 0
  let es = 0
  const end = Math.min(tokens.length, MARKER_WINDOW)
  for (let i = 0; i < end; i++) {
    const language = MARKERS.get(tokens[i]!)
    if (language === 'en') en++
    else if (language === 'fr') fr++
    else if (language === 'es') es++
  }
  if (fr > en && fr >= es) return 'fr'
  if (es > en && es > fr) return 'es'
  return 'en'
}
