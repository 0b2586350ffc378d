/**
 * Excel workbooks (.xlsx, SpreadsheetML in a ZIP), read here rather than by SheetJS: only the parts
 * that hold cells are unpacked (workbook, its relationships, shared strings, the chosen worksheets),
 * within the ZIP budgets, and the XML is read in one linear pass. Every cell's row and column are
 * checked against Excel's limits before anything is made for it, so a 5 KB file naming row
 * 169,220,804 is refused at once. Values come out as SheetJS gives them without its formatting options
 * (numbers, text, Booleans; errors and empty cells as null), dates included as serial numbers.
 */
import { CellBudget, GridBuilder, type SheetTable } from './grid'
import { limitsWith, newMeter, type ReadLimits, type ReadOptions } from './limits'
import { ReadRefusal, refusing, type ReadResult } from './problems'
import { decodeXmlText, XmlScanner } from './xml'
import { openZip, type ZipArchive } from './zip'

export interface WorkbookOptions extends ReadOptions {
  /** Which sheets to read, given every sheet name in order (default: all of them). */
  pickSheets?: (names: readonly string[]) => readonly string[]
  /** Rows kept per sheet (as SheetJS's sheetRows); rows past it are still checked and give `lastRow`. */
  rowCap?: number
}

/** A workbook read into tables: one per worksheet read (chart sheets have none). */
export interface Workbook {
  /** Every sheet's name, in workbook order. */
  sheetNames: string[]
  tables: SheetTable[]
  date1904: boolean
}

const WORKBOOK_DEFAULT = 'xl/workbook.xml'

/** Reads an .xlsx workbook within the budgets; never throws. */
export function readXlsx(bytes: Uint8Array, options: WorkbookOptions = {}): ReadResult<Workbook> {
  const limits = limitsWith(options.limits)
  const meter = options.meter ?? newMeter()
  const opened = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b ? openZip(bytes, { limits, meter }) : ({ ok: false, problem: { code: 'not-zip' } } as const)
  if (!opened.ok) return opened
  const zip = opened.value
  return refusing(() => {
    const budget = new CellBudget(limits, meter)
    const workbookPath = officeDocumentPath(zip) ?? WORKBOOK_DEFAULT
    const workbookEntry = zip.find(workbookPath) ?? zip.find(WORKBOOK_DEFAULT)
    if (!workbookEntry) throw new ReadRefusal({ code: 'no-workbook-part' })
    const book = readWorkbookXml(zip.text(workbookEntry))
    const rels = readRelationships(zip, workbookEntry.name)
    const names = book.sheets.map((s) => s.name)
    const wanted = new Set(options.pickSheets ? options.pickSheets(names) : names)
    const chosen = book.sheets
      .map((sheet, index) => ({ sheet, index, rel: rels.get(sheet.rid) }))
      .filter(({ sheet, rel }) => wanted.has(sheet.name) && (!rel || /\/worksheet$/i.test(rel.type)))
    let strings: string[] | null = null
    const sharedStrings = (): string[] => {
      if (strings) return strings
      const rel = [...rels.values()].find((r) => /\/sharedStrings$/i.test(r.type))
      const entry = (rel && zip.find(rel.target)) ?? zip.find(siblingPath(workbookEntry.name, 'sharedStrings.xml'))
      strings = entry ? readSharedStrings(zip.text(entry), budget) : []
      return strings
    }
    const tables: SheetTable[] = []
    for (const { sheet, index, rel } of chosen) {
      // A sheet without a relationship: Excel names its parts sheet1.xml, sheet2.xml ... in order.
      const entry = rel ? zip.find(rel.target) : zip.find(siblingPath(workbookEntry.name, `worksheets/sheet${index + 1}.xml`))
      if (!entry) continue
      tables.push(readWorksheet(zip.text(entry), sheet.name, book.date1904, sharedStrings, budget, limits, options.rowCap))
    }
    return { sheetNames: names, tables, date1904: book.date1904 }
  })
}

interface Relationship {
  type: string
  /** The target as a part name inside the archive. */
  target: string
}

/** Where the package says its main part is (_rels/.rels), or null. */
function officeDocumentPath(zip: ZipArchive): string | null {
  const entry = zip.find('_rels/.rels')
  if (!entry) return null
  for (const rel of readRelationshipXml(zip.text(entry), '').values()) if (/\/officeDocument$/i.test(rel.type)) return rel.target
  return null
}

