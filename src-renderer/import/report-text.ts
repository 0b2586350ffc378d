/**
 * The text layer shared by the Working Group report and addendum parsers: turns `pdftotext -layout`
 * output, text pasted from a PDF viewer, or the lines `extractPdfText` rebuilds, into content lines
 * without page furniture (document symbol headers, page numbers, `GE.` job numbers, barcodes, page-foot
 * footnotes), each keeping its original 1-based line number for warnings. Also the facts every UN
 * document carries on its cover (symbol, State under review, session, cycle).
 *
 * Pure string work: runs in a Web Worker, in the renderer and in Node alike.
 */

/** One content line after cleaning. */
export interface CleanLine {
  /** Trimmed text, whitespace normalised; '' for a paragraph gap. */
  text: string
  /** 1-based line number in the original text. */
  line: number
  /** 0-based page index (pages are counted by form feeds, or by page-number lines when there are none). */
  page: number
  /** True on the first content line after page furniture was removed (a page break). */
  afterPageBreak: boolean
}

export interface CleanedText {
  lines: CleanLine[]
  /** Number of pages seen (1 for text without any page break). */
  pages: number
  /** How many original lines were dropped as page furniture or footnotes. */
  removedLines: number
  /** Lower-case words of the document, to decide whether a line-end hyphen is part of the word. */
  vocabulary: Vocabulary
}

/** The words of a document, looked up by `joinLines` (built on first use: most joins need none). */
export interface Vocabulary {
  has(word: string): boolean
}

type Furniture = 'symbol' | 'page-number' | 'job-number' | 'barcode' | 'recycle' | 'running-header'

interface RawLine {
  text: string
  line: number
  page: number
  furniture: Furniture | null
  footnote: boolean
}

// Any UN document symbol alone on a line: A/HRC/43/15, A/HRC/43/15/Add.1, A/HRC/WG.6/34/SVN/1 ...
const SYMBOL_ONLY = /^(?:\d{1,4}\s+)?[A-Z]{1,5}(?:\/[A-Za-z0-9.()-]+){2,}(?:\s+\d{1,4})?$/
const PAGE_NUMBER = /^(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:\/|of)\s*\d{1,4})?$/i
// "GE.19-21936(E)", and in newer documents "12  GE.25-02819" or "GE.25-02819  11" (job number and page number).
const JOB_NUMBER = /^(?:\d{1,4}\s+)?GE\.\d{2}-\d{3,6}\b/
const BARCODE = /^\*\d{6,9}\*$/
const RECYCLE = /^please\s+recycle$/i
const FOOTNOTE_START = /^\*{1,4}(?:\s+\S.*)?$/
// The editorial note of section II, wherever a copy-paste or a conversion left it (older reports keep it
// between two recommendations when their page furniture was removed).
const NOT_EDITED_NOTE =
  /^\*{1,4}\s*(?:(?:The\s+)?conclusions\s+and(?:\s*\/\s*or)?\s+recommendations\s+(?:have|has)\s+not\s+been\s+edited|(?:Les\s+)?conclusions\s+et(?:\s*\/\s*ou)?\s+recommandations\s+n[’']ont\s+pas\s+été\s+(?:revues|éditées)(?:\s+par\s+les\s+services\s+d[’']édition)?|(?:Las\s+)?conclusiones\s+y(?:\s*\/\s*o)?\s+recomendaciones\s+no\s+(?:han\s+sido\s+editadas|se\s+han\s+editado))\.?$/i
