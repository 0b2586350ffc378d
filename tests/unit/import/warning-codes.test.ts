import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { planMeasureImport } from '../../../src-renderer/domain/measures/import-plan'
import { applyAddendum, parseAddendum } from '../../../src-renderer/import/addendum'
import { readMeasuresFile } from '../../../src-renderer/import/measures/read-measures-file'
import { IMPORT_MESSAGES } from '../../../src-renderer/import/messages'
import { parseOhchrMatrix } from '../../../src-renderer/import/ohchr-matrix'
import { parseReportWithAddendum, parseSource } from '../../../src-renderer/import/parse-source'
import { toRecommendationRecords } from '../../../src-renderer/import/to-records'
import type { ImportWarning } from '../../../src-renderer/import/types'
import { parseUhriExport } from '../../../src-renderer/import/uhri'
import { parseUprInfoExport } from '../../../src-renderer/import/upr-info'
import { parseWorkingGroupReport } from '../../../src-renderer/import/wg-report'

// Every importer says what it could not read as a code with its values (the page translates them), and
// keeps the English words for logs. These are a few typical warnings of each, with their line or row.

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Only what a translation needs: code, values and where. */
const coded = (warnings: readonly ImportWarning[]) => warnings.map(({ code, values, at }) => (at === undefined ? { code, values } : { code, values, at }))

/** Every warning's code is in the catalogue, with exactly the values it declares. */
function expectCatalogued(warnings: readonly ImportWarning[]): void {
  const catalogue = IMPORT_MESSAGES as Record<string, readonly string[]>
  for (const w of warnings) {
    expect(catalogue[w.code], w.code).toBeDefined()
    expect(Object.keys(w.values).sort(), w.code).toEqual([...(catalogue[w.code] ?? [])].sort())
    expect(w.message.length).toBeGreaterThan(0)
  }
}

describe('the Working Group report', () => {
  const text = [
    'A/HRC/99/9',
    'Report of the Working Group on the Universal Periodic Review',
    'Freedonia',
    '',
    'II. Conclusions and/or recommendations',
    '',
    '40. The following recommendations will be examined by Freedonia, which will provide responses in due time:',
    '40.1 Ratify the Convention (Sylvania);',
    '40.3 Adopt a plan on housing;',
    '40.4 Strengthen the national institution (Sylvania) (Bolivarian Republic of Venezuela);',
    '41. The delegation listed the following points:',
    '41.1 Continue its efforts (Sylvania).'
  ].join('\n')
  const r = parseWorkingGroupReport(text, 'report.txt')

  it('numbers out of sequence, a recommendation without its State, a paragraph without a position', () => {
    expectCatalogued(r.warnings)
    expect(coded(r.warnings)).toEqual([
      { code: 'report.notConsecutive', values: { number: '40.3', previous: '40.1' }, at: { line: 9 } },
      { code: 'report.noState', values: { number: '40.3', excerpt: 'Adopt a plan on housing' }, at: { line: 9 } },
      { code: 'report.unclearPosition', values: { paragraph: 41, excerpt: 'The delegation listed the following points:' }, at: { line: 11 } }
    ])
    expect(r.warnings[1]?.message).toBe('Recommendation 40.3 does not end with a recommending State in parentheses: "Adopt a plan on housing".')
  })

  it('an empty text, and a text without section II', () => {
    expect(coded(parseWorkingGroupReport('  ', 'x.txt').warnings)).toEqual([{ code: 'text.empty', values: {} }])
    expect(coded(parseWorkingGroupReport('A/HRC/99/9/Add.1\nSome words.', 'x.txt').warnings)).toEqual([
      { code: 'report.isAddendum', values: { symbol: 'A/HRC/99/9/Add.1' } },
      { code: 'report.noSection', values: {} }
    ])
  })
})

describe('the addendum', () => {
  const report = parseWorkingGroupReport(
    [
      'II. Conclusions and/or recommendations',
      '50. The following recommendations will be examined by Freedonia, which will provide responses in due time:',
      '50.1 Ratify the Convention (Sylvania);',
      '50.2 Adopt a plan (Sylvania);',
      '50.3 Review the law (Sylvania).'
    ].join('\n'),
    'report.txt'
  )

  it('a range it cannot read, then the merge: a number the report lacks, one still pending, totals that disagree', () => {
    const addendum = parseAddendum(
      [
        'A/HRC/99/9/Add.1',
        '2. Freedonia received 3 recommendations, of which 3 are supported.',
        '3. Freedonia supports recommendations 50.1, 50.9 and 50.20-15.'
      ].join('\n'),
      'addendum.txt'
    )
    expectCatalogued(addendum.warnings)
    expect(coded(addendum.warnings)).toEqual([{ code: 'addendum.rangeBackwards', values: { range: '50.20-15' }, at: { line: 3 } }])
    expect(addendum.warnings[0]?.message).toBe('Could not read the range "50.20-15" goes backwards.')
    const applied = applyAddendum(report, addendum)
    expectCatalogued(applied.warnings)
    expect(coded(applied.warnings)).toEqual([
      { code: 'addendum.notInReport', values: { count: 1, numbers: '50.9' } },
      { code: 'addendum.stillPending', values: { count: 2, numbers: '50.2–3' } },
      { code: 'addendum.statedSupported', values: { stated: 3, all: 1, inScope: 1 } }
    ])
  })

  it('a second file that is no addendum says so with its own code', async () => {
    const main = await parseSource(bytes('II. Conclusions and/or recommendations\n50. The recommendations below enjoy the support of Freedonia:\n50.1 Ratify it (Sylvania).'), 'r.txt')
    const combined = await parseReportWithAddendum(main, main)
    expect(combined.error).toEqual({ code: 'source.notAddendum', values: {}, message: 'The second file is not an addendum to a Working Group report.' })
  })
})

