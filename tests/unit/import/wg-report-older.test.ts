/**
 * Working Group reports of 2008-2014 (cycle 1 and early cycle 2): the older ways section II states
 * positions, the older layouts (numbers alone on their line, footnotes between recommendations, footnote
 * marks after the States) and the way such files are kept (Mac Roman, CR line ends). Every text below was
 * written for these tests; the introductions use the standard UN formulas.
 */
import { describe, expect, it } from 'vitest'
import { parseSource } from '../../../src-renderer/import/parse-source'
import { cleanReportText, detectStateUnderReview } from '../../../src-renderer/import/report-text'
import { toRecommendationRecords } from '../../../src-renderer/import/to-records'
import type { ParseResult } from '../../../src-renderer/import/types'
import {
  implementationClaim,
  joinLoneNumbers,
  parseWorkingGroupReport,
  positionFromIntroduction,
  referencedNumbers,
  withoutFootnoteMarks
} from '../../../src-renderer/import/wg-report'
import { encodeSingleByte } from './encoding'

const HEADING = 'II. Conclusions and/or recommendations'
const CLOSING =
  'All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s) and/or the State under review. They should not be construed as endorsed by the Working Group as a whole.'

const parse = (lines: readonly string[], name = 'older.txt'): ParseResult => parseWorkingGroupReport(lines.join('\n'), name)
const positions = (r: ParseResult): [string | null, string][] => r.recommendations.map((x) => [x.number, x.position])
const messages = (r: ParseResult): string[] => r.warnings.map((w) => w.message)
const byNumber = (r: ParseResult, n: string) => r.recommendations.filter((x) => x.number === n)

describe('positions in the older wordings', () => {
  it.each([
    ['The recommendations formulated during the interactive dialogue and listed below have been examined by Freedonia and enjoy its support:', 'supported'],
    ['The recommendations formulated during the interactive dialogue/listed below have been examined by Freedonia and enjoy its support:', 'supported'],
    ['The recommendations listed below have been examined by Freedonia and enjoy its support:', 'supported'],
    ['The recommendations formulated during the interactive dialogue have been examined by Freedonia and the recommendations listed below enjoy the support of Freedonia:', 'supported'],
    ['The following recommendations enjoy the support of Freedonia, which considers that they are already implemented or in the process of implementation:', 'supported'],
    ['The following recommendations enjoy the support of Freedonia, which considers that they are already implemented.', 'supported'],
    ['The following recommendations enjoy the support of Freedonia, which considers that they are in the process of implementation.', 'supported'],
    ['The recommendations below did not enjoy the support of Freedonia:', 'noted'],
    ['The recommendations below did not enjoy the support of Freedonia and would thus be noted:', 'noted'],
    ['The following recommendations were rejected by Freedonia for the reasons given in the dialogue:', 'noted'],
    ['The above recommendations 12.1 to 12.4 cannot enjoy the support of Freedonia until its parliament has voted.', 'noted'],
    ['The following recommendations will be examined by Freedonia, which will provide responses in due course, but no later than the tenth session of the Human Rights Council:', 'pending'],
    ['The following recommendations will be examined by Freedonia which will provide responses in due time.', 'pending'],
    ['In the course of the discussion, the following recommendations were made to Freedonia:', 'pending']
  ] as const)('"%s" -> %s', (intro, position) => {
    expect(positionFromIntroduction(intro)).toBe(position)
  })

  it('says nothing where the text gives no position', () => {
    for (const text of [
      'The delegation thanked all the States that took part in the dialogue.',
      'With regard to the recommendation in paragraph 12.3 above, Freedonia indicated that a national mechanism already existed.',
      'With respect to special procedures, Freedonia will consider requests for visits case by case.'
    ]) {
      expect(positionFromIntroduction(text)).toBeNull()
    }
  })

  it('reads what the State says of implementation in its own words', () => {
    expect(implementationClaim('which considers that they are already implemented or in the process of implementation')).toBe(
      'already implemented or in the process of implementation'
    )
    expect(implementationClaim('which considers that they have already been implemented')).toBe('already implemented')
    expect(implementationClaim('which considers that they are in the process of being implemented')).toBe('in the process of implementation')
    expect(implementationClaim('The following recommendations enjoy the support of Freedonia:')).toBeNull()
  })
})

