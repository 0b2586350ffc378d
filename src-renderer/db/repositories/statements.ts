import type { Statement, StatementVersion } from '../../domain/model'
import type { UprDeskDatabase } from '../database'
import { nowIso } from '../ids'
import { stampNew, type NewRecord } from './stamp'

/** Statements and their saved versions: a statement and its new version are written together. */
export class StatementRepository {
  constructor(private readonly db: UprDeskDatabase) {}

  /** Creates a statement with its first version. */
  create(input: Omit<NewRecord<Statement>, 'version'>): Promise<Statement> {
    return this.db.transaction('rw', this.db.statements, this.db.statementVersions, async () => {
      const statement = stampNew<Statement>({ ...input, version: 1 }, 'stm')
      await this.db.statements.add(statement)
      await this.db.statementVersions.add(versionOf(statement))
      return statement
    })
  }

  /** Saves the statement as a new version. */
  saveVersion(statement: Statement): Promise<Statement> {
    return this.db.transaction('rw', this.db.statements, this.db.statementVersions, async () => {
      const current = await this.db.statements.get(statement.id)
      const next: Statement = { ...statement, version: (current?.version ?? 0) + 1, updatedAt: nowIso() }
      await this.db.statements.put(next)
      await this.db.statementVersions.add(versionOf(next))
      return next
    })
  }

  /** One statement by id. */
  get(id: string): Promise<Statement | undefined> {
    return this.db.statements.get(id)
  }

  /** The saved versions of a statement, oldest first. */
  versions(statementId: string): Promise<StatementVersion[]> {
    return this.db.statementVersions.where('statementId').equals(statementId).sortBy('version')
  }
}

function versionOf(statement: Statement): StatementVersion {
  return stampNew<StatementVersion>(
    {
      statementId: statement.id,
      version: statement.version,
      title: statement.title,
      content: statement.content,
      fields: statement.fields
    },
    'ver',
    statement.updatedAt
  )
}
