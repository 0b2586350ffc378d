/**
 * Excel 97-2003 (BIFF8) worksheets, read directly from the workbook stream: BOF, BOUNDSHEET8, SST with
 * its CONTINUE records, DATEMODE, and the cell records LABELSST, LABEL, NUMBER, RK, MULRK, BOOLERR,
 * FORMULA (+ STRING). Returns null on anything else worth caring about (encryption, BIFF5, odd
 * lengths), so that SheetJS reads those files. Cells go through the grid builder: a row or column
 * beyond Excel 97-2003's limits (65,536 x 256) or more cells than the budget is refused, not padded
 * out; every record is visited once, even when sheets point into each other.
 */
import { openCompoundFile } from './cfb'
import { CellBudget, GridBuilder, type CellValue, type SheetTable } from './grid'
import { limitsWith, newMeter, XLS_MAX_COLUMNS, XLS_MAX_ROWS, type ReadOptions } from './limits'
import { ReadRefusal, type ReadProblem, type ReadResult } from './problems'

const BOF = 0x0809
const EOF_RECORD = 0x000a
const CONTINUE = 0x003c

interface Biff8Record {
  type: number
  start: number
  length: number
}

/**
 * Reads the worksheets of a BIFF8 .xls file directly; null when the workbook is no BIFF8 stream, sits in
 * the mini stream (under 4,096 bytes: `readWorkbook` reads those too), is damaged or is refused.
 */
export function readBiff8Tables(xls: Uint8Array, options: ReadOptions = {}): SheetTable[] | null {
  const opened = openCompoundFile(xls)
  if (!opened.ok || !opened.value.workbook) return null
  const read = readBiff8Stream(opened.value.workbook, options)
  return read.ok ? read.value : null
}

/**
 * Reads a BIFF8 workbook stream: its worksheets; null when it is no BIFF8 stream (older Excel formats,
 * which SheetJS reads); or a refusal when the cells pass Excel 97-2003's limits or the budget, when it
 * is encrypted, or when a record is damaged (cut short, pointing nowhere). Damaged BIFF8 never goes on
 * to SheetJS: `npm run fuzz` found a 14-byte FORMULA record that makes SheetJS 0.20 loop forever.
 */
export function readBiff8Stream(stream: Uint8Array, options: ReadOptions = {}): ReadResult<SheetTable[] | null> {
  const limits = limitsWith(options.limits)
  const budget = new CellBudget(limits, options.meter ?? newMeter())
  try {
    return { ok: true, value: readBiff8(stream, budget, Math.min(limits.maxRows, XLS_MAX_ROWS), Math.min(limits.maxColumns, XLS_MAX_COLUMNS)) }
  } catch (e) {
    if (e instanceof ReadRefusal) return { ok: false, problem: e.problem }
    return { ok: false, problem: { code: 'xls-record-damaged', offset: -1, record: -1, detail: e instanceof Error ? e.message : String(e) } }
  }
}

function damaged(offset: number, record: number, detail: string): never {
  throw new ReadRefusal({ code: 'xls-record-damaged', offset, record, detail })
}

