/**
 * What kind of file the user dropped, and how its text is encoded. Pure functions over bytes: no DOM,
 * no Node built-ins, so they run in a Web Worker, in the page and in Node alike.
 */
import type { CodedMessage } from '../domain/coded-message'
import { importMessage } from './messages'

export type FileKind = 'pdf' | 'text' | 'docx' | 'xls' | 'xlsx' | 'csv' | 'unknown'

export interface DetectedFormat {
  kind: FileKind
  /** Why, in words a user can act on (English). */
  reason: string
  /** Why, as a code with its values, for the page to say in the interface language. */
  why: CodedMessage
}

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'macintosh'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
}

const found = (kind: FileKind, reason: string, why: CodedMessage): DetectedFormat => ({ kind, reason, why })

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** Says what a file is: magic bytes first, then the file name's extension, then a look at the text. */
export function detectFormat(bytes: Uint8Array, fileName: string): DetectedFormat {
  const ext = extensionOf(fileName)
  if (bytes.length === 0) return found('unknown', 'The file is empty (0 bytes).', importMessage('format.empty', {}))

  if (findAscii(bytes, '%PDF-', 0, 1024) >= 0) return found('pdf', 'Starts with the PDF signature %PDF-.', importMessage('format.pdf', {}))

  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // Entry names are stored uncompressed in the local headers and the central directory. The main
    // part names are checked first: a Word file may embed a workbook, whose own names are compressed.
    for (const [needle, kind] of [['word/document.xml', 'docx'], ['xl/workbook.xml', 'xlsx'], ['word/', 'docx'], ['xl/', 'xlsx']] as const) {
      if (findAscii(bytes, needle) >= 0) {
        return kind === 'docx'
          ? found(kind, 'ZIP archive with a word/ folder (Word .docx).', importMessage('format.zipWord', {}))
          : found(kind, 'ZIP archive with an xl/ folder (Excel .xlsx).', importMessage('format.zipExcel', {}))
      }
    }
    return found('unknown', 'ZIP archive without a word/ or xl/ folder: not a Word or Excel file.', importMessage('format.zipOther', {}))
  }

  if (startsWith(bytes, CFB_SIGNATURE)) {
    if (findUtf16(bytes, 'EncryptedPackage') >= 0) {
      return found('unknown', 'Password-protected (encrypted) Office file: save it without a password first.', importMessage('format.encrypted', {}))
    }
    if (findUtf16(bytes, 'WordDocument') >= 0) {
      return found('unknown', 'Old Word .doc file: save it as .docx first.', importMessage('format.oldWord', {}))
    }
    if (findUtf16(bytes, 'Workbook') >= 0 || findUtf16(bytes, 'Book') >= 0 || ext === 'xls') {
      return found('xls', 'OLE compound file (D0 CF 11 E0) holding an Excel 97-2003 workbook.', importMessage('format.xls', {}))
    }
    return found('unknown', 'OLE compound file (D0 CF 11 E0) without an Excel workbook stream.', importMessage('format.compoundOther', {}))
  }

  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return found('unknown', 'UTF-16 text, which is not supported: save it as CSV UTF-8 or plain text (UTF-8).', importMessage('format.utf16', {}))
  }

  if (!looksLikeText(bytes)) {
    const claimed = ext ? ` (named .${ext})` : ''
    return found(
      'unknown',
      `Binary content that is not a PDF, Word, Excel or text file${claimed}.`,
      ext ? importMessage('format.binaryNamed', { extension: ext }) : importMessage('format.binary', {})
    )
  }

  const { text } = decodeText(sampleOf(bytes, 65536))
  const head = text.trimStart().slice(0, 2048).toLowerCase()
  if (head.startsWith('<') && (head.includes('urn:schemas-microsoft-com:office:spreadsheet') || (ext === 'xls' && head.includes('<table')))) {
    return found('xls', 'Excel XML/HTML spreadsheet saved with an .xls name.', importMessage('format.xmlSpreadsheet', {}))
  }

  if (ext === 'csv' || ext === 'tsv') return found('csv', `Text file with a .${ext} extension.`, importMessage('format.delimitedExtension', { extension: ext }))
  if (ext === 'txt') return found('text', 'Text file with a .txt extension.', importMessage('format.textExtension', {}))
  if (ext === 'pdf' || ext === 'docx' || ext === 'xlsx' || ext === 'xls') {
    const kind = sniffDelimiter(text) ? 'csv' : 'text'
    return found(
      kind,
      `Named .${ext} but the content is ${kind === 'csv' ? 'delimited text (CSV)' : 'plain text'}.`,
      importMessage(kind === 'csv' ? 'format.misnamedDelimited' : 'format.misnamedText', { extension: ext })
    )
  }
  const delimiter = sniffDelimiter(text)
  if (delimiter) {
    return found(
      'csv',
      `Text whose lines split into the same number of fields on "${delimiter === '\t' ? 'tab' : delimiter}".`,
      delimiter === '\t' ? importMessage('format.delimitedTab', {}) : importMessage('format.delimited', { delimiter })
    )
  }
  return found('text', 'Plain text.', importMessage('format.plain', {}))
}