// A page-foot footnote giving a recommendation as it was read out: "3 The recommendation as read during the
// interactive dialogue: ...". Older reports keep these between two recommendations.
const AS_READ_FOOTNOTE =
  /^\d{1,3}\s+(?:(?:The\s+)?recommendations?\s+(?:as\s+)?(?:read|made|delivered|formulated|presented)\s+(?:out\s+)?(?:during|in|at)\s+the\s+interactive\s+dialogue\b|(?:La\s+)?recommandations?\s+(?:telles?\s+qu[’']elles?\s+(?:a|ont)\s+été\s+)?(?:lues?|formulées?|faites?)\s+(?:au\s+cours\s+du|pendant\s+le|lors\s+du)\s+dialogue\s+interactif|(?:La\s+)?recomendaci(?:ón|ones)\s+(?:tal\s+(?:como|y\s+como)\s+(?:se\s+)?(?:leyó|formuló|hizo|fue\s+formulada)|formuladas?|leídas?)\s+(?:durante|en)\s+el\s+diálogo\s+interactivo)/i
const NUMBERED_LINE = /^\d{1,4}\.(?:\d{1,4}\.?)?(?:\s|$)/
// How a footnote's last line ends: a full stop, possibly after a closing quote or parenthesis.
const FOOTNOTE_END = /[.!?]["”’)]?\s*$|["”’]\s*(?:\([^()]*\))?\s*\.?\s*$/
const RECOMMENDATION_NUMBER_START = /^\d{1,4}\.\d{1,4}\b/
// Private-use glyphs (barcodes drawn with a symbol font), zero-width characters and the BOM.
const INVISIBLE = /[\uE000-\uF8FF\u200B-\u200D\u2060\uFEFF]/g
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
const SOFT_HYPHEN = '\u00AD'

/** Collapses runs of whitespace to one space and trims. */
export function normaliseSpace(s: string): string {
  return s.replace(ODD_SPACES, ' ').replace(/ {2,}|\s{2,}|[^\S ]/g, ' ').trim()
}

function classify(trimmed: string, hadInvisible: boolean): Furniture | null {
  if (trimmed === '') return hadInvisible ? 'barcode' : null
  if (SYMBOL_ONLY.test(trimmed)) return 'symbol'
  if (PAGE_NUMBER.test(trimmed)) return 'page-number'
  if (JOB_NUMBER.test(trimmed)) return 'job-number'
  if (BARCODE.test(trimmed)) return 'barcode'
  if (RECYCLE.test(trimmed)) return 'recycle'
  return null
}

/** Splits text into lines, noting form feeds as page breaks and classifying page furniture. */
function readRawLines(text: string): { raw: RawLine[]; pages: number } {
  const source = text.split(/\r\n|\r|\n/)
  const raw: RawLine[] = []
  let page = 0
  for (let i = 0; i < source.length; i++) {
    let s = source[i] ?? ''
    if (s.includes('\f')) {
      page += s.split('\f').length - 1
      s = s.replace(/\f/g, ' ')
    }
    const before = s.length
    s = s.replace(INVISIBLE, '')
    const hadInvisible = s.length !== before
    // A soft hyphen inside a line is invisible; at the end of a line it marks a broken word.
    const hasSoft = s.includes(SOFT_HYPHEN)
    const endsSoft = hasSoft && s.trimEnd().endsWith(SOFT_HYPHEN)
    if (hasSoft) s = s.split(SOFT_HYPHEN).join('')
    let trimmed = normaliseSpace(s)
    if (endsSoft) trimmed += SOFT_HYPHEN
    raw.push({ text: trimmed, line: i + 1, page, furniture: classify(trimmed, hadInvisible), footnote: false })
  }
  return { raw, pages: page + 1 }
}

function isPageEnd(l: RawLine | undefined): boolean {
  return l !== undefined && (l.furniture === 'page-number' || l.furniture === 'symbol' || l.furniture === 'job-number')
}

/**
 * Marks asterisk footnotes at the foot of a page ("**" then "Conclusions and recommendations have not
 * been edited.") when the page ends within a few lines and nothing in between looks like a
 * recommendation; elsewhere a lone asterisk line is dropped on its own.
 */
function markFootnotes(raw: RawLine[]): void {
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]
    if (l === undefined || l.furniture !== null || l.footnote) continue
    const first = l.text.charCodeAt(0)
    if (first >= 0x30 && first <= 0x39) {
      if (AS_READ_FOOTNOTE.test(l.text)) i = markAsReadFootnote(raw, i)
      continue
    }
    if (!FOOTNOTE_START.test(l.text)) continue
    if (NOT_EDITED_NOTE.test(l.text)) {
      l.footnote = true
      continue
    }
    let end = -1
    for (let j = i + 1; j < raw.length && j <= i + 14; j++) {
      const m = raw[j]
      if (m === undefined) break
      if (isPageEnd(m) || (m.page !== l.page && m.text !== '')) {
        end = j
        break
      }
      if (RECOMMENDATION_NUMBER_START.test(m.text)) break
    }
    if (end === -1 && i + 1 < raw.length) {
      // The last page of a pasted excerpt may have no page number: accept the end of the text.
      const rest = raw.slice(i + 1, i + 15)
      if (i + 15 >= raw.length && rest.every((m) => !RECOMMENDATION_NUMBER_START.test(m.text))) end = raw.length
    }
    if (end === -1) {
      if (/^\*+$/.test(l.text)) l.footnote = true
      continue
    }
    for (let j = i; j < end; j++) {
      const m = raw[j]
      if (m !== undefined && m.furniture === null) m.footnote = true
    }
  }
}

/**
 * Marks an "as read during the interactive dialogue" footnote and the lines it runs on to, up to its final
 * full stop (never past a blank line, a numbered line or six lines). Returns the index of its last line.
 */
function markAsReadFootnote(raw: RawLine[], start: number): number {
  let last = start
  for (let j = start; j < raw.length && j < start + 6; j++) {
    const m = raw[j]
    if (m === undefined || m.furniture !== null) break
    if (j > start && (m.text === '' || NUMBERED_LINE.test(m.text) || AS_READ_FOOTNOTE.test(m.text))) break
    m.footnote = true
    last = j
    if (FOOTNOTE_END.test(m.text)) break
  }
  return last
}

/**
 * Lines repeated at the top or bottom of many pages (running headers in other document types or
 * languages) are furniture too. Only used when the text has form feeds, so pages are known.
 */
function markRunningHeaders(raw: RawLine[], pages: number): void {
  if (pages < 4) return
  const edges = new Map<string, number[]>()
  const byPage = new Map<number, RawLine[]>()
  for (const l of raw) {
    if (l.text === '' || l.furniture !== null || l.footnote) continue
    const list = byPage.get(l.page)
    if (list) list.push(l)
    else byPage.set(l.page, [l])
  }
  for (const list of byPage.values()) {
    const candidates = new Set<RawLine>([list[0], list[1], list[list.length - 1]].filter((x): x is RawLine => x !== undefined))
    for (const l of candidates) {
      if (l.text.length > 90 || RECOMMENDATION_NUMBER_START.test(l.text)) continue
      const idx = edges.get(l.text)
      if (idx) idx.push(l.line)
      else edges.set(l.text, [l.line])
    }
  }
  const threshold = Math.max(3, Math.ceil(pages * 0.4))
  const repeated = new Set<number>()
  for (const lines of edges.values()) if (lines.length >= threshold) for (const n of lines) repeated.add(n)
  for (const l of raw) if (repeated.has(l.line)) l.furniture = 'running-header'
}

/**
 * Looks words up by searching the document text itself: hyphen decisions are rare (a few per report),
 * so a few substring searches cost less than building a word list.
 */
function lazyVocabulary(lines: readonly CleanLine[]): Vocabulary {
  let text: string | null = null
  const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c)
  return {
    has(word: string): boolean {
      if (word === '') return false
      text ??= lines.map((l) => l.text).join('\n').toLowerCase()
      for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
        const after = text[i + word.length]
        // A word broken at the end of a line ("implemen-") is not a word of the document.
        const broken = (after === '-' || after === '‐') && text[i + word.length + 1] === '\n'
        if (!isLetter(text[i - 1]) && !isLetter(after) && !broken) return true
      }
      return false
    }
  }
}

