/**
 * Rows of the measures exchange file <-> measure fields. Reading checks every cell and names the row and
 * column of each problem; it never throws. Writing gives the cells the importer reads back unchanged.
 */
import { nested, type CodedText } from '../coded-message'
import { MEASURE_STATUSES, MEASURE_TYPES, type CalendarDate, type MeasureStatus, type MeasureType, type RecoveryMeasure } from '../model'
import { measureText, type MeasureMessageCode, type MeasureValues } from './messages'
import { checkCurrency, parseAmount } from './money'
import { LIST_SEPARATOR, MEASURE_COLUMNS, REQUIRED_MEASURE_COLUMNS, columnOfHeader, type MeasureColumn } from './measure-columns'
import { resolveTag, type MeasureTagKind } from './measure-tags'

/** A cell as spreadsheets give it. */
export type Cell = string | number | boolean | null

/**
 * A problem in the file: where it is and what is wrong, as a code with its values (translated by the page)
 * and in English words. Errors block the import; warnings do not.
 */
export interface TableProblem extends CodedText {
  severity: 'error' | 'warning'
  /** 1-based row as a spreadsheet shows it (the header is row 1), or null for the whole file. */
  row: number | null
  /** The column's name in the file format (e.g. "budget_amount") and its letter, or null. */
  column: string | null
  /** The sheet of a workbook the row is in ("Measures"); absent for CSV and for the whole file. */
  sheet?: string
}

/** A problem of the file at `row` and `column`. */
export function tableProblem<C extends MeasureMessageCode>(
  severity: TableProblem['severity'],
  row: number | null,
  column: string | null,
  code: C,
  values: MeasureValues<C>,
  message: string
): TableProblem {
  return { severity, row, column, ...measureText(code, values, message) }
}

/** The fields of a measure that the file carries (everything but the stored id and timestamps). */
export type MeasureFields = Omit<RecoveryMeasure, 'id' | 'createdAt' | 'updatedAt'>

/** One row read from the file. Only the fields whose column the file has are set. */
export interface ImportedMeasure {
  row: number
  /** The id written in the file, or null for a new measure. */
  id: string | null
  fields: Partial<MeasureFields>
  /** The recommendation references as written; null when the file has no `recommendations` column. */
  recommendations: string[] | null
}

/** One data row: its cells and its row number in the file. */
export interface SourceRow {
  cells: readonly Cell[]
  row: number
}

/** What reading a file gives: the rows it could read and every problem, never an exception. */
export interface MeasureRowsResult {
  items: ImportedMeasure[]
  problems: TableProblem[]
}

const TYPE_WORDS: Record<string, MeasureType> = { law: 'law', act: 'law', legislation: 'law', policy: 'policy', budget: 'budget', programme: 'programme', program: 'programme', institution: 'institution', campaign: 'campaign' }
const STATUS_WORDS: Record<string, MeasureStatus> = { planned: 'planned', 'in force': 'in-force', 'in-force': 'in-force', active: 'in-force', ended: 'ended', withdrawn: 'withdrawn' }
const YES = new Set(['yes', 'y', 'true', '1', 'x', 'oui', 'si', 'sí'])
const NO = new Set(['no', 'n', 'false', '0', '', 'non'])
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/
const MAX_TEXT = 20_000