/** Decodes text bytes: a UTF-8 BOM or valid UTF-8 wins; otherwise Windows-1252 or Mac Roman, whichever reads more plausibly. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeUtf8(bytes.subarray(3)) ?? decodeUtf8Lenient(bytes.subarray(3)), encoding: 'utf-8' }
  const utf8 = decodeUtf8(bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' }
  const cp1252 = decodeSingleByte(bytes, 'windows-1252')
  const macRoman = decodeSingleByte(bytes, 'macintosh')
  return plausibility(macRoman) > plausibility(cp1252)
    ? { text: macRoman, encoding: 'macintosh' }
    : { text: cp1252, encoding: 'windows-1252' }
}

/** Decodes bytes in a single-byte code page (tables written out here, so no ICU data is needed). */
export function decodeSingleByte(bytes: Uint8Array, encoding: 'windows-1252' | 'macintosh'): string {
  const high = encoding === 'windows-1252' ? CP1252_HIGH : MAC_ROMAN_HIGH
  const parts: string[] = []
  const CHUNK = 8192
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK)
    const codes = new Array<number>(end - start)
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0
      codes[i - start] = b < 0x80 ? b : (high[b - 0x80] ?? 0xfffd)
    }
    parts.push(String.fromCharCode(...codes))
  }
  return parts.join('')
}

/** Guesses the field delimiter of CSV text (`,`, `;` or tab), or null when the lines do not split consistently. */
export function sniffDelimiter(text: string): ',' | ';' | '\t' | null {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').slice(0, 20)
  if (lines.length === 0) return null
  let best: { d: ',' | ';' | '\t'; score: number } | null = null
  for (const d of [',', ';', '\t'] as const) {
    const counts = lines.map((l) => countOutsideQuotes(l, d))
    const first = counts[0] ?? 0
    if (first === 0) continue
    // Quoted fields can hold line breaks, so only require most lines to agree with the header line.
    const agreeing = counts.filter((c) => c === first).length
    const ratio = agreeing / counts.length
    if (lines.length > 1 && ratio < 0.6) continue
    // A header line names at least three columns, in short labels; prose does not look like that.
    if (first < 2) continue
    const headerCells = (lines[0] ?? '').split(d)
    if (headerCells.some((h) => h.trim().length > 60)) continue
    const score = ratio * 10 + Math.min(first, 50) / 10
    if (!best || score > best.score) best = { d, score }
  }
  return best ? best.d : null
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (c === '"') quoted = !quoted
    else if (c === d && !quoted) n++
  }
  return n
}

/** The first bytes of a file, cut where no UTF-8 sequence is split. */
function sampleOf(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length <= max) return bytes
  let end = max
  while (end > max - 4 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--
  return bytes.subarray(0, end)
}

function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,5})$/.exec(fileName.trim())
  return m?.[1] ? m[1].toLowerCase() : ''
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false
  return sig.every((b, i) => bytes[i] === b)
}

function findAscii(bytes: Uint8Array, needle: string, from = 0, limit = bytes.length): number {
  const codes = Array.from(needle, (c) => c.charCodeAt(0))
  return findBytes(bytes, codes, from, limit)
}

function findUtf16(bytes: Uint8Array, needle: string): number {
  const codes: number[] = []
  for (const c of needle) codes.push(c.charCodeAt(0), 0)
  return findBytes(bytes, codes, 0, bytes.length)
}

function findBytes(bytes: Uint8Array, needle: readonly number[], from: number, limit: number): number {
  const first = needle[0]
  if (first === undefined) return -1
  const end = Math.min(bytes.length, limit) - needle.length
  for (let i = bytes.indexOf(first, from); i >= 0 && i <= end; i = bytes.indexOf(first, i + 1)) {
    let ok = true
    for (let j = 1; j < needle.length; j++) {
      if (bytes[i + j] !== needle[j]) {
        ok = false
        break
      }
    }
    if (ok) return i
  }
  return -1
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0
    if (b === 0) return false
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++
  }
  return control <= n * 0.01
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

function decodeUtf8Lenient(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
}

const LETTER = /\p{L}/u
const LOWER = /\p{Ll}/u
const UPPER = /\p{Lu}/u
const DIGIT = /\d/
// Opening quotes, and the Spanish opening question and exclamation marks.
const OPENING = new Set(['\u2018', '\u201c', '\u00ab', '\u00bf', '\u00a1'])
// The ordinal indicators of Spanish (and Portuguese) numbers: "52º período", "3ª".
const ORDINAL_INDICATORS = new Set(['\u00ba', '\u00aa'])
const CLOSING = new Set(['\u201d', '\u00bb'])
const DASHES = new Set(['\u2013', '\u2014'])
const NEUTRAL = new Set(['\u2026', '\u2022', '\u00b0', '\u20ac', '\u00a7', '\u00a0', '\u00a9', '\u00ae', '\u00a3'])
// Letters that seldom start (or end) a word in the languages of UN documents.
const RARE_WORD_START = 'ìîïòùõã'
const RARE_WORD_END = 'ìîïñ'

