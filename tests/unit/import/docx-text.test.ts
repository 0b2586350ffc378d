import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { docxToText } from '../../../src-renderer/import/docx-text'
import { parseSource } from '../../../src-renderer/import/parse-source'

async function docx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`)
    .join('')
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`)
  return zip.generateAsync({ type: 'uint8array' })
}

describe('docxToText', () => {
  it('gives one line per paragraph with entities decoded', async () => {
    expect(await docxToText(await docx(['First & second', 'Côte d’Ivoire <b>']))).toBe('First & second\nCôte d’Ivoire <b>')
  })

  it('says what is wrong with a .docx that has no body', async () => {
    const zip = new JSZip()
    zip.file('word/other.xml', '<x/>')
    await expect(docxToText(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/no document body/)
  })

  it('reads a Working Group report saved as Word through the report parser', async () => {
    const bytes = await docx([
      'A/HRC/99/1',
      'Report of the Working Group on the Universal Periodic Review',
      'Slovenia',
      'II. Conclusions and/or recommendations',
      '99. The following recommendations will be examined by Slovenia, which will provide responses in due time:',
      '99.1 Ratify the Optional Protocol to the Convention against Torture (Portugal);',
      '99.2 Continue efforts to combat domestic violence (Spain) (Ghana).'
    ])
    const parsed = await parseSource(bytes, 'report.docx')
    expect(parsed.kind).toBe('recommendations')
    if (parsed.kind !== 'recommendations') return
    expect(parsed.result.recommendations.map((r) => [r.number, r.recommendingStatesRaw, r.position])).toEqual([
      ['99.1', ['Portugal'], 'pending'],
      ['99.2', ['Spain', 'Ghana'], 'pending']
    ])
  })
})