describe('an early report: "were made to", numbers alone on their line', () => {
  const r = parse([
    'II. CONCLUSIONS AND/OR RECOMMENDATIONS',
    '50.',
    'In the course of the discussion, the following recommendations were made to Freedonia:',
    '1.',
    'That Freedonia set up an independent body to visit places of detention (Brazil).',
    '',
    '2.\t',
    'That Freedonia publish its budget for the courts every year (Ghana, Peru).',
    '',
    '51.',
    '',
    'The recommendations below did not enjoy the support of Freedonia and would thus be noted:',
    '51.1.',
    'Abolish the death penalty for all crimes (Italy);',
    '51.2',
    'Join the Convention on the Rights of Persons with Disabilities (Norway).',
    '52.',
    CLOSING
  ])

  it('reads each number printed alone on its line with the text on the next line', () => {
    expect(positions(r)).toEqual([
      ['50.1', 'pending'],
      ['50.2', 'pending'],
      ['51.1', 'noted'],
      ['51.2', 'noted']
    ])
    expect(byNumber(r, '50.2')[0]).toMatchObject({ text: 'That Freedonia publish its budget for the courts every year', recommendingStatesRaw: ['Ghana', 'Peru'] })
    expect(byNumber(r, '51.2')[0]?.text).toBe('Join the Convention on the Rights of Persons with Disabilities')
  })

  it('points each record at the line of its number, and warns only about the bare numbering', () => {
    expect(r.recommendations.map((x) => x.at?.line)).toEqual([4, 7, 13, 15])
    expect(messages(r)).toEqual(['Paragraph 50 numbers its recommendations 1, 2, 3 ...: they are read as 50.1, 50.2 ...'])
  })

  it('joins a lone number to the next line only when that line is text', () => {
    const lines = cleanReportText('7.\n8. Text of eight\n9.\n\nText of nine\n10.1.\n10.2 Text').lines
    expect(joinLoneNumbers(lines).map((l) => [l.text, l.line])).toEqual([
      ['7.', 1],
      ['8. Text of eight', 2],
      ['9. Text of nine', 3],
      ['10.1.', 6],
      ['10.2 Text', 7]
    ])
  })
})

describe('a cycle 1 report with the four older paragraphs', () => {
  const text = [
    'Report of the Working Group on the UniversalPeriodic Review*',
    '',
    'Freedonia .',
    '',
    'The review of Freedonia was held at the 3rd meeting. The Working Group on the Universal Periodic Review held its seventh session.',
    '',
    HEADING,
    '70. The recommendations formulated during the interactive dialogue and listed below have been examined by Freedonia and enjoy its support:',
    '70.1. Adopt a law on access to public information (Chile);',
    '70.2. Train judges and prosecutors in the rights of the child (Ireland); train police officers in the rights of the',
    'child (Kenya);',
    '70.3. Continue the housing programme for families with low incomes (Cuba).',
    '71.',
    'The following recommendations enjoy the support of Freedonia, which considers that they are already implemented or in the process of implementation:',
    '',
    '71.1. Ensure free primary education for all children (Egypt);',
    '71.2. Set up a national preventive mechanism against torture (Denmark).',
    '72. The following recommendations will be examined by Freedonia, which will provide responses in due course, but no later than the ninth session of the Human Rights Council:',
    '72.1. Ratify the Rome Statute (Estonia);',
    '72.2. Extend a standing invitation to the special procedures (Latvia).',
    '73. The recommendations below did not enjoy the support of Freedonia:',
    '73.1. Decriminalize defamation (Sweden);',
    '73.2. Withdraw the reservation to article 9 (Uruguay).',
    `74. ${CLOSING}`
  ]
  const r = parse(text, 'freedonia.txt')

  it('gives every number its paragraph’s position, with no warning', () => {
    expect(positions(r)).toEqual([
      ['70.1', 'supported'],
      ['70.2', 'supported'],
      ['70.2', 'supported'],
      ['70.3', 'supported'],
      ['71.1', 'supported'],
      ['71.2', 'supported'],
      ['72.1', 'pending'],
      ['72.2', 'pending'],
      ['73.1', 'noted'],
      ['73.2', 'noted']
    ])
    expect(r.warnings).toEqual([])
    expect(r.source).toMatchObject({ stateUnderReviewName: 'Freedonia', session: 7, cycle: 1 })
  })

  it('notes on each recommendation of paragraph 71 that the State considers it already implemented, and on no other', () => {
    const note = 'The State under review considers this recommendation already implemented or in the process of implementation (freedonia.txt para. 71).'
    expect(r.recommendations.map((x) => [x.number, x.note])).toEqual([
      ['70.1', undefined],
      ['70.2', undefined],
      ['70.2', undefined],
      ['70.3', undefined],
      ['71.1', note],
      ['71.2', note],
      ['72.1', undefined],
      ['72.2', undefined],
      ['73.1', undefined],
      ['73.2', undefined]
    ])
  })

  it('carries the note into the stored recommendation’s notes', () => {
    // Freedonia is no UN State: the preview's correction of the State under review is used instead.
    const { records } = toRecommendationRecords(r, { ourStateIso3: 'PRT', importedAt: '2026-11-27T00:00:00.000Z', stateUnderReviewIso3: 'HRV' })
    expect(records).toHaveLength(r.recommendations.length)
    expect(records.map((x) => [x.number, x.notes])).toEqual(r.recommendations.map((x) => [x.number, x.note ?? '']))
    expect(records.find((x) => x.number === '71.2')?.notes).toMatch(/^The State under review considers this recommendation already implemented/)
  })
})

