/**
 * OHCHR "Thematic list of recommendations" matrices (.docx) -> ParseResult. The Word file is read by the
 * reading layer (formats/word.ts: ZIP within budgets, one linear pass over the XML, no DOMParser, so
 * this runs in a Web Worker and in Node). Columns are found by their header text, so the 4-column
 * layouts of several cycles read alike. Never rejects.
 */
import type { Position } from '../domain/model'
import type { ReadOptions } from './formats/limits'
import { describeProblem, type ReadProblem, type ReadResult } from './formats/problems'
import { readDocx, type WordBlock, type WordCell, type WordDocument } from './formats/word'
import { nested } from '../domain/coded-message'
import { importWarning, readProblemMessage } from './messages'
import { positionFromLabel, RowIssues, unexpectedProblem } from './upr-info'
import type { ImportWarning, ParsedRecommendation, ParseResult, SourceInfo, SourceLocation } from './types'

export { readWordXml, type WordBlock, type WordCell } from './formats/word'

/** Reads an OHCHR thematic list of recommendations (.docx): one record per recommendation number (and text). */
export async function parseOhchrMatrix(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ParseResult> {
  return parseOhchrMatrixDocument(readDocx(bytes, options), fileName)
}

/** Reads a Word document already opened by the reading layer as an OHCHR thematic list. */
export function parseOhchrMatrixDocument(read: ReadResult<WordDocument>, fileName: string): ParseResult {
  const source: SourceInfo = { kind: 'ohchr-matrix', fileName, symbol: null, stateUnderReviewName: null, session: null, cycle: null }
  try {
    if (!read.ok) return { source, recommendations: [], warnings: [docxRefusal(read.problem, fileName)] }
    const doc = read.value
    const body = doc.blocks
    const titleText = [...doc.headers.flat(), ...body.filter(isParagraph).map((b) => b.text), doc.title]
      .filter((t) => t.trim() !== '')
      .join('\n')
    Object.assign(source, titleFacts(titleText, fileName))
    const result = readMatrix(body)
    if (source.session !== null) for (const r of result.recommendations) r.session = source.session
    const warnings = [...result.warnings]
    if (source.stateUnderReviewName === null || source.session === null) {
      warnings.push(importWarning('matrix.noTitleFacts', {}, 'The State under review or the session was not found in the title of the document: set them in the preview.'))
    }
    return { source, recommendations: result.recommendations, warnings }
  } catch (e) {
    return { source, recommendations: [], warnings: [unexpectedProblem(fileName, e)] }
  }
}

/** The warning for a .docx the reading layer refused, in the words this importer has always used. */
export function docxRefusal(problem: ReadProblem, fileName: string): ImportWarning {
  switch (problem.code) {
    case 'not-zip':
      return { ...importWarning('docx.notZip', { file: fileName }, `${fileName} is not a Word .docx file (it does not start with the ZIP signature "PK").`), problem }
    case 'entry-missing':
      return { ...importWarning('docx.noDocument', { file: fileName }, `${fileName} is a ZIP archive without word/document.xml: not a Word .docx file.`), problem }
    default:
      return {
        ...importWarning('docx.cannotOpen', { file: fileName, reason: nested(readProblemMessage(problem)) }, `Cannot open ${fileName} as a Word .docx file: ${describeProblem(problem)}`),
        problem
      }
  }
}

function isParagraph(b: WordBlock): b is { kind: 'paragraph'; text: string } {
  return b.kind === 'paragraph'
}

// ---------------------------------------------------------------------------------------------------
// The matrix

type MatrixColumn = 'recommendation' | 'position' | 'themes' | 'sdgs' | 'persons' | 'states' | 'assessment'

/** Which field a header cell names, from its text (not its position). */
function columnFromHeader(text: string): MatrixColumn | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim()
  if (t === '') return null
  if (/\bsdgs?\b|sustainable development/.test(t)) return 'sdgs'
  if (/assessment|comments?\b|level of implementation|implementation status/.test(t)) return 'assessment'
  if (/theme/.test(t)) return 'themes'
  if (/^(affected persons|groups? of persons)$/.test(t)) return 'persons'
  if (/position/.test(t)) return 'position'
  if (/^recommending states?$/.test(t)) return 'states'
  if (/recommendation/.test(t)) return 'recommendation'
  return null
}

