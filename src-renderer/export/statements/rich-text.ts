/**
 * The editor's rich text (TipTap JSON) as Word paragraphs in the document's named styles: headings in
 * Heading 1-3, lists in List Bullet and List Number (each numbered list starts again at 1), quotations in
 * Quote, runs bold, italic, underlined or struck through, line breaks kept.
 */
import { HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx'
import type { RichDoc, RichNode } from '../../domain/statements/rich-text'
import { BULLET_LIST, NUMBERED_LIST } from '../kit/styles'

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const
// Word lists have nine levels; the kit's list styles define two (deeper items stay at the second).
const MAX_LIST_LEVEL = 1

function has(node: RichNode, mark: string): boolean {
  return node.marks?.some((m) => m.type === mark) ?? false
}

/** The runs of an inline node list: text with its marks, line breaks. */
export function runsOf(nodes: readonly RichNode[] | undefined): ParagraphChild[] {
  const runs: ParagraphChild[] = []
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      runs.push(new TextRun({ text: '', break: 1 }))
    } else if (node.type === 'text' && node.text) {
      runs.push(
        new TextRun({
          text: node.text,
          ...(has(node, 'bold') ? { bold: true } : {}),
          ...(has(node, 'italic') ? { italics: true } : {}),
          ...(has(node, 'underline') ? { underline: {} } : {}),
          ...(has(node, 'strike') ? { strike: true } : {})
        })
      )
    } else if (node.content) {
      runs.push(...runsOf(node.content))
    }
  }
  return runs
}

interface ListContext {
  kind: 'bullet' | 'number'
  level: number
}

/** Converts blocks, carrying the list they are in (if any). */
function blocksOf(nodes: readonly RichNode[], list: ListContext | null, out: Paragraph[], quoteDepth: number): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const level = Math.min(3, Math.max(1, Number(node.attrs?.['level']) || 1))
        out.push(new Paragraph({ heading: HEADINGS[level], children: runsOf(node.content) }))
        break
      }
      case 'paragraph':
        out.push(new Paragraph({ ...(quoteDepth > 0 ? { style: 'Quote' } : {}), children: runsOf(node.content) }))
        break
      case 'blockquote':
        blocksOf(node.content ?? [], list, out, quoteDepth + 1)
        break
      case 'bulletList':
      case 'orderedList': {
        const kind = node.type === 'bulletList' ? 'bullet' : 'number'
        const level = list ? Math.min(MAX_LIST_LEVEL, list.level + 1) : 0
        let first = true
        for (const item of node.content ?? []) {
          if (item.type !== 'listItem') continue
          listItem(item, { kind, level }, first && level === 0, out, quoteDepth)
          first = false
        }
        break
      }
      case 'listItem':
        listItem(node, list ?? { kind: 'bullet', level: 0 }, false, out, quoteDepth)
        break
      case 'codeBlock':
        out.push(new Paragraph({ children: runsOf(node.content) }))
        break
      case 'horizontalRule':
        break
      default:
        // Anything else (a future node type): keep its words.
        if (node.content) blocksOf(node.content, list, out, quoteDepth)
        else if (node.text) out.push(new Paragraph({ children: [new TextRun(node.text)] }))
    }
  }
}

function listItem(item: RichNode, list: ListContext, restart: boolean, out: Paragraph[], quoteDepth: number): void {
  const style = list.kind === 'bullet' ? 'ListBullet' : 'ListNumber'
  const reference = list.kind === 'bullet' ? BULLET_LIST : NUMBERED_LIST
  let numbered = false
  for (const child of item.content ?? []) {
    if (child.type === 'paragraph' || child.type === 'heading') {
      out.push(
        new Paragraph({
          style,
          // The first paragraph of an item carries its number; the next ones line up under its text.
          ...(numbered ? { indent: { left: 567 * (list.level + 1) } } : { numbering: { reference, level: list.level, ...(restart ? { restart: true } : {}) } }),
          children: runsOf(child.content)
        })
      )
      numbered = true
    } else {
      blocksOf([child], list, out, quoteDepth)
    }
  }
}

/** The paragraphs of a rich-text document, with empty paragraphs at its start and end left out. */
export function richTextParagraphs(doc: RichDoc): Paragraph[] {
  const nodes = [...doc.content]
  const blank = (n: RichNode | undefined) => n !== undefined && n.type === 'paragraph' && !(n.content ?? []).some((c) => c.type === 'text' && (c.text ?? '').trim() !== '')
  while (blank(nodes[0])) nodes.shift()
  while (blank(nodes[nodes.length - 1])) nodes.pop()
  const out: Paragraph[] = []
  blocksOf(nodes, null, out, 0)
  return out
}
