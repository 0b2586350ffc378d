/**
 * Reads the recommendations out of a Working Group report (A/HRC/<n>/<m>), from `pdftotext -layout`
 * text, text pasted from a PDF, or `extractPdfText` output.
 *
 * The document's structure, not one file's quirks: section "II. Conclusions and/or recommendations"
 * holds numbered paragraphs ("121. The recommendations ... enjoy the support of Slovenia:"), each
 * introducing recommendations numbered `<paragraph>.<n>` (cycle 1: also `102.1.`, or `1.`, `2.` ...
 * under the paragraph). Each recommendation ends with its recommending State(s) in parentheses.
 *
 * Representation of one number with several texts (A/HRC/43/15 121.2: one text from Ukraine, another
 * from Slovakia): one `ParsedRecommendation` per text, in document order, all with the same `number`.
 * Count distinct numbers to count recommendations as the UN does. One text from several States
 * (`(Algeria) (Cabo Verde)` or `(Portugal, Slovakia)`) is one record with several names.
 *
 * Recommendations numbered `1.`, `2.` ... under paragraph 60 (early cycle 1) get the number "60.1",
 * "60.2" ..., with one warning saying so.
 *
 * Reports in French and Spanish have the same structure: "II. Conclusions et/ou recommandations" ("Les
 * recommandations ci-après ... recueillent l’adhésion de X", "... X en a pris note", "... seront examinées
 * par X, qui y répondra en temps voulu") and "II. Conclusiones y/o recomendaciones" ("... cuentan con el
 * apoyo de X", "X toma nota ...", "... serán examinadas por X, que responderá a ellas a su debido
 * tiempo"), with the recommending States named in the report's language.
 */
import type { Position } from '../domain/model'
import { nested, type MessageValue } from '../domain/coded-message'
import { importMessage, importWarning, type ImportMessageCode, type ImportValues } from './messages'
import type { ImportWarning, ParsedRecommendation, ParseResult, SourceInfo } from './types'
import { findState } from '../domain/states'
import {
  cleanReportText,
  cycleOfSession,
  detectDocumentSymbol,
  detectStateUnderReview,
  detectWorkingGroupSession,
  joinLines,
  normaliseSpace,
  type CleanLine
} from './report-text'

// "Conclusions and/or recommendations", "Conclusions et/ou recommandations", "Conclusiones y/o recomendaciones".
const CONCLUSIONS = String.raw`(?:Conclusions\s+and(?:\s*\/\s*or)?\s+recommendations|Conclusions\s+et(?:\s*\/\s*ou)?\s+recommandations|Conclusiones\s+y(?:\s*\/\s*o)?\s+recomendaciones)`
const SECTION_HEADING = new RegExp(String.raw`^(?:II|2)\.?\s+${CONCLUSIONS}\.?$`, 'i')
const HEADING_RUN_ON = new RegExp(String.raw`^(?:II|2)\.?\s+${CONCLUSIONS}\**\s+(\d{1,4}\.\s+\p{Lu}.*)$`, 'iu')
const SECTION_END =
  /^(?:(?:Annex(?:es)?|Annexes?|Anexos?)(?:\s+[IVX\d]+)?|(?:III|IV|V|VI)\.\s+\p{Lu}.{0,80}|Composition of the delegation|Composition de la délégation|Composición de la delegación)$/u
// The word "recommendation(s)" in the report's language.
const RECOMMENDATION_WORD = /\b(?:recommendations?|recommandations?|recomendaci(?:ón|ones))\b/i
const PARAGRAPH = /^(\d{1,4})\.\s+(\S.*)$/
const DOTTED_ITEM = /^(\d{1,4})\.(\d{1,4})\.?(?:\s+(.*)|(?=\p{Lu})(.*))?$/u
const CLOSING =
  /^All conclusions and\/or recommendations\b|reflect the positions? of the submitting State|should not be construed as endorsed|^Toutes les conclusions et\/ou recommandations\b|ne sauraient être considérées comme (?:ayant été )?approuvées|^Todas las conclusiones y\/o recomendaciones\b|no debe entenderse que han sido refrendadas/i
// Some pasted texts run several recommendations into one line: split before "<n>.<m> Capital".
const RUN_ON = /(?<=[;:.])\s+(?=\d{1,4}\.\d{1,4}\.?\s+\p{Lu})/u

const MAX_WARNINGS_PER_KIND = 50

