/**
 * ZIP containers (.xlsx, .docx) opened within a budget. The directory at the end of the file says what
 * each part holds; a part is unpacked only when asked for, by a streaming inflater fed in slices small
 * enough that it can never run more than about 64 KB past what the part declared (or, for a part that
 * declares nothing, past the budget). A part whose real size differs from the declared one is refused,
 * as is a file whose parts together would unpack beyond the budget. Pure: no Node built-ins.
 */
import { Inflate } from 'fflate'
import { limitsWith, newMeter, type ReadLimits, type ReadMeter, type ReadOptions } from './limits'
import { ReadRefusal, refusing, type ReadProblem, type ReadResult } from './problems'

export interface ZipEntry {
  /** The name as stored, with backslashes turned into slashes. */
  name: string
  flags: number
  method: number
  crc: number
  compressedSize: number
  /** The unpacked size the directory declares. */
  size: number
  localOffset: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const ZIP64_LOCATOR = 0x07064b50
/** Deflate's largest expansion: one input byte gives at most 1,032 output bytes. */
const MAX_DEFLATE_RATIO = 1032
const MIN_SLICE = 64
const MAX_SLICE = 16 * 1024
/**
 * How far past a part's declared size the inflater may run before it notices the lie: enough room for
 * slices of 16 KB, which fflate inflates quickly (1 KB slices are 20 times slower), never past the budget.
 */
export const INFLATE_SLACK = 16 * 1024 * 1024

const refuse = (problem: ReadProblem): never => {
  throw new ReadRefusal(problem)
}

/** A ZIP file whose directory has been read: parts are unpacked on demand, within the budgets. */
export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>()
  private unpacked = 0

  constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
    private readonly limits: ReadLimits,
    private readonly meter: ReadMeter
  ) {
    // Office part names are case-insensitive; the first of two same-named entries wins.
    for (const e of entries) {
      const key = partKey(e.name)
      if (!this.byName.has(key)) this.byName.set(key, e)
    }
  }

  /** The entry of a part (case-insensitive, with or without a leading slash), if the archive has it. */
  find(name: string): ZipEntry | undefined {
    return this.byName.get(partKey(name))
  }

  /** The unpacked bytes of an entry; throws ReadRefusal past a budget or on damage. */
  unpack(entry: ZipEntry): Uint8Array {
    const { limits, meter } = this
    if (entry.flags & 1) refuse({ code: 'entry-encrypted', entry: entry.name })
    if (entry.size > limits.maxEntryBytes) refuse({ code: 'entry-too-large', entry: entry.name, declared: entry.size, limit: limits.maxEntryBytes })
    const left = limits.maxUnpackedBytes - this.unpacked
    if (entry.size > left) refuse({ code: 'unpacked-too-large', limit: limits.maxUnpackedBytes })
    const data = this.compressedData(entry)
    // A part that declares 0 bytes may still hold some (a careless writer): it gets the budget, no more.
    const declared = entry.size
    const budget = Math.min(limits.maxEntryBytes, left)
    const allowance = declared > 0 ? declared : budget
    let out: Uint8Array
    if (entry.method === 0) {
      if (data.length > allowance) overflow(entry, declared, allowance, limits, data.length)
      out = data.slice()
      meter.inflatedBytes += out.length
    } else if (entry.method === 8) {
      out = inflateCapped(data, allowance, Math.min(budget, allowance + INFLATE_SLACK), meter, (produced) => overflow(entry, declared, allowance, limits, produced), (detail) => refuse({ code: 'entry-damaged', entry: entry.name, detail }))
    } else {
      return refuse({ code: 'entry-method', entry: entry.name, method: entry.method })
    }
    if (declared > 0 && out.length !== declared) refuse({ code: 'entry-size-mismatch', entry: entry.name, declared, actual: out.length, atLeast: false })
    if ((declared > 0 || entry.crc !== 0) && crc32(out) !== entry.crc) refuse({ code: 'entry-damaged', entry: entry.name, detail: 'its checksum does not match its content' })
    this.unpacked += out.length
    return out
  }

  /** The unpacked part as text (UTF-8, or UTF-16 with a byte-order mark). */
  text(entry: ZipEntry): string {
    return decodeXmlBytes(this.unpack(entry))
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    const { bytes } = this
    const at = entry.localOffset
    if (at + 30 > bytes.length) refuse({ code: 'zip-damaged', detail: `its part "${entry.name}" lies beyond the end of the file` })
    const view = viewOf(bytes)
    if (view.getUint32(at, true) !== LOCAL) refuse({ code: 'zip-damaged', detail: `the header of its part "${entry.name}" is missing` })
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
    const end = start + entry.compressedSize
    if (end > bytes.length) refuse({ code: 'zip-damaged', detail: `its part "${entry.name}" is cut short` })
    return bytes.subarray(start, end)
  }
}

