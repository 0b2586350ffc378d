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
