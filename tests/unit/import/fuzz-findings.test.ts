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

describe('npm run fuzz -- --scale 100: biff8-structure, seed 21872509, path 984', () => {
  // A 2,560-byte .xls in an older Excel format (BIFF5) whose sheet holds a table of shared strings (SST,
  // which only Excel 97-2003 files have) with impossible counts. SheetJS read it for about 5 s per
  // importer, growing an array to V8's limit (about a gigabyte) before it threw "Invalid array length";
  // the fuzz child, four importers in a row under load, gave no answer within 60 s.
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
      '//7////+/////v////7////+/////v////7////+/////v////7////+/////v////7///8CAAAAAwAAAP7////+/////v////7/',
      '///+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+',
      '/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+////',
      '/v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v//',
      '//7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7/',
      '///+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+',
      '/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+/////v////7////+////',
      '/v////7////+/////v////7////+/////v////7////+////UgBvAG8AdAAgAEUAbgB0AHIAeQAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYABQH//////////wEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'AAADAAAAAAEAAAAAAAABAFMAaAAzADMAdABKADUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'AAAAEgACAf////8CAAAA/////wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAFcAbwByAGsA',
      'YgBvAG8AawAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAIB////////////////AAAA',
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAALwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD///////////////8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3MjYyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'AAAAAAAAAAAAAAAACQgQAAAFBQAAAAAAAAAAAAAAAACFAA4ATgAAAAAABgBTaGVldDGFAA4ATgAAAAAABgBTaGVldDGFAA4ATgAA',
      'AAAABgBTaGVldDEKAAAACQgQAAAGEAAAAAAAAAAAAAAAAAD8AAkADgD/ANtdiuBCLwAHAAAA//+8itMJCAQA//8LAAMCDgAAAAAA',
      'AAAAAAAAAAAAAAMCDgAAAAAAAAAAAAAAAAAAAAMCDgAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'AAAAAAAAAAAAAA=='
    ].join('')
  )

  it('is refused as damaged, naming the record, without reaching SheetJS', async () => {
    const read = readWorkbook(bytes, 'xls')
    expect(read.ok === false && read.problem).toMatchObject({ code: 'xls-record-damaged', record: 0xfc, detail: 'it is a table of shared strings, which only Excel 97-2003 workbooks have, in a file of an older format' })
    const parsed = await parseSource(bytes, 'export.xls')
    expect(parsed.kind === 'recommendations' && parsed.result.warnings[0]?.message).toMatch(/^Cannot read export\.xls: the file is damaged: its record 0x00fc at byte [\d,]+ of the workbook is unreadable \(it is a table of shared strings/)
  })

  it('an SST in any older-format stream goes no further than the record check', () => {
    const stream = biff8Stream([record(0x00fc, new Uint8Array([0x0e, 0, 0xff, 0, 0xdb, 0x5d, 0x8a, 0xe0, 0x42]))])
    new DataView(stream.buffer).setUint16(4, 0x0500, true) // BIFF5 in the workbook BOF
    const read = readWorkbook(xlsOf(stream), 'xls')
    expect(read.ok === false && read.problem).toMatchObject({ code: 'xls-record-damaged', record: 0xfc })
  })
})
