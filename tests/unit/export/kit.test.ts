import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { fileNameProblem } from '../../../src-main/ipc/contract'
import {
  buildMissionDocument,
  columnWidths,
  DocumentProblem,
  fittedTable,
  MAX_TABLE_ROWS,
  readImageInfo,
  suggestedFileName,
  textWidth,
  titleBlockTab
} from '../../../src-renderer/export/kit'
import { kitSampleDocx, pngSquare } from './kit-sample'

async function partsOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes)
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? ''
  return { zip, text }
}

describe('the title block', () => {
  it('starts every value at 4 cm, or past the longest label so that French and Spanish values line up', () => {
    expect(titleBlockTab(['Session', 'Date'])).toBe(2268)
    const french = titleBlockTab(['État examiné', 'Adoption par le Conseil', 'Jour de l’examen'])
    expect(french).toBeGreaterThan(2268)
    // Every value of one block at the same place, with the longer label's value never pushed to the next default tab.
    expect(french).toBeGreaterThanOrEqual(('Adoption par le Conseil'.length + 1) * 115)
    expect(titleBlockTab(['x'.repeat(200)])).toBe(4536)
  })
})

describe('the Word kit', () => {
  it('writes a .docx with named styles, numbering that restarts, landscape section, letterhead and n / N footer', async () => {
    const bytes = await kitSampleDocx()
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK')
    const { zip, text } = await partsOf(bytes)
    const styles = await text('word/styles.xml')
    for (const name of ['Title', 'Heading 1', 'Heading 2', 'Heading 3', 'List Number', 'List Bullet', 'Quote', 'Table Text']) {
      expect(styles).toContain(`w:name w:val="${name}"`)
    }
    expect(styles).toContain('w:lang w:val="en-GB"')
    const documentXml = await text('word/document.xml')
    expect(documentXml).toContain('w:orient="landscape"')
    expect(documentXml).toContain('<w:titlePg/>')
    expect((documentXml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(1)
    expect((documentXml.match(/<w:cantSplit\/>/g) ?? []).length).toBe(81)
    // Two numbered lists: the second starts again at 1 (its own w:num with a restart).
    const numbering = await text('word/numbering.xml')
    expect(numbering).toContain('w:val="%1."')
    const numIds = [...documentXml.matchAll(/<w:pStyle w:val="ListNumber"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/>/g)].map((m) => m[1])
    expect(numIds).toHaveLength(3)
    expect(numIds[0]).toBe(numIds[1])
    expect(numIds[2]).not.toBe(numIds[0])
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n))
    expect(footers.length).toBeGreaterThan(0)
    const footerXml = await text(footers[0]!)
    expect(footerXml).toMatch(/PAGE[\s\S]*NUMPAGES/)
    const headers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n)).map(text))
    expect(headers.some((h) => h.includes('Permanent Mission of Portugal') && h.includes('<w:drawing>'))).toBe(true)
    expect(Object.keys(zip.files).some((n) => n.startsWith('word/media/'))).toBe(true)
    const core = await text('docProps/core.xml')
    expect(core).toContain('<dc:title>Universal Periodic Review of Slovenia</dc:title>')
    expect(core).toContain('<dc:creator>Permanent Mission of Portugal')

    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    const order = ['Check against delivery', 'Universal Periodic Review of Slovenia', 'Meeting:', 'Thank you, Mr President.', 'Portugal recommends that Slovenia:', 'Adopt a national action plan.', 'Ratify the Convention.', 'Thank you.', 'Implementation table', 'Recommendation', '105.80']
    let at = -1
    for (const piece of order) {
      const next = value.indexOf(piece, at + 1)
      expect(next, piece).toBeGreaterThan(at)
      at = next
    }
    expect(value).not.toContain('Empty:')
  })

  it('fits table columns to the text width of each orientation', () => {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const widths = columnWidths([{ header: 'a', weight: 1 }, { header: 'b', weight: 3 }, { header: 'c', weight: 0 }], orientation)
      expect(widths.reduce((a, b) => a + b, 0)).toBe(textWidth(orientation))
      expect(widths[1]).toBeGreaterThan(widths[0]!)
    }
    expect(textWidth('landscape')).toBeGreaterThan(textWidth('portrait'))
  })

  it('refuses what would make a broken or unusable document, with a reason', () => {
    const columns = [{ header: 'a', weight: 1 }]
    expect(() => fittedTable({ orientation: 'portrait', columns, rows: Array.from({ length: MAX_TABLE_ROWS + 1 }, () => ['x']) })).toThrow(DocumentProblem)
    expect(() => fittedTable({ orientation: 'portrait', columns, rows: [['x', 'y']] })).toThrow(/Row 1/)
    expect(() => fittedTable({ orientation: 'portrait', columns: [], rows: [] })).toThrow(DocumentProblem)
    expect(() => buildMissionDocument({ language: 'en', title: 't', subject: 's', creator: 'c', letterhead: { missionName: 'm', emblem: null }, sections: [{ orientation: 'portrait', blocks: [] }] })).toThrow(/empty/)
  })

  it('reads the type and size of emblem images, and refuses what is not one', () => {
    expect(readImageInfo(pngSquare(12))).toEqual({ type: 'png', width: 12, height: 12 })
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x00, 0x10, 0x00, 0, 0])
    expect(readImageInfo(gif)).toEqual({ type: 'gif', width: 32, height: 16 })
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x30, 0x00, 0x40, 3, 0, 0, 0, 0])
    expect(readImageInfo(jpeg)).toEqual({ type: 'jpg', width: 64, height: 48 })
    expect(readImageInfo(new Uint8Array())).toEqual({ problem: 'empty' })
    expect(readImageInfo(new TextEncoder().encode('%PDF-1.7 not an image'))).toEqual({ problem: 'not-an-image' })
    expect(readImageInfo(new Uint8Array(3 * 1024 * 1024))).toEqual({ problem: 'too-large' })
    expect(readImageInfo(pngSquare().subarray(0, 10))).toEqual({ problem: 'not-an-image' })
  })

  it('suggests recognisable file names that the save dialog accepts', () => {
    expect(suggestedFileName({ date: '2025-01-28', session: 48, subject: 'Slovenia', title: 'Statement by Portugal' })).toBe('2025-01-28 UPR48 Slovenia - Statement by Portugal.docx')
    expect(suggestedFileName({ title: 'Position paper' })).toBe('Position paper.docx')
    const hostile = ['a/b\\c:d*e?f"g<h>i|j', '\u202Eevil\u0000', '   ', 'x'.repeat(400), 'trailing dots...']
    for (const title of hostile) {
      const name = suggestedFileName({ date: '2025-01-28', subject: 'Côte d’Ivoire', title })
      expect(fileNameProblem(name), name).toBeNull()
    }
  })
})
