import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fixedRuns } from '../fuzz-seed'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import {
  extractTrailingStates,
  parseOhchrMatrix,
  readWordXml,
  sdgTargetsFrom,
  splitRecommendationTexts
} from '../../../src-renderer/import/ohchr-matrix'

// --- A tiny WordprocessingML writer, enough for the matrices' tables --------------------------------

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A paragraph; a string array gives one run per item; "\t" and "\n" become <w:tab/> and <w:br/>. */
function p(text: string | string[], bold = false): string {
  const runs = (Array.isArray(text) ? text : [text]).map((t) => {
    const inner = t
      .split(/(\t|\n)/)
      .map((piece) => (piece === '\t' ? '<w:tab/>' : piece === '\n' ? '<w:br/>' : piece ? `<w:t xml:space="preserve">${esc(piece)}</w:t>` : ''))
      .join('')
    return `<w:r><w:rPr>${bold ? '<w:b/>' : ''}<w:sz w:val="20"/></w:rPr>${inner}</w:r>`
  })
  return `<w:p><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr>${runs.join('')}</w:p>`
}

function tc(paragraphs: string[], span = 1): string {
  const grid = span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''
  return `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/>${grid}</w:tcPr>${paragraphs.length ? paragraphs.join('') : '<w:p/>'}</w:tc>`
}

const tr = (cells: string[]): string => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`
const tbl = (rows: string[]): string => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>${rows.join('')}</w:tbl>`
const themeRow = (theme: string): string => tr([tc([p(`Theme: ${theme}`, true)], 4)])

