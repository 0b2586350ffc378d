/**
 * The budgets of the reading layer: how much a spreadsheet or Word file may make the app unpack and
 * hold before it is refused. Excel's own limits for rows and columns; the rest is generous for real
 * exports (a 6,000-row UPR Info workbook unpacks to about 5 MB and 66,000 cells) and small enough that
 * a damaged or hostile file is refused long before it can exhaust the memory of a laptop.
 */

export interface ReadLimits {
  /** Rows of a worksheet (Excel: 1,048,576) and of a CSV file. */
  maxRows: number
  /** Columns of a worksheet (Excel: 16,384, column XFD). */
  maxColumns: number
  /** Cells produced for the whole workbook or CSV file, counting the empty cells a row is padded with. */
  maxCells: number
  /** What one part of a ZIP file (.xlsx, .docx) may unpack to. */
  maxEntryBytes: number
  /** What all the parts read from one ZIP file may unpack to together. */
  maxUnpackedBytes: number
  /** Entries listed in a ZIP file's directory. */
  maxZipEntries: number
  /** Paragraphs, table rows and cells of one Word file. */
  maxParagraphs: number
}

/** Excel's row limit. */
export const EXCEL_MAX_ROWS = 1_048_576
/** Excel's column limit (XFD). */
export const EXCEL_MAX_COLUMNS = 16_384
/** Excel 97-2003 (BIFF8) limits. */
export const XLS_MAX_ROWS = 65_536
export const XLS_MAX_COLUMNS = 256

/** The budgets every importer uses unless told otherwise. */
export const READ_LIMITS: Readonly<ReadLimits> = {
  maxRows: EXCEL_MAX_ROWS,
  maxColumns: EXCEL_MAX_COLUMNS,
  maxCells: 5_000_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxUnpackedBytes: 128 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxParagraphs: 1_000_000
}

/** Budgets with some of them changed. */
export function limitsWith(overrides: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...READ_LIMITS, ...overrides }
}

/**
 * What a read produced, counted as it happens: tests and the fuzzer check refusals against it (bytes
 * the inflater gave out, cells made), rather than against the clock.
 */
export interface ReadMeter {
  /** Bytes produced by the inflater (before any refusal). */
  inflatedBytes: number
  /** Cells produced (empty padding included), for workbooks and CSV. */
  cells: number
  /** Paragraphs, rows and cells produced for Word documents. */
  paragraphs: number
}

/** A meter at zero. */
export function newMeter(): ReadMeter {
  return { inflatedBytes: 0, cells: 0, paragraphs: 0 }
}

/** Options every reader of the layer takes. */
export interface ReadOptions {
  limits?: Partial<ReadLimits>
  meter?: ReadMeter
}
