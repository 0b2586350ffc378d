// Where the real UN documents are (never copied into the repository): UPR_DESK_FIXTURES if set, else
// `shared/fixtures` beside the clone (CI, a main checkout) or beside its worktrees folder (a worktree).
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))

/** The folder of the real fixtures: the first candidate that exists (the first one when none does). */
export const REAL_FIXTURES: string = (() => {
  const candidates = [process.env['UPR_DESK_FIXTURES'], join(ROOT, '../shared/fixtures'), join(ROOT, '../../shared/fixtures')].filter((d): d is string => !!d)
  return candidates.find((d) => existsSync(d)) ?? candidates[0]!
})()
