/**
 * Reads the State's positions from the addendum to a Working Group report (A/HRC/<n>/<m>/Add.1) and
 * applies them to the report's pending recommendations.
 *
 * Positions are read from sentences that name a position ("accepts the following recommendations",
 * "notes recommendations", "takes note of", "are supported", "supports in part" ...) followed or
 * preceded by a list: `140.7, 140.8`, `122.17-18`, `122.34- 35`, `122.14– 15`, `140.120, 209` (209
 * continues paragraph 140), `140.35. 140.36`, and bare numbers `1–5, 14–16` right after the word
 * "recommendations". Tables ("140.1  Supported") are read too. Cross-references without a position
 * word ("See recommendations 122.95–96") are ignored.
 *
 * Addenda in French and Spanish read the same way: "accepte les recommandations 140.1 et 140.2", "prend
 * note de", "Recommandation 140.3 : acceptée" under "Réponses aux recommandations"; "acepta las
 * recomendaciones 140.1 y 140.2", "toma nota de", "140.3 Aceptada" under "Respuestas a las recomendaciones".
 *
 * Bare numbers: resolved to `<paragraph>.<n>` when the addendum names the paragraph ("The serial numbers
 * of recommendations follow the list in paragraph 115"), or when `options.knownNumbers` (the report's
 * numbers) makes the match unique; otherwise they are returned bare ("7") with a warning, and
 * `applyAddendum` resolves them against the report, preferring pending recommendations.
 */
import type { Position } from '../domain/model'
import type { CodedText } from '../domain/coded-message'
import { importText, importWarning } from './messages'
import type { AddendumResult, ImportWarning, ParseResult, ParsedRecommendation, SourceInfo, SourceLocation } from './types'
import {
  cleanReportText,
  detectDocumentSymbol,
  detectStateUnderReview,
  detectStatedCycle,
  joinLines,
  normaliseSpace,
  type CleanLine,
  type Vocabulary
} from './report-text'

export interface AddendumOptions {
  /** The report's recommendation numbers ("115.1" ...), used to resolve bare numbers such as "7". */
  knownNumbers?: readonly string[]
}

export interface AddendumChange {
  number: string
  from: Position
  to: Position
}

export interface ApplyAddendumResult {
  /** The report with the addendum's positions set; `result.warnings` are the report's own, unchanged. */
  result: ParseResult
  changes: AddendumChange[]
  /** What the merge found: numbers not in the report, recommendations left pending, totals that disagree. */
  warnings: ImportWarning[]
}

// ---------------------------------------------------------------------------------------------
// Lists of numbers.

const NUM = String.raw`\d{1,4}(?:\.\d{1,4})?`
// "to" between the ends of a range, in the three languages: "140.1 to 140.5", "140.1 à 140.5", "140.1 a 140.5".
const RANGE_TO = String.raw`\s+(?:to|à|au|a)\s+`
const RANGE = String.raw`${NUM}(?:\s*[-–—‐]\s*${NUM}|${RANGE_TO}${NUM})?`
// "," ";" "and" ("et", "y"), a typo'd full stop before another dotted number ("140.35. 140.36"), or only a
// space before a dotted number.
const SEP = String.raw`(?:\s*(?:,|;|\band\b|\bet\b|\by\b|\.(?=\s*\d{1,4}\.\d))\s*(?:(?:and|et|y)\s+)?|\s+(?=\d{1,4}\.\d))`
const RUN = new RegExp(String.raw`(?<![\w.\/])${RANGE}(?:${SEP}${RANGE})*(?![\w\/])`, 'g')
const TRIGGER = new RegExp(
  String.raw`(?:\b(?:recommendations?|recs?\.?)(?:\s+(?:the\s+following|following|listed\s+below|below|nos?\.|numbers?|numbered|contained|listed|set\s+out|in|of|from|under|paragraphs?|paras?\.?|\d{1,4}))*` +
    String.raw`|(?<![\p{L}])(?:recommandations?|recomendaci(?:ón|ones))(?:\s+(?:suivantes?|ci-après|énumérées|figurant|contenues|nos?|n°s?|numéros?|siguientes?|que|figuran|a|continuación|números?|núms?\.?|du|de|des|del|la|las|los|dans|au|en|paragraphes?|párrafos?|par\.|párr\.|\d{1,4}))*)\s*[:(]?\s*$`,
  'iu'
)

/** Where a recommendation number sits in the addendum text. */
interface NumberToken {
  paragraph: string | null
  sub: number
}

/**
 * Expands a list such as "122.17-18, 122.34- 35, 140.120, 209" into single numbers. Bare numbers
 * after a dotted one continue its paragraph; with no paragraph at all they stay bare ("7").
 */