/** The relationships of a part (its _rels/<name>.rels), by id. */
function readRelationships(zip: ZipArchive, partName: string): Map<string, Relationship> {
  const slash = partName.lastIndexOf('/')
  const dir = slash < 0 ? '' : partName.slice(0, slash + 1)
  const entry = zip.find(`${dir}_rels/${partName.slice(slash + 1)}.rels`)
  return entry ? readRelationshipXml(zip.text(entry), dir) : new Map()
}

function readRelationshipXml(xml: string, dir: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>()
  const scan = new XmlScanner(xml)
  for (let token = scan.next(); token !== 'end'; token = scan.next()) {
    if (token !== 'open' || scan.localName() !== 'Relationship') continue
    const id = scan.attr('Id')
    const target = scan.attr('Target')
    if (id === null || target === null || scan.attr('TargetMode') === 'External') continue
    if (!out.has(id)) out.set(id, { type: scan.attr('Type') ?? '', target: resolvePart(dir, decodeXmlText(target)) })
  }
  return out
}

/** A relationship target as a part name: relative to `dir` unless it starts with '/', with '..' resolved. */
function resolvePart(dir: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : dir + target
  const parts: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '..') parts.pop()
    else if (segment !== '.' && segment !== '') parts.push(segment)
  }
  return parts.join('/')
}

function siblingPath(partName: string, name: string): string {
  return partName.slice(0, partName.lastIndexOf('/') + 1) + name
}

interface WorkbookXml {
  sheets: { name: string; rid: string }[]
  date1904: boolean
}

function readWorkbookXml(xml: string): WorkbookXml {
  const sheets: WorkbookXml['sheets'] = []
  let date1904 = false
  const scan = new XmlScanner(xml)
  for (let token = scan.next(); token !== 'end'; token = scan.next()) {
    if (token !== 'open') continue
    const local = scan.localName()
    if (local === 'workbookPr') {
      const v = scan.attr('date1904')
      date1904 = v === '1' || v === 'true'
    } else if (local === 'sheet') {
      const name = scan.attr('name')
      if (name === null) continue
      sheets.push({ name: decodeXmlText(name), rid: scan.attr('r:id') ?? '' })
    }
  }
  return { sheets, date1904 }
}

/** The shared string table: each <si>'s text runs, without phonetic guides (<rPh>). */
function readSharedStrings(xml: string, budget: CellBudget): string[] {
  const out: string[] = []
  const scan = new XmlScanner(xml)
  let parts: string[] | null = null
  let inT = false
  let phonetic = 0
  for (let token = scan.next(); token !== 'end'; token = scan.next()) {
    if (token === 'text' || token === 'cdata') {
      if (inT && phonetic === 0 && parts) parts.push(scan.text())
      continue
    }
    const local = scan.localName()
    if (token === 'open') {
      if (local === 'si') {
        if (scan.selfClosing) {
          budget.take(1)
          out.push('')
        } else parts = []
      } else if (local === 't') inT = !scan.selfClosing
      else if (local === 'rPh' && !scan.selfClosing) phonetic++
    } else if (local === 't') inT = false
    else if (local === 'rPh') phonetic = Math.max(0, phonetic - 1)
    else if (local === 'si' && parts) {
      budget.take(1)
      out.push(unescapeOoxml(parts.join('')))
      parts = null
    }
  }
  return out
}

