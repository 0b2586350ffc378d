/**
 * The columns of the measures exchange file (CSV and XLSX), in file order. One list serves the importer,
 * the exporters and the documentation (README, and the import panel's column table).
 */

export const MEASURE_COLUMNS = [
  'id',
  'title',
  'description',
  'type',
  'status',
  'adopted_on',
  'in_force_from',
  'ended_on',
  'responsible_body',
  'legal_instrument',
  'budget_amount',
  'budget_currency',
  'rights',
  'groups',
  'sdg_targets',
  'results',
  'indicators',
  'lessons_learned',
  'good_practice',
  'recommendations'
] as const
export type MeasureColumn = (typeof MEASURE_COLUMNS)[number]

/** Columns a file must have (the cells of `id` may be empty: a new measure). */
export const REQUIRED_MEASURE_COLUMNS: readonly MeasureColumn[] = ['id', 'title', 'type']

/** Separator of several values in one cell (rights, groups, SDG targets, recommendations). */
export const LIST_SEPARATOR = ';'

/** A header as written ("Budget amount", "BUDGET_AMOUNT", "budget-amount") to its column, or null. */
export function columnOfHeader(header: string): MeasureColumn | null {
  const key = header.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/[\s\-.]+/g, '_')
  return (MEASURE_COLUMNS as readonly string[]).includes(key) ? (key as MeasureColumn) : null
}
