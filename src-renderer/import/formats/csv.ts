/**
 * CSV files: text in UTF-8, Windows-1252 or Mac Roman, comma, semicolon or tab, quoted fields with
 * line breaks. One pass over the text; rows and fields are counted against the same budgets as a
 * workbook's (a 50 MB file of commas is refused, not turned into 50 million empty fields).
 */
import { decodeText, sniffDelimiter, type TextEncodingName } from '../detect-format'
import { CellBudget, type SheetTable } from './grid'
import { limitsWith, newMeter, READ_LIMITS, type ReadLimits, type ReadOptions } from './limits'
import { ReadRefusal, type ReadProblem, type ReadResult } from './problems'

export interface CsvRecord {
  fields: string[]
  /** 1-based line on which the record starts. */
  line: number
}

export interface CsvParse {
  records: CsvRecord[]
  unterminatedQuoteAtLine: number | null
  /** Set when the text passed the budgets: the records read before are kept, the rest is not read. */
  problem?: ReadProblem
}

/**
 * Splits CSV text into records: quoted fields with doubled quotes and embedded line breaks; CR, LF or
 * CRLF line ends. Stops with a problem past `limits.maxRows` records or `limits.maxCells` fields.
 */
export function parseCsvRecords(text: string, delimiter: string, limits: Pick<ReadLimits, 'maxRows' | 'maxCells'> = READ_LIMITS, budget?: CellBudget): CsvParse {
  const records: CsvRecord[] = []
  const n = text.length
  let i = 0
  let line = 1
  let fields: string[] = []
  let recordLine = 1
  let unterminatedQuoteAtLine: number | null = null
  let cells = 0
  const d = delimiter.charCodeAt(0)
  const endRecord = (): void => {
    records.push({ fields, line: recordLine })
    fields = []
    recordLine = line
  }
  if (n === 0) return { records, unterminatedQuoteAtLine }
  try {
    for (;;) {
      if (++cells > limits.maxCells) throw new ReadRefusal({ code: 'too-many-cells', limit: limits.maxCells })
      budget?.take(1)
      // At the start of a field.
      let value = ''
      // Tolerate blanks before an opening quote (`a, "b,c"`).
      let q0 = i
      while (text.charCodeAt(q0) === 32) q0++
      if (text.charCodeAt(q0) === 34) i = q0
      if (text.charCodeAt(i) === 34) {
        const openedAt = line
        i++
        let closed = false
        while (i < n) {
          const q = text.indexOf('"', i)
          const chunk = q < 0 ? text.slice(i) : text.slice(i, q)
          value += chunk.replace(/\r\n?/g, '\n')
          for (let k = 0; k < chunk.length; k++) {
            const ch = chunk.charCodeAt(k)
            if (ch === 10 || (ch === 13 && chunk.charCodeAt(k + 1) !== 10)) line++
          }
          if (q < 0) {
            i = n
            break
          }
          if (text.charCodeAt(q + 1) === 34) {
            value += '"'
            i = q + 2
          } else {
            i = q + 1
            closed = true
            break
          }
        }
        if (!closed) unterminatedQuoteAtLine = openedAt
        // Lenient: anything between the closing quote and the delimiter is kept.
        const after = i
        while (i < n) {
          const ch = text.charCodeAt(i)
          if (ch === d || ch === 10 || ch === 13) break
          i++
        }
        if (i > after) value += text.slice(after, i)
      } else {
        const start = i
        while (i < n) {
          const ch = text.charCodeAt(i)
          if (ch === d || ch === 10 || ch === 13) break
          i++
        }
        value = text.slice(start, i)
      }
      fields.push(value)
      if (i >= n) {
        endRecord()
        break
      }
      const ch = text.charCodeAt(i)
      if (ch === d) {
        i++
        if (i >= n) {
          fields.push('')
          endRecord()
          break
        }
        continue
      }
      // Line end: CRLF, LF or CR.
      i += ch === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1
      line++
      if (records.length + 1 > limits.maxRows) throw new ReadRefusal({ code: 'too-many-rows', limit: limits.maxRows })
      endRecord()
      if (i >= n) break
    }
  } catch (e) {
    if (!(e instanceof ReadRefusal)) throw e
    return { records, unterminatedQuoteAtLine, problem: e.problem }
  }
  return { records, unterminatedQuoteAtLine }
}

/** A CSV file read as one table. */
export interface CsvTable {
  table: SheetTable
  encoding: TextEncodingName
  /** Line of a quoted field that is never closed (the rest of the file was read as that field). */
  unterminatedQuoteAtLine: number | null
}

/** Reads CSV bytes (encoding and delimiter detected) into one table; refuses past the budgets. */
export function readCsv(bytes: Uint8Array, options: ReadOptions = {}): ReadResult<CsvTable> {
  const limits = limitsWith(options.limits)
  const { text, encoding } = decodeText(bytes)
  const delimiter = sniffDelimiter(text) ?? ','
  const parsed = parseCsvRecords(text, delimiter, limits, new CellBudget(limits, options.meter ?? newMeter()))
  if (parsed.problem) return { ok: false, problem: parsed.problem }
  return {
    ok: true,
    value: {
      table: { sheet: null, rows: parsed.records.map((r) => r.fields), rowNumbers: parsed.records.map((_, i) => i + 1), lines: parsed.records.map((r) => r.line), date1904: false },
      encoding,
      unterminatedQuoteAtLine: parsed.unterminatedQuoteAtLine
    }
  }
}