function readBiff8(b: Uint8Array, budget: CellBudget, maxRows: number, maxColumns: number): SheetTable[] | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const u16 = (o: number): number => view.getUint16(o, true)
  const u32 = (o: number): number => view.getUint32(o, true)
  const recordAt = (o: number): Biff8Record | null => {
    if (o + 4 > b.length) return null
    const length = u16(o + 2)
    if (o + 4 + length > b.length) return null
    return { type: u16(o), start: o + 4, length }
  }
  // A record that must be there, whole.
  const recordOrDamage = (o: number): Biff8Record => recordAt(o) ?? damaged(o, o + 2 <= b.length ? u16(o) : -1, 'it runs past the end of the workbook stream')

  // Workbook globals.
  const first = recordAt(0)
  if (!first || first.type !== BOF || first.length < 4 || u16(first.start) !== 0x0600 || u16(first.start + 2) !== 0x0005) return null
  const sheets: { name: string; offset: number }[] = []
  let sst: string[] = []
  let date1904 = false
  let o = 0
  for (;;) {
    const r = recordOrDamage(o)
    o = r.start + r.length
    if (r.type === EOF_RECORD) break
    if (r.type === 0x002f) throw new ReadRefusal({ code: 'xls-encrypted' }) // FILEPASS
    if (r.type === 0x0022) date1904 = r.length >= 2 && u16(r.start) === 1
    else if (r.type === 0x0085) {
      // BOUNDSHEET8: stream offset, visibility, sheet type (0 = worksheet), ShortXLUnicodeString name.
      if (b[r.start + 5] !== 0) continue
      const cch = b[r.start + 6] ?? 0
      const high = ((b[r.start + 7] ?? 0) & 1) === 1
      sheets.push({ name: charsAt(b, r.start + 8, cch, high), offset: u32(r.start) })
    } else if (r.type === 0x00fc) {
      const segments: Uint8Array[] = [b.subarray(r.start, r.start + r.length)]
      for (let next = recordAt(o); next && next.type === CONTINUE; next = recordAt(o)) {
        segments.push(b.subarray(next.start, next.start + next.length))
        o = next.start + next.length
      }
      const parsed = readSst(segments, budget)
      if (!parsed) damaged(r.start - 4, r.type, 'its shared strings end too early')
      sst = parsed
    }
  }

  const tables: SheetTable[] = []
  // Sheets are separate stretches of the stream: records walked beyond its length mean they overlap.
  let walked = 0
  for (const sheet of sheets) {
    const bof = recordOrDamage(sheet.offset)
    if (bof.type !== BOF || bof.length < 2 || u16(bof.start) !== 0x0600) damaged(sheet.offset, bof.type, `the sheet "${sheet.name}" does not start there`)
    const grid = new GridBuilder(budget, maxRows, maxColumns, true)
    const set = (row: number, col: number, value: CellValue): void => grid.set(row, col, value)
    let pendingString: { row: number; col: number } | null = null
    let p = bof.start + bof.length
    for (;;) {
      const r = recordOrDamage(p)
      const at = p
      const short = (need: number): void => {
        if (r.length < need) damaged(at, r.type, `it holds ${r.length} bytes, fewer than the ${need} it needs`)
      }
      p = r.start + r.length
      walked += r.length + 4
      if (walked > b.length) throw new ReadRefusal({ code: 'sheets-overlap' })
      const s0 = r.start
      if (r.type === EOF_RECORD) break
      switch (r.type) {
        case 0x00fd: {
          // LABELSST
          short(10)
          const text = sst[u32(s0 + 6)]
          if (text === undefined) damaged(at, r.type, `it points to shared string ${u32(s0 + 6)}, which is not there`)
          set(u16(s0), u16(s0 + 2), text)
          break
        }
        case 0x0203:
          // NUMBER
          short(14)
          set(u16(s0), u16(s0 + 2), view.getFloat64(s0 + 6, true))
          break
        case 0x027e:
          // RK
          short(10)
          set(u16(s0), u16(s0 + 2), rkNumber(u32(s0 + 6)))
          break
        case 0x00bd: {
          // MULRK: row, first column, (xf, rk)*, last column
          short(6)
          if ((r.length - 6) % 6 !== 0) damaged(at, r.type, `its ${r.length} bytes are not whole cells`)
          const row = u16(s0)
          const col = u16(s0 + 2)
          const n = (r.length - 6) / 6
          for (let k = 0; k < n; k++) set(row, col + k, rkNumber(u32(s0 + 4 + 6 * k + 2)))
          break
        }
        case 0x0205:
          // BOOLERR: a Boolean, or an error value (#N/A ...) read as empty
          short(8)
          set(u16(s0), u16(s0 + 2), b[s0 + 7] === 1 ? null : b[s0 + 6] === 1)
          break
        case 0x0204: {
          // LABEL (XLUnicodeString)
          short(9)
          const cch = u16(s0 + 6)
          const high = ((b[s0 + 8] ?? 0) & 1) === 1
          short(9 + cch * (high ? 2 : 1))
          set(u16(s0), u16(s0 + 2), charsAt(b, s0 + 9, cch, high))
          break
        }
        case 0x0006: {
          // FORMULA: the cached result
          short(20)
          const row = u16(s0)
          const col = u16(s0 + 2)
          if (u16(s0 + 12) === 0xffff) {
            const kind = b[s0 + 6]
            if (kind === 0) pendingString = { row, col }
            else if (kind === 1) set(row, col, b[s0 + 8] === 1)
            else if (kind === 3) set(row, col, '')
            else set(row, col, null)
          } else {
            set(row, col, view.getFloat64(s0 + 6, true))
          }
          break
        }
        case 0x0207: {
          // STRING: the text result of the FORMULA before it (may go on in CONTINUE records)
          const segments: Uint8Array[] = [b.subarray(r.start, r.start + r.length)]
          for (let next = recordAt(p); next && next.type === CONTINUE; next = recordAt(p)) {
            segments.push(b.subarray(next.start, next.start + next.length))
            p = next.start + next.length
          }
          const reader = new SegmentReader(segments)
          const text = reader.unicodeString(false)
          if (text === null) damaged(at, r.type, 'its text ends too early')
          if (pendingString) set(pendingString.row, pendingString.col, text)
          pendingString = null
          break
        }
        case 0x002f:
          throw new ReadRefusal({ code: 'xls-encrypted' })
      }
    }
    tables.push(grid.table(sheet.name, date1904))
  }
  return tables
}

