// Tests seed and inspect tables directly: they get the repositories with the database beside them
// (the app's Repositories hand no raw database to pages).
import { afterEach } from 'vitest'
import { createRepositories, type Repositories } from '../../../src-renderer/db/repositories'
import { openDatabase } from '../../../src-renderer/db/schema/open'
import type { UprDeskDatabase } from '../../../src-renderer/db/schema/database'

/** The repositories of an open database, and the database itself. */
export type TestRepositories = Repositories & { db: UprDeskDatabase }

/** The repositories over `db`, with `db` beside them. */
export function testRepositories(db: UprDeskDatabase): TestRepositories {
  return { ...createRepositories(db), db }
}

/**
 * Opens a fresh database for each call (named `<prefix>-<uuid>`), closing every one after each test: call it
 * once at the top of a test file and use the function it returns.
 */
export function freshTestRepositories(prefix: string): () => Promise<TestRepositories> {
  const opened: UprDeskDatabase[] = []
  afterEach(() => {
    for (const db of opened.splice(0)) db.close()
  })
  return async () => {
    const result = await openDatabase(`${prefix}-${crypto.randomUUID()}`)
    if (result.status !== 'ready') throw new Error(result.status)
    opened.push(result.db)
    return testRepositories(result.db)
  }
}