async function docx(body: string, header = ''): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>'
  )
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
  )
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>'
  )
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
  zip.file('word/header1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}>${header}</w:hdr>`)
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr><w:headerReference w:type="default" r:id="rId9"/></w:sectPr></w:body></w:document>`
  )
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

// --- The cycle-2/3 layout: Recommendation | Position | Full list of themes | Assessment -------------

const OLD_HEADER = tr(['Recommendation', 'Position', 'Full list of themes', 'Assessment/comments on level of implementation'].map((h) => tc([p(h, true)])))

const oldLayout = (): Promise<Uint8Array> =>
  docx(
    tbl([
      OLD_HEADER,
      themeRow('A12 Acceptance of international norms'),
      tr([
        tc([p(['122.7 Ratify the Optional Protocol to the Convention', ' against Torture (Denmark) (Ghana);']), p('Source of Position: A/HRC/43/15/Add.1 - Para.3')]),
        tc([p('Supported')]),
        tc([p('A12 Acceptance of international norms'), p('D25 Prohibition of torture'), p('SDGs: '), p('- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS'), p('Affected persons: '), p('- persons deprived of their liberty')]),
        tc([])
      ]),
      tr([
        tc([
          p('122.8 Complete the ratification of the Convention on Enforced Disappearance (Ukraine); Increase efforts towards ratification of the Convention on Enforced Disappearance (Slovakia);'),
          p('Source of Position: A/HRC/43/15/Add.1 - Para.3')
        ]),
        tc([p('Supported')]),
        tc([p('A12 Acceptance of international norms'), p('Affected persons:'), p('- disappeared persons')]),
        tc([])
      ]),
      themeRow('D26 Conditions of detention'),
      tr([
        tc([p(['122.9 Guarantee the rights of the “erased”\nin line with the 2018\tdecision of the Constitutional Court (Venezuela (Bolivarian Republic of), Peru);']), p('Source of position: A/HRC/43/15/Add.1 - Para.4')]),
        tc([p('Supported/Noted')]),
        tc([p('D26 Conditions of detention')]),
        tc([p('Partially implemented.')])
      ]),
      // The same recommendation again, under a second theme.
      tr([
        tc([p('122.7 Ratify the Optional Protocol to the Convention against Torture (Denmark) (Ghana);'), p('Source of Position: A/HRC/43/15/Add.1 - Para.3')]),
        tc([p('Supported')]),
        tc([p('D26 Conditions of detention'), p('Affected persons: '), p('- detainees')]),
        tc([])
      ])
    ]) +
      p('Theme: F12 Discrimination against women') +
      // The table goes on in a second <w:tbl>, without a header row.
      tbl([
        tr([
          tc([p('122.10 Adopt a law on equal pay for women & men (Chile).'), p('Source of Position: A/HRC/43/15/Add.1 - Para.5')]),
          tc([p('Noted')]),
          tc([p('Affected persons: women')]),
          tc([])
        ])
      ]),
    p('UPR of Utopia (3rd Cycle – 34th session)') + p(['Thematic list of recommendations', '\tPage 1 of 3'])
  )

// --- The cycle-4 layout, columns in another order -----------------------------------------------------

const newLayout = (): Promise<Uint8Array> =>
  docx(
    p('Thematic list of recommendations – Utopia (4th cycle, 48th session)') +
      tbl([
        tr(['Recommendation and recommending State', 'Human rights themes and groups of persons', 'Relevant SDGs', 'Position of the State under review'].map((h) => tc([p(h, true)]))),
        themeRow('Ratification of & accession to international instruments'),
        tr([
          tc([p('140.7 Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Maldives) (Portugal);'), p('Source of Position: A/HRC/59/15/Add.1 - Para.3')]),
          tc([p('- Ratification of & accession to international instruments'), p('- Economic, social & cultural rights - general measures of implementation'), p('Groups of Persons: '), p('- Public officials')]),
          tc([p('- 1 - NO POVERTY'), p('- 8 - DECENT WORK AND ECONOMIC GROWTH')]),
          tc([p('Supported')])
        ]),
        themeRow('Death penalty'),
        tr([
          tc([p('140.30 Abolish the death penalty in law (Côte d’Ivoire) (the former Yugoslav Republic of Macedonia);'), p('Source of Position: A/HRC/59/15/Add.1 - Para.4')]),
          tc([p('- Death penalty')]),
          tc([p('- 16.1 Significantly reduce all forms of violence')]),
          tc([p('Noted')])
        ])
      ])
  )

describe('parseOhchrMatrix: the Recommendation | Position | Full list of themes layout', () => {
  it('is a Word file mammoth can read too', async () => {
    const bytes = await oldLayout()
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    expect(value).toContain('122.10 Adopt a law on equal pay')
  })

  it('reads numbers, texts, States, positions and position sources', async () => {
    const r = await parseOhchrMatrix(await oldLayout(), 'matrix.docx')
    expect(r.recommendations.map((x) => [x.number, x.position])).toEqual([
      ['122.7', 'supported'],
      ['122.8', 'supported'],
      ['122.8', 'supported'],
      ['122.9', 'supported-in-part'],
      ['122.10', 'noted']
    ])
    const [first, a, b, c, d] = r.recommendations
    expect(first).toMatchObject({
      text: 'Ratify the Optional Protocol to the Convention against Torture',
      recommendingStatesRaw: ['Denmark', 'Ghana'],
      positionSource: 'A/HRC/43/15/Add.1 - Para.3',
      sourceSdgTargets: ['16'],
      session: 34,
      at: { row: 3, sheet: 'table 1' }
    })
    expect(a).toMatchObject({ text: 'Complete the ratification of the Convention on Enforced Disappearance', recommendingStatesRaw: ['Ukraine'] })
    expect(b).toMatchObject({ text: 'Increase efforts towards ratification of the Convention on Enforced Disappearance', recommendingStatesRaw: ['Slovakia'] })
    expect(c).toMatchObject({
      text: 'Guarantee the rights of the “erased” in line with the 2018 decision of the Constitutional Court',
      recommendingStatesRaw: ['Venezuela (Bolivarian Republic of)', 'Peru'],
      positionSource: 'A/HRC/43/15/Add.1 - Para.4'
    })
    expect(d).toMatchObject({ text: 'Adopt a law on equal pay for women & men', recommendingStatesRaw: ['Chile'], at: { row: 1, sheet: 'table 2' } })
  })

  it('carries Theme: rows down, also across a split table', async () => {
    const r = await parseOhchrMatrix(await oldLayout(), 'matrix.docx')
    expect(r.recommendations[3]?.sourceThemes).toEqual(['D26 Conditions of detention'])
    expect(r.recommendations[4]?.sourceThemes).toEqual(['F12 Discrimination against women'])
    expect(r.recommendations[4]?.sourceAffectedPersons).toEqual(['women'])
  })

  it('merges a recommendation listed under two themes, and says so', async () => {
    const r = await parseOhchrMatrix(await oldLayout(), 'matrix.docx')
    expect(r.recommendations.filter((x) => x.number === '122.7')).toHaveLength(1)
    expect(r.recommendations[0]?.sourceThemes).toEqual(['A12 Acceptance of international norms', 'D25 Prohibition of torture', 'D26 Conditions of detention'])
    expect(r.recommendations[0]?.sourceAffectedPersons).toEqual(['persons deprived of their liberty', 'detainees'])
    expect(r.warnings.map((w) => w.message)).toEqual([
      '1 recommendation appears under more than one theme and was merged into one record, with its themes combined: 122.7 (2×).'
    ])
  })

  it('finds the State under review, cycle and session in the page header', async () => {
    const r = await parseOhchrMatrix(await oldLayout(), 'matrix.docx')
    expect(r.source).toEqual({ kind: 'ohchr-matrix', fileName: 'matrix.docx', symbol: null, stateUnderReviewName: 'Utopia', session: 34, cycle: 3 })
  })
})

describe('parseOhchrMatrix: the four-column layout with SDGs, columns found by their header', () => {
  it('reads themes, groups of persons and SDGs from their own columns', async () => {
    const r = await parseOhchrMatrix(await newLayout(), 'UPR48_Utopia_Thematic_list.docx')
    expect(r.warnings).toEqual([])
    expect(r.source).toMatchObject({ stateUnderReviewName: 'Utopia', session: 48, cycle: 4 })
    expect(r.recommendations).toEqual([
      {
        number: '140.7',
        text: 'Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights',
        recommendingStatesRaw: ['Maldives', 'Portugal'],
        position: 'supported',
        sourceThemes: ['Ratification of & accession to international instruments', 'Economic, social & cultural rights - general measures of implementation'],
        sourceAffectedPersons: ['Public officials'],
        sourceSdgTargets: ['1', '8'],
        positionSource: 'A/HRC/59/15/Add.1 - Para.3',
        session: 48,
        at: { row: 3 }
      },
      {
        number: '140.30',
        text: 'Abolish the death penalty in law',
        recommendingStatesRaw: ['Côte d’Ivoire', 'the former Yugoslav Republic of Macedonia'],
        position: 'noted',
        sourceThemes: ['Death penalty'],
        sourceAffectedPersons: [],
        sourceSdgTargets: ['16.1'],
        positionSource: 'A/HRC/59/15/Add.1 - Para.4',
        session: 48,
        at: { row: 5 }
      }
    ])
  })
})

describe('parseOhchrMatrix: bad input never rejects', () => {
  it('not a zip, an empty file, a truncated docx, a zip without Word parts', async () => {
    expect((await parseOhchrMatrix(new TextEncoder().encode('%PDF-1.7'), 'x.docx')).warnings[0]?.message).toMatch(/not a Word \.docx file/)
    expect((await parseOhchrMatrix(new Uint8Array(0), 'x.docx')).recommendations).toEqual([])
    const good = await oldLayout()
    const cut = await parseOhchrMatrix(good.slice(0, Math.floor(good.length / 2)), 'x.docx')
    expect(cut.recommendations).toEqual([])
    expect(cut.warnings[0]?.message).toMatch(/damaged or truncated/)
    const zip = new JSZip()
    zip.file('xl/workbook.xml', '<workbook/>')
    const other = await parseOhchrMatrix(await zip.generateAsync({ type: 'uint8array' }), 'x.docx')
    expect(other.warnings[0]?.message).toMatch(/without word\/document\.xml/)
  })

  it('skips a full-width note row, and says so', async () => {
    const bytes = await docx(
      tbl([
        OLD_HEADER,
        tr([tc([p('Note: the recommendations below were made in the second cycle.')], 4)]),
        tr([tc([p('5.1 Do it (Chile);')]), tc([p('Supported')]), tc([]), tc([])])
      ])
    )
    const r = await parseOhchrMatrix(bytes, 'm.docx')
    expect(r.recommendations.map((x) => x.number)).toEqual(['5.1'])
    expect(r.warnings.map((w) => w.message)).toContain('A full-width row that is not a "Theme:" row was skipped — row 2.')
  })

  it('a Word file without a matrix', async () => {
    const r = await parseOhchrMatrix(await docx(p('Dear colleagues,') + p('please find attached.')), 'letter.docx')
    expect(r.recommendations).toEqual([])
    expect(r.warnings[0]?.message).toMatch(/No table with a header row/)
  })

  it('any text as Word XML', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<w:tbl>', '</w:tbl>', '<w:tr>', '</w:tr>', '<w:tc>', '</w:tc>', '<w:p>', '</w:p>', '<w:t>', '</w:t>', '<w:br/>', 'Theme: x', '1.1 Do (Chile);', '&amp;', '<', '"', '<!--', ']]>')), (parts) => {
        expect(Array.isArray(readWordXml(parts.join('')))).toBe(true)
      }),
      fixedRuns(500)
    )
  })

  it('cut-off XML still gives the rows read so far', () => {
    const xml = `<w:document><w:body>${tbl([OLD_HEADER])}<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1.1 Do (Chile);</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Noted</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>the`
    const blocks = readWordXml(xml)
    expect(blocks.at(-1)).toMatchObject({ kind: 'row', table: 2 })
  })
})

describe('matrix cell helpers', () => {
  it('reads grid spans as grid columns', () => {
    const blocks = readWordXml(tbl([tr([tc([p('a')], 2), tc([p('b')])])]))
    expect(blocks).toEqual([
      { kind: 'row', table: 1, rowInTable: 1, cells: [{ paragraphs: ['a'], gridColumn: 0, span: 2 }, { paragraphs: ['b'], gridColumn: 2, span: 1 }] }
    ])
  })

  it('takes States off the end of a text, but not other parentheses', () => {
    expect(extractTrailingStates('Ratify the 1930 Protocol (No. 29) (United Kingdom of Great Britain and Northern Ireland);')).toEqual({
      text: 'Ratify the 1930 Protocol (No. 29)',
      states: ['United Kingdom of Great Britain and Northern Ireland']
    })
    expect(extractTrailingStates('Ratify the Convention (ICRMW) (Senegal, Sierra Leone, Venezuela (Bolivarian Republic of),Peru).')).toEqual({
      text: 'Ratify the Convention (ICRMW)',
      states: ['Senegal', 'Sierra Leone', 'Venezuela (Bolivarian Republic of)', 'Peru']
    })
    expect(extractTrailingStates('Strengthen the Ombudsman (in line with the Paris Principles)')).toEqual({ text: 'Strengthen the Ombudsman (in line with the Paris Principles)', states: [] })
  })

  it('splits several texts under one number, each with its States', () => {
    expect(splitRecommendationTexts('Do A (Ukraine); Do B, as in article 3 (b); of the law (Slovakia) (Chile);')).toEqual([
      { text: 'Do A', states: ['Ukraine'] },
      { text: 'Do B, as in article 3 (b); of the law', states: ['Slovakia', 'Chile'] }
    ])
  })

  it.each([
    ['16 - PEACE, JUSTICE AND STRONG INSTITUTIONS', ['16']],
    ['- 3.8 Achieve universal health coverage', ['3.8']],
    ['16.a Strengthen relevant national institutions', ['16.a']],
    ['Goal 5', ['5']],
    ['Target 5.2', ['5.2']],
    ['3.8, 16.3', ['3.8', '16.3']],
    ['1.1 By 2030, eradicate extreme poverty, less than $1.25 a day', ['1.1']],
    ['18 - NOT A GOAL', []],
    ['Persons with disabilities', []]
  ] as const)('SDG ids in %s', (item, ids) => {
    expect(sdgTargetsFrom(item)).toEqual(ids)
  })
})
