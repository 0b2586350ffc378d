/**
 * Text of a PDF as `pdftotext -layout` would give it, so that the report and addendum parsers read a
 * PDF exactly as they read a .txt: text items on the same baseline become one line (sorted by x, with
 * spaces where there are gaps), lines run from the top of the page down, pages are separated by a form
 * feed.
 *
 * Uses pdf.js (legacy build: it runs in Node 20 and in every browser). In Node, pdf.js runs its worker
 * code in the same thread. In a browser the caller sets up the worker, either by configuring
 * `GlobalWorkerOptions.workerSrc` on the module it passes in `opts.pdfjs`, or by passing `{ worker }` in
 * `opts.documentParams`. Never throws: bad bytes come back as `{ error }`.
 */
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { DocumentInitParameters, TextItem } from 'pdfjs-dist/types/src/display/api'
import type { CodedText } from '../domain/coded-message'
import { importText } from './messages'

type PdfJsModule = typeof PdfJs

export interface ExtractPdfTextOptions {
  /** Extra `getDocument` parameters, merged over the defaults (e.g. `{ worker }`, `{ password }`). */
  documentParams?: Partial<DocumentInitParameters>
  /** The pdf.js module to use (already configured for the caller's worker); by default the legacy build is loaded. */
  pdfjs?: PdfJsModule
  /** Read at most this many pages (default: all). */
  maxPages?: number
  /** Refuse a PDF with more pages than this (a budget: default, no limit). */
  pageLimit?: number
}

export interface PdfTextResult {
  /** The text, pages separated by "\f"; '' on error. */
  text: string
  /** Number of pages in the document (0 on error). */
  pages: number
  /** Why the bytes could not be read, in English (logs, `npm run parse`); absent on success. */
  error?: string
  /** The same, as a code with its values for the page to translate; absent on success. */
  problem?: CodedText
}

function refused(pages: number, problem: CodedText): PdfTextResult {
  return { text: '', pages, error: problem.message, problem }
}

interface Placed {
  str: string
  x: number
  y: number
  width: number
  size: number
}

/** True when the bytes start like a PDF file (the "%PDF-" header within the first kilobyte). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 5, 1024)
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true
  }
  return false
}

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item
}

/** Rebuilds the lines of one page from its text items (pure; exported for tests). */
export function layoutLines(items: readonly Placed[]): string[] {
  const visible = items.filter((i) => i.str !== '' && Number.isFinite(i.x) && Number.isFinite(i.y))
  visible.sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: { y: number; size: number; items: Placed[] }[] = []
  for (const it of visible) {
    const line = lines[lines.length - 1]
    // Same line when the baselines are within half a character height: superscript footnote markers
    // stay with their line instead of becoming a line of their own.
    if (line !== undefined && Math.abs(line.y - it.y) <= 0.5 * Math.max(line.size, it.size, 1)) {
      line.items.push(it)
      if (it.size > line.size) line.size = it.size
    } else {
      lines.push({ y: it.y, size: it.size, items: [it] })
    }
  }
  const out: string[] = []
  let previous: { y: number; size: number } | null = null
  for (const line of lines) {
    // A vertical gap of more than two lines is a paragraph or section gap: a blank line, as pdftotext gives.
    if (previous !== null && previous.y - line.y > 2 * Math.max(previous.size, line.size, 1)) out.push('')
    out.push(lineText(line.items))
    previous = line
  }
  return out
}

function lineText(items: Placed[]): string {
  const sorted = [...items].sort((a, b) => a.x - b.x)
  let out = ''
  let end = -Infinity
  for (const it of sorted) {
    const gap = it.x - end
    const charWidth = Math.max(it.size, 1) * 0.5
    if (out !== '' && !out.endsWith(' ') && !it.str.startsWith(' ')) {
      // Wide gaps are columns (number and text of a recommendation): several spaces, as pdftotext does.
      if (gap > charWidth * 3) out += ' '.repeat(Math.min(12, Math.round(gap / charWidth)))
      else if (gap > Math.max(it.size, 1) * 0.15) out += ' '
    }
    out += it.str
    end = Math.max(end, it.x + it.width)
  }
  return out.replace(/\s+$/, '')
}

let defaultWorkerSrc: string | null = null

/**
 * Where pdf.js finds its worker script in a browser, for the default (lazily loaded) pdf.js module: set
 * once by the import worker, so that pdf.js itself is loaded only when a PDF is read.
 */
export function setPdfWorkerSrc(url: string): void {
  defaultWorkerSrc = url
}

async function defaultPdfJs(): Promise<PdfJsModule> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  if (defaultWorkerSrc !== null) pdfjs.GlobalWorkerOptions.workerSrc = defaultWorkerSrc
  return pdfjs
}

/** Extracts the text of a PDF, line by line like `pdftotext -layout`; returns `{ error }` for bad bytes. */
export async function extractPdfText(bytes: Uint8Array, opts: ExtractPdfTextOptions = {}): Promise<PdfTextResult> {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return refused(0, importText('pdf.empty', {}, 'The file is empty.'))
  if (!looksLikePdf(bytes)) return refused(0, importText('pdf.notPdf', {}, 'This file is not a PDF (it does not start with "%PDF-").'))
  let destroy: (() => Promise<void>) | null = null
  try {
    const pdfjs = opts.pdfjs ?? (await defaultPdfJs())
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy, never the caller's bytes.
    const task = pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
      ...opts.documentParams
    })
    destroy = () => task.destroy()
    const doc = await task.promise
    const pages = doc.numPages
    if (opts.pageLimit !== undefined && pages > opts.pageLimit) {
      const limit = opts.pageLimit
      return refused(
        pages,
        importText('pdf.tooManyPages', { pages, limit }, `The PDF has ${pages.toLocaleString('en')} pages, more than the ${limit.toLocaleString('en')} a UPR document can have: it is another document, or damaged.`)
      )
    }
    const last = Math.min(pages, opts.maxPages ?? pages)
    const texts: string[] = []
    for (let p = 1; p <= last; p++) {
      const page = await doc.getPage(p)
      const content = await page.getTextContent()
      const placed: Placed[] = []
      for (const item of content.items) {
        if (!isTextItem(item)) continue
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform
        placed.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height })
      }
      texts.push(layoutLines(placed).join('\n'))
      page.cleanup()
    }
    return { text: texts.join('\n\f'), pages }
  } catch (e) {
    const name = e instanceof Error ? e.name : ''
    const message = e instanceof Error ? e.message : String(e)
    if (name === 'PasswordException') return refused(0, importText('pdf.password', {}, 'The PDF is password-protected.'))
    // pdf.js ends its messages with a full stop; the sentence around them has its own.
    return refused(0, importText('pdf.damaged', { detail: message.replace(/\.$/, '') }, `The PDF could not be read: ${message}`))
  } finally {
    if (destroy !== null) await destroy().catch(() => undefined)
  }
}