function headerColumns(cells: readonly WordCell[]): Map<number, MatrixColumn> | null {
  const map = new Map<number, MatrixColumn>()
  for (const c of cells) {
    const field = columnFromHeader(c.paragraphs.join(' '))
    if (field && ![...map.values()].includes(field)) map.set(c.gridColumn, field)
  }
  const fields = [...map.values()]
  return fields.includes('recommendation') && fields.includes('position') ? map : null
}

const DEFAULT_COLUMNS = new Map<number, MatrixColumn>([
  [0, 'recommendation'],
  [1, 'position'],
  [2, 'themes'],
  [3, 'assessment']
])

interface MatrixResult {
  recommendations: ParsedRecommendation[]
  warnings: ImportWarning[]
}

function readMatrix(blocks: readonly WordBlock[]): MatrixResult {
  const warnings: ImportWarning[] = []
  const issues = new RowIssues()
  const recommendations: ParsedRecommendation[] = []
  const byNumber = new Map<string, { records: ParsedRecommendation[]; themes: string[] }>()
  const repeated = new Map<string, number>()
  const tables = new Set(blocks.filter((b) => b.kind === 'row').map((b) => (b.kind === 'row' ? b.table : 0)))
  let columns: Map<number, MatrixColumn> | null = null
  let usedDefault = false
  let theme: string | null = null

  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const t = themeOf(block.text)
      if (t) theme = t
      continue
    }
    const at: SourceLocation = { row: block.rowInTable }
    if (tables.size > 1) at.sheet = `table ${block.table}`
    const filled = block.cells.filter((c) => c.paragraphs.some((p) => p.trim() !== ''))
    if (filled.length === 0) continue
    const header = headerColumns(block.cells)
    if (header) {
      columns = header
      continue
    }
    if (filled.length === 1) {
      const only = filled[0]
      const t = themeOf(only?.paragraphs.join(' ') ?? '')
      if (t) {
        theme = t
        continue
      }
      // A full-width row that is neither a theme nor a recommendation: a note or a sub-heading.
      if (only && only.span > 1 && !NUMBER_AT_START.test(only.paragraphs.join(' '))) {
        issues.add('note-row', 'matrix.noteRow', {}, 'A full-width row that is not a "Theme:" row was skipped', at)
        continue
      }
    }
    if (!columns) {
      if (!NUMBER_AT_START.test(block.cells[0]?.paragraphs.join(' ') ?? '')) continue // title rows before the header
      columns = DEFAULT_COLUMNS
      usedDefault = true
    }
    const fieldText = (field: MatrixColumn): string[] => {
      const out: string[] = []
      for (const c of block.cells) if (columns?.get(c.gridColumn) === field) out.push(...c.paragraphs)
      return out
    }
    const recParagraphs = fieldText('recommendation')
    const recText = recParagraphs.join('\n').trim()
    if (recText === '') {
      issues.add('no-rec', 'matrix.noText', {}, 'A table row has no text in the Recommendation column: row skipped', at)
      continue
    }
    const cellData = readRecommendationCell(recParagraphs)
    if (!cellData.number) {
      issues.add('no-number', 'matrix.noNumber', {}, 'No recommendation number (such as "122.7") at the start of the Recommendation cell', { ...at, column: 'Recommendation' })
    }
    const positionRaw = fieldText('position').join(' ').replace(/\s+/g, ' ').trim()
    let position: Position | null = positionFromLabel(positionRaw)
    if (positionRaw === '') issues.add('no-position', 'matrix.noPosition', {}, 'No position given: read as pending', { ...at, column: 'Position' })
    if (position === null) {
      issues.add(`position:${positionRaw.toLowerCase()}`, 'matrix.unknownPosition', { position: positionRaw }, `Unknown position "${positionRaw}": read as pending`, { ...at, column: 'Position' })
      position = 'pending'
    }
    const lists = readThemeCells(fieldText('themes'), fieldText('persons'), fieldText('sdgs'))
    if (theme && !lists.themes.some((t) => sameLabel(t, theme ?? ''))) lists.themes.unshift(theme)
    const extraStates = fieldText('states').join(', ')

    const key = cellData.number
    const known = key ? byNumber.get(key) : undefined
    if (known && key) {
      // The same recommendation listed under another theme: one record, themes merged.
      repeated.set(key, (repeated.get(key) ?? 1) + 1)
      for (const r of known.records) {
        r.sourceThemes = mergeLabels(r.sourceThemes ?? [], lists.themes)
        r.sourceAffectedPersons = mergeLabels(r.sourceAffectedPersons ?? [], lists.persons)
        r.sourceSdgTargets = mergeLabels(r.sourceSdgTargets ?? [], lists.sdgs)
        if (r.position !== position) {
          issues.add(
            `conflict:${key}`,
            'matrix.otherPosition',
            { number: key, position: { position }, first: { position: r.position } },
            `Recommendation ${key} appears again with another position (${position} instead of ${r.position}); the first is kept`,
            at
          )
        }
      }
      const firstText = known.records.map((r) => r.text).join(' ')
      const thisText = cellData.parts.map((p) => p.text).join(' ')
      if (normaliseForCompare(firstText) !== normaliseForCompare(thisText)) {
        issues.add(`text:${key}`, 'matrix.otherText', { number: key }, `Recommendation ${key} appears again with a different text; the first is kept`, at)
      }
      continue
    }
    const records: ParsedRecommendation[] = []
    for (const part of cellData.parts) {
      const states = part.states.length > 0 ? part.states : splitStateList(extraStates)
      if (states.length === 0) {
        issues.add('no-state', 'matrix.noState', {}, 'No recommending State in parentheses at the end of the recommendation', { ...at, column: 'Recommendation' })
      }
      const record: ParsedRecommendation = {
        number: cellData.number,
        text: part.text,
        recommendingStatesRaw: states,
        position,
        sourceThemes: [...lists.themes],
        sourceAffectedPersons: [...lists.persons],
        sourceSdgTargets: [...lists.sdgs],
        at
      }
      if (cellData.positionSource) record.positionSource = cellData.positionSource
      records.push(record)
      recommendations.push(record)
    }
    if (key) byNumber.set(key, { records, themes: lists.themes })
  }

  if (!columns) {
    warnings.push(
      importWarning(
        'matrix.noTable',
        {},
        'No table with a header row naming the Recommendation and Position columns was found: this does not look like an OHCHR thematic list of recommendations.'
      )
    )
  } else if (usedDefault) {
    warnings.push(
      importWarning(
        'matrix.defaultColumns',
        {},
        'No header row naming the columns was found: columns were read in the usual order Recommendation | Position | Full list of themes | Assessment.'
      )
    )
  }
  if (repeated.size > 0) {
    const list = [...repeated.entries()].slice(0, 12).map(([k, n]) => `${k} (${n}×)`)
    const listed = `${list.join(', ')}${repeated.size > list.length ? ', …' : ''}`
    warnings.push(
      importWarning(
        'matrix.merged',
        { count: repeated.size, list: listed },
        repeated.size > 1
          ? `${repeated.size} recommendations appear under more than one theme and were merged into one record each, with their themes combined: ${listed}.`
          : `1 recommendation appears under more than one theme and was merged into one record, with its themes combined: ${listed}.`
      )
    )
  }
  return { recommendations, warnings: [...warnings, ...issues.flush()] }
}

