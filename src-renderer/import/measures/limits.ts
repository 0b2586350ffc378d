/** How much a measures file may hold: generous for a national register, small enough to refuse abuse. */
export const MEASURES_FILE_LIMITS = {
  /** The file itself (a 10,000-measure workbook is about 2 MB). */
  maxBytes: 10 * 1024 * 1024,
  /** What an .xlsx may unpack to, in total. */
  maxUnpackedBytes: 100 * 1024 * 1024,
  /** Parts inside an .xlsx. */
  maxZipEntries: 500,
  /** Sheets a workbook may have (only the measures sheet is read). */
  maxSheets: 50,
  /** Data rows (measures), not counting the header. */
  maxRows: 10_000,
  /** Columns of the header row. */
  maxColumns: 200
} as const
