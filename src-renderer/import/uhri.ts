/**
 * OHCHR Universal Human Rights Index (UHRI) Excel exports -> ParseResult. Headers are matched by a
 * normalised, typo-tolerant comparison (real exports say "Reccomending Body"). Never throws.
 */
import type { Position } from '../domain/model'
import type { ReadOptions } from './formats/limits'
import { extractTrailingStates, sdgTargetsFrom, splitParagraphNumber } from './ohchr-matrix'
import { importWarning } from './messages'
import type { ParsedRecommendation, ParseResult } from './types'
import {
  cellText,
  integerFrom,
  isEmptyRow,
  locate,
  missingColumnsWarning,
  normaliseHeader,
  pickTable,
  positionFromLabel,
  readTables,
  RowIssues,
  unexpectedProblem,
  type CellValue,
  type ColumnMatch,
  type TablesRead
} from './upr-info'

/** A UHRI row: the common fields plus what only UHRI carries. */
export interface UhriRecommendation extends ParsedRecommendation {
  documentSymbol: string | null
  /** `YYYY-MM-DD`. */
  documentPublicationDate: string | null
  annotationId: string | null
}

export interface UhriParseResult extends ParseResult {
  recommendations: UhriRecommendation[]
}

export type UhriColumn =
  | 'text'
  | 'countriesConcerned'
  | 'recommendingBody'
  | 'documentSymbol'
  | 'themes'
  | 'affectedPersons'
  | 'sdgs'
  | 'documentPublicationDate'
  | 'recommendingStates'
  | 'position'
  | 'type'
  | 'annotationId'
  | 'session'
  | 'regionsConcerned'
  | 'recommendingRegions'
  | 'uhriPublicationDate'

/** Header names as UHRI prints them (with its typos corrected), plus a few aliases. */
const UHRI_HEADERS: Record<UhriColumn, readonly string[]> = {
  text: ['Text', 'Recommendation', 'Recommendation text'],
  countriesConcerned: ['Countries Concerned', 'Country Concerned', 'State under review'],
  recommendingBody: ['Recommending Body', 'Body', 'Mechanism'],
  documentSymbol: ['Document Symbol', 'Symbol'],
  themes: ['Themes', 'Theme'],
  affectedPersons: ['Affected Persons', 'Concerned groups'],
  sdgs: ['Sdgs', 'SDG', 'Sustainable Development Goals'],
  documentPublicationDate: ['Document Publication Date', 'Publication Date'],
  recommendingStates: ['UPR Recommending States', 'Recommending States', 'Recommending State'],
  position: ['UPR Position', 'Position'],
  type: ['Type'],
  annotationId: ['OHCHR Annotation Id', 'Annotation Id'],
  session: ['UPR Session', 'Session'],
  regionsConcerned: ['Regions Concerned'],
  recommendingRegions: ['Recommending Regions'],
  uhriPublicationDate: ['Date of publication on UHRI']
}

const DISPLAY: Record<UhriColumn, string> = Object.fromEntries(
  Object.entries(UHRI_HEADERS).map(([k, names]) => [k, names[0] ?? k])
) as Record<UhriColumn, string>

const UHRI_EXPECTED = Object.values(DISPLAY).join(' | ')

/** Reads a UHRI Excel export (.xlsx, .xls or CSV): UPR rows only, one record per row. */
export function parseUhriExport(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): UhriParseResult {
  return parseUhriTables(readTables(bytes, fileName, 'UHRI export', options), fileName)
}