function themeOf(text: string): string | null {
  const m = /^\s*th[eè]me\s*:\s*(.+)$/is.exec(text)
  return m?.[1] ? m[1].replace(/\s+/g, ' ').trim() : null
}

const NUMBER_AT_START = /^\s*(\d{1,3}(?:\.\d{1,3}){1,2})\.?(?=\s|$)/

interface RecommendationCell {
  number: string | null
  parts: { text: string; states: string[] }[]
  positionSource: string | null
}

function readRecommendationCell(paragraphs: readonly string[]): RecommendationCell {
  const joined = paragraphs.join('\n')
  let positionSource: string | null = null
  let body = joined
  const src = /source\s+of\s+(?:the\s+)?position\s*:/i.exec(joined)
  if (src) {
    body = joined.slice(0, src.index)
    positionSource = joined.slice(src.index + src[0].length).replace(/\s+/g, ' ').trim() || null
  }
  body = body.replace(/\s+/g, ' ').trim()
  const { number, rest } = splitParagraphNumber(body)
  return { number, parts: splitRecommendationTexts(rest), positionSource }
}

/** Splits a leading paragraph number ("122.7 Ratify ..." -> "122.7"); cycle-1 numbers may end with a dot. */
export function splitParagraphNumber(text: string): { number: string | null; rest: string } {
  const m = NUMBER_AT_START.exec(text)
  if (!m?.[1]) return { number: null, rest: text.trim() }
  return { number: m[1], rest: text.slice(m[0].length).trim() }
}

