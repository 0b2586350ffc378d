/**
 * Hostile and damaged Office files, built in code (nothing large is committed): ZIP files whose parts
 * lie about their sizes, deflate bombs, workbooks naming rows beyond Excel's limit, Word files whose
 * paragraphs never close, BIFF8 streams with far columns, compound files whose chains loop. Used by
 * the reading layer's tests, the importers' regression tests and `npm run fuzz`.
 */
import { constants, deflateRawSync } from 'node:zlib'
import { deflateSync } from 'fflate'
import { CFB } from '@e965/xlsx'
import { crc32 } from '../../../../src-renderer/import/formats/zip'

export interface ZipPart {
  name: string
  /** The content (text as UTF-8), compressed with deflate unless `raw` is given. */
  data?: Uint8Array | string
  /** Already deflated bytes (raw deflate) to store as they are. */
  raw?: Uint8Array
  /** The unpacked size the directory declares (default: the real one). */
  declaredSize?: number
  crc?: number
  method?: number
  flags?: number
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

/** A ZIP file written by hand, so that its directory can say anything. */
export function buildZip(parts: readonly ZipPart[]): Uint8Array {
  const locals: Uint8Array[] = []
  const centrals: Uint8Array[] = []
  let offset = 0
  for (const part of parts) {
    const plain = typeof part.data === 'string' ? utf8(part.data) : (part.data ?? new Uint8Array(0))
    const method = part.method ?? 8
    const body = part.raw ?? (method === 8 ? deflateSync(plain, { level: 6 }) : plain)
    const size = part.declaredSize ?? plain.length
    const crc = part.crc ?? (part.raw ? 0 : crc32(plain))
    const name = utf8(part.name)
    const local = new Uint8Array(30 + name.length + body.length)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, 0x04034b50, true)
    lv.setUint16(4, 20, true)
    lv.setUint16(6, part.flags ?? 0, true)
    lv.setUint16(8, method, true)
    lv.setUint32(14, crc, true)
    lv.setUint32(18, body.length, true)
    lv.setUint32(22, size, true)
    lv.setUint16(26, name.length, true)
    local.set(name, 30)
    local.set(body, 30 + name.length)
    const central = new Uint8Array(46 + name.length)
    const cv = new DataView(central.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(4, 20, true)
    cv.setUint16(6, 20, true)
    cv.setUint16(8, part.flags ?? 0, true)
    cv.setUint16(10, method, true)
    cv.setUint32(16, crc, true)
    cv.setUint32(20, body.length, true)
    cv.setUint32(24, size, true)
    cv.setUint16(28, name.length, true)
    cv.setUint32(42, offset, true)
    central.set(name, 46)
    locals.push(local)
    centrals.push(central)
    offset += local.length
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0)
  const end = new Uint8Array(22)
  const ev = new DataView(end.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, parts.length, true)
  ev.setUint16(10, parts.length, true)
  ev.setUint32(12, directorySize, true)
  ev.setUint32(16, offset, true)
  return concat([...locals, ...centrals, end])
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/**
 * Raw deflate of `megabytes` MB of one repeated byte, about 1 KB per MB: one sync-flushed megabyte
 * repeated (each copy is a complete, byte-aligned block) and a final empty block.
 */
export function deflateBomb(megabytes: number, byte = 0x20): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, byte), { level: 9, finishFlush: constants.Z_SYNC_FLUSH })
  const chunks: Uint8Array[] = []
  for (let k = 0; k < megabytes; k++) chunks.push(block)
  chunks.push(Uint8Array.of(0x03, 0x00))
  return concat(chunks)
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
const SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

/** The parts of a one-sheet .xlsx around the given worksheet part. */
export function xlsxParts(sheet: ZipPart | string): ZipPart[] {
  return [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0"?><workbook ${SHEET_NS}><sheets><sheet name="UPR Info database export" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
    typeof sheet === 'string' ? { name: 'xl/worksheets/sheet1.xml', data: sheet } : sheet
  ]
}