describe('UPR Info exports', () => {
  const header = 'SuR,Rgrp,Org,Recommendation,RS,Rgrp,Org,Response,Action,Issue,Session'

  it('unknown responses and actions, grouped with the rows they are in', () => {
    const r = parseUprInfoExport(
      bytes(
        [
          header,
          'Freedonia,WEOG,,Ratify the Convention,Sylvania,WEOG,,Maybe,4,Women,34',
          'Freedonia,WEOG,,Adopt a plan,Sylvania,WEOG,,Maybe,9,Women,34',
          'Freedonia,WEOG,,Review the law,Sylvania,WEOG,,Supported,4,Women,34'
        ].join('\n')
      ),
      'export.csv'
    )
    expectCatalogued(r.warnings)
    expect(coded(r.warnings)).toEqual([
      {
        code: 'uprInfo.unknownResponse',
        values: { response: 'Maybe', where: { message: { code: 'rows.many', values: { count: 2, rows: '2, 3' } } } },
        at: { row: 2, line: 2, column: 'Response' }
      },
      {
        code: 'uprInfo.badAction',
        values: { action: '9', where: { message: { code: 'rows.one', values: { row: 3 } } } },
        at: { row: 3, line: 3, column: 'Action' }
      }
    ])
    expect(r.warnings[0]?.message).toBe('Unknown response "Maybe" in column Response, read as pending — 2 rows: 2, 3.')
  })

  it('a file without the required columns names them and the header it found', () => {
    const r = parseUprInfoExport(bytes('Name,Text\nFreedonia,Something'), 'export.csv')
    expectCatalogued(r.warnings)
    expect(r.warnings[0]).toMatchObject({ code: 'table.missingColumns', values: { count: 2, columns: 'Recommendation, SuR', row: 1, header: 'Name | Text' } })
  })

  it('a PDF given as an export says what it is instead', () => {
    const r = parseUprInfoExport(bytes('%PDF-1.7\n'), 'export.csv')
    expect(coded(r.warnings)).toEqual([
      {
        code: 'table.isPdf',
        values: { file: 'export.csv', what: { message: { code: 'table.whatUprInfo', values: {} } }, reason: { message: { code: 'format.pdf', values: {} } } }
      }
    ])
  })
})

describe('UHRI exports', () => {
  it('rows of other mechanisms, an unknown position and a date that is none', () => {
    const csv = [
      'Text,Countries Concerned,Reccomending Body,UPR Position,Document Publication Date,UPR Session',
      '"122.1 Ratify the Convention (Sylvania)","- Freedonia","- UPR","- Perhaps","31/02/2020",34',
      '"Adopt a law","- Freedonia","- CRC","","",',
      '"Adopt another law","- Freedonia","- CEDAW","","",'
    ].join('\n')
    const r = parseUhriExport(bytes(csv), 'uhri.csv')
    expectCatalogued(r.warnings)
    expect(coded(r.warnings)).toEqual([
      { code: 'uhri.otherMechanisms', values: { count: 2, breakdown: 'CRC: 1, CEDAW: 1' } },
      {
        code: 'uhri.unknownPosition',
        values: { position: 'Perhaps', where: { message: { code: 'rows.one', values: { row: 2 } } } },
        at: { row: 2, line: 2, column: 'UPR Position' }
      },
      {
        code: 'uhri.badDate',
        values: { date: '31/02/2020', where: { message: { code: 'rows.one', values: { row: 2 } } } },
        at: { row: 2, line: 2, column: 'Document Publication Date' }
      }
    ])
  })
})