/** The spreadsheet letter of a 0-based column index (0 -> A, 26 -> AA). */
export function columnLetter(index: number): string {
  let s = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

/** Text of a cell: line ends normalised, outer space trimmed, the CSV formula guard (a leading ') removed. */
export function cellString(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return ''
  const s = (typeof cell === 'string' ? cell : String(cell)).replace(/\r\n?/g, '\n').trim()
  return /^'[=+\-@\t]/.test(s) ? s.slice(1) : s
}

/** A calendar date from a cell: "2020-04-06", or an Excel date serial; null when empty, a message when not a date. */
export function dateFromCell(cell: Cell | undefined, date1904 = false): { ok: true; date: CalendarDate | null } | { ok: false; problem: CodedText } {
  if (cell === null || cell === undefined || cell === '') return { ok: true, date: null }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 2_958_465) return { ok: false, problem: measureText('measures.notADate', { value: String(cell) }, `${cell} is not a date`) }
    // Excel serials count days from 1899-12-30 (after its 1900 leap-year bug) or from 1904-01-01.
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30)
    return { ok: true, date: new Date(epoch + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10) }
  }
  const text = cellString(cell)
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text)
  if (!m) return { ok: false, problem: measureText('measures.dateFormat', { value: text }, `"${text}" is not a date: write it as YYYY-MM-DD, such as 2020-04-06`) }
  const [, y, mo, d] = m
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) {
    return { ok: false, problem: measureText('measures.notACalendarDay', { value: text }, `"${text}" is not a day of the calendar`) }
  }
  return { ok: true, date: `${y}-${mo}-${d}` }
}

/** Splits a multi-value cell ("health; education"), also on line breaks; empty parts dropped. */
export function splitList(text: string): string[] {
  return text.split(/[;\n]/).map((s) => s.trim()).filter((s) => s !== '')
}

/** Reads the header and data rows of a measures file into measures to import, with every problem found. */
export function readMeasureRows(header: readonly Cell[], rows: readonly SourceRow[], headerRow: number, options: { date1904?: boolean } = {}): MeasureRowsResult {
  const problems: TableProblem[] = []
  const index = new Map<MeasureColumn, number>()
  const letters = new Map<MeasureColumn, string>()
  header.forEach((cell, c) => {
    const text = cellString(cell)
    if (text === '') return
    const column = columnOfHeader(text)
    if (!column) {
      problems.push(tableProblem('warning', headerRow, `${text} (${columnLetter(c)})`, 'measures.unknownColumn', { header: text }, `Column "${text}" is not one of the measure columns: it is ignored.`))
      return
    }
    if (index.has(column)) {
      const first = letters.get(column) ?? ''
      problems.push(tableProblem('error', headerRow, `${column} (${columnLetter(c)})`, 'measures.duplicateColumn', { column, first }, `Column ${column} appears twice (also column ${first}).`))
      return
    }
    index.set(column, c)
    letters.set(column, columnLetter(c))
  })
  const missing = REQUIRED_MEASURE_COLUMNS.filter((c) => !index.has(c))
  if (missing.length) {
    problems.push(
      tableProblem(
        'error',
        headerRow,
        missing.join(', '),
        'measures.missingColumns',
        { count: missing.length, columns: missing.join(', '), all: MEASURE_COLUMNS.join(', '), required: REQUIRED_MEASURE_COLUMNS.join(', ') },
        `Missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. The header row must name the columns: ${MEASURE_COLUMNS.join(', ')} (${REQUIRED_MEASURE_COLUMNS.join(', ')} required).`
      )
    )
    return { items: [], problems }
  }
  if (index.has('budget_amount') !== index.has('budget_currency')) {
    const absent = index.has('budget_amount') ? 'budget_currency' : 'budget_amount'
    problems.push(tableProblem('error', headerRow, absent, 'measures.budgetColumnMissing', { column: absent }, `Column ${absent} is missing: a budget needs both budget_amount and budget_currency.`))
    return { items: [], problems }
  }

  const items: ImportedMeasure[] = []
  const idRows = new Map<string, number>()
  for (const source of rows) {
    if (source.cells.every((c) => cellString(c) === '')) continue
    const item = readRow(source, index, letters, options.date1904 ?? false, problems)
    if (item.id !== null) {
      const first = idRows.get(item.id)
      if (first !== undefined) {
        problems.push(
          tableProblem('error', source.row, `id (${letters.get('id')})`, 'measures.duplicateId', { id: item.id, row: first }, `The id "${item.id}" is already used in row ${first}: each measure has its own id.`)
        )
        continue
      }
      idRows.set(item.id, source.row)
    }
    items.push(item)
  }
  if (items.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push(tableProblem('error', null, null, 'measures.noMeasures', {}, 'The file has a header row but no measures below it.'))
  }
  return { items, problems }
}

