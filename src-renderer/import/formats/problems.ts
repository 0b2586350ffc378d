/**
 * Why the reading layer refused a file: a code with the values that explain it, for code to act on,
 * and an English sentence for the user (importers put "Cannot read <file>: " before it).
 */

export type ReadProblem =
  // Sheets and tables
  | { code: 'row-beyond-limit'; row: number; limit: number; xls?: true }
  | { code: 'column-beyond-limit'; column: number; limit: number; xls?: true }
  | { code: 'too-many-rows'; limit: number }
  | { code: 'too-many-cells'; limit: number }
  | { code: 'too-many-paragraphs'; limit: number }
  | { code: 'sheets-overlap' }
  // ZIP containers (.xlsx, .docx)
  | { code: 'not-zip' }
  | { code: 'zip-incomplete' }
  | { code: 'zip-damaged'; detail: string }
  | { code: 'zip64' }
  | { code: 'zip-too-many-entries'; count: number; limit: number }
  | { code: 'entry-encrypted'; entry: string }
  | { code: 'entry-method'; entry: string; method: number }
  | { code: 'entry-too-large'; entry: string; declared: number; limit: number }
  | { code: 'entry-size-mismatch'; entry: string; declared: number; actual: number; atLeast: boolean }
  | { code: 'entry-size-undeclared'; entry: string; limit: number }
  | { code: 'entry-damaged'; entry: string; detail: string }
  | { code: 'entry-missing'; entry: string }
  | { code: 'unpacked-too-large'; limit: number }
  // Excel workbooks
  | { code: 'no-workbook-part' }
  | { code: 'workbook-damaged'; detail: string }
  | { code: 'no-worksheet' }
  // OLE compound files (.xls)
  | { code: 'cfb-too-short'; bytes: number }
  | { code: 'cfb-sector-size'; shift: number }
  | { code: 'cfb-truncated'; bytes: number; sector: number; endsAt: number }
  | { code: 'cfb-fat-loop' }
  | { code: 'cfb-chain-broken' }
  | { code: 'cfb-chain-loop' }
  | { code: 'cfb-stream-short'; declared: number; available: number }
  | { code: 'no-workbook-stream' }
  // Excel 97-2003 workbook streams
  | { code: 'xls-encrypted' }
  | { code: 'xls-record-damaged'; offset: number; record: number; detail: string }
  | { code: 'xls-records-damaged'; detail: string }

export type ProblemCode = ReadProblem['code']

const n = (value: number): string => value.toLocaleString('en')