/** One worksheet's cells into a table (sheetData: row, c, v, is/t). */
function readWorksheet(xml: string, name: string, date1904: boolean, sharedStrings: () => string[], budget: CellBudget, limits: ReadLimits, rowCap: number | undefined): SheetTable {
  const grid = new GridBuilder(budget, limits.maxRows, limits.maxColumns, false, rowCap)
  const scan = new XmlScanner(xml)
  let inData = false
  let row = -1 // 0-based row being read
  let nextCol = 0
  // The cell being read.
  let cell: { row: number; col: number; type: string } | null = null
  let value: string[] | null = null // text of <v>
  let inline: string[] | null = null // text of <is>
  let formula = false
  let inV = false
  let inT = false
  let phonetic = 0
  for (let token = scan.next(); token !== 'end'; token = scan.next()) {
    if (token === 'text' || token === 'cdata') {
      if (!cell) continue
      if (inV && value) value.push(scan.text())
      else if (inT && phonetic === 0 && inline) inline.push(scan.text())
      continue
    }
    const local = scan.localName()
    if (token === 'open') {
      if (local === 'sheetData') inData = !scan.selfClosing
      if (!inData) continue
      switch (local) {
        case 'row': {
          const r = positiveInteger(scan.attr('r'))
          row = r === null ? row + 1 : r - 1
          nextCol = 0
          grid.check(row, 0)
          break
        }
        case 'c': {
          const place = cellPlace(scan.attr('r'))
          const r = place.row ?? Math.max(row, 0)
          const c = place.col ?? nextCol
          grid.check(r, c)
          nextCol = c + 1
          if (scan.selfClosing) break // no value: an empty (styled) cell
          cell = { row: r, col: c, type: scan.attr('t') ?? 'n' }
          value = null
          inline = null
          formula = false
          break
        }
        case 'v':
          if (cell && !scan.selfClosing) {
            inV = true
            value = value ?? []
          }
          break
        case 'f':
          if (cell) formula = true
          break
        case 'is':
          if (cell) inline = inline ?? []
          break
        case 't':
          if (cell && inline) inT = !scan.selfClosing
          break
        case 'rPh':
          if (!scan.selfClosing) phonetic++
          break
      }
      continue
    }
    switch (local) {
      case 'sheetData':
        inData = false
        break
      case 'v':
        inV = false
        break
      case 't':
        inT = false
        break
      case 'rPh':
        phonetic = Math.max(0, phonetic - 1)
        break
      case 'c':
        if (cell) {
          const v = cellValueOf(cell.type, value === null ? null : value.join(''), inline === null ? null : inline.join(''), formula, sharedStrings, date1904)
          if (v !== undefined) grid.set(cell.row, cell.col, v)
        }
        cell = null
        inV = false
        inT = false
        break
    }
  }
  return grid.table(name, date1904)
}

/**
 * A cell's value from its type and texts, as SheetJS reads it with cellDates off; undefined for a cell
 * with nothing in it.
 */
function cellValueOf(type: string, v: string | null, inline: string | null, formula: boolean, sharedStrings: () => string[], date1904: boolean): string | number | boolean | null | undefined {
  switch (type) {
    case 's': {
      if (v === null) return undefined
      const index = positiveInteger(v.trim(), true)
      return index === null ? null : (sharedStrings()[index] ?? null)
    }
    case 'inlineStr':
      return inline === null ? (v === null ? '' : unescapeOoxml(v)) : unescapeOoxml(inline)
    case 'str':
      return v === null ? '' : unescapeOoxml(v)
    case 'b':
      if (v === null) return undefined
      return v.trim() === '1' || v.trim() === 'true'
    case 'e':
      return null
    case 'd': {
      if (v === null) return undefined
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !/T|\d\d:\d\d/.test(v) ? v : `${v}Z`)
      return Number.isFinite(ms) ? ms / 86_400_000 + 25_569 - (date1904 ? 1462 : 0) : null
    }
    default:
      if (v === null) return formula ? 0 : undefined
      return parseFloat(v)
  }
}

/** A positive integer written in digits (zero allowed when `zero`), or null. */
function positiveInteger(s: string | null, zero = false): number | null {
  if (s === null || s.length === 0) return null
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k)
    if (c < 48 || c > 57) return null
  }
  const n = Number(s)
  return n > 0 || zero ? n : null
}

/** The 0-based row and column of a reference such as "B12" ($ allowed); parts missing or unreadable are null. */
function cellPlace(ref: string | null): { row: number | null; col: number | null } {
  if (ref === null) return { row: null, col: null }
  let k = 0
  if (ref.charCodeAt(k) === 36) k++
  let col = 0
  let letters = 0
  for (; k < ref.length; k++) {
    const c = ref.charCodeAt(k) | 0x20
    if (c < 97 || c > 122) break
    // Past 7 letters the column is far beyond any limit: stop growing the number.
    if (letters < 7) col = col * 26 + (c - 96)
    letters++
  }
  if (ref.charCodeAt(k) === 36) k++
  const row = positiveInteger(ref.slice(k))
  return { row: row === null ? null : row - 1, col: letters === 0 ? null : col - 1 }
}

/** Decodes OOXML's escapes for characters XML cannot hold (`_x000D_` is a carriage return); CR LF reads as LF, as in SheetJS. */
function unescapeOoxml(s: string): string {
  if (!s.includes('_x')) return s
  const out = s.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  return out.includes('\r\n') ? out.replace(/\r\n/g, '\n') : out
}
