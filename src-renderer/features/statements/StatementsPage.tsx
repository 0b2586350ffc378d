import type { MissionProfile } from '../../domain/model'
import { StatementEditorLoader } from './StatementEditor'
import { StatementList } from './StatementList'
import { useLocation } from '../../routes/use-location'
import './statements.css'

/** Statements: the list with filters and search, or one statement's editor (`#/statements/<id>`). */
export function StatementsPage({ profile }: { profile: MissionProfile }) {
  const location = useLocation()
  const id = location.page === 'statements' ? location.statementId : null
  return <div className="statements">{id ? <StatementEditorLoader key={id} id={id} profile={profile} /> : <StatementList profile={profile} />}</div>
}