function overflow(entry: ZipEntry, declared: number, allowance: number, limits: ReadLimits, produced: number): never {
  if (declared > 0) return refuse({ code: 'entry-size-mismatch', entry: entry.name, declared, actual: produced, atLeast: true })
  if (allowance < limits.maxEntryBytes) return refuse({ code: 'unpacked-too-large', limit: limits.maxUnpackedBytes })
  return refuse({ code: 'entry-size-undeclared', entry: entry.name, limit: limits.maxEntryBytes })
}

const STOP = Symbol('stop')

/**
 * Inflates `input`, giving up as soon as the output passes `allowance` bytes. The input is pushed in
 * slices no bigger than (ceiling - output so far) / 1,032 (deflate's largest expansion), so the
 * inflater never produces more than `ceiling` bytes, give or take one 64-byte slice's worth.
 */
function inflateCapped(input: Uint8Array, allowance: number, ceiling: number, meter: ReadMeter, tooBig: (produced: number) => never, damaged: (detail: string) => never): Uint8Array {
  if (input.length === 0) return new Uint8Array(0)
  // Grown as the data comes: a part that lies about its size never gets a large buffer up front.
  let buffer = new Uint8Array(Math.min(allowance, Math.max(64 * 1024, input.length * 4)))
  let produced = 0
  let finished = false
  let over = false
  const inflater = new Inflate()
  inflater.ondata = (chunk: Uint8Array, final: boolean): void => {
    meter.inflatedBytes += chunk.length
    if (produced + chunk.length > allowance) {
      produced += chunk.length
      over = true
      throw STOP
    }
    if (produced + chunk.length > buffer.length) {
      const grown = new Uint8Array(Math.min(allowance, Math.max(buffer.length * 2, produced + chunk.length)))
      grown.set(buffer.subarray(0, produced))
      buffer = grown
    }
    buffer.set(chunk, produced)
    produced += chunk.length
    if (final) finished = true
  }
  let pos = 0
  try {
    while (pos < input.length && !finished) {
      const slice = Math.max(MIN_SLICE, Math.min(MAX_SLICE, Math.floor((ceiling - produced) / MAX_DEFLATE_RATIO)))
      const end = Math.min(input.length, pos + slice)
      inflater.push(input.subarray(pos, end), end === input.length)
      pos = end
    }
  } catch (e) {
    if (e === STOP || over) return tooBig(produced)
    return damaged(e instanceof Error ? e.message : String(e))
  }
  if (!finished) damaged('its compressed data ends too early')
  return produced === buffer.length ? buffer : buffer.slice(0, produced)
}

/** Reads the directory of a ZIP file; never throws. */
export function openZip(bytes: Uint8Array, options: ReadOptions = {}): ReadResult<ZipArchive> {
  const limits = limitsWith(options.limits)
  const meter = options.meter ?? newMeter()
  return refusing(() => new ZipArchive(bytes, readDirectory(bytes, limits), limits, meter))
}

function readDirectory(bytes: Uint8Array, limits: ReadLimits): ZipEntry[] {
  const view = viewOf(bytes)
  // The end-of-directory record is in the last 22 + 65,535 (comment) bytes.
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes[i] === 0x50 && view.getUint32(i, true) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return refuse({ code: 'zip-incomplete' })
  const count = view.getUint16(eocd + 10, true)
  const size = view.getUint32(eocd + 12, true)
  const offset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff || (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR)) return refuse({ code: 'zip64' })
  if (count > limits.maxZipEntries) return refuse({ code: 'zip-too-many-entries', count, limit: limits.maxZipEntries })
  if (offset + size > eocd) return refuse({ code: 'zip-damaged', detail: 'its directory points past its end' })
  const entries: ZipEntry[] = []
  const names = new TextDecoder('utf-8')
  let at = offset
  for (let k = 0; k < count; k++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) return refuse({ code: 'zip-damaged', detail: 'its directory is damaged' })
    const nameLength = view.getUint16(at + 28, true)
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    if (next > eocd) return refuse({ code: 'zip-damaged', detail: 'its directory is damaged' })
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, '/'),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true)
    })
    at = next
  }
  return entries
}

function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase()
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Decodes an XML part: UTF-8 (a byte-order mark is dropped), or UTF-16 when it starts with one. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  return new TextDecoder('utf-8').decode(bytes)
}

let CRC_TABLE: Uint32Array | null = null

/** CRC-32 (IEEE), as ZIP stores it. */
export function crc32(data: Uint8Array): number {
  let table = CRC_TABLE
  if (!table) {
    table = new Uint32Array(256)
    for (let i = 0; i < 256; i++) {
      let c = i
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      table[i] = c >>> 0
    }
    CRC_TABLE = table
  }
  let crc = 0xffffffff
  for (let i = 0; i < data.length; i++) crc = (table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8)) >>> 0
  return (crc ^ 0xffffffff) >>> 0
}
