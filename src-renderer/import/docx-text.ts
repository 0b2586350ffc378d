/** Plain text of a .docx (paragraphs as lines), read with JSZip: no DOM, so it runs in a worker. */
import JSZip from 'jszip'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
      return Number.isFinite(code) ? String.fromCodePoint(code) : ''
    }
    return ENTITIES[e.toLowerCase()] ?? ''
  })
}

/** The text of the document body, one line per paragraph; tabs and breaks kept. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const file = zip.file('word/document.xml')
  if (!file) throw new Error('This .docx file has no document body (word/document.xml is missing).')
  const xml = await file.async('string')
  const lines: string[] = []
  for (const paragraph of xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) {
    let line = ''
    for (const token of paragraph.match(/<w:t(?: [^>]*)?>[\s\S]*?<\/w:t>|<w:tab\/>|<w:br\/>|<w:cr\/>/g) ?? []) {
      if (token.startsWith('<w:tab')) line += '\t'
      else if (token.startsWith('<w:br') || token.startsWith('<w:cr')) line += '\n'
      else line += decodeXml(token.replace(/^<w:t(?: [^>]*)?>/, '').replace(/<\/w:t>$/, ''))
    }
    lines.push(line)
  }
  return lines.join('\n')
}