/** The position a paragraph's introduction gives its recommendations, or null when it says none. */
export function positionFromIntroduction(intro: string): Position | null {
  const s = normaliseSpace(intro).toLowerCase().replace(/[’‘`]/g, "'")
  if (/\b(?:supported|accepted) in part\b|\bpartial(?:ly)? (?:support|accept)|\bpartial support\b|\bsupported\/noted\b/.test(s)) {
    return 'supported-in-part'
  }
  const french = frenchOrSpanishPosition(s)
  if (french !== null) return french
  if (
    /\b(?:did|do|does|will|would|could|can) not (?:enjoy|have|receive|obtain) (?:the |its |their )?support\b|\bcannot (?:enjoy|have|receive|obtain) (?:the |its |their )?support\b|\bnot (?:supported|accepted)\b|\b(?:been|be|were|was|are|is) noted\b|\bnoted by\b|\btakes? note\b|\bnotes the following\b|\b(?:rejected|does not accept|did not accept)\b/.test(
      s
    )
  ) {
    return 'noted'
  }
  if (/\bwill be examined\b|\bresponses? in due (?:time|course)\b|\bwill (?:provide|give) (?:its |their )?responses?\b|\bwill be considered\b/.test(s)) {
    return 'pending'
  }
  if (
    /\benjoys? (?:the |its |their )?(?:full )?support\b|\b(?:have|has) been accepted\b|\b(?:are|were|is) (?:supported|accepted)\b|\b(?:accepts|supports) the following\b|\balready (?:been )?implemented\b|\bin the process of (?:being )?implement/.test(
      s
    )
  ) {
    return 'supported'
  }
  // Early cycle 1: "In the course of the discussion, the following recommendations were made to X:" lists
  // recommendations without any answer yet.
  if (/\brecommendations? (?:were|was|have been|has been) (?:made|formulated|addressed|put forward|presented) to\b/.test(s)) {
    return 'pending'
  }
  return null
}

/**
 * The position of a French or Spanish introduction (lower case, straight apostrophes), or null. Refusals are
 * read before support: "ne recueillent pas l'adhésion", "no cuentan con el apoyo".
 */
function frenchOrSpanishPosition(s: string): Position | null {
  if (/\b(?:acceptées|appuyées|soutenues) (?:en partie|partiellement)\b|\bpartiellement (?:acceptées|appuyées)\b|\b(?:aceptadas|apoyadas) (?:en parte|parcialmente)\b|\bparcialmente (?:aceptadas|apoyadas)\b/.test(s)) {
    return 'supported-in-part'
  }
  if (
    /\bne recueillent pas\b|\bn'ont pas recueilli\b|\bne bénéficient pas\b|\bn'ont pas (?:reçu|obtenu)\b|\bn'ont pas été acceptées\b|\ben a pris note\b|\ba pris note\b|\bprend note\b|\bprises en note\b|\bont été notées\b|\brejette\b/.test(s) ||
    /\bno cuentan con el apoyo\b|\bno gozan del apoyo\b|\bno (?:han )?recibi(?:do|eron) el apoyo\b|\bno (?:han sido|fueron) aceptadas\b|\btoma nota\b|\btomó nota\b|\bha tomado nota\b|\bse toma nota\b|\bhan sido anotadas\b|\brechaza\b/.test(s)
  ) {
    return 'noted'
  }
  if (/\bseront examinées\b|\by répondra\b|\brépondra en temps (?:voulu|utile)\b|\bserán examinadas\b|\bresponderá a ellas\b|\ba su debido tiempo\b/.test(s)) {
    return 'pending'
  }
  if (
    /\brecueillent (?:son |l')(?:adhésion|appui|soutien)|\bont recueilli (?:son |l')(?:adhésion|appui|soutien)|\bbénéficient (?:du soutien|de l'appui|de l'adhésion)|\bont reçu (?:l'appui|le soutien|l'adhésion)|\bont été acceptées\b|\bsont acceptées\b|\b(?:accepte|appuie|soutient) les recommandations\b|\bdéjà (?:été )?(?:mises? en (?:œ|oe)uvre|appliquées)|\ben cours (?:de mise en (?:œ|oe)uvre|d'application)/.test(s) ||
    /\bcuentan con (?:el|su) apoyo\b|\bgozan del apoyo\b|\bhan recibido el apoyo\b|\bhan sido aceptadas\b|\b(?:acepta|apoya) las recomendaciones\b|\bya (?:se )?(?:han )?(?:sido )?aplicad|\ben (?:proceso|curso) de aplicación/.test(s)
  ) {
    return 'supported'
  }
  // Early cycle 1: recommendations made to the State, with no answer yet.
  if (/\bont été (?:formulées|adressées|faites) (?:à l'intention de|à)\b|\bse formularon las siguientes recomendaciones\b|\bse (?:hicieron|formularon) (?:a|al)\b/.test(s)) return 'pending'
  return null
}

/**
 * What the State says of the implementation of recommendations it supports ("which considers that they are
 * already implemented or in the process of implementation"), in those words, or null when it says nothing.
 * Reports in French and Spanish say it in their words ("déjà mises en œuvre", "ya se han aplicado").
 */
export function implementationClaim(text: string): string | null {
  const s = normaliseSpace(text).toLowerCase().replace(/[’‘`]/g, "'")
  const already =
    /\balready (?:been )?implemented\b/.test(s) || /\bdéjà (?:été )?(?:mises? en (?:œ|oe)uvre|appliquées)|\bya (?:se )?(?:han )?(?:sido )?aplicad|\bya se aplican\b/.test(s)
  const underway =
    /\bin the process of (?:being )?implement|\bbeing implemented\b/.test(s) ||
    /\ben cours (?:de mise en (?:œ|oe)uvre|d'application)|\ben (?:proceso|curso) de aplicación|\bse están aplicando\b/.test(s)
  if (already && underway) return 'already implemented or in the process of implementation'
  if (already) return 'already implemented'
  if (underway) return 'in the process of implementation'
  return null
}

// ---------------------------------------------------------------------------------------------
// Recommending States at the end of a recommendation.

const STOP_WORDS = new Set([
  'Convention', 'Conventions', 'Covenant', 'Protocol', 'Protocols', 'Principles', 'Principle', 'Act', 'Acts',
  'Code', 'Law', 'Laws', 'Committee', 'Programme', 'Programmes', 'Program', 'Plan', 'Strategy', 'Declaration',
  'Charter', 'Agenda', 'Rules', 'Statute', 'Treaty', 'Goals', 'Goal', 'Court', 'Office', 'Ombudsman',
  'Ombudsperson', 'Commission', 'Organization', 'Organisation', 'Constitution', 'Recommendation',
  'Recommendations', 'Article', 'Paragraph', 'Resolution', 'Decision', 'Directive', 'Report', 'Ministry',
  'Council', 'Assembly', 'Fund', 'Institute', 'Agency', 'Bill', 'Initiative', 'Framework', 'Policy',
  'Mechanism', 'Procedure', 'Procedures', 'Service', 'Centre', 'Center', 'Network', 'Platform', 'Guidelines',
  'Standards', 'Index', 'Action', 'Register', 'Registry', 'Census', 'Day', 'Year', 'Decade', 'Summit', 'Forum',
  'Group', 'Friends', 'Union', 'Party', 'Parties', 'System', 'Agreement', 'Pact', 'Compact',
  // The same words in reports in French and Spanish, which name institutions in capitals too.
  'Pacte', 'Protocole', 'Loi', 'Comité', 'Programme', 'Stratégie', 'Déclaration', 'Charte', 'Statut', 'Traité',
  'Objectifs', 'Cour', 'Bureau', 'Médiateur', 'Défenseur', 'Organisation', 'Ministère', 'Conseil', 'Assemblée',
  'Fonds', 'Institut', 'Agence', 'Cadre', 'Politique', 'Mécanisme', 'Observatoire', 'Principes', 'Accord', 'Système',
  'Convención', 'Convenio', 'Pacto', 'Protocolo', 'Ley', 'Código', 'Programa', 'Estrategia', 'Declaración',
  'Carta', 'Estatuto', 'Tratado', 'Objetivos', 'Corte', 'Tribunal', 'Oficina', 'Defensor', 'Defensoría',
  'Comisión', 'Organización', 'Constitución', 'Ministerio', 'Consejo', 'Asamblea', 'Fondo', 'Instituto', 'Agencia',
  'Marco', 'Política', 'Mecanismo', 'Observatorio', 'Principios', 'Acuerdo', 'Sistema', 'Plan', 'Reglas', 'Normas'
])
const CONNECTORS = new Set(['of', 'and', 'the', 'da', 'de', 'del', 'dos', 'das', 'y', 'e', 'et', 'des', 'du', 'la', 'le', 'las', 'los', 'el', 'former'])

/** Whether a name reads like a UN short name of a State ("Bolivarian Republic of Venezuela", "Holy See"). */
export function looksLikeStateName(name: string): boolean {
  let known = NAME_CHECKS.get(name)
  if (known === undefined) {
    known = checkStateName(name)
    // A report repeats the same hundred names: remember the answers (bounded, for long-lived workers).
    if (NAME_CHECKS.size > 5000) NAME_CHECKS.clear()
    NAME_CHECKS.set(name, known)
  }
  return known
}

const NAME_CHECKS = new Map<string, boolean>()

function checkStateName(name: string): boolean {
  // A State the app knows, in English, French or Spanish ("République démocratique du Congo" has words in
  // lower case that the rule below would refuse).
  if (name.length <= 70 && /^(?:\p{Lu}|the\s)/u.test(name) && findState(name) !== undefined) return true
  if (name.length < 4 || name.length > 70 || /\d/.test(name)) return false
  const words = name.replace(/[()]/g, ' ').split(/\s+/).filter((w) => w !== '')
  const first = words[0]
  // "the former Yugoslav Republic of Macedonia" is printed with a lower-case "the".
  if (first === undefined || words.length > 10 || !/^(?:\p{Lu}|the\s+\p{Lu}|the former\b)/u.test(name)) return false
  for (const w of words) {
    if (STOP_WORDS.has(w)) return false
    const letters = w.replace(/[’'‐-]/g, '')
    if (letters.length >= 2 && /^\p{Lu}+$/u.test(letters)) return false
    if (/^\p{Lu}/u.test(w) || CONNECTORS.has(w) || /^d[’']\p{Lu}/u.test(w)) continue
    return false
  }
  return true
}

/** Index of the "(" matching the ")" at `close`, or -1. */
function matchingOpen(s: string, close: number): number {
  let depth = 0
  for (let i = close; i >= 0; i--) {
    const c = s[i]
    if (c === ')') depth++
    else if (c === '(') {
      depth--
      if (depth === 0) return i
    }
  }
  return -1
}

// UN short names with "and" in them; any other "A and B" in a list of States is two States.
const NAMES_WITH_AND = [
  'Antigua and Barbuda',
  'Bosnia and Herzegovina',
  'Saint Kitts and Nevis',
  'Saint Vincent and the Grenadines',
  'Sao Tome and Principe',
  'Trinidad and Tobago',
  'United Kingdom of Great Britain and Northern Ireland'
]
const AND_MARK = '\u0000'

// "and" between two States, in the three languages of the reports ("e" before a Spanish "i-" sound).
const AND_BETWEEN = /\s+(?:and|et|y|e)\s+/

function splitAnd(name: string): string[] {
  if (!AND_BETWEEN.test(name) || findState(name) !== undefined) return [name]
  let protectedName = name
  for (const n of NAMES_WITH_AND) protectedName = protectedName.split(n).join(n.replace(/ and /g, ` ${AND_MARK} `))
  const parts = protectedName.split(AND_BETWEEN).map((p) => p.split(AND_MARK).join('and').trim())
  return parts.length > 1 && parts.every((p) => looksLikeStateName(p)) ? parts : [name]
}

/** Splits "Senegal, Sierra Leone, Venezuela (Bolivarian Republic of), Peru" at top-level commas. */
export function splitStateNames(inner: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]
    if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    else if ((c === ',' || c === ';') && depth === 0) {
      parts.push(inner.slice(start, i))
      start = i + 1
    }
  }
  parts.push(inner.slice(start))
  const names: string[] = []
  for (const p of parts) {
    const name = normaliseSpace(p).replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').replace(/\*+$/, '')
    if (name === '') continue
    const last = names.length - 1
    // ", on behalf of the Group of ..." belongs to the name before it.
    if (last >= 0 && /^\p{Ll}/u.test(name) && !/^the\s/.test(name)) names[last] = `${names[last] ?? ''}, ${name}`
    else names.push(name)
  }
  return names.flatMap(splitAnd)
}

function couldBeStateList(inner: string): boolean {
  const t = normaliseSpace(inner)
  return t.length >= 4 && t.length <= 300 && /^(?:\p{Lu}|the\s)/u.test(t) && !/\d/.test(t) && !/^\p{Lu}{2,}$/u.test(t)
}

function isStateList(inner: string, known: ReadonlySet<string>): boolean {
  const names = splitStateNames(inner)
  return names.length > 0 && names.every((n) => known.has(n) || looksLikeStateName(n))
}

/** What is wrong with the States at the end of a text: unbalanced parentheses, or a name that is no State's. */
type StateProblem = { kind: 'unbalanced' } | { kind: 'name'; name: string }

interface TextAndStates {
  text: string
  states: string[]
  problems: StateProblem[]
}

/** Removes the trailing State groups of one text: "(Bangladesh) (Egypt)" -> ["Bangladesh", "Egypt"]. */
function takeTrailingStates(segment: string, known: ReadonlySet<string>): TextAndStates {
  let rest = segment.trimEnd().replace(/[;.,]+$/, '').trimEnd()
  const groups: string[][] = []
  const problems: StateProblem[] = []
  while (rest.endsWith(')')) {
    const open = matchingOpen(rest, rest.length - 1)
    if (open < 0) {
      problems.push({ kind: 'unbalanced' })
      break
    }
    const inner = rest.slice(open + 1, -1)
    const accepted = groups.length === 0 ? couldBeStateList(inner) : isStateList(inner, known)
    if (!accepted) break
    groups.unshift(splitStateNames(inner))
    rest = rest.slice(0, open).trimEnd()
    // "(Algeria), (Brazil)" or "(Algeria) and (Brazil)": drop the separator between two groups only.
    const sep = /\)\s*(?:,|and)$/.exec(rest)
    if (sep) rest = rest.slice(0, sep.index + 1)
  }
  const states = groups.flat()
  for (const s of states) if (!looksLikeStateName(s) && !known.has(s)) problems.push({ kind: 'name', name: s })
  const text = rest.replace(/[\s;,:]+$/, '').trim()
  // Early reports also name States inside the text: "To ratify (Spain)/consider ratifying (Argentina) the
  // Convention (Spain, Argentina) and accept the competence of the committee (Argentina)". A group whose
  // names are all States of this document's trailing parentheses counts too.
  if (states.length > 0 && known.size > 0 && text.includes('(')) {
    for (const inner of topLevelGroups(text)) {
      const names = splitStateNames(inner)
      if (names.length > 0 && names.every((n) => known.has(n))) for (const n of names) if (!states.includes(n)) states.push(n)
    }
  }
  return { text, states, problems }
}

/** The contents of the top-level parentheses of a text, in order. */
function topLevelGroups(s: string): string[] {
  const groups: string[] = []
  let depth = 0
  let start = -1
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '(') {
      if (depth === 0) start = i + 1
      depth++
    } else if (c === ')' && depth > 0) {
      depth--
      if (depth === 0 && start >= 0) groups.push(s.slice(start, i))
    }
  }
  return groups
}

