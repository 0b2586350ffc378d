/** Why a document cannot be made: a translatable key with its parameters. Nothing is written when thrown. */
export class DocumentProblem extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    message = key
  ) {
    super(message)
    this.name = 'DocumentProblem'
  }
}

/** Most rows one table may hold: beyond it Word slows to a crawl and the mission should annex a spreadsheet. */
export const MAX_TABLE_ROWS = 5000

/**
 * True for a DocumentProblem. Checked by shape, not `instanceof`: pages load the Word writers lazily, and
 * a problem thrown from another chunk (or another copy of this module) is still one.
 */
export function isDocumentProblem(error: unknown): error is DocumentProblem {
  if (!(error instanceof Error) || error.name !== 'DocumentProblem') return false
  const { key, params } = error as { key?: unknown; params?: unknown }
  return typeof key === 'string' && typeof params === 'object' && params !== null
}

/** What a page says for a DocumentProblem: its string in the interface language (`translate` is i18next's `t`), or its English message when the key has none. */
export function documentProblemText(problem: DocumentProblem, translate: (key: string, options: Record<string, unknown>) => string): string {
  return translate(problem.key, { ...problem.params, defaultValue: problem.message })
}
