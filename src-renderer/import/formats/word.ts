/**
 * Word (.docx) documents: the one reader of WordprocessingML behind every importer that opens a Word
 * file (OHCHR thematic lists, reports and addenda saved as Word). The parts are unpacked within the
 * ZIP budgets and the XML is read in one linear pass, into body paragraphs and top-level table rows
 * (for tables) and into every paragraph in order (for plain text). Pure: no DOM, no Node built-ins.
 */
import { limitsWith, newMeter, type ReadLimits, type ReadMeter, type ReadOptions } from './limits'
import { ReadRefusal, refusing, type ReadResult } from './problems'
import { decodeXmlText, XmlScanner } from './xml'
import { openZip, type ZipArchive } from './zip'

export interface WordCell {
  /** Paragraph texts, in order (a nested table's paragraphs are added to its outer cell). */
  paragraphs: string[]
  /** First grid column this cell covers (gridBefore and gridSpan taken into account). */
  gridColumn: number
  span: number
}

export type WordBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'row'; cells: WordCell[]; table: number; rowInTable: number }

/** What a Word document's XML holds. */
export interface WordContent {
  /** Body paragraphs and top-level table rows, in document order. */
  blocks: WordBlock[]
  /** Every paragraph (body, tables, text boxes) in document order, tabs and breaks kept: the plain text, line by line. */
  paragraphs: string[]
}

/** A Word document read from its .docx bytes. */
export interface WordDocument extends WordContent {
  /** The paragraphs of each page header part (outside its tables). */
  headers: string[][]
  /** The title in the document properties (docProps/core.xml), or ''. */
  title: string
}

/** The main document part every .docx has. */
export const WORD_DOCUMENT_PART = 'word/document.xml'

/**
 * Reads a .docx file: its main document, headers and title, within the budgets; never throws. Refuses
 * with 'not-zip' when the bytes are no ZIP at all, 'entry-missing' when there is no word/document.xml.
 */
export function readDocx(bytes: Uint8Array, options: ReadOptions = {}): ReadResult<WordDocument> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, problem: { code: 'not-zip' } }
  const limits = limitsWith(options.limits)
  const meter = options.meter ?? newMeter()
  const opened = openZip(bytes, { limits, meter })
  if (!opened.ok) return opened
  const zip = opened.value
  const main = mainDocumentPart(zip)
  if (!main) return { ok: false, problem: { code: 'entry-missing', entry: WORD_DOCUMENT_PART } }
  return refusing(() => {
    const content = readWordContent(zip.text(main), limits, meter)
    const headers = zip.entries
      .filter((e) => /^word\/header\d*\.xml$/i.test(e.name))
      .map((e) => readWordContent(zip.text(e), limits, meter).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])))
    const core = zip.find('docProps/core.xml')
    const coreXml = core ? zip.text(core) : ''
    const title = decodeXmlText(/<dc:title>([^<]*)<\/dc:title>/.exec(coreXml)?.[1] ?? '')
    return { ...content, headers, title }
  })
}

function mainDocumentPart(zip: ZipArchive) {
  return zip.find(WORD_DOCUMENT_PART) ?? zip.entries.find((e) => /^word\/document\d*\.xml$/i.test(e.name)) ?? null
}

/** Turns WordprocessingML into body paragraphs and top-level table rows, in document order (no budget). */
export function readWordXml(xml: string): WordBlock[] {
  return readWordContent(xml, limitsWith({ maxParagraphs: Number.MAX_SAFE_INTEGER }), newMeter()).blocks
}

/**
 * Reads WordprocessingML in one pass. Throws ReadRefusal when the paragraphs, rows and cells pass the
 * budget (each costs memory however little text it has).
 */
