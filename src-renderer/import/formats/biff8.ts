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
import { ReadRefusal, type ReadResult } from './problems'

const BOF = 0x0809
const EOF_RECORD = 0x000a
const CONTINUE = 0x003c

interface Biff8Record {
  type: number
  start: number
  length: number
}

/** Reads the worksheets of a BIFF8 .xls file directly; null when the file needs SheetJS, is damaged or is refused. */
export function readBiff8Tables(xls: Uint8Array, options: ReadOptions = {}): SheetTable[] | null {
  const opened = openCompoundFile(xls)
  if (!opened.ok || !opened.value.workbook) return null
  const read = readBiff8Stream(opened.value.workbook, options)
  return read.ok ? read.value : null
}

/**
 * Reads a BIFF8 workbook stream: its worksheets, or null when SheetJS should read it (records this
 * reader does not know), or a refusal when the cells pass Excel 97-2003's limits or the budget.
 */
export function readBiff8Stream(stream: Uint8Array, options: ReadOptions = {}): ReadResult<SheetTable[] | null> {
  const limits = limitsWith(options.limits)
  const budget = new CellBudget(limits, options.meter ?? newMeter())
  try {
    return { ok: true, value: readBiff8(stream, budget, Math.min(limits.maxRows, XLS_MAX_ROWS), Math.min(limits.maxColumns, XLS_MAX_COLUMNS)) }
  } catch (e) {
    if (e instanceof ReadRefusal) return { ok: false, problem: e.problem }
    return { ok: true, value: null }
  }
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

  // Workbook globals.
  const first = recordAt(0)
  if (!first || first.type !== BOF || first.length < 4 || u16(first.start) !== 0x0600 || u16(first.start + 2) !== 0x0005) return null
  const sheets: { name: string; offset: number }[] = []
  let sst: string[] = []
  let date1904 = false
  let o = 0
  for (;;) {
    const r = recordAt(o)
    if (!r) return null
    o = r.start + r.length
    if (r.type === EOF_RECORD) break
    if (r.type === 0x002f) return null // FILEPASS: encrypted
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
      if (!parsed) return null
      sst = parsed
    }
  }

  const tables: SheetTable[] = []
  // Sheets are separate stretches of the stream: records walked beyond its length mean they overlap.
  let walked = 0
  for (const sheet of sheets) {
    const bof = recordAt(sheet.offset)
    if (!bof || bof.type !== BOF || u16(bof.start) !== 0x0600) return null
    const grid = new GridBuilder(budget, maxRows, maxColumns, true)
    const set = (row: number, col: number, value: CellValue): void => grid.set(row, col, value)
    let pendingString: { row: number; col: number } | null = null
    let p = bof.start + bof.length
    for (;;) {
      const r = recordAt(p)
      if (!r) return null
      p = r.start + r.length
      walked += r.length + 4
      if (walked > b.length) throw new ReadRefusal({ code: 'sheets-overlap' })
      const s0 = r.start
      if (r.type === EOF_RECORD) break
      switch (r.type) {
        case 0x00fd: {
          // LABELSST
          if (r.length < 10) return null
          const text = sst[u32(s0 + 6)]
          if (text === undefined) return null
          set(u16(s0), u16(s0 + 2), text)
          break
        }
        case 0x0203:
          // NUMBER
          if (r.length < 14) return null
          set(u16(s0), u16(s0 + 2), view.getFloat64(s0 + 6, true))
          break
        case 0x027e:
          // RK
          if (r.length < 10) return null
          set(u16(s0), u16(s0 + 2), rkNumber(u32(s0 + 6)))
          break
        case 0x00bd: {
          // MULRK: row, first column, (xf, rk)*, last column
          if (r.length < 6 || (r.length - 6) % 6 !== 0) return null
          const row = u16(s0)
          const col = u16(s0 + 2)
          const n = (r.length - 6) / 6
          for (let k = 0; k < n; k++) set(row, col + k, rkNumber(u32(s0 + 4 + 6 * k + 2)))
          break
        }
        case 0x0205:
          // BOOLERR: a Boolean, or an error value (#N/A ...) read as empty
          if (r.length < 8) return null
          set(u16(s0), u16(s0 + 2), b[s0 + 7] === 1 ? null : b[s0 + 6] === 1)
          break
        case 0x0204: {
          // LABEL (XLUnicodeString)
          if (r.length < 9) return null
          const cch = u16(s0 + 6)
          const high = ((b[s0 + 8] ?? 0) & 1) === 1
          if (9 + cch * (high ? 2 : 1) > r.length) return null
          set(u16(s0), u16(s0 + 2), charsAt(b, s0 + 9, cch, high))
          break
        }
        case 0x0006: {
          // FORMULA: the cached result
          if (r.length < 20) return null
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
          if (text === null) return null
          if (pendingString) set(pendingString.row, pendingString.col, text)
          pendingString = null
          break
        }
        case 0x002f:
          return null
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
