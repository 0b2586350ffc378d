import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { utils, write } from '@e965/xlsx'
import { decodeSingleByte, decodeText, detectFormat, sniffDelimiter } from '../../../src-renderer/import/detect-format'
import { encodeSingleByte } from './encoding'

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s)

async function zipWith(names: string[]): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const n of names) zip.file(n, '<x/>')
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

describe('detectFormat', () => {
  it('knows a PDF by its signature, whatever the name', () => {
    expect(detectFormat(ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'report.txt').kind).toBe('pdf')
  })

  it('tells .docx from .xlsx by the folders inside the ZIP', async () => {
    expect(detectFormat(await zipWith(['[Content_Types].xml', 'word/document.xml']), 'a.bin').kind).toBe('docx')
    expect(detectFormat(await zipWith(['[Content_Types].xml', 'xl/workbook.xml']), 'a.docx').kind).toBe('xlsx')
    const other = detectFormat(await zipWith(['readme.txt']), 'a.xlsx')
    expect(other.kind).toBe('unknown')
    expect(other.reason).toMatch(/ZIP/)
  })

  it('knows a real SheetJS .xlsx and .xls', () => {
    const wb = utils.book_new()
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['SuR', 'Recommendation'], ['Slovenia', 'Ratify']]), 'Sheet1')
    const xlsx = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
    const xls = new Uint8Array(write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer)
    expect(detectFormat(xlsx, 'export').kind).toBe('xlsx')
    expect(detectFormat(xls, 'export.bin').kind).toBe('xls')
  })

  it('says what an old .doc or an encrypted file is', () => {
    const cfb = new Uint8Array(1024)
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    cfb.set(Array.from('WordDocument').flatMap((c) => [c.charCodeAt(0), 0]), 600)
    expect(detectFormat(cfb, 'old.doc')).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/\.doc/) })
  })

  it('uses the extension for text files, then sniffs', () => {
    expect(detectFormat(ascii('a,b,c\n1,2,3\n'), 'x.csv').kind).toBe('csv')
    expect(detectFormat(ascii('a,b,c\n1,2,3\n'), 'x.txt').kind).toBe('text')
    expect(detectFormat(ascii('SuR;Recommendation;RS\nSlovenia;"Ratify; now";France\n'), 'export').kind).toBe('csv')
    expect(detectFormat(ascii('121.1 Ratify the Convention (France);\n121.2 Adopt a law (Spain);\n'), 'paste').kind).toBe('text')
  })

  it('does not trust a spreadsheet name on text content', () => {
    const r = detectFormat(ascii('SuR,Recommendation,RS\nSlovenia,Ratify,France\n'), 'export.xls')
    expect(r.kind).toBe('csv')
    expect(r.reason).toMatch(/Named \.xls/)
  })

  it('rejects empty, binary and UTF-16 input with a reason', () => {
    expect(detectFormat(new Uint8Array(0), 'a.csv')).toMatchObject({ kind: 'unknown', reason: expect.stringMatching(/empty/) })
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)
    expect(detectFormat(random, 'a.xls').kind).toBe('unknown')
    expect(detectFormat(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), 'a.csv').reason).toMatch(/UTF-16/)
  })
})

describe('sniffDelimiter', () => {
  it('finds comma, semicolon and tab, and refuses prose', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3')).toBe(',')
    expect(sniffDelimiter('a;b;c\n"1,5";2;3')).toBe(';')
    expect(sniffDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t')
    expect(sniffDelimiter('Take measures, in particular, to ratify.\nNothing here.')).toBeNull()
  })
})

describe('decodeText', () => {
  const sample = 'Côte d’Ivoire – “the erased” in México, São Tomé and Príncipe, Türkiye; naïve façade, Zürich, 12 °C, €5, œuvre…'

  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(sample)
    expect(decodeText(bytes)).toEqual({ text: sample, encoding: 'utf-8' })
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: sample, encoding: 'utf-8' })
  })

  it('tells Windows-1252 from Mac Roman', () => {
    expect(decodeText(encodeSingleByte(sample, 'windows-1252'))).toEqual({ text: sample, encoding: 'windows-1252' })
    expect(decodeText(encodeSingleByte(sample, 'macintosh'))).toEqual({ text: sample, encoding: 'macintosh' })
  })

  it.each([
    'México',
    'Côte d’Ivoire',
    'Women’s rights',
    '“Roma” communities – housing',
    'Ratify the ILO Convention 189 — by 2020',
    'Sao Tomé et Príncipe; Réunion; Guinée',
    'Türkiye, Zürich, Köln',
    // Spanish reports: the opening question mark and the ordinal indicators.
    '¿Y la 2ª?',
    'El 52º período de sesiones',
    'Les recommandations ci-après ; « acceptée » ?'
  ])('decodes short text %s in either code page', (text) => {
    for (const enc of ['windows-1252', 'macintosh'] as const) expect(decodeText(encodeSingleByte(text, enc))).toEqual({ text, encoding: enc })
  })

  it('has the code page tables right', () => {
    const bytes = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i)
    const cp = decodeSingleByte(bytes, 'windows-1252')
    expect(cp.slice(0, 32)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ')
    expect(cp.slice(32)).toBe(Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)).join(''))
    const mac = decodeSingleByte(bytes, 'macintosh')
    expect(mac.slice(0, 32)).toBe('ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü')
    expect(mac.slice(0x50, 0x60)).toBe('–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ')
    // Where Node has the WHATWG "macintosh" decoder (full ICU), the whole table must agree with it.
    const whatwg = ((): string | null => {
      try {
        return new TextDecoder('macintosh').decode(bytes)
      } catch {
        return null
      }
    })()
    if (whatwg !== null) expect(mac).toBe(whatwg)
  })
})

describe('the importers run in a Web Worker as well as in Node', () => {
  it.each(['detect-format', 'upr-info', 'uhri', 'ohchr-matrix'])('%s.ts uses no DOM and no Node API', (name) => {
    const source = readFileSync(new URL(`../../../src-renderer/import/${name}.ts`, import.meta.url), 'utf8')
    expect(source).not.toMatch(/\bnew DOMParser\b|(?<![\w./'"`])(document|window|process|Buffer)\.|\brequire\(|from 'node:|from 'fs'|from 'path'/)
  })
})