/** Drops page furniture and footnotes from report or addendum text, keeping a map to original lines. */
export function cleanReportText(text: string): CleanedText {
  const { raw, pages: formFeedPages } = readRawLines(typeof text === 'string' ? text : '')
  markFootnotes(raw)
  markRunningHeaders(raw, formFeedPages)
  const lines: CleanLine[] = []
  let removed = 0
  let pendingGap = false
  let pendingBreak = false
  let inferredPage = 0
  for (const l of raw) {
    if (l.furniture !== null || l.footnote) {
      if (l.furniture !== null || l.text !== '') removed++
      if (l.furniture === 'page-number' && formFeedPages === 1) inferredPage++
      pendingBreak = true
      continue
    }
    if (l.text === '') {
      pendingGap = true
      continue
    }
    // Blank lines around removed furniture are the page break, not a paragraph gap.
    if (pendingGap && !pendingBreak && lines.length > 0) {
      const last = lines[lines.length - 1]
      lines.push({ text: '', line: l.line - 1, page: last?.page ?? 0, afterPageBreak: false })
    }
    // A footnote marker glued to a heading or title ("recommendations**", "Review*").
    const text = l.text.replace(/(\p{L})\*{1,3}$/u, '$1')
    lines.push({
      text,
      line: l.line,
      page: formFeedPages > 1 ? l.page : inferredPage,
      afterPageBreak: pendingBreak && lines.length > 0
    })
    pendingGap = false
    pendingBreak = false
  }
  const pages = formFeedPages > 1 ? formFeedPages : inferredPage + 1
  return { lines, pages, removedLines: removed, vocabulary: lazyVocabulary(lines) }
}