export function expandNumberList(list: string, paragraph: string | null = null): { numbers: string[]; problems: CodedText[] } {
  const numbers: string[] = []
  const problems: CodedText[] = []
  let current = paragraph
  const items = list.match(new RegExp(RANGE, 'g')) ?? []
  for (const item of items) {
    const ends = item.split(/\s*[-–—‐]\s*|\s+(?:to|à|au|a)\s+/)
    const first = parseToken(ends[0] ?? '', current)
    if (first === null) continue
    current = first.paragraph
    const last = ends.length > 1 ? parseToken(ends[1] ?? '', current) : first
    if (last === null) continue
    let endSub = last.sub
    if (last.paragraph !== first.paragraph) {
      problems.push(importText('addendum.rangeSpansParagraphs', { range: item }, `the range "${item}" spans two paragraphs`))
      continue
    }
    if (endSub < first.sub) {
      // "122.118-20" abbreviates 122.118-120.
      const digits = String(endSub).length
      const completed = Number(String(first.sub).slice(0, -digits) + String(endSub).padStart(digits, '0'))
      if (completed > first.sub && String(endSub).length < String(first.sub).length) endSub = completed
      else {
        problems.push(importText('addendum.rangeBackwards', { range: item }, `the range "${item}" goes backwards`))
        continue
      }
    }
    if (endSub - first.sub > 400) {
      problems.push(importText('addendum.rangeTooLong', { range: item }, `the range "${item}" is implausibly long`))
      continue
    }
    for (let n = first.sub; n <= endSub; n++) numbers.push(first.paragraph === null ? String(n) : `${first.paragraph}.${n}`)
  }
  return { numbers, problems }
}

function parseToken(token: string, paragraph: string | null): NumberToken | null {
  const m = /^(\d{1,4})(?:\.(\d{1,4}))?$/.exec(token.trim())
  if (!m) return null
  if (m[2] !== undefined) return { paragraph: String(Number(m[1])), sub: Number(m[2]) }
  return { paragraph, sub: Number(m[1]) }
}

// ---------------------------------------------------------------------------------------------
// Position words.

// Words (and phrases) are bounded by letters, not by \b, which ends at an accented letter ("acceptée").
const B = String.raw`(?<![\p{L}])`
const E = String.raw`(?![\p{L}])`
// Position words in French and Spanish: in part, then refusals ("n'accepte pas" before "accepte"), then support.
const PARTIAL_FR_ES = String.raw`(?:acceptée?s?|appuyée?s?|soutenue?s?|accepte|appuie|soutient|aceptada?s?|apoyada?s?|acepta|apoya)\s+(?:en\s+partie|partiellement|en\s+parte|parcialmente)|(?:partiellement|parcialmente)\s+(?:acceptée?s?|appuyée?s?|aceptada?s?|apoyada?s?)`
const NOTED_FR_ES = String.raw`(?:en\s+a\s+pris|a\s+pris|prend|prennent|tomó|ha\s+tomado|se\s+toma|toma)\s+(?:bonne\s+)?(?:note|nota)|prises?\s+en\s+note|notée?s?|n['’](?:accepte|appuie|approuve)\s+pas|ne\s+(?:peut|peuvent)\s+pas\s+(?:accepter|appuyer)|non\s+(?:acceptée?s?|appuyée?s?)|rejet(?:te|tées?|ée)|no\s+(?:acepta|apoya|aceptada?s?|apoyada?s?)|no\s+(?:puede|pueden)\s+(?:aceptar|apoyar)|anotada?s?|rechaza(?:da?s?)?|ne\s+recueillent\s+pas|no\s+cuentan\s+con\s+el\s+apoyo`
const SUPPORTED_FR_ES = String.raw`acceptée?s?|accepte(?:nt)?|appuyée?s?|appuie(?:nt)?|soutenue?s?|soutient|recueillent\s+(?:son|l['’])\s*(?:adhésion|appui|soutien)|aceptada?s?|acepta(?:n)?|apoyada?s?|apoya(?:n)?|cuentan\s+con\s+(?:el|su)\s+apoyo`
const KEYWORDS = new RegExp(
  String.raw`${B}(?:${PARTIAL_FR_ES})${E}|\b(?:(?:supports?|supported|accepts?|accepted)\s+(?:\w+\s+)?(?:in\s+part|partially)|partial(?:ly)?\s+(?:supports?|supported|accepts?|accepted)|partial\s+support|supported\s*\/\s*noted)\b` +
    String.raw`|${B}(?:${NOTED_FR_ES})${E}|\b(?:notes|noted|takes?\s+note|taking\s+note|does\s+not\s+(?:support|accept)|do\s+not\s+(?:support|accept)|cannot\s+(?:support|accept)|not\s+(?:supported|accepted)|rejects?|rejected|did\s+not\s+enjoy)\b` +
    String.raw`|${B}(?:${SUPPORTED_FR_ES})${E}|\b(?:accepts?|accepted|supports?|supported|enjoys?\s+the\s+support|agrees?\s+(?:with|to))(?![\p{L}])`,
  'giu'
)