/**
 * Splits the texts under one number ("Do A (Ukraine); Do B (Slovakia);") into their own texts, each with
 * the States named in its trailing parentheses.
 */
export function splitRecommendationTexts(body: string): { text: string; states: string[] }[] {
  const parts: { text: string; states: string[] }[] = []
  let start = 0
  const boundary = /\)\s*;\s+(?=["“‘']?\p{Lu})/gu
  for (let m = boundary.exec(body); m; m = boundary.exec(body)) {
    const end = m.index + 1
    const piece = extractTrailingStates(body.slice(start, end))
    if (piece.states.length === 0) continue
    parts.push(piece)
    start = m.index + m[0].length
  }
  const last = extractTrailingStates(body.slice(start))
  if (last.text !== '' || last.states.length > 0 || parts.length === 0) parts.push(last)
  return parts
}

/** Takes the recommending States off the end of a text: "(France) (Lithuania);" or "(Spain, Tunisia, Portugal)." */
export function extractTrailingStates(input: string): { text: string; states: string[] } {
  let text = input.replace(/[\s;,.]+$/, '')
  const states: string[] = []
  while (text.endsWith(')')) {
    const open = matchingOpen(text, text.length - 1)
    if (open < 0) break
    const group = text.slice(open + 1, text.length - 1)
    const names = splitStateList(group)
    if (names.length === 0 || !names.every(looksLikeStateName)) break
    states.unshift(...names)
    text = text.slice(0, open).replace(/[\s;,]+$/, '')
  }
  return { text: text.trim(), states }
}

function matchingOpen(s: string, close: number): number {
  let depth = 0
  for (let k = close; k >= 0; k--) {
    if (s[k] === ')') depth++
    else if (s[k] === '(') {
      depth--
      if (depth === 0) return k
    }
  }
  return -1
}

/** Splits "Senegal, Venezuela (Bolivarian Republic of),Peru" at the commas outside parentheses. */
function splitStateList(group: string): string[] {
  const out: string[] = []
  let depth = 0
  let current = ''
  for (const c of group) {
    if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    if (c === ',' && depth === 0) {
      out.push(current)
      current = ''
    } else current += c
  }
  out.push(current)
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '')
}

const NOT_A_STATE = /\b(convention|protocol|covenant|article|articles|act|law|code|committee|principles|declaration|agenda|programme|program|strategy|resolution|para|paragraph|see|including|inter alia|no\.)\b/i

function looksLikeStateName(name: string): boolean {
  if (name.length < 3 || name.length > 70) return false
  if (/\d/.test(name)) return false
  if (/^[A-Z]{2,6}$/.test(name)) return false // an acronym such as (CRC)
  if (NOT_A_STATE.test(name)) return false
  if (name.split(/\s+/).length > 9) return false
  return /^(the\s+\p{L}|\p{Lu})/u.test(name)
}

interface ThemeLists {
  themes: string[]
  persons: string[]
  sdgs: string[]
}

/** Splits the themes cell ("themes ... Affected persons: ... SDGs: ...") and any separate persons/SDG columns. */
function readThemeCells(themeParagraphs: readonly string[], personParagraphs: readonly string[], sdgParagraphs: readonly string[]): ThemeLists {
  const lists: ThemeLists = { themes: [], persons: [], sdgs: [] }
  const take = (paragraphs: readonly string[], start: keyof ThemeLists): void => {
    let section: keyof ThemeLists = start
    for (const raw of paragraphs.flatMap((p) => p.split('\n'))) {
      let line = raw.replace(/\s+/g, ' ').trim()
      const label = /^(affected persons|persons affected|groups? of persons|sdgs?|relevant sdgs|sustainable development goals|themes?|human rights themes)\s*:\s*(.*)$/i.exec(line)
      if (label?.[1] !== undefined) {
        const l = label[1].toLowerCase()
        section = /sdg|sustainable/.test(l) ? 'sdgs' : /theme/.test(l) ? 'themes' : 'persons'
        line = (label[2] ?? '').trim()
        if (line === '') continue
      }
      const item = line.replace(/^[-–•·*]\s*/, '').trim()
      if (item === '') continue
      const sdg = sdgTargetsFrom(item)
      if (section === 'sdgs' || (sdg.length > 0 && /^\d{1,2}(\.\w{1,2})?\s*[-–:]\s*[^a-z]+$/.test(item))) {
        if (sdg.length > 0) lists.sdgs = mergeLabels(lists.sdgs, sdg)
        continue
      }
      lists[section] = mergeLabels(lists[section], [item])
    }
  }
  take(themeParagraphs, 'themes')
  take(personParagraphs, 'persons')
  take(sdgParagraphs, 'sdgs')
  return lists
}