/** The names in the last parentheses of a recommendation, when they can be States. */
function lastGroupNames(raw: string): string[] {
  const s = raw.trimEnd().replace(/[;.,]+$/, '').trimEnd()
  if (!s.endsWith(')')) return []
  const open = matchingOpen(s, s.length - 1)
  if (open < 0) return []
  const inner = s.slice(open + 1, -1)
  return couldBeStateList(inner) ? splitStateNames(inner) : []
}

/** Splits one numbered recommendation into its texts, each with the State(s) that made it. */
export function splitRecommendationTexts(raw: string, known: ReadonlySet<string> = new Set()): TextAndStates[] {
  const s = normaliseSpace(raw)
  // Most recommendations hold one text: a ";" before the final one is what marks several.
  if (!s.replace(/[\s;.,]+$/, '').includes(';')) return [takeTrailingStates(s, known)]
  const segments: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    else if (c === ';' && depth === 0) {
      const before = s.slice(start, i).trimEnd()
      const after = s.slice(i + 1).trim()
      if (before.endsWith(')') && after.replace(/[\s;.,]+/g, '') !== '') {
        const open = matchingOpen(before, before.length - 1)
        if (open >= 0 && isStateList(before.slice(open + 1, -1), known)) {
          segments.push(before)
          start = i + 1
        }
      }
    }
  }
  segments.push(s.slice(start).trim())
  return segments.map((seg) => takeTrailingStates(seg, known))
}