/** A worksheet part from row XML. */
export function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet ${SHEET_NS}><sheetData>${rows}</sheetData></worksheet>`
}

const HEADER = ['SuR', 'Rgrp', 'Org', 'Recommendation', 'RS', 'Rgrp', 'Org', 'Response', 'Action', 'Issue', 'Session']

function inlineRow(row: number, values: readonly string[]): string {
  const cells = values.map((v, c) => `<c r="${String.fromCharCode(65 + c)}${row}" t="inlineStr"><is><t>${v}</t></is></c>`).join('')
  return `<row r="${row}">${cells}</row>`
}

/** A UPR Info-shaped .xlsx of a few KB whose one data row is numbered `row` (Excel stops at 1,048,576). */
export function xlsxWithRowNumber(row: number): Uint8Array {
  const data = ['Slovenia', 'EEG', 'EU', 'Ratify the Optional Protocol to the Convention against Torture', 'Portugal', 'WEOG', 'EU', 'Accepted', '5', 'Torture', '7']
  return buildZip(xlsxParts(sheetXml(inlineRow(1, HEADER) + inlineRow(row, data))))
}

/** A UPR Info-shaped .xlsx whose data cell sits in a far column (Excel stops at XFD, 16,384). */
export function xlsxWithColumn(column: string): Uint8Array {
  return buildZip(xlsxParts(sheetXml(`${inlineRow(1, HEADER)}<row r="2"><c r="${column}2" t="inlineStr"><is><t>x</t></is></c></row>`)))
}

/** An .xlsx whose rows each hold one cell in column XFD: every row padded to 16,384 cells. */
export function xlsxOfFarCells(rows: number): Uint8Array {
  let xml = ''
  for (let r = 1; r <= rows; r++) xml += `<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`
  return buildZip(xlsxParts(sheetXml(xml)))
}

/** An .xlsx of about 300 KB whose worksheet declares 0 bytes and unpacks to `megabytes` MB. */
export function xlsxDeclaringZero(megabytes: number): Uint8Array {
  return buildZip(xlsxParts({ name: 'xl/worksheets/sheet1.xml', raw: deflateBomb(megabytes), declaredSize: 0 }))
}

/** The parts of a .docx around the given document part. */
export function docxParts(document: ZipPart | string): ZipPart[] {
  return [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    typeof document === 'string' ? { name: 'word/document.xml', data: document } : document
  ]
}

/** A .docx of about 200 KB whose document part unpacks to `megabytes` MB, declaring `declaredSize` (default: the truth). */
export function docxBomb(megabytes: number, declaredSize = megabytes * 1024 * 1024): Uint8Array {
  return buildZip(docxParts({ name: 'word/document.xml', raw: deflateBomb(megabytes), declaredSize }))
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

/** Word XML with `count` paragraphs that open and never close. */
export function unclosedParagraphsXml(count: number): string {
  return `<?xml version="1.0"?><w:document ${W}><w:body>${'<w:p><w:r><w:t>x</w:t></w:r>'.repeat(count)}</w:body></w:document>`
}

// --- Excel 97-2003 -----------------------------------------------------------------------------

/** A BIFF record: type, length, payload. */
export function record(type: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + payload.length)
  const v = new DataView(out.buffer)
  v.setUint16(0, type, true)
  v.setUint16(2, payload.length, true)
  out.set(payload, 4)
  return out
}

function u16s(...values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 2)
  values.forEach((v, i) => new DataView(out.buffer).setUint16(i * 2, v, true))
  return out
}

/** A NUMBER cell record. */
export function numberRecord(row: number, col: number, value: number): Uint8Array {
  const payload = new Uint8Array(14)
  const v = new DataView(payload.buffer)
  v.setUint16(0, row, true)
  v.setUint16(2, col, true)
  v.setFloat64(6, value, true)
  return record(0x0203, payload)
}

/**
 * A BIFF8 workbook stream with one worksheet per entry of `sheets` (its cell records), or several
 * BOUNDSHEET records pointing at the same sheet (`sameSheet` times).
 */
export function biff8Stream(cells: readonly Uint8Array[], sameSheet = 1): Uint8Array {
  const bof = (kind: number) => record(0x0809, concat([u16s(0x0600, kind), new Uint8Array(12)]))
  const eof = record(0x000a, new Uint8Array(0))
  const name = utf8('Sheet1')
  const boundsheet = (offset: number) => {
    const payload = new Uint8Array(8 + name.length)
    new DataView(payload.buffer).setUint32(0, offset, true)
    payload[6] = name.length
    payload.set(name, 8)
    return record(0x0085, payload)
  }
  const globalsLength = bof(5).length + boundsheet(0).length * sameSheet + eof.length
  const globals = concat([bof(5), ...Array.from({ length: sameSheet }, () => boundsheet(globalsLength)), eof])
  return concat([globals, bof(0x10), ...cells, eof])
}

/** An .xls (compound file) around a BIFF8 workbook stream. */
export function xlsOf(stream: Uint8Array): Uint8Array {
  const container = CFB.utils.cfb_new()
  CFB.utils.cfb_add(container, '/Workbook', stream)
  return CFB.write(container, { type: 'array' }) as Uint8Array
}

/** An .xls with one NUMBER cell per row in column `col`, for `rows` rows. */
export function xlsOfFarCells(rows: number, col: number): Uint8Array {
  const cells: Uint8Array[] = []
  for (let r = 0; r < rows; r++) cells.push(numberRecord(r, col, r))
  return xlsOf(biff8Stream(cells))
}
