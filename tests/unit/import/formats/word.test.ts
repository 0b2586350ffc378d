import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { limitsWith, newMeter } from '../../../../src-renderer/import/formats/limits'
import { readDocx, readWordContent, readWordXml } from '../../../../src-renderer/import/formats/word'
import { XmlScanner } from '../../../../src-renderer/import/formats/xml'
import { buildZip, docxParts, unclosedParagraphsXml } from './hostile-files'
import { fixedRuns } from '../../fuzz-seed'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`

describe('the Word XML reader', () => {
  it('gives body paragraphs and table rows, and every paragraph as a line of text', () => {
    const xml = `<w:document ${W}><w:body>${p('Title &amp; more')}<w:tbl><w:tr><w:tc>${p('122.1 Do (Chile);')}</w:tc><w:tc>${p('Supported')}<w:p/></w:tc></w:tr></w:tbl><w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p></w:body></w:document>`
    const content = readWordContent(xml, limitsWith({}), newMeter())
    expect(content.blocks).toEqual([
      { kind: 'paragraph', text: 'Title & more' },
      { kind: 'row', table: 1, rowInTable: 1, cells: [{ paragraphs: ['122.1 Do (Chile);'], gridColumn: 0, span: 1 }, { paragraphs: ['Supported', ''], gridColumn: 1, span: 1 }] },
      { kind: 'paragraph', text: 'a\tb\nc' }
    ])
    expect(content.paragraphs).toEqual(['Title & more', '122.1 Do (Chile);', 'Supported', '', 'a\tb\nc'])
  })

  it('reads a document whose paragraphs never close in one pass (no lazy regex over the rest of the file)', () => {
    const xml = unclosedParagraphsXml(200_000)
    const content = readWordContent(xml, limitsWith({}), newMeter())
    expect(content.blocks).toEqual([])
    expect(content.paragraphs).toHaveLength(200_000)
    expect(content.paragraphs[0]).toBe('x')
  })

  it('refuses more paragraphs than the budget', () => {
    const meter = newMeter()
    const read = readDocx(buildZip(docxParts(`<w:document ${W}><w:body>${'<w:p/>'.repeat(5000)}</w:body></w:document>`)), { limits: { maxParagraphs: 1000 }, meter })
    expect(read).toEqual({ ok: false, problem: { code: 'too-many-paragraphs', limit: 1000 } })
    expect(meter.paragraphs).toBe(1001)
  })

  it('reads headers and the title, and says what is missing', () => {
    const parts = [
      ...docxParts(`<w:document ${W}><w:body>${p('Body')}</w:body></w:document>`),
      { name: 'word/header1.xml', data: `<w:hdr ${W}>${p('UPR of Utopia')}</w:hdr>` },
      { name: 'docProps/core.xml', data: '<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Thematic list &amp; more</dc:title></cp:coreProperties>' }
    ]
    const read = readDocx(buildZip(parts))
    expect(read.ok && { headers: read.value.headers, title: read.value.title, paragraphs: read.value.paragraphs }).toEqual({ headers: [['UPR of Utopia']], title: 'Thematic list & more', paragraphs: ['Body'] })
    expect(readDocx(buildZip([{ name: 'word/other.xml', data: '<x/>' }]))).toEqual({ ok: false, problem: { code: 'entry-missing', entry: 'word/document.xml' } })
    expect(readDocx(new TextEncoder().encode('%PDF-1.7'))).toEqual({ ok: false, problem: { code: 'not-zip' } })
  })

  it('any text as Word XML: one result, never an exception (fixed seed)', () => {
    const piece = fc.constantFrom('<w:tbl>', '</w:tbl>', '<w:tr>', '</w:tr>', '<w:tc>', '</w:tc>', '<w:p>', '</w:p>', '<w:t>', '</w:t>', '<w:br/>', '<w:gridSpan w:val="99999999"/>', '<mc:Fallback>', '</mc:Fallback>', 'Theme: x', '&amp;', '&#0;', '<', '"', "'", '<!--', ']]>', '<![CDATA[', '<!DOCTYPE x [<!ENTITY a "b">]>', '<?xml ?>')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        expect(Array.isArray(readWordXml(parts.join('')))).toBe(true)
      }),
      fixedRuns(500)
    )
  })
})

describe('XmlScanner', () => {
  it('walks tags, attributes, text, CDATA, comments and declarations', () => {
    const scan = new XmlScanner(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x>y">]><!-- a > b --><x:c r="B2" t='s' flag><x:v>1 &lt; 2</x:v><![CDATA[<raw>]]><e a=">"/></x:c>`)
    const seen: string[] = []
    for (let t = scan.next(); t !== 'end'; t = scan.next()) {
      if (t === 'open') seen.push(`<${scan.localName()}${scan.selfClosing ? '/' : ''} r=${scan.attr('r')} t=${scan.attr('t')} a=${scan.attr('a')}>`)
      else if (t === 'close') seen.push(`</${scan.name}>`)
      else seen.push(`${t}:${scan.text()}`)
    }
    expect(seen).toEqual(['<c r=B2 t=s a=null>', '<v r=null t=null a=null>', 'text:1 < 2', '</x:v>', 'cdata:<raw>', '<e/ r=null t=null a=>>', '</x:c>'])
  })

  it('stops at a tag cut off by the end of the file, or a quote that never closes', () => {
    const scan = new XmlScanner('<a>text<b attr="never closed>more</b></a>')
    expect([scan.next(), scan.next(), scan.next()]).toEqual(['open', 'text', 'end'])
  })
})