/** Reads the tables of a spreadsheet already read (see `readTables`) as a UHRI export. */
export function parseUhriTables(read: TablesRead, fileName: string): UhriParseResult {
  const source: UhriParseResult['source'] = { kind: 'uhri', fileName, symbol: null, stateUnderReviewName: null, session: null, cycle: null }
  try {
    if (read.failed) return { source, recommendations: [], warnings: read.warnings }
    const found = pickTable(read.tables, findUhriColumns, ['text'])
    if (!found.ok) return { source, recommendations: [], warnings: [...read.warnings, missingColumnsWarning(found, UHRI_EXPECTED)] }
    const { table, headerIndex, columns } = found
    const warnings = [...read.warnings, ...columns.warnings]
    const issues = new RowIssues()
    const recommendations: UhriRecommendation[] = []
    const skipped = new Map<string, number>()
    const raw = (row: CellValue[], key: UhriColumn): CellValue => {
      const c = columns.index[key]
      return c === undefined ? null : (row[c] ?? null)
    }
    const text = (row: CellValue[], key: UhriColumn): string => decodeHtmlEntities(cellString(raw(row, key)))
    for (let i = headerIndex + 1; i < table.rows.length; i++) {
      const row = table.rows[i] ?? []
      if (isEmptyRow(row)) continue
      const at = locate(table, i)
      const body = multiValues(text(row, 'recommendingBody'))
      const type = text(row, 'type')
      const mechanism = mechanismOf(body, type)
      if (mechanism !== 'UPR') {
        skipped.set(mechanism, (skipped.get(mechanism) ?? 0) + 1)
        continue
      }
      const fullText = text(row, 'text').replace(/\s+/g, ' ').trim()
      if (fullText === '') {
        issues.add('no-text', 'uhri.noText', {}, 'No text in column Text: row skipped', { ...at, column: DISPLAY.text })
        continue
      }
      const { number, rest } = splitParagraphNumber(fullText)
      const statesListed = multiValues(text(row, 'recommendingStates'))
      const { text: recText, states: statesInText } = stripListedStates(rest, statesListed)
      const positionRaw = multiValues(text(row, 'position'))[0] ?? ''
      let position: Position | null = positionFromLabel(positionRaw)
      if (position === null) {
        issues.add(`position:${positionRaw.toLowerCase()}`, 'uhri.unknownPosition', { position: positionRaw }, `Unknown position "${positionRaw}" in column UPR Position, read as pending`, {
          ...at,
          column: DISPLAY.position
        })
        position = 'pending'
      }
      const countries = multiValues(text(row, 'countriesConcerned'))
      if (countries.length > 1) {
        issues.add('countries', 'uhri.severalCountries', {}, 'Several countries concerned in one row: the first is taken as the State under review', { ...at, column: DISPLAY.countriesConcerned })
      }
      const sessionRaw = multiValues(text(row, 'session'))[0] ?? null
      const session = integerFrom(sessionRaw)
      if (session === undefined) {
        issues.add(`session:${sessionRaw ?? ''}`, 'uhri.badSession', { session: sessionRaw ?? '' }, `UPR Session "${sessionRaw ?? ''}" is not a session number, left empty`, { ...at, column: DISPLAY.session })
      }
      const dateRaw = raw(row, 'documentPublicationDate')
      const date = calendarDateFrom(dateRaw, table.date1904)
      if (date === undefined) {
        issues.add('date', 'uhri.badDate', { date: cellString(dateRaw) }, `Document Publication Date "${cellString(dateRaw)}" is not a date, left empty`, {
          ...at,
          column: DISPLAY.documentPublicationDate
        })
      }
      const sdgs: string[] = []
      for (const item of multiValues(text(row, 'sdgs'))) for (const id of sdgTargetsFrom(item)) if (!sdgs.includes(id)) sdgs.push(id)
      recommendations.push({
        number,
        text: recText,
        recommendingStatesRaw: statesListed.length > 0 ? statesListed : statesInText,
        position,
        stateUnderReviewName: countries[0] ?? null,
        session: session ?? null,
        sourceThemes: multiValues(text(row, 'themes')),
        sourceAffectedPersons: multiValues(text(row, 'affectedPersons')),
        sourceSdgTargets: sdgs,
        positionSource: 'UHRI UPR Position',
        at,
        documentSymbol: text(row, 'documentSymbol').trim() || null,
        documentPublicationDate: date ?? null,
        annotationId: text(row, 'annotationId').trim() || null
      })
    }
    if (skipped.size > 0) {
      const total = [...skipped.values()].reduce((a, b) => a + b, 0)
      const by = [...skipped.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}: ${v}`)
      warnings.push(
        importWarning(
          'uhri.otherMechanisms',
          { count: total, breakdown: by.join(', ') },
          `${total} row${total > 1 ? 's' : ''} from other mechanisms (treaty bodies, special procedures) skipped; only UPR recommendations are imported (${by.join(', ')}).`
        )
      )
    }
    if (recommendations.length === 0 && skipped.size === 0) {
      warnings.push(importWarning('table.noRecommendations', {}, 'No recommendations below the header row.', locate(table, headerIndex)))
    }
    source.symbol = single(recommendations.map((r) => r.documentSymbol))
    source.stateUnderReviewName = single(recommendations.map((r) => r.stateUnderReviewName ?? null))
    source.session = single(recommendations.map((r) => r.session ?? null))
    return { source, recommendations, warnings: [...warnings, ...issues.flush()] }
  } catch (e) {
    return { source, recommendations: [], warnings: [unexpectedProblem(fileName, e)] }
  }
}

/** Maps a UHRI header row to fields by a typo-tolerant comparison of the normalised names. */
export function findUhriColumns(header: readonly CellValue[]): ColumnMatch<UhriColumn> {
  const candidates: { column: number; field: UhriColumn; distance: number }[] = []
  header.forEach((h, column) => {
    const name = normaliseHeader(cellText(h))
    if (name === '') return
    for (const [field, names] of Object.entries(UHRI_HEADERS) as [UhriColumn, readonly string[]][]) {
      for (const expected of names) {
        const target = normaliseHeader(expected)
        const distance = editDistance(name, target)
        if (distance <= tolerance(target.length)) candidates.push({ column, field, distance })
      }
    }
  })
  candidates.sort((a, b) => a.distance - b.distance || a.column - b.column)
  const index: Partial<Record<UhriColumn, number>> = {}
  const taken = new Set<number>()
  for (const { column, field } of candidates) {
    if (index[field] !== undefined || taken.has(column)) continue
    index[field] = column
    taken.add(column)
  }
  return { index, recognised: taken.size, warnings: [], display: DISPLAY }
}

function tolerance(length: number): number {
  if (length < 4) return 0
  if (length < 8) return 1
  if (length < 16) return 2
  return 3
}

/** Optimal string alignment distance (Levenshtein plus transpositions). */
function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > 3) return 99
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i]
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j)
        continue
      }
      const prev = rows[i - 1] ?? []
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1)
      row.push(d)
    }
    rows.push(row)
  }
  return rows[a.length]?.[b.length] ?? 99
}

/** Which mechanism a row comes from: "UPR", or the body's own label (for the skipped-rows count). */
function mechanismOf(body: readonly string[], type: string): string {
  if (body.length > 0) return body.some((b) => UPR.test(b)) ? 'UPR' : body.join(', ')
  const t = type.replace(/^[\s-]+/, '').trim()
  if (t === '' || UPR.test(t)) return 'UPR'
  // A Type column that names another mechanism; anything else (e.g. "Recommendation") says nothing.
  return OTHER_MECHANISM.test(t) ? t : 'UPR'
}

const UPR = /^\s*upr\b|\bupr\b|universal periodic review/i
const OTHER_MECHANISM = /treaty|special procedure|committee|rapporteur|working group|independent expert|\b(CRC|CEDAW|CERD|CESCR|CCPR|CAT|CMW|CRPD|CED|SPT|HRCttee)\b/i

/** Items of a UHRI multi-value cell: lines starting with "- " (a line without the dash continues the item above). */
export function multiValues(cell: string): string[] {
  const lines = cell
    .split(/\r\n|\r|\n|;\s*(?=[-–•]\s)/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  const dashed = lines.some((l) => BULLET.test(l))
  const items: string[] = []
  for (const line of lines) {
    if (BULLET.test(line)) items.push(line.replace(BULLET, '').trim())
    else if (dashed && items.length > 0) items[items.length - 1] += ` ${line}`
    else items.push(line)
  }
  return items.filter((s) => s !== '')
}

const BULLET = /^[-–•]\s*(?=\S)/

/** Removes trailing "(France) (Lithuania)" groups that repeat the listed States; returns them when none are listed. */
function stripListedStates(text: string, listed: readonly string[]): { text: string; states: string[] } {
  const trailing = extractTrailingStates(text)
  if (trailing.states.length === 0) return { text: text.replace(/[\s;]+$/, ''), states: [] }
  if (listed.length === 0) return trailing
  const known = new Set(listed.map((s) => normaliseHeader(s)))
  return trailing.states.every((s) => known.has(normaliseHeader(s))) ? trailing : { text: text.replace(/[\s;]+$/, ''), states: [] }
}

function cellString(v: CellValue): string {
  if (v === null) return ''
  return typeof v === 'string' ? v : String(v)
}

/** A calendar date `YYYY-MM-DD` from an Excel serial number or a date text; null when empty, undefined when unreadable. */
export function calendarDateFrom(v: CellValue, date1904 = false): string | null | undefined {
  if (v === null || v === '') return null
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 1 || v > 2958465) return undefined
    // Serial 1 is 1900-01-01; Excel's phantom 1900-02-29 (serial 60) makes the epoch 1899-12-30 from serial 61.
    const days = Math.floor(v) + (date1904 ? 1462 : 0)
    const epoch = Date.UTC(1899, 11, days < 61 && !date1904 ? 31 : 30)
    return new Date(epoch + days * 86400000).toISOString().slice(0, 10)
  }
  const s = String(v).trim()
  if (s === '') return null
  if (/^\d+(\.\d+)?$/.test(s)) return calendarDateFrom(Number(s), date1904)
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s)
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s) // day first, as UN documents write dates
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]))
  m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(s) ?? null
  if (m) return isoDate(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]))
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s)
  if (m) return isoDate(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]))
  return undefined
}

function monthNumber(name: string): number {
  const i = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase())
  return i + 1
}

function isoDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return undefined
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1) return undefined
  return date.toISOString().slice(0, 10)
}

function single<T>(values: readonly (T | null)[]): T | null {
  let found: T | null = null
  for (const v of values) {
    if (v === null) continue
    if (found === null) found = v
    else if (found !== v) return null
  }
  return found
}

// Latin-1 named entities, in code point order from U+00A0.
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'.split(' ')

const NAMED_ENTITIES: Record<string, string> = {
  ...Object.fromEntries(LATIN1_NAMES.map((name, i) => [name, String.fromCharCode(0xa0 + i)])),
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  bull: '\u2022',
  euro: '\u20ac',
  trade: '\u2122',
  OElig: '\u0152',
  oelig: '\u0153',
  Scaron: '\u0160',
  scaron: '\u0161',
  Zcaron: '\u017d',
  zcaron: '\u017e',
  Yuml: '\u0178',
  ccaron: '\u010d',
  Ccaron: '\u010c',
  dagger: '\u2020',
  Dagger: '\u2021',
  permil: '\u2030',
  lsaquo: '\u2039',
  rsaquo: '\u203a',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  prime: '\u2032',
  Prime: '\u2033',
  minus: '\u2212'
}

/** Decodes HTML entities (named, decimal and hexadecimal) and turns <br> and paragraph tags into line breaks. */
export function decodeHtmlEntities(s: string): string {
  if (!s.includes('&') && !s.includes('<')) return s
  return s
    .replace(/<br\s*\/?>|<\/?p\s*>/gi, '\n')
    .replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, ref: string) => {
      if (ref.startsWith('#')) {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
        if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole
        return String.fromCodePoint(code)
      }
      const hit = Object.hasOwn(NAMED_ENTITIES, ref) ? NAMED_ENTITIES[ref] : undefined
      return hit === undefined || (!whole.endsWith(';') && !LEGACY_WITHOUT_SEMICOLON.has(ref)) ? whole : hit
    })
}

// The few entities browsers also accept without the closing semicolon.
const LEGACY_WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp'])