/** The position a position word gives, in English, French or Spanish. */
function keywordPosition(word: string): Position {
  const w = word.toLowerCase()
  if (/part|partial|partiel|parcial|\//.test(w)) return 'supported-in-part'
  if (/note|nota|not\b|reject|rejet|rechaz|cannot|did not|^n['’]|^ne\s|^non\s|^no\s/.test(w)) return 'noted'
  return 'supported'
}

// Position labels of a table, or of an answer given number by number, in the three languages.
const ROW_WORDS = String.raw`supported in part|partially supported|supported\s*\/\s*noted|supported|accepted|noted|not supported|rejected|acceptée?s?\s+(?:en\s+partie|partiellement)|partiellement\s+acceptée?s?|acceptée?s?|appuyée?s?|non\s+acceptée?s?|notée?s?|prises?\s+en\s+note|rejetée?s?|aceptada?s?\s+(?:en\s+parte|parcialmente)|apoyada?s?\s+(?:en\s+parte|parcialmente)|parcialmente\s+aceptada?s?|aceptada?s?|apoyada?s?|no\s+aceptada?s?|anotada?s?|se\s+toma\s+nota|rechazada?s?`
// A table whose position column follows the text column: "140.1 Ratify the Convention ... Supported".
const ROW_END_POSITION = new RegExp(String.raw`\s(${ROW_WORDS})\.?$`, 'iu')
// "140.1   Supported", and an answer number by number: "Recommandation 140.1 : acceptée.", "140.2 Aceptada".
const TABLE_ROW = new RegExp(
  String.raw`^(?:(?:Recommendations?|Recommandations?|Recomendaci(?:ón|ones))\s+)?(${RANGE}(?:${SEP}${RANGE})*)\s*(?::|–|—)?\s+(${ROW_WORDS})(?![\p{L}])`,
  'iu'
)

// ---------------------------------------------------------------------------------------------
// Blocks and sentences.

interface Block {
  paragraph: number | null
  lines: CleanLine[]
  text: string
}

const NUMBERED_PARAGRAPH = /^(\d{1,3})\.\s+(\S.*)$/

function readBlocks(lines: readonly CleanLine[], vocabulary: Vocabulary): Block[] {
  const blocks: Block[] = []
  let cur: { paragraph: number | null; lines: CleanLine[]; parts: string[] } | null = null
  let lastParagraph = 0
  const flush = (): void => {
    if (cur !== null && cur.parts.length > 0) blocks.push({ paragraph: cur.paragraph, lines: cur.lines, text: joinLines(cur.parts, vocabulary) })
    cur = null
  }
  let previous = ''
  for (const l of lines) {
    if (l.text === '') {
      flush()
      previous = ''
      continue
    }
    const m = NUMBERED_PARAGRAPH.exec(l.text)
    const n = m ? Number(m[1]) : NaN
    // A new paragraph is the next number in sequence (any number for the first one: the text may be an
    // excerpt), not a list wrapped onto a new line ("161. ").
    if (m && (n === lastParagraph + 1 || (lastParagraph === 0 && n < 1000)) && !/[,–-]$|\band$/.test(previous)) {
      flush()
      lastParagraph = n
      cur = { paragraph: n, lines: [l], parts: [m[2] ?? ''] }
    } else if (cur === null) {
      cur = { paragraph: null, lines: [l], parts: [l.text] }
    } else {
      cur.lines.push(l)
      cur.parts.push(l.text)
    }
    previous = l.text
  }
  flush()
  return blocks
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}“"(])/u).filter((s) => s.trim() !== '')
}

function lineOf(block: Block, needle: string): number | undefined {
  const head = needle.slice(0, 12)
  for (const l of block.lines) if (l.text.includes(head)) return l.line
  return block.lines[0]?.line
}

// ---------------------------------------------------------------------------------------------
// Stated totals.

type Totals = NonNullable<SourceInfo['statedTotals']>

/**
 * Reads "217 are supported and 37 noted", "accepts 142 recommendations", "contains 215
 * recommendations". Addenda often give parts and totals together ("58 were immediately supported ...
 * of which 124 are now supported"; or "6 supported in the report ... 8 now ... 14 in total"): the
 * figures are combined so that supported + noted (+ supported in part) matches the stated total when
 * one is given; otherwise a figure equal to the sum of the others is taken as their total.
 */
function readStatedTotals(sentences: readonly string[]): Totals | undefined {
  const supported = new Set<number>()
  const noted = new Set<number>()
  const partial = new Set<number>()
  const totals: number[] = []
  const aux = String.raw`(?:(?:were|are|have\s+been|has\s+been|was|is|will\s+be)\s+)?(?:now\s+|immediately\s+|already\s+|fully\s+|thus\s+)?`
  for (const raw of sentences) {
    const s = normaliseSpace(raw)
    for (const m of s.matchAll(new RegExp(String.raw`\b(\d{1,4})\s+(?:recommendations\s+)?${aux}(?:supported|accepted)\b(\s+in\s+part)?`, 'gi'))) {
      ;(m[2] !== undefined ? partial : supported).add(Number(m[1]))
    }
    for (const m of s.matchAll(/\b(?:accepts?|supports?|accepted|supported)\s+(\d{1,4})\s+(?:of\s+the(?:se)?\s+)?(?:\d{1,4}\s+)?recommendations\b/gi)) supported.add(Number(m[1]))
    for (const m of s.matchAll(new RegExp(String.raw`\b(\d{1,4})\s+(?:recommendations\s+)?${aux}noted\b`, 'gi'))) noted.add(Number(m[1]))
    for (const m of s.matchAll(/\b(?:notes|noted|takes\s+note\s+of|took\s+note\s+of)\s+(\d{1,4})\s+(?:of\s+the(?:se)?\s+)?(?:\d{1,4}\s+)?recommendations\b/gi)) noted.add(Number(m[1]))
    for (const m of s.matchAll(/\b(?:contains|contained|received|receives|made|a\s+total\s+of|total\s+of)\s+(\d{1,4})\s+recommendations\b/gi)) totals.push(Number(m[1]))
    for (const m of s.matchAll(/\b(\d{1,4})\s+recommendations\s+(?:were\s+)?(?:received|made|in\s+total|were\s+formulated)\b/gi)) totals.push(Number(m[1]))
    readFrenchAndSpanishTotals(s, supported, noted, totals)
  }
  const result: Totals = {}
  const total = totals.length > 0 ? Math.max(...totals) : undefined
  const inPart = [...partial].reduce((a, b) => a + b, 0)
  const options = (set: Set<number>): { sum: number; max: number } => {
    const values = [...set]
    return { sum: values.reduce((a, b) => a + b, 0), max: Math.max(...values) }
  }
  const alone = (set: Set<number>): number => {
    const { sum, max } = options(set)
    return set.size > 1 && max === sum - max ? max : sum
  }
  if (supported.size > 0 && noted.size > 0 && total !== undefined) {
    const s = options(supported)
    const n = options(noted)
    const pairs: [number, number][] = [[s.max, n.max], [s.sum, n.sum], [s.sum, n.max], [s.max, n.sum]]
    const fit = pairs.find(([a, b]) => a + b === total || a + b + inPart === total)
    result.supported = fit?.[0] ?? alone(supported)
    result.noted = fit?.[1] ?? alone(noted)
  } else {
    if (supported.size > 0) result.supported = alone(supported)
    if (noted.size > 0) result.noted = alone(noted)
  }
  if (total !== undefined) result.total = total
  return Object.keys(result).length > 0 ? result : undefined
}

/**
 * The same figures in French and Spanish: "la Belgique en accepte 30 et prend note de 10", "30 recommandations
 * ont été acceptées", "Sur les 40 recommandations"; "Chile acepta 30 y toma nota de 10", "30 recomendaciones
 * fueron aceptadas", "De las 40 recomendaciones".
 */
function readFrenchAndSpanishTotals(s: string, supported: Set<number>, noted: Set<number>, totals: number[]): void {
  for (const m of s.matchAll(/(?<![\p{L}])(?:accepte|appuie|soutient|acepta|apoya|aceptó|apoyó)(?:nt|n)?\s+(?:(?:les|las)\s+)?(\d{1,4})(?!\d|\s*[.,]\d)/giu)) supported.add(Number(m[1]))
  for (const m of s.matchAll(/\b(\d{1,4})\s+(?:(?:recommandations|recomendaciones)\s+)?(?:ont\s+été\s+|sont\s+|han\s+sido\s+|fueron\s+)?(?:acceptées|appuyées|aceptadas|apoyadas)(?![\p{L}])(?!\s+(?:en\s+partie|partiellement|en\s+parte|parcialmente))/giu)) {
    supported.add(Number(m[1]))
  }
  for (const m of s.matchAll(/(?<![\p{L}])(?:prend|a\s+pris|toma|tomó|ha\s+tomado)\s+note?a?\s+de\s+(?:(?:les|las)\s+)?(\d{1,4})(?!\d|\s*[.,]\d)/giu)) noted.add(Number(m[1]))
  for (const m of s.matchAll(/\b(\d{1,4})\s+(?:(?:recommandations|recomendaciones)\s+)?(?:ont\s+été\s+|sont\s+|han\s+sido\s+|fueron\s+)?(?:notées|prises\s+en\s+note|anotadas)(?![\p{L}])/giu)) noted.add(Number(m[1]))
  for (const m of s.matchAll(/(?<![\p{L}])(?:sur\s+les|a\s+reçu|au\s+total|un\s+total\s+de|de\s+las|recibió|en\s+total)\s+(\d{1,4})\s+(?:recommandations|recomendaciones)(?![\p{L}])/giu)) totals.push(Number(m[1]))
}

// ---------------------------------------------------------------------------------------------

interface Assignment {
  position: Position
  /** From a position sentence opening a numbered paragraph, or a table: wins over a passing mention. */
  strong: boolean
  line: number | undefined
}

/** Reads the positions an addendum gives, with its symbol and stated totals; never throws. */
export function parseAddendum(text: string, fileName: string, options: AddendumOptions = {}): AddendumResult {
  const source: SourceInfo = { kind: 'addendum', fileName, symbol: null, stateUnderReviewName: null, session: null, cycle: null }
  const warnings: ImportWarning[] = []
  const positions: AddendumResult['positions'] = []
  try {
    const input = typeof text === 'string' ? text : ''
    if (input.trim() === '') {
      warnings.push(importWarning('text.empty', {}, 'The text is empty: there is nothing to import.'))
      return { source, positions, warnings }
    }
    const cleaned = cleanReportText(input)
    source.symbol = detectDocumentSymbol(input)
    if (source.symbol === null) warnings.push(importWarning('addendum.noSymbol', {}, 'No document symbol (A/HRC/<n>/<m>/Add.1) was found.'))
    else if (!/\/Add\.\d/.test(source.symbol)) {
      warnings.push(importWarning('addendum.notAddendumSymbol', { symbol: source.symbol }, `${source.symbol} is not an addendum symbol (…/Add.1): is this the report itself?`))
    }
    source.stateUnderReviewName = detectStateUnderReview(cleaned.lines)

    const blocks = readBlocks(cleaned.lines, cleaned.vocabulary)
    const opening = blocks.findIndex((b) => b.paragraph !== null && b.paragraph >= 3)
    source.cycle = detectStatedCycle(blocks.slice(0, opening === -1 ? 12 : opening).map((b) => b.text).join(' '))
    // "The serial numbers of recommendations follow the list in paragraph 115 of the report".
    const docHint = /\brecommendations?\b[^.]{0,80}?\b(?:follows?|refers?\s+to|corresponds?\s+to|as\s+(?:numbered|listed)\s+in)\b[^.]{0,60}?\bparagraph\s+(\d{1,4})\b/i.exec(
      blocks.map((b) => b.text).join(' ')
    )
    const documentParagraph = docHint?.[1] ?? null

    const assigned = new Map<string, Assignment>()
    const order: string[] = []
    let firstListBlock = -1
    const assign = (numbers: readonly string[], a: Assignment): void => {
      for (const n of numbers) {
        const prev = assigned.get(n)
        if (prev === undefined) {
          assigned.set(n, a)
          order.push(n)
          continue
        }
        if (prev.position === a.position) continue
        if (prev.strong && !a.strong) continue
        if (!prev.strong && a.strong) {
          assigned.set(n, a)
          continue
        }
        warnings.push(
          importWarning(
            'addendum.twoPositions',
            { number: n, first: { position: prev.position }, then: { position: a.position } },
            `Recommendation ${n} is given two positions (${prev.position}, then ${a.position}): the first is kept.`,
            lineAt(a.line)
          )
        )
      }
    }

    let headingPosition: Position | null = null
    blocks.forEach((block, bi) => {
      // Tables: "140.1   Supported   ..." or "140.1  Ratify ... (France)   Supported" on one line.
      for (const l of block.lines) {
        const row = TABLE_ROW.exec(l.text)
        const lead = row === null ? /^(\d{1,4}\.\d{1,4})\s+\p{Lu}/u.exec(l.text) : null
        const end = lead !== null ? ROW_END_POSITION.exec(l.text) : null
        const list = row?.[1] ?? (end !== null ? lead?.[1] : undefined)
        const word = row?.[2] ?? end?.[1]
        if (list === undefined || word === undefined) continue
        const { numbers, problems } = expandNumberList(list, null)
        for (const p of problems) warnings.push(couldNotRead(p, l.line))
        if (numbers.length > 0 && firstListBlock === -1) firstListBlock = bi
        assign(numbers, { position: keywordPosition(word), strong: true, line: l.line })
      }
      // A heading such as "Noted recommendations" gives the position of a bare list in the paragraph below it.
      const words = block.text.split(/\s+/).length
      if (block.paragraph === null && words <= 16 && !/[.;:]$/.test(block.text) && !/^\d/.test(block.text)) {
        const k = [...block.text.matchAll(KEYWORDS)][0]
        headingPosition = k !== undefined ? keywordPosition(k[0]) : null
        return
      }
      sentencesOf(block.text).forEach((sentence, si) => {
        const keywords = [...sentence.matchAll(KEYWORDS)].map((k) => ({ index: k.index, end: k.index + k[0].length, position: keywordPosition(k[0]) }))
        for (const run of sentence.matchAll(RUN)) {
          const before = sentence.slice(0, run.index)
          const trigger = TRIGGER.exec(before)
          const dotted = /^\d{1,4}\.\d/.test(run[0])
          if (!dotted && trigger === null) continue
          const runEnd = run.index + run[0].length
          const prior = keywords.filter((k) => k.end <= run.index).pop()
          const after = keywords.find((k) => k.index >= runEnd)
          const mostlyList = run[0].length >= 0.6 * sentence.replace(/[\s.;:]+$/, '').length
          const fromHeading =
            prior === undefined && after === undefined && si === 0 && block.paragraph !== null && mostlyList && headingPosition !== null
              ? { position: headingPosition }
              : undefined
          const keyword = prior ?? after ?? fromHeading
          const line = lineOf(block, run[0])
          const hint = trigger !== null ? (/\bparagraphs?\s+(\d{1,4})\b|\bparas?\.?\s+(\d{1,4})\b/i.exec(trigger[0]) ?? null) : null
          const paragraphHint = hint !== null ? (hint[1] ?? hint[2] ?? null) : null
          const { numbers, problems } = expandNumberList(run[0], paragraphHint)
          if (keyword === undefined) {
            // Lists live in the opening sentence of a numbered paragraph; elsewhere a bare list is a
            // cross-reference ("See recommendations 53, 71 and 77").
            if (block.paragraph !== null && si === 0 && numbers.length >= 3) {
              warnings.push(
                importWarning('addendum.listWithoutPosition', { list: excerpt(run[0]) }, `A list of recommendations (${excerpt(run[0])}) has no position word near it: not applied.`, lineAt(line))
              )
            }
            continue
          }
          for (const p of problems) warnings.push(couldNotRead(p, line))
          if (numbers.length === 0) continue
          if (firstListBlock === -1) firstListBlock = bi
          assign(numbers, { position: keyword.position, strong: block.paragraph !== null && prior !== undefined, line })
        }
      })
    })

    // Stated totals: the paragraphs before the first list (paragraph 2 as a rule).
    const preface = blocks.slice(0, firstListBlock === -1 ? Math.min(blocks.length, 8) : firstListBlock + 1)
    const totals = readStatedTotals(preface.flatMap((b) => sentencesOf(b.text)))
    if (totals !== undefined) source.statedTotals = totals

    // No lists at all: early addenda answer recommendation by recommendation ("5., 6., 7. Slovenia accepts
    // these recommendations ...").
    if (assigned.size === 0) {
      for (const entry of readResponseEntries(cleaned.lines, cleaned.vocabulary, warnings)) {
        assign(entry.numbers, { position: entry.position, strong: true, line: entry.line })
      }
    }

    // Bare numbers: the addendum's own paragraph hint, else the report's numbers when given.
    const bySub = new Map<number, string[]>()
    for (const k of new Set(options.knownNumbers ?? [])) {
      const m = /^(\d{1,4})\.(\d{1,4})$/.exec(k)
      if (!m) continue
      const sub = Number(m[2])
      const list = bySub.get(sub)
      if (list) list.push(k)
      else bySub.set(sub, [k])
    }
    let bare = 0
    const seen = new Set<string>()
    for (const n of order) {
      const a = assigned.get(n)
      if (a === undefined) continue
      let number = n
      if (!n.includes('.')) {
        const paragraph = documentParagraph
        const candidates = bySub.get(Number(n)) ?? []
        if (paragraph !== null) number = `${paragraph}.${n}`
        else if (candidates.length === 1 && candidates[0] !== undefined) number = candidates[0]
        else bare++
      }
      if (seen.has(number)) continue
      seen.add(number)
      positions.push({ number, position: a.position })
    }
    if (bare > 0) {
      warnings.push(
        importWarning(
          'addendum.bareNumbers',
          { count: bare },
          `${bare} recommendation numbers are given without their paragraph (e.g. "1–5"): they are kept bare and matched against the report's numbers when the addendum is applied.`
        )
      )
    }
    if (positions.length === 0) {
      warnings.push(importWarning('addendum.noPositions', {}, 'No list of recommendations with a position (accepted, supported, noted ...) was found in the addendum.'))
    }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    warnings.push(importWarning('text.internal', { detail }, `The addendum could not be read completely (${detail}).`))
  }
  return { source, positions, warnings }
}

// ---------------------------------------------------------------------------------------------
// Answers given recommendation by recommendation (cycle 1).

interface ResponseEntry {
  numbers: string[]
  line: number
  position: Position
}

const ENTRY_LEAD = /^((?:\d{1,3}\.,?\s*)+$|(?:\d{1,3}\.,?\s+)+)(.*)$/
const REFUSAL =
  /\b(?:cannot|can ?not|does not|do not|is not in a position to|unable to)\b[^.]{0,60}?\b(?:accept|support|make a definitive statement)\w*|\brejects?\b|\b(?:notes|takes? note of) (?:the|this|these) recommendations?\b|\bn['’](?:accepte|appuie) pas\b|\bne (?:peut|saurait) pas (?:accepter|appuyer)\b|\brejette\b|\bprend note (?:de la|de cette|de ces|des) recommandations?\b|\bno (?:acepta|apoya|puede aceptar|puede apoyar)\b|\brechaza\b|\btoma nota de (?:la|esta|estas|las) recomendaci(?:ón|ones)/giu
const ACCEPTANCE = /\b(?:accepts?|accepted|supports?|supported|agrees? (?:with|to))\b|(?<![\p{L}])(?:accepte|appuie|soutient|acepta|apoya)(?![\p{L}])/iu

/** The position an answer to one or more recommendations gives: accepted, refused, or both (in part). */
export function positionOfAnswer(answer: string): Position | null {
  const refused = REFUSAL.test(answer)
  REFUSAL.lastIndex = 0
  const accepted = ACCEPTANCE.test(answer.replace(REFUSAL, ' '))
  if (accepted && refused) return 'supported-in-part'
  if (accepted) return 'supported'
  return refused ? 'noted' : null
}

/**
 * Reads "1. Slovenia accepts the recommendation." / "5., 6., 7., 8., 9. ... accepts these
 * recommendations" / "40., 41., 42.,\n43., 44." (numbers wrapped in their column): numbers ascend, and a
 * lead ending with a comma continues on the next line.
 */
function readResponseEntries(lines: readonly CleanLine[], vocabulary: Vocabulary, warnings: ImportWarning[]): ResponseEntry[] {
  const raw: { numbers: number[]; line: number; parts: string[]; open: boolean }[] = []
  for (const l of lines) {
    if (l.text === '') continue
    const cur = raw[raw.length - 1]
    const m = ENTRY_LEAD.exec(l.text)
    if (m) {
      const lead = m[1] ?? ''
      const numbers = [...lead.matchAll(/\d{1,3}/g)].map((d) => Number(d[0]))
      const rest = m[2] ?? ''
      const first = numbers[0] ?? 0
      const last = cur?.numbers[cur.numbers.length - 1] ?? 0
      if (cur !== undefined && cur.open && first > last) {
        cur.numbers.push(...numbers)
        cur.open = /,\s*$/.test(lead)
        if (rest !== '') cur.parts.push(rest)
        continue
      }
      if (first > last && first <= last + 10 && (cur !== undefined || first <= 3)) {
        raw.push({ numbers, line: l.line, parts: rest === '' ? [] : [rest], open: /,\s*$/.test(lead) })
        continue
      }
    }
    if (cur !== undefined) {
      cur.parts.push(l.text)
      cur.open = false
    }
  }
  const answers = raw.map((e) => ({ ...e, text: joinLines(e.parts, vocabulary) }))
  // Only a document made of such answers: most entries must answer "the/this/these recommendation(s)",
  // not count them ("accepts 142 recommendations").
  const speaking = answers.filter(
    (e) =>
      /\b(?:the|this|these|that|those)\s+recommendations?\b|\b(?:la|cette|ces)\s+recommandations?\b|\b(?:la|esta|estas|dicha|dichas)\s+recomendaci(?:ón|ones)/i.test(e.text) &&
      !/\d\s+(?:recommendations|recommandations|recomendaciones)\b/i.test(e.text) &&
      positionOfAnswer(e.text) !== null
  )
  if (answers.length < 3 || speaking.length < answers.length * 0.5) return []
  const entries: ResponseEntry[] = []
  for (const e of answers) {
    const position = positionOfAnswer(e.text)
    if (position === null) {
      warnings.push(
        importWarning(
          'addendum.answerWithoutPosition',
          { numbers: e.numbers.join(', '), excerpt: excerpt(e.text, 60) },
          `The answer to recommendation ${e.numbers.join(', ')} gives no position that could be read: "${excerpt(e.text, 60)}".`,
          { line: e.line }
        )
      )
      continue
    }
    entries.push({ numbers: e.numbers.map(String), line: e.line, position })
  }
  return entries
}

/** The warning for a list that could not be read ("the range ... goes backwards"). */
function couldNotRead(problem: CodedText, line: number | undefined): ImportWarning {
  return { ...problem, message: `Could not read ${problem.message}.`, ...(line !== undefined ? { at: { line } } : {}) }
}

function lineAt(line: number | undefined): SourceLocation | undefined {
  return line === undefined ? undefined : { line }
}

function excerpt(s: string, max = 40): string {
  const t = normaliseSpace(s)
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`
}

/** Writes ranges compactly for messages: 122.3, 122.5–7. */
function compact(numbers: readonly string[]): string {
  const out: string[] = []
  let i = 0
  while (i < numbers.length) {
    const start = numbers[i] ?? ''
    const m = /^(.*\.)?(\d+)$/.exec(start)
    let j = i
    if (m) {
      while (j + 1 < numbers.length && numbers[j + 1] === `${m[1] ?? ''}${Number(m[2]) + (j + 1 - i)}`) j++
    }
    out.push(j > i ? `${start}–${/(\d+)$/.exec(numbers[j] ?? '')?.[1] ?? ''}` : start)
    i = j + 1
  }
  const text = out.join(', ')
  return text.length > 300 ? `${text.slice(0, 299)}…` : text
}

type Counts = Record<Position, number>

function countByNumber(recommendations: readonly ParsedRecommendation[], only?: ReadonlySet<string>): Counts & { total: number } {
  const byNumber = new Map<string, Position>()
  recommendations.forEach((r, i) => {
    const key = r.number ?? `#${i}`
    if (only !== undefined && !only.has(key)) return
    if (!byNumber.has(key)) byNumber.set(key, r.position)
  })
  const counts = { supported: 0, noted: 0, 'supported-in-part': 0, pending: 0, total: byNumber.size }
  for (const p of byNumber.values()) counts[p]++
  return counts
}

/**
 * Sets the positions an addendum gives on the report's pending recommendations; warns on numbers the
 * report lacks, on recommendations left pending, and on counts that disagree with the stated totals.
 */
export function applyAddendum(report: ParseResult, addendum: AddendumResult): ApplyAddendumResult {
  const warnings: ImportWarning[] = []
  const changes: AddendumChange[] = []
  const recommendations = report.recommendations.map((r) => ({ ...r, recommendingStatesRaw: [...r.recommendingStatesRaw] }))
  try {
    const indexByNumber = new Map<string, number[]>()
    recommendations.forEach((r, i) => {
      if (r.number === null) return
      const list = indexByNumber.get(r.number)
      if (list) list.push(i)
      else indexByNumber.set(r.number, [i])
    })
    const pendingBefore = new Set(recommendations.filter((r) => r.position === 'pending' && r.number !== null).map((r) => r.number ?? ''))
    const label = addendum.source.symbol ?? addendum.source.fileName

    const notFound: string[] = []
    const ambiguous: string[] = []
    for (const { number: given, position } of addendum.positions) {
      let number = given
      if (!given.includes('.')) {
        const sub = `.${given}`
        const all = [...indexByNumber.keys()].filter((k) => k.endsWith(sub) && /^\d+\.\d+$/.test(k))
        const pending = all.filter((k) => pendingBefore.has(k))
        const pick = pending.length === 1 ? pending[0] : all.length === 1 ? all[0] : undefined
        if (pick === undefined) {
          ;(all.length === 0 ? notFound : ambiguous).push(given)
          continue
        }
        number = pick
      }
      const indexes = indexByNumber.get(number)
      if (indexes === undefined) {
        notFound.push(number)
        continue
      }
      let changed = false
      let from: Position | null = null
      for (const i of indexes) {
        const r = recommendations[i]
        if (r === undefined) continue
        if (r.position === 'pending') {
          from = r.position
          r.position = position
          r.positionSource = label
          changed = true
        } else if (r.position !== position && from === null) {
          from = r.position
        }
      }
      if (changed) changes.push({ number, from: 'pending', to: position })
      else if (from !== null && from !== position) {
        warnings.push(
          importWarning(
            'addendum.reportAlreadyGave',
            { number, position: { position }, from: { position: from } },
            `The addendum gives ${number} as ${position}, but the report already gave it as ${from}: the report's position is kept.`
          )
        )
      }
    }
    if (notFound.length > 0) {
      warnings.push(
        importWarning('addendum.notInReport', { count: notFound.length, numbers: compact(notFound) }, `${notFound.length} numbers in the addendum are not in the report: ${compact(notFound)}.`)
      )
    }
    if (ambiguous.length > 0) {
      warnings.push(
        importWarning(
          'addendum.ambiguous',
          { count: ambiguous.length, numbers: compact(ambiguous) },
          `${ambiguous.length} bare numbers match several report paragraphs and were not applied: ${compact(ambiguous)}.`
        )
      )
    }

    const stillPending = [...new Set(recommendations.filter((r) => r.position === 'pending' && r.number !== null).map((r) => r.number ?? ''))]
    if (stillPending.length > 0) {
      warnings.push(
        importWarning(
          'addendum.stillPending',
          { count: stillPending.length, numbers: compact(stillPending) },
          `${stillPending.length} recommendations are still pending after the addendum: ${compact(stillPending)}.`
        )
      )
    }

    const stated = addendum.source.statedTotals
    if (stated !== undefined) {
      const overall = countByNumber(recommendations)
      const scope = countByNumber(recommendations, pendingBefore)
      const check = (
        code: 'addendum.statedSupported' | 'addendum.statedNoted' | 'addendum.statedTotal',
        name: string,
        statedValue: number | undefined,
        all: number,
        inScope: number
      ): void => {
        if (statedValue === undefined || statedValue === all || statedValue === inScope) return
        warnings.push(
          importWarning(
            code,
            { stated: statedValue, all, inScope },
            `The addendum states ${statedValue} ${name}; after applying it there are ${all} in the report (${inScope} of them answered in the addendum).`
          )
        )
      }
      check('addendum.statedSupported', 'supported', stated.supported, overall.supported, scope.supported)
      check('addendum.statedNoted', 'noted', stated.noted, overall.noted, scope.noted)
      check('addendum.statedTotal', 'recommendations in total', stated.total, overall.total, scope.total)
    }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    warnings.push(importWarning('addendum.applyInternal', { detail }, `The addendum could not be applied completely (${detail}).`))
  }
  return { result: { ...report, recommendations }, changes, warnings }
}
