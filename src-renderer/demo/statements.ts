/** The demo mission's statements and their versions (filled by the statements area). */
import type { Recommendation, Statement, StatementVersion } from '../domain/model'
import type { DemoContext } from './context'

/** Demo statements, drafted from the demo recommendations. */
export function demoStatements(_context: DemoContext, _recommendations: readonly Recommendation[]): { statements: Statement[]; statementVersions: StatementVersion[]; recommendations: Recommendation[] } {
  return { statements: [], statementVersions: [], recommendations: [] }
}