// ---------------------------------------------------------------------------------------------
// Section II, paragraph by paragraph.

interface Item {
  number: string
  line: number
  parts: string[]
}

interface Paragraph {
  number: number
  line: number
  intro: string[]
  items: Item[]
  lastSub: number
  bare: boolean
  implicit: boolean
  /** Unnumbered text after the paragraph's last complete recommendation ("With respect to ..."). */
  remarks: string[]
  remarkLine: number
  remarkAfter: string
}

class Warnings {
  readonly list: ImportWarning[] = []
  private readonly perKind = new Map<string, number>()

  /** Adds a warning of a kind (at most MAX_WARNINGS_PER_KIND of each): its code, values, English words and line. */
  add<C extends ImportMessageCode>(kind: string, code: C, values: ImportValues<C>, message: string, line?: number): void {
    const n = (this.perKind.get(kind) ?? 0) + 1
    this.perKind.set(kind, n)
    if (n === MAX_WARNINGS_PER_KIND + 1) {
      this.list.push(importWarning('report.moreLeftOut', {}, `More warnings like the ones above (${kind}) were left out.`))
    }
    if (n > MAX_WARNINGS_PER_KIND) return
    this.list.push(importWarning(code, values, message, line === undefined ? undefined : { line }))
  }
}

function excerpt(s: string, max = 90): string {
  const t = normaliseSpace(s)
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`
}

function findSectionStart(lines: CleanLine[]): { index: number; found: 'heading' | 'paragraph' | 'items' } | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    if (l === undefined) continue
    if (SECTION_HEADING.test(l.text)) return { index: i + 1, found: 'heading' }
    // Pasted text can run the heading into the first paragraph: "II. Conclusions ... recommendations 121. The".
    const runOn = HEADING_RUN_ON.exec(l.text)
    if (runOn?.[1] !== undefined) {
      lines[i] = { ...l, text: runOn[1] }
      return { index: i, found: 'heading' }
    }
  }
  // No heading (an excerpt pasted without it): the first numbered paragraph about recommendations that is
  // followed by its own "<n>.1".
  for (let i = 0; i < lines.length; i++) {
    const m = PARAGRAPH.exec(lines[i]?.text ?? '')
    if (!m) continue
    const n = m[1] ?? ''
    let intro = m[2] ?? ''
    for (let j = i + 1; j < Math.min(lines.length, i + 15); j++) {
      const t = lines[j]?.text ?? ''
      if (new RegExp(`^${n}\\.1\\.?(?:\\s|$)`).test(t)) {
        if (RECOMMENDATION_WORD.test(intro) && positionFromIntroduction(intro) !== null) return { index: i, found: 'paragraph' }
        break
      }
      intro += ' ' + t
    }
  }
  // Only the list itself was pasted: "140.1 ..." followed by "140.2 ...".
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\d{1,4})\.1\.?\s+\S/.exec(lines[i]?.text ?? '')
    if (!m) continue
    const second = new RegExp(`^${m[1] ?? ''}\\.2\\.?\\s+\\S`)
    for (let j = i + 1; j < Math.min(lines.length, i + 15); j++) if (second.test(lines[j]?.text ?? '')) return { index: i, found: 'items' }
  }
  return null
}

function splitRunOnLines(lines: readonly CleanLine[]): CleanLine[] {
  const out: CleanLine[] = []
  for (const l of lines) {
    if (!RUN_ON.test(l.text)) {
      out.push(l)
      continue
    }
    for (const piece of l.text.split(RUN_ON)) out.push({ ...l, text: piece.trim() })
  }
  return out
}

function looksLikeIntroduction(text: string): boolean {
  return RECOMMENDATION_WORD.test(text) && (positionFromIntroduction(text) !== null || CLOSING.test(text))
}

/** Walks section II and groups its lines into paragraphs and numbered items. */
function readSection(lines: readonly CleanLine[], warnings: Warnings): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let para: Paragraph | null = null
  let item: Item | null = null
  let preamble: string[] = []
  let closed = false
  // A blank line before the current one, and whether the lines now read are a remark after the list.
  let gap = false
  let remark = false

  const startParagraph = (number: number, line: number, intro: string[], implicit: boolean): Paragraph => {
    const p: Paragraph = { number, line, intro, items: [], lastSub: 0, bare: false, implicit, remarks: [], remarkLine: 0, remarkAfter: '' }
    paragraphs.push(p)
    item = null
    return p
  }

  for (const l of lines) {
    const text = l.text
    if (text === '') {
      gap = true
      continue
    }
    const afterGap = gap
    gap = false
    if (SECTION_END.test(text) && text.length < 90) break

    const dotted = DOTTED_ITEM.exec(text)
    if (dotted) {
      const p = Number(dotted[1])
      const sub = Number(dotted[2])
      const rest = dotted[3] ?? dotted[4] ?? ''
      let target: Paragraph | null = para
      if (target === null || (p !== target.number && p > target.number && p <= target.number + 10 && !closed)) {
        // (Without any paragraph before, the missing introduction is reported with the position.)
        if (target !== null) {
          warnings.add('no-intro', 'report.noIntroFor', { paragraph: p }, `Recommendations numbered ${p}.x start without a paragraph ${p} introducing them.`, l.line)
        }
        target = startParagraph(p, l.line, target === null ? preamble : [], true)
        preamble = []
        para = target
      }
      if (p === target.number && !closed) {
        if (sub !== target.lastSub + 1) {
          if (target.lastSub === 0) {
            warnings.add('sequence', 'report.startsNotAtOne', { paragraph: p, number: `${p}.${sub}`, first: `${p}.1` }, `Paragraph ${p} starts at ${p}.${sub}, not ${p}.1.`, l.line)
          } else {
            warnings.add(
              'sequence',
              'report.notConsecutive',
              { number: `${p}.${sub}`, previous: `${p}.${target.lastSub}` },
              `Recommendation ${p}.${sub} follows ${p}.${target.lastSub}: the numbers are not consecutive.`,
              l.line
            )
          }
        }
        target.lastSub = sub
        const newItem: Item = { number: `${p}.${sub}`, line: l.line, parts: rest === '' ? [] : [rest] }
        target.items.push(newItem)
        item = newItem
        remark = false
        continue
      }
    }

    const numbered = PARAGRAPH.exec(text)
    if (numbered) {
      const n = Number(numbered[1])
      const rest = numbered[2] ?? ''
      const current: Paragraph | null = para
      const canBeBare =
        current !== null &&
        !closed &&
        (current.items.length === 0 || current.bare) &&
        n === current.lastSub + 1 &&
        !looksLikeIntroduction(rest) &&
        positionFromIntroduction(current.intro.join(' ')) !== null
      if (canBeBare) {
        if (!current.bare) {
          current.bare = true
          warnings.add(
            'bare',
            'report.bareNumbers',
            { paragraph: current.number },
            `Paragraph ${current.number} numbers its recommendations 1, 2, 3 ...: they are read as ${current.number}.1, ${current.number}.2 ...`,
            l.line
          )
        }
        current.lastSub = n
        const newItem: Item = { number: `${current.number}.${n}`, line: l.line, parts: [rest] }
        current.items.push(newItem)
        item = newItem
        remark = false
        continue
      }
      if (current === null || (n > current.number && n <= current.number + 10)) {
        remark = false
        para = startParagraph(n, l.line, [rest], false)
        if (CLOSING.test(rest)) closed = true
        continue
      }
    }

    if (closed) continue
    const open: Item | null = item
    const current: Paragraph | null = para
    if (current !== null && open !== null && (remark || (afterGap && endsWithStates(open)))) {
      // Older reports print a remark after the list, set apart by a blank line ("With respect to special
      // procedures, Algeria will consider ..."): it is not part of the last recommendation.
      if (!remark) {
        remark = true
        current.remarkLine = l.line
        current.remarkAfter = open.number
      }
      current.remarks.push(text)
    } else if (open !== null) open.parts.push(text)
    else if (current !== null) current.intro.push(text)
    else preamble.push(text)
  }
  return paragraphs
}

/** Whether a recommendation already reads complete: its States in parentheses, then a full stop. */
function endsWithStates(it: Item): boolean {
  const last = it.parts[it.parts.length - 1] ?? ''
  if (!/\)\s*\d{0,2}\s*\.\s*$/.test(last)) return false
  const names = lastGroupNames(withoutFootnoteMarks(joinLines(it.parts)))
  return names.length > 0 && names.every((n) => looksLikeStateName(n))
}

// A footnote number printed after the States ("(Costa Rica)2;", "(Belgium); 1", "(Switzerland);3"), or glued
// to the last word before them ("xenophobia1 (Russian Federation);").
const MARK_AFTER_STATES = /\)\s*(?:\d{1,2}\s*([;.,]?)|([;.,])\s*\d{1,2})\s*$/
const MARK_BEFORE_STATES = /(\p{Ll}{2})\d{1,2}(\s+\([^()]+\)\s*[;.,]?\s*)$/u

/** Removes footnote numbers printed beside the recommending States at the end of a recommendation. */
export function withoutFootnoteMarks(raw: string): string {
  let s = raw
  // Most recommendations have no mark: look for a digit near the end, or before the last " (", first.
  if (/\d/.test(s.slice(-6))) {
    const after = MARK_AFTER_STATES.exec(s)
    if (after && lastGroupNames(s.slice(0, after.index + 1)).length > 0) s = `${s.slice(0, after.index + 1)}${after[1] ?? after[2] ?? ''}`
  }
  const open = s.lastIndexOf(' (')
  const c = open > 0 ? s.charCodeAt(open - 1) : 0
  if (c >= 0x30 && c <= 0x39) {
    const before = MARK_BEFORE_STATES.exec(s)
    const names = before ? lastGroupNames(s) : []
    if (before && names.length > 0 && names.every((n) => looksLikeStateName(n))) s = `${s.slice(0, before.index)}${before[1] ?? ''}${before[2] ?? ''}`
  }
  return s
}

// A paragraph or recommendation number alone on its line ("111.", "1.", "97.1.", "97.1"), its text on the next.
const LONE_NUMBER = /^\d{1,4}\.(?:\d{1,4}\.?)?$/
const NUMBERED_START = /^\d{1,4}\.(?:\d{1,4}\.?)?(?:\s|$)/

/** Joins a number printed alone on its line to the text that follows it (across up to two blank lines). */
export function joinLoneNumbers(lines: CleanLine[]): CleanLine[] {
  let out: CleanLine[] | null = null
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]
    if (l === undefined) continue
    if (l.text.length <= 10 && LONE_NUMBER.test(l.text)) {
      let j = i + 1
      while (j < lines.length && j <= i + 2 && lines[j]?.text === '') j++
      const next = lines[j]
      if (next !== undefined && next.text !== '' && !NUMBERED_START.test(next.text)) {
        out ??= lines.slice(0, i)
        out.push({ ...l, text: `${l.text} ${next.text}` })
        i = j
        continue
      }
    }
    out?.push(l)
  }
  return out ?? lines
}

/** Text of section II outside any list: a paragraph without recommendations, or a remark after a list. */
interface Statement {
  paragraph: number
  line: number
  text: string
  /** For a remark: the recommendation it follows; null for a paragraph of its own. */
  after: string | null
}

/** The note kept on a recommendation whose State says it is already implemented or under way. */
function implementationNote(claim: string, label: string, paragraph: number): string {
  return `The State under review considers this recommendation ${claim} (${label} para. ${paragraph}).`
}

/**
 * The recommendation numbers a text refers to, as printed in this section: "Nos. 93.2, 93.3", "109. 10",
 * "from 126.1. to 126.15.", "93.2-93.5", "93.2–5", "paragraph 103, No. 7". `lists` gives each paragraph
 * with recommendations and its last number; other numbers (dates, resolutions) are not references.
 */
export function referencedNumbers(text: string, lists: ReadonlyMap<number, number>): { found: string[]; missing: string[] } {
  // Sets keep the order of first mention and stay linear on a long, hostile paragraph.
  const found = new Set<string>()
  const missing = new Set<string>()
  const add = (paragraph: number, from: number, to: number): void => {
    const last = lists.get(paragraph)
    if (last === undefined || to < from || to - from > 999) return
    for (let n = from; n <= to; n++) (n >= 1 && n <= last ? found : missing).add(`${paragraph}.${n}`)
  }
  for (const m of text.matchAll(/\bparagraphs?\s+(\d{1,4}),?\s+(?:recommendations?\s+)?Nos?\.?\s*(\d{1,4}(?:\s*(?:,|and|to|[-–])\s*\d{1,4})*)/gi)) {
    const paragraph = Number(m[1])
    for (const part of (m[2] ?? '').split(/\s*(?:,|and)\s*/)) {
      const [a, b] = part.split(/\s*(?:to|[-–])\s*/).map(Number)
      if (a !== undefined && !Number.isNaN(a)) add(paragraph, a, b !== undefined && !Number.isNaN(b) ? b : a)
    }
  }
  for (const m of text.matchAll(/\b(\d{1,4})\.\s?(\d{1,4})\b\.?(?:\s*(?:-|–|to)\s*(?:(\d{1,4})\.\s?)?(\d{1,4})\b)?/g)) {
    const paragraph = Number(m[1])
    const from = Number(m[2])
    const toParagraph = m[3] !== undefined ? Number(m[3]) : paragraph
    const to = m[4] !== undefined && toParagraph === paragraph ? Number(m[4]) : from
    add(paragraph, from, to)
  }
  return { found: [...found], missing: [...missing] }
}

function listNumbers(numbers: readonly string[]): string {
  return numbers.length <= 12 ? numbers.join(', ') : `${numbers.slice(0, 12).join(', ')} … (${numbers.length} in all)`
}

/**
 * Applies what paragraphs without a list of their own say about recommendations above: a position ("did not
 * enjoy the support"), and the State's word that they are already implemented or under way (kept as a note).
 * Says what it changed, and what it could not use.
 */
function applyStatements(
  statements: readonly Statement[],
  recommendations: ParsedRecommendation[],
  paragraphs: readonly Paragraph[],
  label: string,
  warnings: Warnings
): void {
  if (statements.length === 0) return
  const lists = new Map<number, number>()
  for (const p of paragraphs) if (p.items.length > 0) lists.set(p.number, p.lastSub)
  const byNumber = new Map<string, ParsedRecommendation[]>()
  for (const r of recommendations) {
    if (r.number === null) continue
    const list = byNumber.get(r.number)
    if (list) list.push(r)
    else byNumber.set(r.number, [r])
  }
  for (const st of statements) {
    const where = st.after !== null ? `The text after recommendation ${st.after}` : `Paragraph ${st.paragraph}`
    const whereValue = nested(st.after !== null ? importMessage('report.whereAfter', { number: st.after }) : importMessage('report.whereParagraph', { paragraph: st.paragraph }))
    const position = positionFromIntroduction(st.text)
    const refs = referencedNumbers(st.text, lists)
    const found = refs.found.filter((n) => byNumber.has(n))
    const missing = [...refs.missing, ...refs.found.filter((n) => !byNumber.has(n))]
    if (missing.length > 0) {
      warnings.add(
        'reference',
        'report.referenceMissing',
        { where: whereValue, numbers: listNumbers(missing) },
        `${where} names recommendations that are not listed in section II: ${listNumbers(missing)}.`,
        st.line
      )
    }
    if (found.length === 0) {
      if (missing.length > 0) continue
      if (st.after !== null) {
        warnings.add('remark', 'report.remarkLeftOut', { number: st.after, excerpt: excerpt(st.text) }, `${where} is not part of it and was left out: "${excerpt(st.text)}".`, st.line)
      } else if (position !== null) {
        warnings.add(
          'no-items',
          'report.positionWithoutList',
          { paragraph: st.paragraph, position: { position }, excerpt: excerpt(st.text) },
          `Paragraph ${st.paragraph} gives a position (${position}) but lists no recommendations of its own: "${excerpt(st.text)}". Not applied.`,
          st.line
        )
      } else {
        warnings.add(
          'no-items',
          'report.paragraphNotUnderstood',
          { paragraph: st.paragraph, excerpt: excerpt(st.text) },
          `Paragraph ${st.paragraph} of section II was not understood: "${excerpt(st.text)}".`,
          st.line
        )
      }
      continue
    }
    if (position === null) {
      const one = found.length === 1
      warnings.add(
        'comment',
        'report.commentWithoutPosition',
        { where: whereValue, count: found.length, numbers: listNumbers(found) },
        `${where} comments on recommendation${one ? '' : 's'} ${listNumbers(found)} without giving a position: ${one ? 'its position is' : 'their positions are'} unchanged.`,
        st.line
      )
      continue
    }
    const claim = position === 'supported' ? implementationClaim(st.text) : null
    const note = claim !== null ? implementationNote(claim, label, st.paragraph) : null
    const changed: string[] = []
    const before = new Set<Position>()
    for (const n of found) {
      for (const r of byNumber.get(n) ?? []) {
        if (r.position !== position) {
          before.add(r.position)
          r.position = position
          r.positionSource = `${label} para. ${st.paragraph}`
          if (!changed.includes(n)) changed.push(n)
        }
        if (note !== null && !(r.note ?? '').includes(note)) r.note = r.note ? `${r.note} ${note}` : note
      }
    }
    if (changed.length > 0) {
      const message = `${where} gives ${listNumbers(changed)} as ${position}${claim !== null ? ` (the State considers them ${claim})` : ''}, not ${[...before].join(' or ')} as listed above: applied.`
      const common = { where: whereValue, numbers: listNumbers(changed), position: { position }, before: positionsOr([...before]) }
      if (claim === null) warnings.add('later', 'report.laterPosition', common, message, st.line)
      else warnings.add('later', 'report.laterPositionClaim', { ...common, claim: nested(claimMessage(claim)) }, message, st.line)
    }
  }
}

/** "supported or noted", as a value: positions joined with "or" (nested, so each is translated). */
function positionsOr(positions: readonly Position[]): MessageValue {
  const [first, ...rest] = positions
  if (first === undefined) return ''
  if (rest.length === 0) return { position: first }
  return nested(importMessage('report.positionsOr', { first: { position: first }, second: positionsOr(rest) }))
}

/** The implementation claim as a message ("already implemented or in the process of implementation"). */
function claimMessage(claim: string) {
  if (claim === 'already implemented') return importMessage('report.claimAlready', {})
  if (claim === 'in the process of implementation') return importMessage('report.claimUnderway', {})
  return importMessage('report.claimBoth', {})
}

function sourceLabel(source: SourceInfo): string {
  return source.symbol ?? source.fileName
}

/** Parses a Working Group report's section II into recommendations with positions and States. */
export function parseWorkingGroupReport(text: string, fileName: string): ParseResult {
  const source: SourceInfo = {
    kind: 'wg-report',
    fileName,
    symbol: null,
    stateUnderReviewName: null,
    session: null,
    cycle: null
  }
  const warnings = new Warnings()
  const recommendations: ParsedRecommendation[] = []
  try {
    const input = typeof text === 'string' ? text : ''
    if (input.trim() === '') {
      warnings.add('empty', 'text.empty', {}, 'The text is empty: there is nothing to import.')
      return { source, recommendations, warnings: warnings.list }
    }
    const cleaned = cleanReportText(input)
    source.symbol = detectDocumentSymbol(input)
    if (source.symbol !== null && /\/Add\.\d/.test(source.symbol)) {
      warnings.add('kind', 'report.isAddendum', { symbol: source.symbol }, `${source.symbol} is an addendum, not the report itself: import it as the addendum.`)
    }
    source.stateUnderReviewName = detectStateUnderReview(cleaned.lines)

    const lines = joinLoneNumbers([...cleaned.lines])
    const start = findSectionStart(lines)
    const before = lines.slice(0, start?.index ?? lines.length).map((l) => l.text)
    source.session = detectWorkingGroupSession(joinLines(before.slice(0, 400)))
    source.cycle = source.session !== null ? cycleOfSession(source.session) : null

    if (start === null) {
      warnings.add(
        'no-section',
        'report.noSection',
        {},
        'No section "II. Conclusions and/or recommendations" was found, and no numbered recommendations: is this a Working Group report?'
      )
      return { source, recommendations, warnings: warnings.list }
    }
    if (start.found === 'items') {
      const at = lines[start.index]
      warnings.add(
        'no-heading',
        'report.noHeadingNoIntro',
        {},
        'Neither the heading "II. Conclusions and/or recommendations" nor an introduction was found: reading the numbered recommendations alone.',
        at?.line
      )
    }
    if (start.found === 'paragraph') {
      const at = lines[start.index]
      warnings.add(
        'no-heading',
        'report.noHeading',
        {},
        'The heading "II. Conclusions and/or recommendations" is missing: reading from the first paragraph of recommendations.',
        at?.line
      )
    }

    const sectionLines = splitRunOnLines(lines.slice(start.index))
    const paragraphs = readSection(sectionLines, warnings)
    const label = sourceLabel(source)

    // First pass: the last parenthesis of every recommendation names States; learn those names so that
    // earlier groups and "; " boundaries between several texts can be recognised by them.
    const joined = new Map<Item, string>()
    const known = new Set<string>()
    for (const p of paragraphs) {
      for (const it of p.items) {
        const raw = withoutFootnoteMarks(joinLines(it.parts, cleaned.vocabulary))
        joined.set(it, raw)
        for (const s of lastGroupNames(raw)) known.add(s)
      }
    }

    // Paragraphs without a list of their own, and remarks after a list, may say something about
    // recommendations above ("X considers that recommendations Nos. 93.2, 93.3 above have already been
    // implemented"): read once every recommendation is known.
    const statements: Statement[] = []
    for (const p of paragraphs) {
      const intro = joinLines(p.intro, cleaned.vocabulary)
      if (p.remarks.length > 0) {
        statements.push({ paragraph: p.number, line: p.remarkLine, text: joinLines(p.remarks, cleaned.vocabulary), after: p.remarkAfter })
      }
      if (CLOSING.test(intro)) continue
      let position = positionFromIntroduction(intro)
      if (p.items.length === 0) {
        if (intro !== '') statements.push({ paragraph: p.number, line: p.line, text: intro, after: null })
        continue
      }
      if (position === null) {
        if (intro === '') {
          warnings.add('position', 'report.noIntroduction', { paragraph: p.number }, `No introduction says which position recommendations ${p.number}.x have: marked pending.`, p.line)
        } else {
          warnings.add(
            'position',
            'report.unclearPosition',
            { paragraph: p.number, excerpt: excerpt(intro) },
            `Could not tell the position of recommendations ${p.number}.x from "${excerpt(intro)}": marked pending.`,
            p.line
          )
        }
        position = 'pending'
      }
      const claim = position === 'supported' ? implementationClaim(intro) : null
      const note = claim !== null ? implementationNote(claim, label, p.number) : null
      for (const it of p.items) {
        const raw = joined.get(it) ?? ''
        if (raw === '') {
          warnings.add('empty-item', 'report.noText', { number: it.number }, `Recommendation ${it.number} has no text.`, it.line)
          continue
        }
        for (const piece of splitRecommendationTexts(raw, known)) {
          if (piece.text === '') warnings.add('empty-item', 'report.noTextBeforeStates', { number: it.number }, `Recommendation ${it.number} has no text before its States.`, it.line)
          if (piece.states.length === 0) {
            warnings.add(
              'no-state',
              'report.noState',
              { number: it.number, excerpt: excerpt(piece.text, 60) },
              `Recommendation ${it.number} does not end with a recommending State in parentheses: "${excerpt(piece.text, 60)}".`,
              it.line
            )
          }
          for (const problem of piece.problems) {
            if (problem.kind === 'unbalanced') {
              warnings.add('state-name', 'report.unbalancedParentheses', { number: it.number }, `Recommendation ${it.number}: unbalanced parentheses at the end of the text.`, it.line)
            } else {
              warnings.add(
                'state-name',
                'report.notAStateName',
                { number: it.number, name: problem.name },
                `Recommendation ${it.number}: "${problem.name}" does not read like a State name.`,
                it.line
              )
            }
          }
          recommendations.push({
            number: it.number,
            text: piece.text,
            recommendingStatesRaw: piece.states,
            position,
            stateUnderReviewName: source.stateUnderReviewName,
            session: source.session,
            positionSource: `${label} para. ${p.number}`,
            ...(note !== null ? { note } : {}),
            at: { line: it.line }
          })
        }
      }
    }
    applyStatements(statements, recommendations, paragraphs, label, warnings)
    if (recommendations.length === 0) {
      warnings.add('none', 'report.none', {}, 'Section II was found but no numbered recommendations could be read from it.', lines[start.index]?.line)
    }
  } catch (e) {
    // Never throw on input: an unexpected failure is reported like any other problem.
    const detail = e instanceof Error ? e.message : String(e)
    warnings.add('internal', 'text.internal', { detail }, `The report could not be read completely (${detail}).`)
  }
  return { source, recommendations, warnings: warnings.list }
}