const LETTER_HYPHEN_END = /(\p{L}+)[-‐]$/u
const LEADING_WORD = /^(\p{L}+)/u

/**
 * Joins the lines of one paragraph into one line. A hyphen at the end of a line is kept (UN texts are
 * not hyphenated by the typesetter: "non-\nrefoulement" is "non-refoulement") unless the document
 * itself spells the word without it elsewhere and never with it; a soft hyphen is always removed; a
 * dash between numbers ("2017–\n2021", "122.62-\n66") is joined without a space.
 */
export function joinLines(parts: readonly string[], vocabulary?: Vocabulary): string {
  // Built as pieces and looking only at the last character of the previous line, so a long section
  // joins in linear time.
  const pieces: string[] = []
  let tail = ''
  for (const part of parts) {
    const next = part.trim()
    if (next === '') continue
    if (pieces.length === 0) {
      pieces.push(next)
      tail = next
      continue
    }
    const last = tail.charCodeAt(tail.length - 1)
    if (last === 0xad) {
      pieces[pieces.length - 1] = tail.slice(0, -1)
    } else if (last === 0x2d || last === 0x2010) {
      // "-" or "‐" at the end of the line.
      const hyphen = LETTER_HYPHEN_END.exec(tail.slice(-64))
      const lead = hyphen ? LEADING_WORD.exec(next) : null
      if (hyphen && lead) {
        const head = hyphen[1] ?? ''
        const rest = lead[1] ?? ''
        const closed = (head + rest).toLowerCase()
        const open = `${head}-${rest}`.toLowerCase()
        if (rest === rest.toLowerCase() && vocabulary?.has(closed) === true && !vocabulary.has(open)) {
          pieces[pieces.length - 1] = tail.slice(0, -1)
        }
      } else if (!(/\d\s?-$/.test(tail) && /^\d/.test(next))) {
        pieces.push(' ')
      }
    } else if (!((last === 0x2013 || last === 0x2014) && /\d\s?[–—]$/.test(tail) && /^\d/.test(next))) {
      pieces.push(' ')
    }
    pieces.push(next)
    tail = next
  }
  return pieces.join('').replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim()
}

// ---------------------------------------------------------------------------------------------
// Facts from the cover page and the introduction.

const UN_SYMBOL = /\bA\/HRC\/\d{1,3}\/\d{1,4}(?:\/Add\.\d{1,2})?(?:\/Corr\.\d{1,2})?\b/g

/**
 * The document's own symbol: the one printed most often on its own line (the running header), else the
 * first one in the text. Returns null when there is none.
 */
export function detectDocumentSymbol(text: string): string | null {
  const counts = new Map<string, number>()
  let first: string | null = null
  const lines = text.split(/\r\n|\r|\n/)
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? ''
    for (const m of l.matchAll(UN_SYMBOL)) {
      first ??= m[0]
      const trimmed = normaliseSpace(l.replace(/\f/g, ''))
      const alone = trimmed === m[0] || /^United Nations\s/.test(trimmed) || i < 3
      if (alone) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1)
    }
  }
  let best: string | null = null
  let bestCount = 0
  for (const [s, c] of counts) {
    if (c > bestCount) {
      best = s
      bestCount = c
    }
  }
  return best ?? first
}

