/**
 * The samples read the demo mission the way the app reads it after "Load demo mission": the demo is
 * loaded into a throwaway database by the demo repository, and what a document needs (the emblem, the
 * measures linked to each recommendation) comes back through the same repositories the pages use.
 */
// The samples run in Node: an in-memory IndexedDB, the one the unit tests use.
import 'fake-indexeddb/auto'
import { openDatabase } from '../../src-renderer/db/schema/open'
import { createRepositories, type Repositories } from '../../src-renderer/db/repositories'
import type { DemoDataset } from '../../src-renderer/demo'
import { emblemFromAttachment, type Emblem } from '../../src-renderer/export/kit'

/** Runs `read` on a fresh database holding the demo mission, then deletes that database. */
export async function withDemoDatabase<T>(demo: DemoDataset, read: (repositories: Repositories) => Promise<T>): Promise<T> {
  const name = `upr-desk-samples-${crypto.randomUUID()}`
  const opened = await openDatabase(name)
  if (opened.status !== 'ready') throw new Error(`the samples' database could not be opened (${opened.status})`)
  try {
    const repositories = createRepositories(opened.db)
    await repositories.demo.load(demo)
    return await read(repositories)
  } finally {
    opened.db.close()
    await opened.db.delete({ disableAutoOpen: true })
  }
}

/** The letterhead's emblem as the app finds it in Settings; a sample without one would not show what a mission sends. */
export async function storedEmblem(repositories: Repositories): Promise<Emblem> {
  const stored = await repositories.emblem.get()
  const { emblem } = emblemFromAttachment(stored)
  if (!emblem) throw new Error(stored ? `the demo emblem ${stored.name} is not a readable image` : 'the demo mission has no emblem')
  return emblem
}
