/** Paragraph builders in the document's named styles: what every document type is written with. */
import { AlignmentType, HeadingLevel, Paragraph, TabStopType, TextRun, type ParagraphChild } from 'docx'
import { BULLET_LIST, NUMBERED_LIST } from './styles'

export type Align = 'left' | 'center' | 'right' | 'justify'

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED
} as const

const HEADING = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const

/** Text as runs: a plain string becomes one run. */
function runs(content: string | readonly ParagraphChild[]): ParagraphChild[] {
  return typeof content === 'string' ? [new TextRun(content)] : [...content]
}

/** A heading: level 0 is the Title style, 1-3 Heading 1-3. */
export function heading(text: string, level: 0 | 1 | 2 | 3): Paragraph {
  return new Paragraph({ heading: HEADING[level], children: [new TextRun(text)] })
}

/** A Normal paragraph. */
export function para(
  content: string | readonly ParagraphChild[],
  options: { bold?: boolean; italic?: boolean; align?: Align; keepNext?: boolean; style?: string } = {}
): Paragraph {
  const children =
    typeof content === 'string' && (options.bold || options.italic)
      ? [new TextRun({ text: content, bold: options.bold ?? false, italics: options.italic ?? false })]
      : runs(content)
  return new Paragraph({
    children,
    ...(options.style ? { style: options.style } : {}),
    ...(options.align ? { alignment: ALIGN[options.align] } : {}),
    ...(options.keepNext ? { keepNext: true } : {})
  })
}

/** A bulleted list in the List Bullet style. */
export function bullets(items: readonly (string | readonly ParagraphChild[])[], level: 0 | 1 = 0): Paragraph[] {
  return items.map((item) => new Paragraph({ style: 'ListBullet', numbering: { reference: BULLET_LIST, level }, children: runs(item) }))
}

/** A numbered list in the List Number style, starting again at 1 (each call is its own list). */
export function numberedList(items: readonly (string | readonly ParagraphChild[])[]): Paragraph[] {
  return items.map(
    (item, index) =>
      new Paragraph({
        style: 'ListNumber',
        numbering: { reference: NUMBERED_LIST, level: 0, ...(index === 0 ? { restart: true } : {}) },
        children: runs(item)
      })
  )
}

/** A quotation in the Quote style. */
export function quote(content: string | readonly ParagraphChild[]): Paragraph {
  return new Paragraph({ style: 'Quote', children: runs(content) })
}

/** Where the values of a title block start, in twips: 4 cm, or past the longest label (French and Spanish labels run longer). */
export function titleBlockTab(labels: readonly string[]): number {
  // A bold 11-point label averages about 115 twips a character; a quarter centimetre of air after the colon.
  const longest = Math.max(0, ...labels.map((label) => label.length + 1))
  return Math.min(4536, Math.max(2268, Math.ceil((longest * 115 + 142) / 57) * 57))
}

/**
 * The block under a statement's title: meeting, session, agenda item, speaker, date; a bold label, a tab,
 * the value. Every value starts at the same place, past the longest label, and a long value wraps under itself.
 */
export function titleBlock(rows: readonly { label: string; value: string }[]): Paragraph[] {
  const shown = rows.filter((row) => row.value.trim() !== '')
  const tab = titleBlockTab(shown.map((row) => row.label))
  return shown.map(
    (row, index, all) =>
      new Paragraph({
        style: 'TitleBlock',
        tabStops: [{ type: TabStopType.LEFT, position: tab }],
        indent: { left: tab, hanging: tab },
        keepNext: index < all.length - 1,
        // Air between the block and the text that follows it.
        ...(index === all.length - 1 ? { spacing: { after: 240 } } : {}),
        children: [new TextRun({ text: `${row.label}:`, bold: true }), new TextRun({ children: ['\t', row.value] })]
      })
  )
}

/** "Check against delivery", right-aligned at the top of a statement. */
export function checkAgainstDelivery(text = 'Check against delivery'): Paragraph {
  return new Paragraph({ style: 'DeliveryNote', children: [new TextRun(text)] })
}
