/**
 * The structured parts of a statement (`Statement.fields`), by name. Values are strings as typed;
 * numbers are read here, leniently, so a half-typed value never breaks the editor.
 */
import type { DraftRecommendation, Statement, StatementKind } from '../model'

/** The names of the template parts. */
export const FIELD = {
  meeting: 'meeting',
  agendaItem: 'agendaItem',
  speaker: 'speaker',
  /** YYYY-MM-DD. */
  date: 'date',
  /** Who speaks, for the title block ("Statement by Portugal", "Opening statement by the head of delegation"). */
  statementBy: 'statementBy',
  /** "Portugal recommends that Slovenia:" (editable). */
  recommendsIntro: 'recommendsIntro',
  /** What is said after the recommendations or the register's part. */
  closing: 'closing',
  inscribedSpeakers: 'inscribedSpeakers',
  slotCapSeconds: 'slotCapSeconds',
  allottedMinutes: 'allottedMinutes',
  /** Position paper: the subject line. */
  subject: 'subject',
  /** Position paper annex: '' none, '*' every recommendation to the State under review, else a theme. */
  annexTheme: 'annexTheme',
  /** Mid-term report and thematic list: the symbol of the Working Group report. */
  reportSymbol: 'reportSymbol'
} as const

/** The key under which the rationale for a noted recommendation is kept. */
export function rationaleKey(recommendationId: string): string {
  return `rationale:${recommendationId}`
}

/** The parts shown in the title-block form of each kind, in order. */
export const TITLE_BLOCK_FIELDS: Record<StatementKind, readonly string[]> = {
  'recommending-state': [FIELD.meeting, FIELD.statementBy, FIELD.speaker, FIELD.date],
  opening: [FIELD.meeting, FIELD.statementBy, FIELD.speaker, FIELD.date],
  'concluding-remarks': [FIELD.meeting, FIELD.statementBy, FIELD.speaker, FIELD.date],
  'plenary-adoption': [FIELD.meeting, FIELD.agendaItem, FIELD.statementBy, FIELD.speaker, FIELD.date],
  'position-paper': [FIELD.subject, FIELD.date],
  'mid-term-report': [FIELD.meeting, FIELD.reportSymbol, FIELD.date],
  'thematic-list': [FIELD.meeting, FIELD.reportSymbol, FIELD.date]
}

/** A positive number typed in a field, or null (empty, not a number, zero or less). */
export function numberField(fields: Readonly<Record<string, string>>, name: string): number | null {
  const raw = (fields[name] ?? '').trim().replace(',', '.')
  if (raw === '' || !/^\d+(?:\.\d+)?$/.test(raw)) return null
  const n = Number(raw)
  return Number.isFinite(n) && n > 0 ? n : null
}

/** The drafted recommendations of a statement (none for records written before they existed). */
export function recommendationsOf(statement: Pick<Statement, 'recommendations'>): DraftRecommendation[] {
  return statement.recommendations ?? []
}
