import { describe, expect, it } from 'vitest'
import { utils, write } from '@e965/xlsx'
import { calendarDateFrom, decodeHtmlEntities, findUhriColumns, multiValues, parseUhriExport } from '../../../src-renderer/import/uhri'

// The 16 columns of a UHRI export, with its real typos.
const HEADER = [
  'Text',
  'Countries Concerned',
  'Reccomending Body',
  'Document Symbol',
  'Themes',
  'Affected Persons',
  'Sdgs',
  'Document Publication Date',
  'UPR Reccomending States',
  'UPR Position',
  'Type',
  'OHCHR Annotation Id',
  'UPR Session',
  'Regions Concerned',
  'Recommending Regions',
  'Date of publication on UHRI'
]

type Row = (string | number | null)[]

function row(values: Partial<Record<string, string | number>>): Row {
  return HEADER.map((h) => values[h] ?? null)
}

const ROWS: Row[] = [
  row({
    Text: '122.7 Ratify the Optional Protocol to the Convention against Torture &amp; other &#8220;cruel&#8221; treatment (Denmark) (Ghana);',
    'Countries Concerned': '- Slovenia',
    'Reccomending Body': '- UPR',
    'Document Symbol': 'A/HRC/43/15',
    Themes: '- Torture and other cruel, inhuman or degrading treatment\n- Acceptance of international norms',
    'Affected Persons': '- Persons deprived of their liberty',
    Sdgs: '- 16.3 Promote the rule of law at the national and international levels and ensure equal access to justice for all\n- 16.a Strengthen relevant national institutions',
    'Document Publication Date': 43781,
    'UPR Reccomending States': '- Denmark\n- Ghana',
    'UPR Position': '- Supported',
    Type: '- Recommendation',
    'OHCHR Annotation Id': 'a1b2c3d4-0001',
    'UPR Session': '- 34',
    'Regions Concerned': '- Eastern European States',
    'Recommending Regions': '- WEOG\n- African States',
    'Date of publication on UHRI': 43900
  }),
  row({
    Text: '<p>122.130 Guarantee the rights of the &ldquo;erased&rdquo; and of Roma in Sloven&#x0069;a&rsquo;s settlements (Iran (Islamic Republic of));</p>',
    'Countries Concerned': '- Slovenia',
    'Reccomending Body': '- UPR',
    'Document Symbol': 'A/HRC/43/15',
    Themes: '- Minorities\n- Right to adequate housing',
    'Affected Persons': '- Minorities/ racial, ethnic, linguistic, religious or descent-based groups\n- Roma, Gypsies, Sinti &amp; Travellers',
    Sdgs: '- 1.4 Ensure that all men and women have equal rights to economic resources; - 11.1 Ensure access for all to adequate housing',
    'Document Publication Date': '2019-11-12',
    'UPR Reccomending States': '- Iran (Islamic Republic of)',
    'UPR Position': '- Noted',
    'UPR Session': '- 34'
  }),
  row({
    Text: '23. The Committee recommends that the State party ensure that all children ...',
    'Countries Concerned': '- Slovenia',
    'Reccomending Body': '- CRC',
    'Document Symbol': 'CRC/C/SVN/CO/3-4',
    Themes: '- Right to education'
  }),
  row({
    Text: 'The Special Rapporteur recommends ...',
    'Countries Concerned': '- Slovenia',
    'Reccomending Body': '- SR on the human rights to safe drinking water and sanitation',
    'Document Symbol': 'A/HRC/18/33/Add.2'
  }),
  row({
    Text: '122.45 Take measures to ensure gender equality in the labour market (Iceland);',
    'Countries Concerned': '- Slovenia',
    'Reccomending Body': '- UPR',
    'Document Symbol': 'A/HRC/43/15',
    Themes: '- Women &amp; girls: discrimination',
    'Affected Persons': '- Women',
    Sdgs: '- 5 - GENDER EQUALITY\n- Goal 8 - Decent work',
    'Document Publication Date': 43781,
    'UPR Reccomending States': '- Iceland',
    'UPR Position': '- Supported/Noted',
    'UPR Session': '34'
  }),
  []
]

function xlsx(rows: Row[]): Uint8Array {
  const wb = utils.book_new()
  utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), 'Recommendations')
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