describe('a later paragraph about recommendations above', () => {
  const intro93 = (position: string): string =>
    position === 'pending'
      ? '93. The following recommendations will be examined by Freedonia, which will provide responses in due course:'
      : '93. The recommendations listed below have been examined by Freedonia and enjoy its support:'
  const report = (position: string, later: string): ParseResult =>
    parse([
      HEADING,
      intro93(position),
      '93.1 Publish statistics on violence against women (Iceland);',
      '93.2 Adopt a plan on the rights of older persons (Japan);',
      '93.3 Create a register of missing persons (Mexico);',
      '93.4 Improve prison health care (Austria).',
      later,
      `95. ${CLOSING}`
    ])

  it('makes "Nos. 93.2, 93.3 above have already been implemented" supported, with the note, and says what changed', () => {
    const r = report('pending', '94. Freedonia considers that recommendations Nos. 93.2, 93.3 above have already been implemented.')
    expect(positions(r)).toEqual([
      ['93.1', 'pending'],
      ['93.2', 'supported'],
      ['93.3', 'supported'],
      ['93.4', 'pending']
    ])
    expect(byNumber(r, '93.2')[0]).toMatchObject({
      positionSource: 'older.txt para. 94',
      note: 'The State under review considers this recommendation already implemented (older.txt para. 94).'
    })
    expect(byNumber(r, '93.1')[0]?.note).toBeUndefined()
    expect(r.warnings).toEqual([
      {
        code: 'report.laterPositionClaim',
        values: {
          where: { message: { code: 'report.whereParagraph', values: { paragraph: 94 } } },
          numbers: '93.2, 93.3',
          position: { position: 'supported' },
          claim: { message: { code: 'report.claimAlready', values: {} } },
          before: { position: 'pending' }
        },
        message: 'Paragraph 94 gives 93.2, 93.3 as supported (the State considers them already implemented), not pending as listed above: applied.',
        at: { line: 7 }
      }
    ])
  })

  it('keeps supported ones supported and adds the note for "are in the process of implementation", without a warning', () => {
    const r = report('supported', '94. Freedonia considers that recommendations 93.3 and 93.4 above are in the process of implementation.')
    expect(positions(r).every(([, p]) => p === 'supported')).toBe(true)
    expect(r.recommendations.map((x) => x.note)).toEqual([
      undefined,
      undefined,
      'The State under review considers this recommendation in the process of implementation (older.txt para. 94).',
      'The State under review considers this recommendation in the process of implementation (older.txt para. 94).'
    ])
    expect(byNumber(r, '93.3')[0]?.positionSource).toBe('older.txt para. 93')
    expect(r.warnings).toEqual([])
  })

  it('reads ranges, "paragraph 93, No. 4" and a number broken after its dot', () => {
    const range = report('pending', '94. The above recommendations from 93.1. to 93.3. cannot enjoy the support of Freedonia for now.')
    expect(positions(range)).toEqual([
      ['93.1', 'noted'],
      ['93.2', 'noted'],
      ['93.3', 'noted'],
      ['93.4', 'pending']
    ])
    const no = report('pending', '94. The recommendation contained in paragraph 93, No. 4, did not enjoy the support of Freedonia.')
    expect(positions(no).map(([, p]) => p)).toEqual(['pending', 'pending', 'pending', 'noted'])
    const lists = new Map([[93, 4]])
    expect(referencedNumbers('recommendations 93. 2 and 93.4', lists)).toEqual({ found: ['93.2', '93.4'], missing: [] })
    expect(referencedNumbers('recommendations 93.2-93.4 and 93.1–2', lists)).toEqual({ found: ['93.2', '93.3', '93.4', '93.1'], missing: [] })
    expect(referencedNumbers('paragraph 93, Nos. 1 and 3 to 4', lists)).toEqual({ found: ['93.1', '93.3', '93.4'], missing: [] })
    expect(referencedNumbers('resolution 62.149 of 2007 and recommendation 93.9', lists)).toEqual({ found: [], missing: ['93.9'] })
  })

  it('changes nothing and says so when the paragraph gives no position', () => {
    const r = report('pending', '94. With regard to the recommendation in paragraph 93.2 above, Freedonia indicated that a register already existed.')
    expect(positions(r).map(([, p]) => p)).toEqual(['pending', 'pending', 'pending', 'pending'])
    expect(messages(r)).toEqual(['Paragraph 94 comments on recommendation 93.2 without giving a position: its position is unchanged.'])
  })

  it('names the numbers it cannot find, and keeps the rule for paragraphs that name none', () => {
    const missing = report('pending', '94. Freedonia considers that recommendations Nos. 93.4, 93.7 above have already been implemented.')
    expect(positions(missing).map(([, p]) => p)).toEqual(['pending', 'pending', 'pending', 'supported'])
    expect(messages(missing)).toEqual([
      'Paragraph 94 names recommendations that are not listed in section II: 93.7.',
      'Paragraph 94 gives 93.4 as supported (the State considers them already implemented), not pending as listed above: applied.'
    ])
    const none = report('pending', '94. Other recommendations made in the dialogue did not enjoy the support of Freedonia.')
    expect(messages(none)).toEqual([
      'Paragraph 94 gives a position (noted) but lists no recommendations of its own: "Other recommendations made in the dialogue did not enjoy the support of Freedonia.". Not applied.'
    ])
  })
})