describe('OHCHR thematic lists', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
  const tc = (text: string) => `<w:tc>${p(text)}</w:tc>`
  const tr = (...cells: string[]) => `<w:tr>${cells.map(tc).join('')}</w:tr>`
  async function docx(body: string): Promise<Uint8Array> {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    zip.file('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`)
    return zip.generateAsync({ type: 'uint8array' })
  }

  it('a row without a position, a row without its States, and the missing title facts', async () => {
    const body = `${p('Thematic list of recommendations')}<w:tbl>${[
      tr('Recommendation', 'Position', 'Full list of themes', 'Assessment'),
      tr('122.1 Ratify the Convention (Sylvania);', '', 'International instruments', ''),
      tr('122.2 Adopt a plan on housing;', 'Supported', 'Housing', '')
    ].join('')}</w:tbl>`
    const r = await parseOhchrMatrix(await docx(body), 'matrix.docx')
    expectCatalogued(r.warnings)
    expect(coded(r.warnings)).toEqual([
      { code: 'matrix.noPosition', values: { where: { message: { code: 'rows.one', values: { row: 2 } } } }, at: { row: 2, column: 'Position' } },
      { code: 'matrix.noState', values: { where: { message: { code: 'rows.one', values: { row: 3 } } } }, at: { row: 3, column: 'Recommendation' } },
      { code: 'matrix.noTitleFacts', values: {} }
    ])
  })

  it('a file that is no Word document', async () => {
    const r = await parseOhchrMatrix(bytes('plain words'), 'matrix.docx')
    expect(coded(r.warnings)).toEqual([{ code: 'docx.notZip', values: { file: 'matrix.docx' } }])
  })
})

describe('reading any file, and mapping to the register', () => {
  it('an empty file, and a file of no known kind, with the reason as a code', async () => {
    expect(await parseSource(new Uint8Array(), 'x.pdf')).toEqual({ kind: 'error', code: 'file.empty', values: { file: 'x.pdf' }, message: 'x.pdf is empty.' })
    const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new TextEncoder().encode('W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0')])
    expect(await parseSource(doc, 'old.doc')).toMatchObject({ kind: 'error', code: 'file.notReadable', values: { file: 'old.doc', reason: { message: { code: 'format.oldWord', values: {} } } } })
  })

  it('names it could not map, with how often', () => {
    const parsed = parseWorkingGroupReport(
      'II. Conclusions and/or recommendations\n50. The recommendations below enjoy the support of Slovenia:\n50.1 Ratify it (Sylvania);\n50.2 Adopt it (Sylvania).',
      'r.txt'
    )
    const mapped = toRecommendationRecords(parsed, { ourStateIso3: 'SVN', importedAt: '2026-01-01T00:00:00.000Z', stateUnderReviewIso3: 'SVN' })
    expectCatalogued(mapped.warnings)
    expect(coded(mapped.warnings)).toEqual([{ code: 'records.unknownState', values: { name: 'Sylvania', count: 2 } }])
  })
})

describe('the measures exchange file', () => {
  const csv = (...lines: string[]) => bytes(['id,title,type,budget_amount,budget_currency,ended_on,in_force_from,recommendations', ...lines].join('\n'))

  it('a refused budget and currency with their reasons, an end before the start, a reference that is not in the register', () => {
    const read = readMeasuresFile(csv('m-1,Free tests,programme,-5,HRK,2020-01-01,2020-06-01,105.99'), 'measures.csv')
    const plan = planMeasureImport({ items: read.items, problems: read.problems, existing: [], existingLinks: [], recommendations: [], at: '2026-01-01T00:00:00.000Z', newId: () => 'x' })
    expect(plan.problems.map(({ severity, row, column, code, values }) => ({ severity, row, column, code, values }))).toEqual([
      { severity: 'warning', row: 2, column: 'ended_on (F)', code: 'measures.endsBeforeInForce', values: { ended: { date: '2020-01-01' }, inForce: { date: '2020-06-01' } } },
      { severity: 'error', row: 2, column: 'budget_amount (D)', code: 'measures.budgetNotAccepted', values: { reason: { message: { code: 'money.negativeText', values: { value: '-5' } } } } },
      {
        severity: 'error',
        row: 2,
        column: 'budget_currency (E)',
        code: 'measures.currencyNotAccepted',
        values: { reason: { message: { code: 'money.withdrawn', values: { code: 'HRK', since: { date: '2023-01-01' }, replacedBy: 'EUR' } } } }
      },
      { severity: 'error', row: 2, column: 'recommendations', code: 'measures.cannotLink', values: { reason: { message: { code: 'refs.notInRegister', values: { number: '105.99' } } } } }
    ])
    expect(plan.problems[1]?.message).toBe('The budget is not accepted: the amount "-5" is negative: a budget is zero or more.')
  })

  it('a file that is not a spreadsheet, and a header without the required columns', () => {
    expect(readMeasuresFile(bytes('%PDF-1.4'), 'm.csv').problems).toEqual([
      {
        severity: 'error',
        row: null,
        column: null,
        code: 'measuresFile.notSpreadsheet',
        values: { file: 'm.csv', reason: { message: { code: 'format.pdf', values: {} } } },
        message: 'm.csv is not a CSV file or an Excel workbook: Starts with the PDF signature %PDF-.'
      }
    ])
    expect(readMeasuresFile(bytes('id,notes\n1,x'), 'm.csv').problems).toMatchObject([
      { code: 'measures.unknownColumn', values: { header: 'notes' } },
      { code: 'measures.missingColumns', values: { count: 2, columns: 'title, type' } }
    ])
  })
})