/**
 * SDG ids in one list item: targets such as "3.8" or "16.a", or a goal number ("16 - PEACE, JUSTICE ...",
 * "Goal 5"), as strings. Goals outside 1-17 are ignored.
 */
export function sdgTargetsFrom(item: string): string[] {
  const s = item.replace(/^[\s\-–•·*]+/, '').trim()
  const out: string[] = []
  const add = (goal: string, target?: string): void => {
    const g = Number(goal)
    if (g < 1 || g > 17) return
    const id = target ? `${g}.${target.toLowerCase()}` : String(g)
    if (!out.includes(id)) out.push(id)
  }
  const lead = /^(?:sdg|goal|target)?\s*(\d{1,2})(?:\.(\d{1,2}|[a-cA-C]))?(?=$|[\s,;:)\-–])/i.exec(s)
  if (!lead?.[1]) return out
  add(lead[1], lead[2])
  const rest = s.slice(lead[0].length)
  // Further ids only when the line is a bare list ("3.8, 16.3").
  if (/^[\s,;]*(\d{1,2}(\.(\d{1,2}|[a-c]))?[\s,;]*)*$/i.test(rest)) {
    for (const m of rest.matchAll(/(\d{1,2})(?:\.(\d{1,2}|[a-c]))?/gi)) if (m[1]) add(m[1], m[2])
  }
  return out
}

function mergeLabels(into: readonly string[], more: readonly string[]): string[] {
  const out = [...into]
  for (const m of more) if (!out.some((o) => sameLabel(o, m))) out.push(m)
  return out
}

function sameLabel(a: string, b: string): boolean {
  return normaliseForCompare(a) === normaliseForCompare(b)
}

function normaliseForCompare(s: string): string {
  return s
    .replace(/^[\s\-–•]+/, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

// ---------------------------------------------------------------------------------------------------
// Title: State under review, cycle and session

function titleFacts(text: string, fileName: string): Pick<SourceInfo, 'stateUnderReviewName' | 'session' | 'cycle'> {
  const flat = text.replace(/[\t ]+/g, ' ')
  let state =
    /\bUPR\s+of\s+(?:the\s+)?(\p{Lu}[^()\n\r]{1,60}?)\s*(?:\(|[-–—,:]|\r|\n|$)/mu.exec(flat)?.[1] ??
    /\bUniversal Periodic Review\s*(?:of|[-–—:])\s*(?:the\s+)?(\p{Lu}[^()\n\r]{1,60}?)\s*(?:\(|[-–—,:]|\r|\n|$)/mu.exec(flat)?.[1] ??
    /Thematic list of recommendations\s*[-–—:]\s*(\p{Lu}[^()\n\r]{1,60}?)\s*(?:\(|[-–—,:]|\r|\n|$)/imu.exec(flat)?.[1] ??
    null
  const sessionText = /(\d{1,2})\s*(?:st|nd|rd|th)\s+session/i.exec(flat)?.[1] ?? /\bsession\s*(?:no\.?\s*)?(\d{1,2})\b/i.exec(flat)?.[1] ?? null
  const cycleText = /(\d)\s*(?:st|nd|rd|th)\s+cycle/i.exec(flat)?.[1] ?? /\bcycle\s+(\d)\b/i.exec(flat)?.[1] ?? null
  const base = fileName.replace(/^.*[\\/]/, '')
  let session = sessionText ? Number(sessionText) : null
  if (session === null) {
    const m = /^UPR[\s_-]?(\d{1,2})(?!\d)/i.exec(base)
    if (m?.[1]) session = Number(m[1])
  }
  if (state === null) {
    const m = /^UPR[\s_-]?\d{1,2}[\s_-]+([A-Za-z]+(?:[\s_-][A-Za-z]+)*?)[\s_-]+(?:thematic|matrix|recommendations|list)/i.exec(base)
    if (m?.[1]) state = m[1].replace(/[_-]+/g, ' ')
  }
  return { stateUnderReviewName: state ? state.trim() : null, session, cycle: cycleText ? Number(cycleText) : null }
}