describe('footnotes and remarks among the recommendations', () => {
  const r = parse([
    HEADING,
    '20. The recommendations listed below have been examined by Freedonia and enjoy its support:',
    '20.1 Strengthen the office of the ombudsman (Chile)2;',
    '20.2 Protect journalists from threats (Norway); 3',
    '2 The recommendation as read during the interactive dialogue: “Strengthen the ombudsman and',
    'give it its own budget” (Chile).',
    '3 The recommendation as read during the interactive dialogue: “Protect journalists” (Norway).',
    '20.3 Adopt a law against racial discrimination and xenophobia4 (Poland);',
    '** The conclusions and recommendations have not been edited.',
    '20.4 Reduce the length of pre-trial detention (Spain);3',
    '20.5 Improve access to clean water in rural areas (Nepal).',
    '',
    'With respect to visits, Freedonia will reply to each request of the special procedures.',
    '21. The recommendations below did not enjoy the support of Freedonia:',
    '21.1 Ratify the Second Optional Protocol (Portugal).',
    `22. ${CLOSING}`
  ])

  it('leaves out "as read" footnotes, the editorial note and footnote marks', () => {
    expect(r.recommendations.map((x) => [x.number, x.text, x.recommendingStatesRaw])).toEqual([
      ['20.1', 'Strengthen the office of the ombudsman', ['Chile']],
      ['20.2', 'Protect journalists from threats', ['Norway']],
      ['20.3', 'Adopt a law against racial discrimination and xenophobia', ['Poland']],
      ['20.4', 'Reduce the length of pre-trial detention', ['Spain']],
      ['20.5', 'Improve access to clean water in rural areas', ['Nepal']],
      ['21.1', 'Ratify the Second Optional Protocol', ['Portugal']]
    ])
    expect(positions(r).map(([, p]) => p)).toEqual(['supported', 'supported', 'supported', 'supported', 'supported', 'noted'])
  })

  it('does not add a remark after the list to the last recommendation, and says it was left out', () => {
    expect(messages(r)).toEqual([
      'The text after recommendation 20.5 is not part of it and was left out: "With respect to visits, Freedonia will reply to each request of the special procedures.".'
    ])
    expect(r.warnings[0]?.at?.line).toBe(13)
  })

  it('removes footnote marks only beside States', () => {
    expect(withoutFootnoteMarks('Ratify ICCPR-OP2 (Chile)')).toBe('Ratify ICCPR-OP2 (Chile)')
    expect(withoutFootnoteMarks('Reduce emissions of CO2 (Fiji);')).toBe('Reduce emissions of CO2 (Fiji);')
    expect(withoutFootnoteMarks('Adopt the plan for 2010-2015 (Peru)12;')).toBe('Adopt the plan for 2010-2015 (Peru);')
    expect(withoutFootnoteMarks('Fight xenophobia1 (Russian Federation)')).toBe('Fight xenophobia (Russian Federation)')
    expect(withoutFootnoteMarks('Apply article 12 (see above) 2')).toBe('Apply article 12 (see above) 2')
  })

  it('keeps a continued recommendation whole when a blank line falls inside it', () => {
    const gap = parse([HEADING, '30. The recommendations below did not enjoy the support of Freedonia:', '30.1 Review the law on', '', 'assemblies (Greece).'])
    expect(gap.recommendations.map((x) => [x.text, x.recommendingStatesRaw])).toEqual([['Review the law on assemblies', ['Greece']]])
  })
})

