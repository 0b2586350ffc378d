// Tests seed and inspect tables directly: they get the repositories with the database beside them
// (the app's Repositories hand no raw database to pages).
import { createRepositories, type Repositories } from '../../../src-renderer/db/repositories'
import type { UprDeskDatabase } from '../../../src-renderer/db/schema/database'

/** The repositories of an open database, and the database itself. */
export type TestRepositories = Repositories & { db: UprDeskDatabase }

/** The repositories over `db`, with `db` beside them. */
export function testRepositories(db: UprDeskDatabase): TestRepositories {
  return { ...createRepositories(db), db }
}