export function readWordContent(xml: string, limits: ReadLimits, meter: ReadMeter): WordContent {
  const blocks: WordBlock[] = []
  const all: string[] = []
  let tableDepth = 0
  let tableCount = 0
  let rowInTable = 0
  let row: WordCell[] | null = null
  let cell: WordCell | null = null
  let gridColumn = 0
  const paragraphs: string[][] = [] // a stack: text boxes put paragraphs inside paragraphs
  let inText = false
  let skipDepth = 0 // inside mc:Fallback (a duplicate of mc:Choice)
  const count = (): void => {
    if (++meter.paragraphs > limits.maxParagraphs) throw new ReadRefusal({ code: 'too-many-paragraphs', limit: limits.maxParagraphs })
  }

  const scan = new XmlScanner(xml)
  for (let token = scan.next(); token !== 'end'; token = scan.next()) {
    const paragraph = paragraphs[paragraphs.length - 1]
    if (token === 'text' || token === 'cdata') {
      if (inText && skipDepth === 0 && paragraph) paragraph.push(scan.text())
      continue
    }
    const name = scan.name
    if (name === 'mc:Fallback') {
      if (token === 'close') skipDepth = Math.max(0, skipDepth - 1)
      else if (!scan.selfClosing) skipDepth++
      continue
    }
    if (token === 'close') {
      switch (name) {
        case 'w:t':
          inText = false
          break
        case 'w:p': {
          const done = paragraphs.pop()
          if (done) {
            const text = done.join('').replace(/\u00a0/g, ' ')
            if (skipDepth === 0) all.push(text)
            if (cell) cell.paragraphs.push(text)
            else if (tableDepth === 0) blocks.push({ kind: 'paragraph', text })
          }
          break
        }
        case 'w:tc':
          if (tableDepth === 1 && cell && row) {
            row.push(cell)
            gridColumn += cell.span
            cell = null
          }
          break
        case 'w:tr':
          if (tableDepth === 1 && row) {
            blocks.push({ kind: 'row', cells: row, table: tableCount, rowInTable: ++rowInTable })
            row = null
          }
          break
        case 'w:tbl':
          tableDepth = Math.max(0, tableDepth - 1)
          break
      }
      continue
    }
    switch (name) {
      case 'w:t':
        if (!scan.selfClosing) inText = true
        break
      case 'w:tab':
      case 'w:ptab':
        if (paragraph && skipDepth === 0) paragraph.push('\t')
        break
      case 'w:br':
      case 'w:cr':
        if (paragraph && skipDepth === 0) paragraph.push('\n')
        break
      case 'w:noBreakHyphen':
        if (paragraph && skipDepth === 0) paragraph.push('-')
        break
      case 'w:p':
        count()
        if (!scan.selfClosing) paragraphs.push([])
        else {
          if (skipDepth === 0) all.push('')
          if (cell) cell.paragraphs.push('')
        }
        break
      case 'w:tbl':
        if (!scan.selfClosing) {
          tableDepth++
          if (tableDepth === 1) {
            tableCount++
            rowInTable = 0
          }
        }
        break
      case 'w:tr':
        if (tableDepth === 1) {
          count()
          row = []
          gridColumn = 0
        }
        break
      case 'w:gridBefore':
        if (tableDepth === 1 && row && !cell) gridColumn += numberAttribute(scan) ?? 0
        break
      case 'w:tc':
        if (tableDepth === 1 && row) {
          count()
          cell = { paragraphs: [], gridColumn, span: 1 }
        }
        break
      case 'w:gridSpan':
        if (tableDepth === 1 && cell) cell.span = Math.max(1, numberAttribute(scan) ?? 1)
        break
    }
  }
  // A document cut off mid-table still gives the rows read so far, and its open paragraphs their text.
  if (row && row.length > 0) blocks.push({ kind: 'row', cells: row, table: tableCount, rowInTable: rowInTable + 1 })
  for (const open of paragraphs) if (open.length > 0) all.push(open.join('').replace(/\u00a0/g, ' '))
  return { blocks, paragraphs: all }
}

/** The w:val of gridBefore / gridSpan: digits only, at most 4 of them (Word's grid has at most 63 columns). */
function numberAttribute(scan: XmlScanner): number | null {
  const value = scan.attr('w:val')?.trim()
  return value && /^\d{1,4}$/.test(value) ? Number(value) : null
}