/** An RK number: a 30-bit integer or the top 30 bits of a double, possibly divided by 100. */
function rkNumber(rk: number): number {
  let value: number
  if (rk & 2) {
    value = rk >> 2 // arithmetic shift keeps the sign
  } else {
    const buf = new DataView(new ArrayBuffer(8))
    buf.setUint32(4, rk & 0xfffffffc, true)
    value = buf.getFloat64(0, true)
  }
  return rk & 1 ? value / 100 : value
}

function charsAt(b: Uint8Array, start: number, cch: number, high: boolean): string {
  const codes = new Array<number>(cch)
  if (high) for (let k = 0; k < cch; k++) codes[k] = (b[start + 2 * k] ?? 0) | ((b[start + 2 * k + 1] ?? 0) << 8)
  else for (let k = 0; k < cch; k++) codes[k] = b[start + k] ?? 0
  let out = ''
  for (let k = 0; k < cch; k += 8192) out += String.fromCharCode(...codes.slice(k, k + 8192))
  return out
}

/**
 * Reads across an SST (or STRING) record and its CONTINUE records. Where characters run on into the
 * next record, that record starts with a new "high byte" flag.
 */
class SegmentReader {
  private seg = 0
  private pos = 0

  constructor(private readonly segments: readonly Uint8Array[]) {}

  private current(): Uint8Array | null {
    let s = this.segments[this.seg]
    while (s && this.pos >= s.length) {
      this.seg++
      this.pos = 0
      s = this.segments[this.seg]
    }
    return s ?? null
  }

  byte(): number | null {
    const s = this.current()
    if (!s) return null
    return s[this.pos++] ?? null
  }

  u16(): number | null {
    const lo = this.byte()
    const hi = this.byte()
    return lo === null || hi === null ? null : lo | (hi << 8)
  }

  u32(): number | null {
    const lo = this.u16()
    const hi = this.u16()
    return lo === null || hi === null ? null : lo + hi * 65536
  }

  skip(n: number): boolean {
    let left = n
    while (left > 0) {
      const s = this.current()
      if (!s) return false
      const take = Math.min(left, s.length - this.pos)
      this.pos += take
      left -= take
    }
    return true
  }

