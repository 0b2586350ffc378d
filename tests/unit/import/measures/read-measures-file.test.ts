import { utils, write } from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { readMeasuresFile } from '../../../../src-renderer/import/measures/read-measures-file'
import { summariseZip } from '../../../../src-renderer/import/measures/zip-check'

const HEADER = 'id,title,type,status,adopted_on,budget_amount,budget_currency,rights,groups,sdg_targets,good_practice,recommendations'
const csv = (...lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join('\r\n'))
const messages = (problems: { row: number | null; column: string | null; message: string }[]) => problems.map((p) => `${p.row}|${p.column}|${p.message}`)

describe('reading a measures CSV', () => {
  it('reads every column, in the ways people write them', () => {
    const { items, problems } = readMeasuresFile(
      csv(
        'm-1,Free COVID-19 tests,programme,in force,2020-10-01,"1,200,000.50",eur,Right to health; education,Older persons,SDG 3.8,yes,UPR47 105.10; 105.7',
        ',"Shelters, and a hotline",Campaign,,,,,,,,no,'
      ),
      'measures.csv'
    )
    expect(problems).toEqual([])
    expect(items).toHaveLength(2)
    expect(items[0]).toEqual({
      row: 2,
      id: 'm-1',
      fields: { title: 'Free COVID-19 tests', type: 'programme', status: 'in-force', adoptedOn: '2020-10-01', budget: { amount: 1_200_000.5, currency: 'EUR' }, rights: ['health', 'education'], groups: ['older-persons'], sdgTargets: ['3.8'], goodPractice: true },
      recommendations: ['UPR47 105.10', '105.7']
    })
    expect(items[1]).toMatchObject({ row: 3, id: null, fields: { title: 'Shelters, and a hotline', type: 'campaign', status: 'in-force', budget: null, rights: [], goodPractice: false }, recommendations: [] })
  })

  it('names the row and column of a negative or non-numeric budget and an unknown currency', () => {
    const { problems } = readMeasuresFile(
      csv('m-1,Tests,programme,,,-500,EUR,,,,,', 'm-2,Internet,programme,,,lots,EUR,,,,,', 'm-3,Wages,budget,,,100,EURO,,,,,', 'm-4,Housing,policy,,,100,HRK,,,,,', 'm-5,Food,policy,,,100,,,,,,'),
      'bad.csv'
    )
    expect(messages(problems)).toEqual([
      '2|budget_amount (F)|The budget is not accepted: the amount "-500" is negative: a budget is zero or more.',
      '3|budget_amount (F)|The budget is not accepted: "lots" is not an amount: write digits only, such as 1200000 or 1,200,000.50, without the currency.',
      '4|budget_currency (G)|The currency is not accepted: "EURO" is not an ISO 4217 code (three letters, such as EUR or USD).',
      '5|budget_currency (G)|The currency is not accepted: "HRK" is no longer an active ISO 4217 code (since 2023-01-01, Croatia adopted the euro): use EUR.',
      '6|budget_currency (G)|The currency is not accepted: no currency given for the amount: write its ISO 4217 code, such as EUR.'
    ])
    expect(problems.every((p) => p.severity === 'error')).toBe(true)
  })

  it('refuses a file without the required columns, naming them', () => {
    const { items, problems } = readMeasuresFile(new TextEncoder().encode('name,kind\nTests,programme\n'), 'other.csv')
    expect(items).toEqual([])
    const errors = problems.filter((p) => p.severity === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ row: 1, column: 'id, title, type' })
    expect(errors[0]?.message).toContain('Missing required columns id, title, type')
    expect(messages(problems.filter((p) => p.severity === 'warning'))).toEqual(['1|name (A)|Column "name" is not one of the measure columns: it is ignored.', '1|kind (B)|Column "kind" is not one of the measure columns: it is ignored.'])
  })

  it('reports duplicate ids with both rows, and bad types, dates, tags and flags', () => {
    const { problems } = readMeasuresFile(csv('m-1,A,law,,2020-02-30,,,,,,,', 'm-1,B,law,,,,,,,,,', 'm-2,C,decree,sometimes,01/02/2020,,,right to fly,,9.99,maybe,'), 'dup.csv')
    expect(messages(problems)).toEqual([
      '2|adopted_on (E)|"2020-02-30" is not a day of the calendar',
      '3|id (A)|The id "m-1" is already used in row 2: each measure has its own id.',
      '4|type (C)|"decree" is not a type of measure: write one of law, policy, budget, programme, institution, campaign.',
      '4|status (D)|"sometimes" is not a status: write one of planned, in-force, ended, withdrawn.',
      '4|adopted_on (E)|"01/02/2020" is not a date: write it as YYYY-MM-DD, such as 2020-04-06',
      '4|rights (H)|Not a known right: "right to fly". Use the ids or names of the reference list (see the column documentation).',
      '4|sdg_targets (J)|Not a known SDG target: "9.99". Use the ids or names of the reference list (see the column documentation).',
      '4|good_practice (K)|"maybe" is not yes or no.'
    ])
  })

  it('reads semicolon-separated files in Windows-1252, with multi-line cells', () => {
    const text = 'id;title;type;description\r\nm-1;Santé pour tous;law;"Line one\r\nline two"\r\n'
    const bytes = Uint8Array.from([...text].map((ch) => (ch === 'é' ? 0xe9 : ch.charCodeAt(0))))
    const { items, problems } = readMeasuresFile(bytes, 'sante.csv')
    expect(problems).toEqual([])
    expect(items[0]?.fields).toMatchObject({ title: 'Santé pour tous', description: 'Line one\nline two' })
  })

  it('refuses what is too big, empty, unclosed or not a table at all', () => {
    expect(readMeasuresFile(new Uint8Array(11 * 1024 * 1024), 'huge.csv').problems[0]?.message).toContain('at most 10 MB')
    expect(readMeasuresFile(new Uint8Array(), 'empty.csv').problems[0]?.message).toContain('empty')
    expect(readMeasuresFile(new TextEncoder().encode(`${HEADER}\n`), 'header-only.csv').problems[0]?.message).toContain('no measures')
    expect(readMeasuresFile(new TextEncoder().encode('id,title,type\nm,"open,law\n'), 'quote.csv').problems[0]?.message).toContain('never closed')
    expect(readMeasuresFile(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2]), 'x.pdf').problems[0]?.message).toContain('not a CSV file or an Excel workbook')
    const many = ['id,title,type', ...Array.from({ length: 10_001 }, (_, i) => `m${i},T,law`)].join('\n')
    expect(readMeasuresFile(new TextEncoder().encode(many), 'many.csv').problems[0]?.message).toContain('at most 10,000 measures')
  })
})