// "UniversalPeriodic": some older texts lost the space. The title in French and Spanish reports too.
const TITLE =
  /Report of the Working Group on the Universal\s*Periodic Review|Rapport du Groupe de travail sur l[’']Examen\s*périodique universel|Informe del Grupo de Trabajo sobre el Examen\s*Periódico Universal/i

/**
 * The State under review as printed under the title "Report of the Working Group on the Universal
 * Periodic Review", else from "The review of <State> was held". Null when neither is found.
 */
export function detectStateUnderReview(lines: readonly CleanLine[]): string | null {
  const limit = Math.min(lines.length, 200)
  for (let i = 0; i < limit; i++) {
    // The title may be broken over two or three lines.
    let joined = ''
    for (let k = i; k < Math.min(i + 3, limit); k++) {
      const t = lines[k]?.text ?? ''
      if (t === '') break
      joined = joined === '' ? t : `${joined} ${t}`
      const title = TITLE.exec(joined)
      if (title) {
        const tail = joined.slice(title.index + title[0].length).replace(/^[\s*]+/, '')
        const found = tail !== '' ? tail : stateAfter(lines, k + 1, limit)
        // A footnote mark printed after the name ("Algeria ." where the superscript was lost, "Ghana*").
        const name = found?.replace(/(?:\s+[.*]+|\*+)$/, '') ?? null
        if (name !== null && name !== '') return name
        break
      }
    }
  }
  for (let i = 0; i < limit; i++) {
    const t = joinLines([lines[i]?.text ?? '', lines[i + 1]?.text ?? ''])
    const m = /\bThe review of (.+?) was held\b/.exec(t)
    if (m?.[1] !== undefined) return m[1].replace(/^the\s+/, '')
    // "L’examen concernant la Belgique a eu lieu", "El examen de Chile se llevó a cabo".
    const other = /\bL[’']examen concernant (.+?) a eu lieu\b|\bEl examen de(?:l)? (.+?) (?:se llevó a cabo|tuvo lugar)\b/.exec(t)
    const name = other?.[1] ?? other?.[2]
    if (name !== undefined) return name.replace(/^(?:la |le |les |l[’'])/i, '')
  }
  return null
}

function stateAfter(lines: readonly CleanLine[], from: number, limit: number): string | null {
  let i = from
  while (i < limit && (lines[i]?.text ?? '') === '') i++
  const parts: string[] = []
  for (; i < limit && parts.length < 2; i++) {
    const l = lines[i]
    const t = l?.text ?? ''
    if (t === '' || (parts.length > 0 && l?.afterPageBreak === true)) break
    if (/^(Addendum|Corrigendum|Annex|Introduction|Contents|Additif|Rectificatif|Annexe|Table des matières|Adición|Corrección|Anexo|Índice|Introducción)(?![\p{L}])/iu.test(t) || /^\*/.test(t) || /^\d/.test(t)) {
      break
    }
    parts.push(t)
  }
  return parts.length > 0 ? joinLines(parts) : null
}

const UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19
}
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
  eightieth: 80, ninetieth: 90
}

/** Reads an English ordinal ("thirty-fourth", "Twentieth", "34th") as a number, or null. */
export function parseOrdinal(word: string): number | null {
  const w = word.trim().toLowerCase()
  const digits = /^(\d{1,3})\s?(?:st|nd|rd|th)?$/.exec(w)
  if (digits?.[1] !== undefined) return Number(digits[1])
  const parts = w.split(/[-\s‐–]+/).filter((p) => p !== '')
  if (parts.length === 1) {
    const p = parts[0] ?? ''
    const unit = UNITS[p]
    if (unit !== undefined && !['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].includes(p)) return unit
    return p.endsWith('ieth') ? (TENS[p] ?? null) : null
  }
  if (parts.length === 2) {
    const tens = TENS[parts[0] ?? '']
    const unit = UNITS[parts[1] ?? '']
    if (tens !== undefined && !(parts[0] ?? '').endsWith('ieth') && unit !== undefined && unit < 10) return tens + unit
  }
  return null
}

// "thirty-fourth", "first", "34th", and "4 th" as some addenda print it.
const ORDINAL_WORD = String.raw`(\d{1,3}\s?(?:st|nd|rd|th)|[A-Za-z]+(?:[-\s‐][A-Za-z]+)?)`

/**
 * The Working Group session from the introduction ("held its thirty-fourth session"), else from the
 * symbols of the review documents (A/HRC/WG.6/34/SVN/1). The "Forty-third session" on the cover is the
 * Council's session, not the Working Group's, and is ignored.
 */
export function detectWorkingGroupSession(flatText: string): number | null {
  const held = new RegExp(String.raw`Universal Periodic Review[^.]{0,200}?\bheld its ${ORDINAL_WORD} session`, 'i').exec(flatText)
  if (held?.[1] !== undefined) {
    const n = parseOrdinal(held[1])
    if (n !== null) return n
  }
  // "a tenu sa trente-quatrième session", "celebró su 34º período de sesiones".
  const tenu = /Examen\s+périodique\s+universel[^.]{0,200}?\ba tenu sa ((?:\p{L}+[-\s]){0,3}?\p{L}+|\d{1,3}\s?e)\s+session/iu.exec(flatText)
  if (tenu?.[1] !== undefined) {
    const n = parseFrenchOrdinal(tenu[1])
    if (n !== null) return n
  }
  const celebro = /Examen\s+Periódico\s+Universal[^.]{0,200}?\bcelebró su (\d{1,3})\s?(?:º|°|\.º|o|ª)?\s+período de sesiones/iu.exec(flatText)
  if (celebro?.[1] !== undefined) return Number(celebro[1])
  const wg = /A\/HRC\/WG\.6\/(\d{1,3})\//.exec(flatText)
  if (wg?.[1] !== undefined) return Number(wg[1])
  const any = new RegExp(String.raw`\b(?:Working Group|Universal Periodic Review)\b[^.]{0,80}?\b${ORDINAL_WORD} session`, 'i').exec(flatText)
  if (any?.[1] !== undefined) return parseOrdinal(any[1])
  return null
}

const FRENCH_UNITS: Record<string, number> = {
  premier: 1, première: 1, unième: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5,
  sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10, onzième: 11, douzième: 12, treizième: 13,
  quatorzième: 14, quinzième: 15, seizième: 16
}
const FRENCH_CARDINAL_UNITS: Record<string, number> = { un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 }
const FRENCH_TENS: Record<string, number> = { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 }
const FRENCH_TENTHS: Record<string, number> = { vingtième: 20, trentième: 30, quarantième: 40, cinquantième: 50, soixantième: 60 }

/**
 * Reads a French ordinal as UN documents write session numbers ("trente-quatrième", "vingt et unième",
 * "dix-septième", "quarante-huitième", "34e"), or null.
 */
export function parseFrenchOrdinal(word: string): number | null {
  const w = word.trim().toLowerCase()
  const digits = /^(\d{1,3})\s?(?:e|ème|re|er)$/.exec(w)
  if (digits?.[1] !== undefined) return Number(digits[1])
  const parts = w.split(/[-\s]+/).filter((p) => p !== '' && p !== 'et')
  const last = parts[parts.length - 1] ?? ''
  const unit = FRENCH_UNITS[last] ?? FRENCH_TENTHS[last]
  if (unit === undefined) return null
  if (parts.length === 1) return last === 'unième' ? null : unit
  // "dix-septième", "trente-quatrième", "quarante et unième", "soixante-dixième".
  let total = unit
  for (const p of parts.slice(0, -1)) {
    const value = FRENCH_TENS[p] ?? FRENCH_CARDINAL_UNITS[p]
    if (value === undefined) return null
    total += value
  }
  return total
}

/** The UPR cycle of a Working Group session (the calendar's rule), or null for a non-session number. */
export { cycleOfSessionOrNull as cycleOfSession } from '../domain/calendar'

/**
 * A cycle the text states about the review itself ("made during the 3rd Universal Periodic Review",
 * "in the second cycle"), or null. Where several are named (an earlier cycle is often recalled), the
 * latest wins.
 */
export function detectStatedCycle(flatText: string): number | null {
  const re = new RegExp(
    String.raw`\b(?:during|in|under|for|of) the ${ORDINAL_WORD}\s+(?:cycle|Universal Periodic Review|UPR|review)\b`,
    'gi'
  )
  let best: number | null = null
  for (const m of flatText.matchAll(re)) {
    const n = parseOrdinal(m[1] ?? '')
    if (n !== null && n >= 1 && n <= 9 && (best === null || n > best)) best = n
  }
  return best
}