const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`

/** The English sentence for a problem (lower-case start: it follows "Cannot read <file>: "). */
export function describeProblem(p: ReadProblem): string {
  switch (p.code) {
    case 'row-beyond-limit':
      return `this file looks damaged: its row ${n(p.row)} is beyond ${p.xls ? "Excel 97-2003's" : "Excel's"} limit of ${n(p.limit)} rows.`
    case 'column-beyond-limit':
      return `this file looks damaged: its column ${n(p.column)} is beyond ${p.xls ? "Excel 97-2003's" : "Excel's"} limit of ${n(p.limit)} columns.`
    case 'too-many-rows':
      return `this file has more than ${n(p.limit)} rows, Excel's limit: it is damaged or not an export.`
    case 'too-many-cells':
      return `this file holds more than ${n(p.limit)} cells, more than UPR Desk reads from one file: it is damaged or not an export.`
    case 'too-many-paragraphs':
      return `this document holds more than ${n(p.limit)} paragraphs and table cells, more than UPR Desk reads from one file.`
    case 'sheets-overlap':
      return 'the file is damaged: two of its sheets claim the same records.'
    case 'not-zip':
      return 'it does not start with the ZIP signature "PK" of Office files.'
    case 'zip-incomplete':
      return 'the file is damaged or truncated: it is not a complete ZIP archive (the directory at its end is missing).'
    case 'zip-damaged':
      return `the file is damaged or truncated: ${p.detail}.`
    case 'zip64':
      return 'the file is a ZIP64 archive, which an Office document of this size never needs: it is damaged or not an export.'
    case 'zip-too-many-entries':
      return `the file lists ${n(p.count)} parts inside, more than the ${n(p.limit)} UPR Desk reads: it is damaged or not an export.`
    case 'entry-encrypted':
      return `its part "${p.entry}" is encrypted: save the file without a password first.`
    case 'entry-method':
      return `its part "${p.entry}" is compressed with method ${p.method}, which Office files do not use: the file is damaged.`
    case 'entry-too-large':
      return `its part "${p.entry}" unpacks to ${mb(p.declared)}, more than the ${mb(p.limit)} UPR Desk reads from one part: it is damaged or not an export.`
    case 'entry-size-mismatch':
      return `this file looks damaged: its part "${p.entry}" says it unpacks to ${n(p.declared)} bytes but holds ${p.atLeast ? 'more' : `${n(p.actual)} bytes`}.`
    case 'entry-size-undeclared':
      return `this file looks damaged: its part "${p.entry}" does not say how big it is and unpacks to more than ${mb(p.limit)}, more than UPR Desk reads from one part.`
    case 'entry-damaged':
      return `the file is damaged or truncated: its part "${p.entry}" cannot be unpacked (${p.detail}).`
    case 'entry-missing':
      return `the file has no part "${p.entry}".`
    case 'unpacked-too-large':
      return `the parts UPR Desk needs from this file unpack to more than ${mb(p.limit)}: it is damaged or not an export.`
    case 'no-workbook-part':
      return 'the file is a ZIP archive without an Excel workbook part (xl/workbook.xml): it is not an .xlsx workbook (an .xlsb binary workbook must be saved as .xlsx first).'
    case 'workbook-damaged':
      return `the file is damaged or truncated (${p.detail}).`
    case 'no-worksheet':
      return 'the workbook has no worksheet with cells.'
    case 'cfb-too-short':
      return `the file is truncated: ${p.bytes} bytes, less than the 512-byte header of an Excel 97-2003 file.`
    case 'cfb-sector-size':
      return `the file is damaged: unexpected sector size 2^${p.shift} in its header.`
    case 'cfb-truncated':
      return `the file is truncated: it has ${n(p.bytes)} bytes but its structure points to sector ${p.sector}, which ends at byte ${n(p.endsAt)}. Download or copy the file again.`
    case 'cfb-fat-loop':
      return 'the file is damaged: its sector allocation table loops.'
    case 'cfb-chain-broken':
      return 'the file is damaged: a stream ends in the middle of its sector chain.'
    case 'cfb-chain-loop':
      return 'the file is damaged: its sector chains loop.'
    case 'cfb-stream-short':
      return `the file is truncated: a stream should hold ${n(p.declared)} bytes but only ${n(p.available)} are there.`
    case 'no-workbook-stream':
      return 'no Excel workbook stream inside: it is not an Excel 97-2003 file.'
    case 'xls-encrypted':
      return 'the workbook is password-protected: save it without a password first.'
    case 'xls-record-damaged':
      return p.offset < 0 ? `the file is damaged: ${p.detail}.` : `the file is damaged: its record 0x${p.record.toString(16).padStart(4, '0')} at byte ${n(p.offset)} of the workbook is unreadable (${p.detail}).`
    case 'xls-records-damaged':
      return `the file is damaged: ${p.detail}.`
  }
}

/** A refusal thrown inside the layer to leave deep loops at once; the readers' entry points catch it. */
export class ReadRefusal extends Error {
  constructor(readonly problem: ReadProblem) {
    super(describeProblem(problem))
    this.name = 'ReadRefusal'
  }
}

/** The outcome of a read: the value, or why the file was refused. */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; problem: ReadProblem }

/** Runs a reader, turning a ReadRefusal into a refused result (other exceptions are bugs and go on). */
export function refusing<T>(read: () => T): ReadResult<T> {
  try {
    return { ok: true, value: read() }
  } catch (e) {
    if (e instanceof ReadRefusal) return { ok: false, problem: e.problem }
    throw e
  }
}