  /** XLUnicodeRichExtendedString (in the SST) or XLUnicodeString (rich = false: no runs or phonetic data). */
  unicodeString(rich: boolean): string | null {
    const cch = this.u16()
    const flags = this.byte()
    if (cch === null || flags === null) return null
    let high = (flags & 0x01) !== 0
    const runs = rich && flags & 0x08 ? this.u16() : 0
    const ext = rich && flags & 0x04 ? this.u32() : 0
    if (runs === null || ext === null) return null
    let out = ''
    let left = cch
    while (left > 0) {
      let s = this.segments[this.seg]
      if (!s || this.pos >= s.length) {
        // The characters go on in the next CONTINUE record, which restates the high-byte flag.
        this.seg++
        this.pos = 0
        s = this.segments[this.seg]
        if (!s || s.length === 0) return null
        high = ((s[0] ?? 0) & 0x01) !== 0
        this.pos = 1
      }
      const width = high ? 2 : 1
      const n = Math.min(left, Math.floor((s.length - this.pos) / width))
      if (n <= 0) return null
      out += charsAt(s, this.pos, n, high)
      this.pos += n * width
      left -= n
    }
    return this.skip(runs * 4 + ext) ? out : null
  }
}

function readSst(segments: readonly Uint8Array[], budget: CellBudget): string[] | null {
  const reader = new SegmentReader(segments)
  const total = reader.u32()
  const unique = reader.u32()
  if (total === null || unique === null) return null
  const out: string[] = []
  for (let k = 0; k < unique; k++) {
    const s = reader.unicodeString(true)
    if (s === null) return null
    budget.take(1)
    out.push(s)
  }
  return out
}

/** The smallest length of the records SheetJS reads cells from (BIFF5 and BIFF8 alike). */
const MIN_LENGTH = new Map<number, number>([
  [0x0006, 20], // FORMULA
  [0x0406, 20], // FORMULA (BIFF4)
  [0x0203, 14], // NUMBER
  [0x027e, 10], // RK
  [0x00bd, 6], // MULRK
  [0x00be, 6], // MULBLANK
  [0x00fd, 10], // LABELSST
  [0x0204, 8], // LABEL
  [0x00d6, 8], // RSTRING
  [0x0205, 8], // BOOLERR
  [0x0201, 6], // BLANK
  [0x0208, 16], // ROW
  [0x0200, 10], // DIMENSIONS
  [0x0085, 7], // BOUNDSHEET
  [0x0207, 2], // STRING
  [0x0809, 4], // BOF
  [0x00fc, 8] // SST
])

/**
 * Checks that a workbook stream SheetJS is to read starts with a BOF and is made of whole records, none
 * of the kinds it reads cells from shorter than their fixed fields (SheetJS loops forever on some), and
 * none a table of shared strings: SST exists only in Excel 97-2003 (BIFF8) workbooks, which the layer
 * reads itself, and SheetJS reading a damaged one in an older format runs for seconds and grows an
 * array to V8's limit, about a gigabyte, from 2.5 KB (`npm run fuzz`, biff8-structure, seed 21872509).
 * Returns what is wrong, or null. One pass over the records.
 */
export function checkBiffRecords(b: Uint8Array): ReadProblem | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  if (b.length < 4 || ![0x0809, 0x0009, 0x0209, 0x0409].includes(view.getUint16(0, true))) {
    return { code: 'xls-records-damaged', detail: 'its workbook stream does not start with a BOF record' }
  }
  for (let o = 0; o + 4 <= b.length; ) {
    const type = view.getUint16(o, true)
    const length = view.getUint16(o + 2, true)
    if (o + 4 + length > b.length) return { code: 'xls-record-damaged', offset: o, record: type, detail: 'it runs past the end of the workbook stream' }
    const need = MIN_LENGTH.get(type)
    if (need !== undefined && length < need) return { code: 'xls-record-damaged', offset: o, record: type, detail: `it holds ${length} bytes, fewer than the ${need} it needs` }
    if (type === 0x00fc) return { code: 'xls-record-damaged', offset: o, record: type, detail: 'it is a table of shared strings, which only Excel 97-2003 workbooks have, in a file of an older format' }
    o += 4 + length
  }
  return null
}