/**
 * Scores how plausible the non-ASCII characters of a decoding are, from their neighbours: a misread
 * code page turns quotes into letters standing alone ("ì the erased î") and letters into capitals or
 * symbols inside words ("MÈxico", "C\u2122te").
 */
function plausibility(text: string): number {
  let score = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) continue
    const c = text[i] ?? ''
    const prev = text[i - 1] ?? ' '
    const next = text[i + 1] ?? ' '
    const letterBefore = LETTER.test(prev)
    const letterAfter = LETTER.test(next)
    if (code <= 0x9f) {
      score -= 5 // C1 control: a byte the code page leaves undefined
    } else if (LOWER.test(c)) {
      if (letterBefore && letterAfter) score += 2
      else if (letterAfter) score += RARE_WORD_START.includes(c) ? -1 : 1
      else if (letterBefore) score += RARE_WORD_END.includes(c) ? -1 : 1
      else score += c === '\u00e0' ? 1 : -2 // only "à" stands alone as a word
    } else if (UPPER.test(c)) {
      if (LOWER.test(prev) || (letterBefore && LOWER.test(next))) score -= 2 // a capital inside a word
      else if (letterBefore || letterAfter) score += 1
      else score -= 1
    } else if (c === '\u2019') {
      score += letterBefore && letterAfter ? 3 : 1
    } else if (ORDINAL_INDICATORS.has(c)) {
      score += DIGIT.test(prev) ? 2 : -1
    } else if (OPENING.has(c)) {
      score += !letterBefore && (letterAfter || DIGIT.test(next)) ? 2 : 0
    } else if (CLOSING.has(c)) {
      score += !letterAfter ? 2 : 0
    } else if (DASHES.has(c)) {
      score += (prev === ' ' && next === ' ') || (DIGIT.test(prev) && DIGIT.test(next)) ? 2 : 0
    } else if (NEUTRAL.has(c)) {
      score += 1
    } else {
      score -= 2 // maths signs, ligatures, dagger, per mille and other rarities in running text
    }
  }
  return score
}

// Windows-1252, bytes 0x80-0xFF. Bytes the code page leaves undefined map to the C1 control with the same number (as WHATWG does).
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
  ...Array.from({ length: 96 }, (_, i) => 0xa0 + i)
]

// Mac OS Roman, bytes 0x80-0xFF (0xDB is the euro sign, as since Mac OS 8.5 and in WHATWG "macintosh").
const MAC_ROMAN_HIGH: readonly number[] = [
  0x00c4, 0x00c5, 0x00c7, 0x00c9, 0x00d1, 0x00d6, 0x00dc, 0x00e1, 0x00e0, 0x00e2, 0x00e4, 0x00e3, 0x00e5, 0x00e7, 0x00e9, 0x00e8,
  0x00ea, 0x00eb, 0x00ed, 0x00ec, 0x00ee, 0x00ef, 0x00f1, 0x00f3, 0x00f2, 0x00f4, 0x00f6, 0x00f5, 0x00fa, 0x00f9, 0x00fb, 0x00fc,
  0x2020, 0x00b0, 0x00a2, 0x00a3, 0x00a7, 0x2022, 0x00b6, 0x00df, 0x00ae, 0x00a9, 0x2122, 0x00b4, 0x00a8, 0x2260, 0x00c6, 0x00d8,
  0x221e, 0x00b1, 0x2264, 0x2265, 0x00a5, 0x00b5, 0x2202, 0x2211, 0x220f, 0x03c0, 0x222b, 0x00aa, 0x00ba, 0x03a9, 0x00e6, 0x00f8,
  0x00bf, 0x00a1, 0x00ac, 0x221a, 0x0192, 0x2248, 0x2206, 0x00ab, 0x00bb, 0x2026, 0x00a0, 0x00c0, 0x00c3, 0x00d5, 0x0152, 0x0153,
  0x2013, 0x2014, 0x201c, 0x201d, 0x2018, 0x2019, 0x00f7, 0x25ca, 0x00ff, 0x0178, 0x2044, 0x20ac, 0x2039, 0x203a, 0xfb01, 0xfb02,
  0x2021, 0x00b7, 0x201a, 0x201e, 0x2030, 0x00c2, 0x00ca, 0x00c1, 0x00cb, 0x00c8, 0x00cd, 0x00ce, 0x00cf, 0x00cc, 0x00d3, 0x00d4,
  0xf8ff, 0x00d2, 0x00da, 0x00db, 0x00d9, 0x0131, 0x02c6, 0x02dc, 0x00af, 0x02d8, 0x02d9, 0x02da, 0x00b8, 0x02dd, 0x02db, 0x02c7
]
