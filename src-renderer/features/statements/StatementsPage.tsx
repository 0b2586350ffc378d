import type { MissionProfile } from '../../domain/model'
import { StatementEditorLoader } from './StatementEditor'
import { StatementList } from './StatementList'
import { useOpenStatementId } from './statement-route'
import './statements.css'

/** Statements: the list with filters and search, or one statement's editor (`#/statements/<id>`). */
export function StatementsPage({ profile }: { profile: MissionProfile }) {
  const id = useOpenStatementId()
  return <div className="statements">{id ? <StatementEditorLoader key={id} id={id} profile={profile} /> : <StatementList profile={profile} />}</div>
}
