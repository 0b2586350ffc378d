import { Paragraph, TextRun } from 'docx'

/** A table cell's paragraph in the Table Text style. */
export function tableCell(text: string, bold = false): Paragraph {
  return new Paragraph({ style: 'TableText', children: [new TextRun({ text, ...(bold ? { bold: true } : {}) })] })
}
