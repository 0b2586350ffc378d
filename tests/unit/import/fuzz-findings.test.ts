/**
 * The findings of `npm run fuzz`, each kept as the input it shrank to, so that they stay fixed. The
 * inputs are small (a few KB) and were written by the fuzzer, not taken from real documents.
 */
import { describe, expect, it } from 'vitest'
import { readWorkbook } from '../../../src-renderer/import/formats/workbook'
import { parseSource } from '../../../src-renderer/import/parse-source'
import { parseUprInfoExport } from '../../../src-renderer/import/upr-info'
import { biff8Stream, record, xlsOf } from './formats/hostile-files'

const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0))

describe('npm run fuzz -- --scale 100: biff8-structure, seed 1632392772', () => {
  // A 2,560-byte .xls whose only sheet holds a FORMULA record of 14 bytes (it needs 20). The workbook
  // stream is small enough to sit in the mini stream, which went to SheetJS 0.20, and SheetJS loops
  // forever on it: the fuzz child gave no answer within 60 s.
  const bytes = fromBase64(
[
  '0M8R4KGxGuEAAAAAAAAAAAAAAAAAAAAAPgADAP7/CQAGAAAAAAAAAAAAAAABAAAAAgAAAAAAAAAAEAAAAQAAAAEAAAD+////AAAA',
  'AAAAAAD/////////////////////////////////////////////////////////////////////////////////////////////',
  '////////////////////////////////////////////////////////////////////////////////////////////////////',
  '////////////////////////////////////////////////////////////////////////////////////////////////////',
  '////////////////////////////////////////////////////////////////////////////////////////////////////',
  '////////////////////////////////////////////////////////////////////////////////////////////////////',
  '///////////////////////////////////////////////////////////////////////////////////9/////v////7////+',
  '/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+////',
  '/v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v//',
  '//7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7/',
  '///+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+',
  '/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+////',
  '/v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v//',
  '//7////+/////v////7////+/////v////7////+/////v////7////+/////v////7///8CAAAA/v////7////+/////v////7/',
  '///+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+',
  '/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+////',
  '/v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v//',
  '//7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7/',
  '///+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+',
  '/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+////',
  '/v////7////+/////v////7////+/////v////7////+////UgBvAG8AdAAgAEUAbgB0AHIAeQAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYABQH//////////wEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'AAADAAAAwAAAAAAAAAABAFMAaAAzADMAdABKADUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'AAAAEgACAf////8CAAAA/////wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAFcAbwByAGsA',
  'YgBvAG8AawAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAIB////////////////AAAA',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD///////////////8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3MjYyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'AAAAAAAAAAAAAAAACQgQAAAGBQAAAAAAAAAAAAAAAACFAA4AKgAAAAAABgBTaGVldDEKAAAACQgQAAAGEAAAAAAAAAAAAAAAAAAG',
  'AA4AAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'AAAAAAAAAAAAAA=='
].join('')
  )

  it('is refused as damaged, naming the record, without reaching SheetJS', async () => {
    const message = 'Cannot read export.xls: the file is damaged: its record 0x0006 at byte 62 of the workbook is unreadable (it holds 14 bytes, fewer than the 20 it needs).'
    expect(parseUprInfoExport(bytes, 'export.xls').warnings).toEqual([
      {
        code: 'file.cannotRead',
        values: {
          file: 'export.xls',
          reason: { message: { code: 'read.xls-record-damaged', values: { record: '0x0006', offset: 62, detail: 'it holds 14 bytes, fewer than the 20 it needs' } } }
        },
        message,
        problem: { code: 'xls-record-damaged', offset: 62, record: 6, detail: 'it holds 14 bytes, fewer than the 20 it needs' }
      }
    ])
    const parsed = await parseSource(bytes, 'export.xls')
    expect(parsed.kind === 'recommendations' && parsed.result.warnings[0]?.message).toBe(message)
  })

  it('is refused the same way in an older Excel format, which still goes to SheetJS once its records are whole', () => {
    const stream = biff8Stream([record(0x0006, new Uint8Array(14))])
    new DataView(stream.buffer).setUint16(4, 0x0500, true) // BIFF5 in the workbook BOF
    expect(readWorkbook(xlsOf(stream), 'xls')).toEqual({ ok: false, problem: { code: 'xls-record-damaged', offset: 62, record: 6, detail: 'it holds 14 bytes, fewer than the 20 it needs' } })
  })
})