describe('parseUhriExport', () => {
  const result = parseUhriExport(xlsx([HEADER, ...ROWS]), 'uhri-export.xlsx')

  it('keeps the UPR rows only, and says how many others it skipped', () => {
    expect(result.recommendations).toHaveLength(3)
    expect(result.warnings.map((w) => w.message)).toEqual([
      '2 rows from other mechanisms (treaty bodies, special procedures) skipped; only UPR recommendations are imported (CRC: 1, SR on the human rights to safe drinking water and sanitation: 1).'
    ])
  })

  it('reads a full row', () => {
    expect(result.recommendations[0]).toEqual({
      number: '122.7',
      text: 'Ratify the Optional Protocol to the Convention against Torture & other “cruel” treatment',
      recommendingStatesRaw: ['Denmark', 'Ghana'],
      position: 'supported',
      stateUnderReviewName: 'Slovenia',
      session: 34,
      sourceThemes: ['Torture and other cruel, inhuman or degrading treatment', 'Acceptance of international norms'],
      sourceAffectedPersons: ['Persons deprived of their liberty'],
      sourceSdgTargets: ['16.3', '16.a'],
      positionSource: 'UHRI UPR Position',
      at: { row: 2, sheet: 'Recommendations' },
      documentSymbol: 'A/HRC/43/15',
      documentPublicationDate: '2019-11-12',
      annotationId: 'a1b2c3d4-0001'
    })
  })

  it('decodes entities, drops markup and nested-parenthesis States from the text', () => {
    const r = result.recommendations[1]
    expect(r?.number).toBe('122.130')
    expect(r?.text).toBe('Guarantee the rights of the “erased” and of Roma in Slovenia’s settlements')
    expect(r?.recommendingStatesRaw).toEqual(['Iran (Islamic Republic of)'])
    expect(r?.position).toBe('noted')
    expect(r?.sourceAffectedPersons).toEqual(['Minorities/ racial, ethnic, linguistic, religious or descent-based groups', 'Roma, Gypsies, Sinti & Travellers'])
    expect(r?.sourceSdgTargets).toEqual(['1.4', '11.1'])
    expect(r?.documentPublicationDate).toBe('2019-11-12')
  })

  it('reads goal numbers and Supported/Noted', () => {
    const r = result.recommendations[2]
    expect(r?.sourceSdgTargets).toEqual(['5', '8'])
    expect(r?.position).toBe('supported-in-part')
    expect(r?.session).toBe(34)
  })

  it('fills the source facts the rows agree on', () => {
    expect(result.source).toEqual({ kind: 'uhri', fileName: 'uhri-export.xlsx', symbol: 'A/HRC/43/15', stateUnderReviewName: 'Slovenia', session: 34, cycle: null })
  })

  it('accepts correct spellings and near-misspellings of the headers, in any order', () => {
    const header = ['UPR position', 'recommending body', 'TEXT', 'Documnet Symbol', 'UPR Recomending States', 'Countries  Concerned']
    const m = findUhriColumns(header)
    expect(m.index).toEqual({ position: 0, recommendingBody: 1, text: 2, documentSymbol: 3, recommendingStates: 4, countriesConcerned: 5 })
    const rows: Row[] = [header, ['- Noted', '- UPR', '99.1 Abolish the death penalty (Italy);', 'A/HRC/1/1', '- Italy', '- Utopia']]
    const r = parseUhriExport(xlsx(rows), 'x.xlsx')
    expect(r.recommendations[0]).toMatchObject({ number: '99.1', text: 'Abolish the death penalty', recommendingStatesRaw: ['Italy'], position: 'noted', stateUnderReviewName: 'Utopia' })
  })

  it('does not mistake one column for another', () => {
    const m = findUhriColumns(HEADER)
    expect(Object.values(m.index).sort((a, b) => a - b)).toEqual(HEADER.map((_, i) => i))
    expect(m.index.recommendingRegions).toBe(14)
    expect(m.index.regionsConcerned).toBe(13)
  })

  it('names the missing Text column', () => {
    const r = parseUhriExport(xlsx([['Countries Concerned', 'UPR Position'], ['- Slovenia', '- Noted']]), 'x.xlsx')
    expect(r.recommendations).toEqual([])
    expect(r.warnings[0]?.message).toMatch(/^Missing required column Text\. Header found in row 1 of sheet "Recommendations": Countries Concerned \| UPR Position\./)
  })

  it('warns about an unreadable date and an unknown position, and never throws on junk', () => {
    const rows: Row[] = [HEADER, row({ Text: '1.1 Do it (Chile);', 'Reccomending Body': '- UPR', 'Document Publication Date': 'soon', 'UPR Position': '- Perhaps' })]
    const r = parseUhriExport(xlsx(rows), 'x.xlsx')
    expect(r.recommendations[0]?.position).toBe('pending')
    const messages = r.warnings.map((w) => w.message)
    expect(messages).toContain('Document Publication Date "soon" is not a date, left empty — row 2 (sheet "Recommendations").')
    expect(messages).toContain('Unknown position "Perhaps" in column UPR Position, read as pending — row 2 (sheet "Recommendations").')
    expect(parseUhriExport(Uint8Array.from([1, 2, 3, 0, 5]), 'x.xlsx').recommendations).toEqual([])
    expect(parseUhriExport(new Uint8Array(0), 'x.xlsx').warnings[0]?.message).toMatch(/empty/)
  })
})

describe('UHRI cell helpers', () => {
  it('decodes named, decimal and hex entities, leaving unknown ones', () => {
    expect(decodeHtmlEntities('Côte d&rsquo;Ivoire &amp; S&atilde;o Tom&eacute; &#8211; &#x201C;x&#x201D; &nbsp;&bogus; &#0;')).toBe('Côte d’Ivoire & São Tomé – “x” \u00a0&bogus; &#0;')
  })

  it('splits "- " lines and joins wrapped lines', () => {
    expect(multiValues('- Women\n- Persons with\ndisabilities\n')).toEqual(['Women', 'Persons with disabilities'])
    expect(multiValues('Slovenia')).toEqual(['Slovenia'])
    expect(multiValues('')).toEqual([])
  })

  it('turns Excel serials and date texts into calendar dates', () => {
    expect(calendarDateFrom(43781)).toBe('2019-11-12')
    expect(calendarDateFrom(43781.75)).toBe('2019-11-12')
    expect(calendarDateFrom(1)).toBe('1900-01-01')
    expect(calendarDateFrom(61)).toBe('1900-03-01')
    expect(calendarDateFrom(42319, true)).toBe('2019-11-12')
    expect(calendarDateFrom('12/11/2019')).toBe('2019-11-12')
    expect(calendarDateFrom('12 November 2019')).toBe('2019-11-12')
    expect(calendarDateFrom('2019-11-12T00:00:00')).toBe('2019-11-12')
    expect(calendarDateFrom(null)).toBeNull()
    expect(calendarDateFrom('31/02/2019')).toBeUndefined()
  })
})