describe('reading a measures workbook', () => {
  function workbook(rows: unknown[][], sheets = ['Measures']): Uint8Array {
    const book = utils.book_new()
    for (const name of sheets) utils.book_append_sheet(book, utils.aoa_to_sheet(name === 'Measures' ? rows : [['notes']]), name)
    return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
  }

  it('reads numbers and date serials from the Measures sheet, wherever it is', () => {
    const bytes = workbook([['id', 'title', 'type', 'in_force_from', 'budget_amount', 'budget_currency'], ['m-1', 'Tests', 'programme', 43_922, 2500, 'CHF']], ['Read me', 'Measures'])
    const { items, problems } = readMeasuresFile(bytes, 'measures.xlsx')
    expect(problems).toEqual([])
    expect(items[0]?.fields).toMatchObject({ inForceFrom: '2020-04-01', budget: { amount: 2500, currency: 'CHF' } })
  })

  it('names the sheet, row and column of a bad cell', () => {
    const bytes = workbook([['id', 'title', 'type', 'budget_amount', 'budget_currency'], ['m-1', 'Tests', 'programme', -3, 'EUR']])
    const { problems } = readMeasuresFile(bytes, 'measures.xlsx')
    expect(messages(problems)).toEqual(['2|budget_amount (D)|The budget is not accepted: the amount -3 is negative: a budget is zero or more. (sheet "Measures")'])
  })

  it('refuses a truncated workbook and one that would unpack too large, before unpacking it', () => {
    const bytes = workbook([['id', 'title', 'type'], ['m', 't', 'law']])
    expect(readMeasuresFile(bytes.subarray(0, bytes.length - 30), 'cut.xlsx').problems[0]?.message).toMatch(/not a complete ZIP|damaged|truncated/)
    const summary = summariseZip(bytes)
    expect(summary).toMatchObject({ ok: true })
    // Forge a central directory entry that claims 2 GB once unpacked.
    const forged = bytes.slice()
    const view = new DataView(forged.buffer)
    for (let i = 0; i < forged.length - 4; i++) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 0x7fffffff, true)
        break
      }
    }
    expect(readMeasuresFile(forged, 'bomb.xlsx').problems[0]?.message).toContain('would unpack to')
  })
})