function readRow(source: SourceRow, index: Map<MeasureColumn, number>, letters: Map<MeasureColumn, string>, date1904: boolean, problems: TableProblem[]): ImportedMeasure {
  const { row } = source
  const cell = (column: MeasureColumn): Cell | undefined => {
    const c = index.get(column)
    return c === undefined ? undefined : source.cells[c]
  }
  const has = (column: MeasureColumn) => index.has(column)
  const problem = <C extends MeasureMessageCode>(column: MeasureColumn, code: C, values: MeasureValues<C>, message: string, severity: TableProblem['severity'] = 'error') =>
    problems.push(tableProblem(severity, row, `${column} (${letters.get(column)})`, code, values, message))
  const refused = (column: MeasureColumn, reason: CodedText) => problems.push({ severity: 'error', row, column: `${column} (${letters.get(column)})`, ...reason })
  const text = (column: MeasureColumn): string => {
    const s = cellString(cell(column))
    if (s.length > MAX_TEXT) {
      problem(column, 'measures.textTooLong', { length: s.length, max: MAX_TEXT }, `The text is ${s.length.toLocaleString('en')} characters long; at most ${MAX_TEXT.toLocaleString('en')} are kept.`, 'warning')
      return s.slice(0, MAX_TEXT)
    }
    return s
  }
  const fields: Partial<MeasureFields> = {}

  let id: string | null = text('id') || null
  if (id !== null && !ID_PATTERN.test(id)) {
    problem('id', 'measures.badId', { id }, `"${id}" is not a usable id: letters, digits and . _ : - only, at most 80, starting with a letter or digit.`)
    id = null
  }
  const title = text('title')
  if (!title) problem('title', 'measures.noTitle', {}, 'The title is empty: every measure needs one.')
  fields.title = title

  const typeText = text('type')
  const type = TYPE_WORDS[typeText.toLowerCase()]
  if (type) fields.type = type
  else if (typeText) problem('type', 'measures.badType', { type: typeText, types: MEASURE_TYPES.join(', ') }, `"${typeText}" is not a type of measure: write one of ${MEASURE_TYPES.join(', ')}.`)
  else problem('type', 'measures.noType', { types: MEASURE_TYPES.join(', ') }, `The type is empty: write one of ${MEASURE_TYPES.join(', ')}.`)

  if (has('status')) {
    const statusText = text('status')
    const status = statusText === '' ? 'in-force' : STATUS_WORDS[statusText.toLowerCase()]
    if (status) fields.status = status
    else problem('status', 'measures.badStatus', { status: statusText, statuses: MEASURE_STATUSES.join(', ') }, `"${statusText}" is not a status: write one of ${MEASURE_STATUSES.join(', ')}.`)
  }
  for (const [column, key] of [['description', 'description'], ['responsible_body', 'responsibleBody'], ['legal_instrument', 'legalInstrument'], ['results', 'results'], ['indicators', 'indicators'], ['lessons_learned', 'lessonsLearned']] as const) {
    if (has(column)) fields[key] = text(column)
  }
  for (const [column, key] of [['adopted_on', 'adoptedOn'], ['in_force_from', 'inForceFrom'], ['ended_on', 'endedOn']] as const) {
    if (!has(column)) continue
    const read = dateFromCell(cell(column), date1904)
    if (read.ok) fields[key] = read.date
    else refused(column, read.problem)
  }
  if (fields.inForceFrom && fields.endedOn && fields.endedOn < fields.inForceFrom) {
    problem(
      'ended_on',
      'measures.endsBeforeInForce',
      { ended: { date: fields.endedOn }, inForce: { date: fields.inForceFrom } },
      `The measure ends (${fields.endedOn}) before it is in force (${fields.inForceFrom}).`,
      'warning'
    )
  }

  if (has('budget_amount')) {
    const rawAmount = cell('budget_amount')
    const amountText = typeof rawAmount === 'number' ? rawAmount : text('budget_amount')
    const currencyText = text('budget_currency')
    if (amountText === '' && currencyText === '') fields.budget = null
    else if (amountText === '') problem('budget_amount', 'measures.currencyWithoutAmount', { currency: currencyText }, `A currency (${currencyText}) is given but no amount.`)
    else {
      const amount = parseAmount(amountText)
      const currency =
        currencyText === ''
          ? ({ ok: false, problem: measureText('money.noCurrencyForAmount', {}, 'no currency given for the amount: write its ISO 4217 code, such as EUR') } as const)
          : checkCurrency(currencyText)
      if (!amount.ok) problem('budget_amount', 'measures.budgetNotAccepted', { reason: nested(amount.problem) }, `The budget is not accepted: ${amount.problem.message}.`)
      if (!currency.ok) problem('budget_currency', 'measures.currencyNotAccepted', { reason: nested(currency.problem) }, `The currency is not accepted: ${currency.problem.message}.`)
      if (amount.ok && currency.ok) fields.budget = { amount: amount.amount, currency: currency.code }
    }
  }

  for (const [column, kind] of [['rights', 'rights'], ['groups', 'groups'], ['sdg_targets', 'sdgTargets']] as const) {
    if (!has(column)) continue
    const tags = readTags(kind, text(column), (reason) => refused(column, reason))
    fields[kind] = tags
  }

  if (has('good_practice')) {
    const flag = text('good_practice').toLowerCase()
    if (YES.has(flag)) fields.goodPractice = true
    else if (NO.has(flag)) fields.goodPractice = false
    else problem('good_practice', 'measures.notYesNo', { value: text('good_practice') }, `"${text('good_practice')}" is not yes or no.`)
  }

  const recommendations = has('recommendations') ? splitList(text('recommendations')) : null
  return { row, id, fields, recommendations }
}

