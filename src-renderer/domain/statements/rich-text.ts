/**
 * The rich text of a statement as the editor stores it (TipTap / ProseMirror JSON), read without the
 * editor: plain text for timing and search, emptiness, and small builders for the templates.
 * Stored content is never trusted: anything malformed reads as text, never throws.
 */

/** A mark on a run of text. The app uses bold, italic and underline. */
export interface RichMark {
  type: string
  attrs?: Record<string, unknown>
}

/** A node of the document: paragraph, heading, bulletList, orderedList, listItem, blockquote, text, hardBreak. */
export interface RichNode {
  type: string
  attrs?: Record<string, unknown>
  content?: RichNode[]
  text?: string
  marks?: RichMark[]
}

/** A whole document: the root `doc` node. */
export interface RichDoc {
  type: 'doc'
  content: RichNode[]
}

/** An empty document (one empty paragraph, as the editor makes it). */
export function emptyRichDoc(): RichDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}

function isNode(value: unknown): value is RichNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
}

/** Keeps only well-formed nodes (a stored document written by an older or broken editor stays readable). */
function cleanNode(value: unknown, depth: number): RichNode | null {
  if (!isNode(value) || depth > 40) return null
  const node: RichNode = { type: value.type }
  if (value.attrs && typeof value.attrs === 'object') node.attrs = { ...value.attrs }
  if (typeof value.text === 'string') node.text = value.text
  if (Array.isArray(value.marks)) node.marks = value.marks.filter(isNode).map((m) => ({ type: m.type, ...(m.attrs ? { attrs: { ...m.attrs } } : {}) }))
  if (Array.isArray(value.content)) {
    node.content = value.content.map((child) => cleanNode(child, depth + 1)).filter((c): c is RichNode => c !== null)
  }
  return node
}

/**
 * Reads stored content: TipTap JSON, or (for anything else) plain text, one paragraph per line.
 * Never throws.
 */
export function parseRichDoc(stored: string): RichDoc {
  const trimmed = stored.trim()
  if (trimmed === '') return emptyRichDoc()
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed)
      const node = cleanNode(parsed, 0)
      if (node && node.type === 'doc') return { type: 'doc', content: node.content ?? [] }
    } catch {
      // Not JSON after all: read it as text below.
    }
  }
  return { type: 'doc', content: stored.split(/\r?\n/).map((line) => paragraphNode(line)) }
}

/** The stored form of a document. */
export function serialiseRichDoc(doc: RichDoc): string {
  return JSON.stringify(doc)
}

const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'bulletList', 'orderedList', 'codeBlock'])

/** The text of a node, with blocks on their own lines. */
function textOf(node: RichNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.text ?? '')
    return
  }
  if (node.type === 'hardBreak') {
    out.push('\n')
    return
  }
  for (const child of node.content ?? []) textOf(child, out)
  if (BLOCKS.has(node.type)) out.push('\n')
}

/** The plain text of a document: what is read aloud, one block per line. */
export function richDocText(doc: RichDoc): string {
  const out: string[] = []
  for (const node of doc.content) textOf(node, out)
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
}

/** True when the document holds no visible text. */
export function isRichDocEmpty(doc: RichDoc): boolean {
  return richDocText(doc).trim() === ''
}

// ---------------------------------------------------------------------------------------------
// Builders, for templates and tests.

/** A text run, with optional marks. */
export function textNode(text: string, marks: ('bold' | 'italic' | 'underline')[] = []): RichNode {
  return marks.length > 0 ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text }
}

/** A paragraph of text (or of runs). */
export function paragraphNode(content: string | RichNode[]): RichNode {
  const runs = typeof content === 'string' ? (content === '' ? [] : [textNode(content)]) : content
  return runs.length > 0 ? { type: 'paragraph', content: runs } : { type: 'paragraph' }
}

/** A heading of level 1-3. */
export function headingNode(level: 1 | 2 | 3, text: string): RichNode {
  return { type: 'heading', attrs: { level }, content: [textNode(text)] }
}

/** A bulleted or numbered list of paragraphs. */
export function listNode(kind: 'bulletList' | 'orderedList', items: readonly string[]): RichNode {
  return {
    type: kind,
    ...(kind === 'orderedList' ? { attrs: { start: 1 } } : {}),
    content: items.map((item) => ({ type: 'listItem', content: [paragraphNode(item)] }))
  }
}

/** A quotation. */
export function quoteNode(text: string): RichNode {
  return { type: 'blockquote', content: [paragraphNode(text)] }
}

/** A document of blocks. */
export function richDoc(blocks: RichNode[]): RichDoc {
  return { type: 'doc', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] }
}

/** Guidance left in square brackets by a template, e.g. "[one achievement since the last review]". */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\[([^\]\n]{3,200})\]/g)].map((m) => m[1]!)
}
