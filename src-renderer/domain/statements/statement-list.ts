/** The statements list: filters and search, newest first. */
import type { Iso3, Statement, StatementKind, StatementStatus } from '../model'
import { isEmptyQuery, matchesQuery, parseQuery, searchableText } from '../search-text'
import { recommendationsOf } from './fields'
import { parseRichDoc, richDocText } from './rich-text'

export interface StatementFilter {
  /** Words in any form, or "an exact phrase", searched in the title, the text and the recommendations. */
  query: string
  kind: StatementKind | ''
  status: StatementStatus | ''
  stateUnderReview: Iso3 | ''
  session: number | null
}

export const EMPTY_STATEMENT_FILTER: StatementFilter = { query: '', kind: '', status: '', stateUnderReview: '', session: null }

/** The searchable text of a statement: title, State under review, parts and body. */
export function statementSearchText(statement: Statement, stateName: (iso3: string) => string): string {
  const parts = [
    statement.title,
    statement.stateUnderReview ? stateName(statement.stateUnderReview) : '',
    statement.session === null ? '' : `UPR${statement.session}`,
    ...Object.values(statement.fields),
    ...recommendationsOf(statement).map((r) => r.text),
    richDocText(parseRichDoc(statement.content))
  ]
  return searchableText(parts.join(' '), statement.language)
}

/** The statements that match the filter, most recently changed first. */
export function filterStatements(statements: readonly Statement[], filter: StatementFilter, stateName: (iso3: string) => string): Statement[] {
  const query = parseQuery(filter.query)
  const searching = !isEmptyQuery(query)
  return statements
    .filter(
      (s) =>
        (filter.kind === '' || s.kind === filter.kind) &&
        (filter.status === '' || s.status === filter.status) &&
        (filter.stateUnderReview === '' || s.stateUnderReview === filter.stateUnderReview) &&
        (filter.session === null || s.session === filter.session) &&
        (!searching || matchesQuery(statementSearchText(s, stateName), query))
    )
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
}