describe('when the position cannot be told', () => {
  it('says which paragraph and why, and marks its recommendations pending', () => {
    const r = parse([HEADING, '40. The delegation listed the following points:', '40.1 Hold free elections (Benin);', '40.2 Fund the courts (Mali).'])
    expect(positions(r)).toEqual([
      ['40.1', 'pending'],
      ['40.2', 'pending']
    ])
    expect(r.warnings).toEqual([
      {
        code: 'report.unclearPosition',
        values: { paragraph: 40, excerpt: 'The delegation listed the following points:' },
        message: 'Could not tell the position of recommendations 40.x from "The delegation listed the following points:": marked pending.',
        at: { line: 2 }
      }
    ])
  })
})

describe('files as researchers keep them: Mac Roman, CR line ends', () => {
  const lines = [
    'Report of the Working Group on the Universal Periodic Review',
    'Freedonia',
    HEADING,
    '60.',
    'The recommendations listed below have been examined by Freedonia and enjoy its support:',
    '60.1. Protect the rights of Roma children in schools (Côte d’Ivoire);',
    '60.2. Support women’s co-operatives “in rural areas” (Türkiye).',
    '61.',
    'The recommendations below did not enjoy the support of Freedonia:',
    '61.1. Allow same-sex marriage (Curaçao).'
  ]
  const expected = [
    ['60.1', 'supported', 'Protect the rights of Roma children in schools', 'Côte d’Ivoire'],
    ['60.2', 'supported', 'Support women’s co-operatives “in rural areas”', 'Türkiye'],
    ['61.1', 'noted', 'Allow same-sex marriage', 'Curaçao']
  ]
  const read = (r: ParseResult) => r.recommendations.map((x) => [x.number, x.position, x.text, x.recommendingStatesRaw.join('|')])

  it.each([
    ['CR', '\r'],
    ['CR LF', '\r\n'],
    ['LF', '\n']
  ])('reads Mac Roman bytes with %s line ends through the app’s import path', async (_name, eol) => {
    const parsed = await parseSource(encodeSingleByte(lines.join(eol), 'macintosh'), 'freedonia.txt')
    expect(parsed.kind).toBe('recommendations')
    if (parsed.kind !== 'recommendations') return
    expect(read(parsed.result)).toEqual(expected)
    expect(parsed.result.warnings).toEqual([])
    expect(parsed.result.recommendations.map((x) => x.at?.line)).toEqual([6, 7, 10])
  })

  it('reads CR line ends mixed with CR LF', () => {
    const mixed = lines.map((l, i) => l + (i % 2 === 0 ? '\r' : '\r\n')).join('')
    expect(read(parseWorkingGroupReport(mixed, 'mixed.txt'))).toEqual(expected)
  })

  it('drops a footnote mark after the name of the State under review', () => {
    const clean = (t: string) => cleanReportText(t).lines
    expect(detectStateUnderReview(clean('Report of the Working Group on the Universal Periodic Review\rFreedonia .\r'))).toBe('Freedonia')
    expect(detectStateUnderReview(clean('Report of the Working Group on the UniversalPeriodic Review*\r\rFreedonia*\r'))).toBe('Freedonia')
  })
})