function readTags(kind: MeasureTagKind, cellText: string, report: (reason: CodedText) => void): string[] {
  const out: string[] = []
  const unknown: string[] = []
  for (const written of splitList(cellText)) {
    const id = resolveTag(kind, written)
    if (id === null) unknown.push(written)
    else if (!out.includes(id)) out.push(id)
  }
  if (unknown.length) {
    const what = kind === 'rights' ? 'right' : kind === 'groups' ? 'group' : 'SDG target'
    const list = unknown.map((u) => `"${u}"`).join(', ')
    const code = kind === 'rights' ? 'measures.unknownRights' : kind === 'groups' ? 'measures.unknownGroups' : 'measures.unknownSdgTargets'
    report(
      measureText(
        code,
        { count: unknown.length, list },
        `Not a known ${what}${unknown.length > 1 ? 's' : ''}: ${list}. Use the ids or names of the reference list (see the column documentation).`
      )
    )
  }
  return out
}

/** The cells of one measure, in column order, as the importer reads them back. */
export function measureToCells(m: RecoveryMeasure, recommendationRefs: readonly string[]): Record<MeasureColumn, string | number> {
  return {
    id: m.id,
    title: m.title,
    description: m.description,
    type: m.type,
    status: m.status,
    adopted_on: m.adoptedOn ?? '',
    in_force_from: m.inForceFrom ?? '',
    ended_on: m.endedOn ?? '',
    responsible_body: m.responsibleBody,
    legal_instrument: m.legalInstrument,
    budget_amount: m.budget ? m.budget.amount : '',
    budget_currency: m.budget?.currency ?? '',
    rights: m.rights.join(`${LIST_SEPARATOR} `),
    groups: m.groups.join(`${LIST_SEPARATOR} `),
    sdg_targets: m.sdgTargets.join(`${LIST_SEPARATOR} `),
    results: m.results,
    indicators: m.indicators,
    lessons_learned: m.lessonsLearned,
    good_practice: m.goodPractice ? 'yes' : 'no',
    recommendations: recommendationRefs.join(`${LIST_SEPARATOR} `)
  }
}
