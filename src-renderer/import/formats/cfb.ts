/**
 * OLE compound files (the container of Excel 97-2003 .xls): the structure is checked before anything
 * is read, so that a truncated download gives a clear error instead of an empty or partial workbook.
 * Every sector chain is walked once, marking its sectors: a chain that loops or runs into another
 * chain is refused, and the whole check costs one pass over the file's sectors.
 */
import { refusing, ReadRefusal, type ReadProblem, type ReadResult } from './problems'

const ENDOFCHAIN = 0xfffffffe
const FREESECT = 0xffffffff
const MAXREGSECT = 0xfffffffa
const MINI_SECTOR = 64

export interface CompoundFile {
  /** The Workbook (or Book) stream when it lives in the file's sectors (4,096 bytes or more), else null. */
  workbook: Uint8Array | null
  /** The Workbook stream when it is small enough to live in the mini stream, else null. */
  miniWorkbook: Uint8Array | null
}

const refuse = (problem: ReadProblem): never => {
  throw new ReadRefusal(problem)
}

/** Checks a compound file and returns its workbook stream, or why it cannot be read; never throws. */
export function openCompoundFile(bytes: Uint8Array): ReadResult<CompoundFile> {
  return refusing(() => open(bytes))
}

function open(bytes: Uint8Array): CompoundFile {
  const size = bytes.length
  if (size < 512) refuse({ code: 'cfb-too-short', bytes: size })
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u16 = (o: number): number => view.getUint16(o, true)
  const u32 = (o: number): number => view.getUint32(o, true)
  const shift = u16(0x1e)
  if (shift !== 9 && shift !== 12) refuse({ code: 'cfb-sector-size', shift })
  const sectorSize = 1 << shift
  const sectorCount = Math.ceil((size - sectorSize) / sectorSize)
  const truncated = (sector: number): never => refuse({ code: 'cfb-truncated', bytes: size, sector, endsAt: (sector + 2) * sectorSize })
  const sectorOffset = (s: number): number => (s + 1) * sectorSize
  const sectorComplete = (s: number): boolean => sectorOffset(s) + sectorSize <= size

  // FAT sectors: 109 in the header, more in the DIFAT chain.
  const fatSectors: number[] = []
  const fatCount = u32(0x2c)
  for (let k = 0; k < 109 && fatSectors.length < fatCount; k++) {
    const s = u32(0x4c + 4 * k)
    if (s === FREESECT || s === ENDOFCHAIN) break
    fatSectors.push(s)
  }
  let difat = u32(0x44)
  let guard = 0
  while (fatSectors.length < fatCount && difat !== ENDOFCHAIN && difat !== FREESECT) {
    if (!sectorComplete(difat)) truncated(difat)
    if (++guard > sectorCount) refuse({ code: 'cfb-fat-loop' })
    const base = sectorOffset(difat)
    const per = sectorSize / 4 - 1
    for (let k = 0; k < per && fatSectors.length < fatCount; k++) fatSectors.push(u32(base + 4 * k))
    difat = u32(base + 4 * per)
  }
  for (const s of fatSectors) if (!sectorComplete(s)) truncated(s)
  const entriesPerSector = sectorSize / 4
  const fat = (s: number): number => {
    const fs = fatSectors[Math.floor(s / entriesPerSector)]
    return fs === undefined ? FREESECT : u32(sectorOffset(fs) + 4 * (s % entriesPerSector))
  }
  // Each sector belongs to one stream at most: walking every chain once, marking, is linear and finds
  // loops. A chain is followed only as far as its stream's size needs: PHPExcel chains the root's mini
  // stream on into the workbook's sectors, and readers have always ignored what lies past the size.
  const taken = new Uint8Array(sectorCount + 1)
  const chain = (start: number, needed = Number.POSITIVE_INFINITY): number[] => {
    const out: number[] = []
    for (let s = start; s !== ENDOFCHAIN && out.length < needed; s = fat(s)) {
      if (s > MAXREGSECT) refuse({ code: 'cfb-chain-broken' })
      if (!sectorComplete(s)) truncated(s)
      if (taken[s] === 1) refuse({ code: 'cfb-chain-loop' })
      taken[s] = 1
      out.push(s)
    }
    return out
  }
  const dir = chain(u32(0x30))
  const cutoff = u32(0x38)
  let workbook: { start: number; size: number } | null = null
  let root: { start: number; size: number } | null = null
  const streams: { start: number; size: number }[] = []
  for (const s of dir) {
    const base = sectorOffset(s)
    for (let e = 0; e < sectorSize / 128; e++) {
      const o = base + e * 128
      const type = bytes[o + 0x42]
      const nameBytes = Math.min(64, u16(o + 0x40))
      let name = ''
      for (let k = 0; k + 1 < nameBytes - 1; k += 2) name += String.fromCharCode(u16(o + k))
      const entry = { start: u32(o + 0x74), size: u32(o + 0x78) }
      // The root entry holds the mini stream; other streams of at least `cutoff` bytes live in sectors.
      if (type === 5) {
        if (!root && entry.size > 0) streams.push(entry)
        root ??= entry
      } else if (type === 2) {
        if (entry.size >= cutoff) streams.push(entry)
        if (!workbook && /^(workbook|book)$/i.test(name)) workbook = entry
      }
    }
  }
  if (!workbook) return refuse({ code: 'no-workbook-stream' })
  // The mini FAT's sectors are checked like any stream's (the workbook itself may sit in the mini stream).
  const miniFatStart = u32(0x3c)
  const miniFat = miniFatStart !== ENDOFCHAIN && miniFatStart !== FREESECT ? chain(miniFatStart, Math.max(1, u32(0x40))) : []
  // Every stream's sectors must be in the file, and hold the stream's size.
  let workbookBytes: Uint8Array | null = null
  let miniStream: Uint8Array | null = null
  for (const stream of streams) {
    const sectors = chain(stream.start, Math.ceil(stream.size / sectorSize))
    if (sectors.length * sectorSize < stream.size) refuse({ code: 'cfb-stream-short', declared: stream.size, available: sectors.length * sectorSize })
    if (stream === workbook) workbookBytes = gather(bytes, sectors.map(sectorOffset), sectorSize, stream.size)
    else if (stream === root && workbook.size < cutoff) miniStream = gather(bytes, sectors.map(sectorOffset), sectorSize, stream.size)
  }
  if (workbookBytes) return { workbook: workbookBytes, miniWorkbook: null }
  // A small workbook lives in the mini stream, in 64-byte sectors chained by the mini FAT (walked once too).
  if (!miniStream) return refuse({ code: 'cfb-chain-broken' })
  const miniCount = Math.floor(miniStream.length / MINI_SECTOR)
  const miniTaken = new Uint8Array(miniCount)
  const miniNext = (s: number): number => {
    const at = s * 4
    const fs = miniFat[Math.floor(at / sectorSize)]
    return fs === undefined ? FREESECT : u32(sectorOffset(fs) + (at % sectorSize))
  }
  const offsets: number[] = []
  const needed = Math.ceil(workbook.size / MINI_SECTOR)
  for (let s = workbook.start; s !== ENDOFCHAIN && offsets.length < needed; s = miniNext(s)) {
    if (s > MAXREGSECT || s >= miniCount) refuse({ code: 'cfb-chain-broken' })
    if (miniTaken[s] === 1) refuse({ code: 'cfb-chain-loop' })
    miniTaken[s] = 1
    offsets.push(s * MINI_SECTOR)
  }
  if (offsets.length * MINI_SECTOR < workbook.size) refuse({ code: 'cfb-stream-short', declared: workbook.size, available: offsets.length * MINI_SECTOR })
  return { workbook: null, miniWorkbook: gather(miniStream, offsets, MINI_SECTOR, workbook.size) }
}

function gather(from: Uint8Array, offsets: readonly number[], sectorSize: number, size: number): Uint8Array {
  const out = new Uint8Array(size)
  for (let k = 0; k < offsets.length && k * sectorSize < size; k++) {
    const at = offsets[k]!
    out.set(from.subarray(at, at + Math.min(sectorSize, size - k * sectorSize)), k * sectorSize)
  }
  return out
}
