import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { fixedRuns } from '../fuzz-seed'
import { describe, expect, it } from 'vitest'
import { extractPdfText, layoutLines, looksLikePdf } from '../../../src-renderer/import/pdf-text'
import { minimalPdf, pdfText } from '../../fixtures/minimal-pdf'
import {
  cleanReportText,
  cycleOfSession,
  detectWorkingGroupSession,
  joinLines,
  parseOrdinal
} from '../../../src-renderer/import/report-text'
import type { ParseResult } from '../../../src-renderer/import/types'
import {
  looksLikeStateName,
  parseWorkingGroupReport,
  positionFromIntroduction,
  splitRecommendationTexts
} from '../../../src-renderer/import/wg-report'

// Synthetic documents written for these tests (tests/fixtures/wg-report), laid out like pdftotext -layout.
const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/wg-report/${name}`, import.meta.url)), 'utf8')

const CYCLE4 = fixture('synthetic-report-cycle4.txt')
const CYCLE1 = fixture('synthetic-report-cycle1.txt')

/** 1-based line of the first line of `text` that starts (after indentation) with `prefix`. */
function lineStarting(text: string, prefix: string): number {
  const index = text.split('\n').findIndex((l) => l.replace(/^[\s\f]+/, '').startsWith(prefix))
  return index + 1
}

const distinct = (r: ParseResult): string[] => [...new Set(r.recommendations.map((x) => x.number ?? ''))]
const byNumber = (r: ParseResult, n: string) => r.recommendations.filter((x) => x.number === n)

describe('parseWorkingGroupReport: a cycle 4 report with page furniture', () => {
  const r = parseWorkingGroupReport(CYCLE4, 'synthetic-report-cycle4.txt')

  it('reads the facts on the cover and in the introduction', () => {
    expect(r.source).toEqual({
      kind: 'wg-report',
      fileName: 'synthetic-report-cycle4.txt',
      symbol: 'A/HRC/55/14',
      stateUnderReviewName: 'Freedonia',
      // "Fifty-fifth session" on the cover is the Council's; the Working Group's is in paragraph 1.
      session: 44,
      cycle: 4
    })
    expect(r.warnings).toEqual([])
  })

  it('reads every number once, with one record per text (98.2 and 99.3 hold several texts)', () => {
    const expected = [
      ...Array.from({ length: 6 }, (_, i) => `98.${i + 1}`),
      ...Array.from({ length: 12 }, (_, i) => `99.${i + 1}`),
      '100.1',
      '100.2'
    ]
    expect(distinct(r)).toEqual(expected)
    expect(r.recommendations).toHaveLength(23)
    expect(byNumber(r, '98.2').map((x) => x.recommendingStatesRaw)).toEqual([['Ukraine'], ['Slovakia']])
    expect(byNumber(r, '98.2')[1]?.text).toBe(
      'Increase efforts towards ratification of the International Convention for the Protection of All Persons from Enforced Disappearance'
    )
    expect(byNumber(r, '99.3').map((x) => x.recommendingStatesRaw)).toEqual([['Egypt'], ['Peru'], ['Azerbaijan']])
    expect(byNumber(r, '99.3')[1]?.text).toBe('continue efforts to guarantee the independence of the Ombudsperson')
  })

  it('takes the position from each paragraph introduction', () => {
    for (const x of r.recommendations) {
      const para = x.number?.split('.')[0]
      expect(x.position).toBe(para === '98' ? 'supported' : para === '99' ? 'pending' : 'noted')
      expect(x.positionSource).toBe(`A/HRC/55/14 para. ${para ?? ''}`)
    }
  })

  it('reads recommending States as printed, joined across lines', () => {
    const states = (n: string): string[][] => byNumber(r, n).map((x) => x.recommendingStatesRaw)
    expect(states('98.1')).toEqual([['France', 'Lithuania']])
    expect(states('98.3')).toEqual([['United Kingdom of Great Britain and Northern Ireland']])
    expect(states('98.4')).toEqual([['Bolivarian Republic of Venezuela']])
    expect(states('98.5')).toEqual([['Holy See']])
    expect(states('98.6')).toEqual([['Iran (Islamic Republic of)']])
    expect(states('99.1')).toEqual([['Senegal', 'Sierra Leone', 'Venezuela (Bolivarian Republic of)', 'Peru']])
    expect(states('99.5')).toEqual([['Slovakia', 'Spain', 'North Macedonia']])
    expect(states('99.6')).toEqual([['Côte d’Ivoire']])
    expect(states('99.8')).toEqual([['State of Palestine']])
    expect(states('99.9')).toEqual([['Trinidad and Tobago']])
    expect(states('99.10')).toEqual([['Saint Vincent and the Grenadines']])
    expect(states('99.12')).toEqual([['Timor-Leste']])
  })

  it('keeps parentheses that are part of the text', () => {
    expect(byNumber(r, '98.3')[0]?.text).toBe('Ratify the 2014 Protocol to the Forced Labour Convention, 1930 (No. 29)')
    expect(byNumber(r, '99.2')[0]?.text).toMatch(/Members of Their Families \(ICRMW\)$/)
    expect(byNumber(r, '99.4')[0]?.text).toMatch(/Domestic Violence \(Istanbul Convention\)$/)
    expect(byNumber(r, '99.4')[0]?.recommendingStatesRaw).toEqual(['Türkiye'])
  })

  it('joins texts across page breaks without headers, job numbers, page numbers or footnotes', () => {
    expect(byNumber(r, '98.5')[0]?.text).toBe(
      'Continue the implementation of the national action plan on the rights of older persons and ensure that it is adequately funded, with particular attention to persons living in rural areas'
    )
    expect(byNumber(r, '99.7')[0]?.text).toBe(
      'Adopt a comprehensive law on the rights of the child that incorporates all the provisions of the Convention on the Rights of the Child, in line with the recommendations of the Committee on the Rights of the Child'
    )
    for (const x of r.recommendations) {
      expect(x.text).not.toMatch(/\n|\f|A\/HRC\/55\/14|GE\.\d|\*|edited|\s{2}/)
      expect(x.text).not.toMatch(/[;.]$/)
    }
  })

  it('keeps a line-end hyphen that belongs to the word', () => {
    expect(byNumber(r, '98.6')[0]?.text).toBe('Ensure respect for the principle of non-refoulement at all border crossings')
  })

  it('points every record at the line where its number is printed', () => {
    for (const n of ['98.1', '98.6', '99.8', '100.2']) {
      expect(byNumber(r, n)[0]?.at).toEqual({ line: lineStarting(CYCLE4, `${n} `) })
    }
  })

  it('parses text pasted without page breaks or indentation the same way', () => {
    const pasted = CYCLE4.replace(/\f/g, '').replace(/^[ \t]+/gm, '')
    const again = parseWorkingGroupReport(pasted, 'pasted.txt')
    expect(again.recommendations.map((x) => [x.number, x.text, x.recommendingStatesRaw])).toEqual(
      r.recommendations.map((x) => [x.number, x.text, x.recommendingStatesRaw])
    )
  })

  it('parses a section pasted as one run-on line per paragraph', () => {
    const section = [
      'II. Conclusions and/or recommendations 98. The following recommendations enjoy the support of Freedonia:',
      '98.1 Ratify the Optional Protocol (France); 98.2 Adopt a national plan (Holy See); 98.3 Abolish the death penalty (Italy).'
    ].join('\n')
    const run = parseWorkingGroupReport(section, 'pasted.txt')
    expect(run.recommendations.map((x) => [x.number, x.text, x.recommendingStatesRaw])).toEqual([
      ['98.1', 'Ratify the Optional Protocol', ['France']],
      ['98.2', 'Adopt a national plan', ['Holy See']],
      ['98.3', 'Abolish the death penalty', ['Italy']]
    ])
  })
})

describe('parseWorkingGroupReport: a cycle 1 report', () => {
  const r = parseWorkingGroupReport(CYCLE1, 'synthetic-report-cycle1.txt')

  it('reads "102.1." numbering, an upper-case heading and "did not enjoy the support"', () => {
    expect(r.warnings).toEqual([])
    expect(r.source).toMatchObject({ symbol: 'A/HRC/10/71', stateUnderReviewName: 'Freedonia', session: 3, cycle: 1 })
    expect(r.recommendations.map((x) => [x.number, x.position])).toEqual([
      ['60.1', 'supported'],
      ['60.2', 'supported'],
      ['60.3', 'supported'],
      ['61.1', 'pending'],
      ['61.2', 'pending'],
      ['62.1', 'noted'],
      ['62.2', 'noted']
    ])
  })

  it('splits comma and "and" lists of States but not names with "and" in them', () => {
    expect(byNumber(r, '60.1')[0]?.recommendingStatesRaw).toEqual(['Brazil', 'Mexico'])
    expect(byNumber(r, '60.2')[0]?.recommendingStatesRaw).toEqual(['Algeria', 'Cuba', 'Egypt'])
    expect(byNumber(r, '60.3')[0]?.recommendingStatesRaw).toEqual(['Bosnia and Herzegovina'])
    expect(byNumber(r, '62.1')[0]?.recommendingStatesRaw).toEqual(['Italy', 'Switzerland'])
    expect(byNumber(r, '61.1')[0]?.text).toBe('To accede to the Optional Protocol to the International Covenant on Civil and Political Rights')
  })

  it('reads recommendations numbered 1., 2. ... under their paragraph as <paragraph>.<n>', () => {
    const text = [
      'II. CONCLUSIONS AND/OR RECOMMENDATIONS',
      '86. The recommendations formulated during the interactive dialogue have been examined by Freedonia and',
      'the recommendations listed below enjoy the support of Freedonia:',
      '1. To ratify the Convention against Torture (Brazil);',
      '2. To continue its efforts in the field of education (Cuba, Egypt);',
      '87. The recommendations below did not enjoy the support of Freedonia:',
      '1. To abolish the death penalty (Italy).'
    ].join('\n')
    const bare = parseWorkingGroupReport(text, 'cycle1.txt')
    expect(bare.recommendations.map((x) => [x.number, x.position, x.recommendingStatesRaw])).toEqual([
      ['86.1', 'supported', ['Brazil']],
      ['86.2', 'supported', ['Cuba', 'Egypt']],
      ['87.1', 'noted', ['Italy']]
    ])
    expect(bare.warnings.map((w) => w.message).join(' ')).toMatch(/read as 86\.1, 86\.2/)
  })
})

describe('parseWorkingGroupReport: an early cycle 1 report answered later', () => {
  const text = [
    '     II.      Conclusions and/or recommendations',
    '              111. The recommendations formulated during the interactive dialogue and listed',
    '              below will be examined by Freedonia, which will provide responses in due course, but',
    '              no later than the fourteenth session of the Human Rights Council, to be held in June',
    '              2010.',
    '                     1.    To examine the possibility of joining (Algeria)/sign and ratify',
    '                     (Egypt)/ratify (Bosnia and Herzegovina) the Convention on Migrant Workers (Algeria,',
    '                     Egypt, Bosnia and Herzegovina);',
    '2.    To ratify (Spain)/consider ratifying (Argentina) the Convention for the Protection of',
    'All Persons from Enforced Disappearance (Spain, Argentina) and to accept the competence of',
    'its committee (Argentina);',
    '3.    To adopt a law on domestic violence (Spain);',
    '4.    To strengthen measures to combat violence against women and girls',
    '(Azerbaijan); to continue to promote the comprehensive strategy to prevent',
    'violence against women and girls (Italy);',
    '5.    To establish an effective process for follow-up on the recommendations (Norway).',
    '       112. All conclusions and/or recommendations set out in the present report reflect',
    '       the positions of the submitting State(s) and/or the State under review. They should not',
    '       be construed as endorsed by the Working Group as a whole.',
    '',
    'III.   Voluntary pledges and commitments',
    '       113.     The following pledges and commitments were made by Freedonia:',
    '              • The ratification of the Optional Protocol is a priority for this year;'
  ].join('\n')
  const r = parseWorkingGroupReport(text, 'cycle1-pending.txt')

  it('reads "responses in due course" as pending and stops at the closing paragraph', () => {
    expect(r.recommendations.map((x) => [x.number, x.position])).toEqual([
      ['111.1', 'pending'],
      ['111.2', 'pending'],
      ['111.3', 'pending'],
      ['111.4', 'pending'],
      ['111.4', 'pending'],
      ['111.5', 'pending']
    ])
    expect(r.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/read as 111\.1, 111\.2/)])
  })

  it('adds States named inside the text when they are States of this report', () => {
    expect(byNumber(r, '111.1')[0]?.recommendingStatesRaw).toEqual(['Algeria', 'Egypt', 'Bosnia and Herzegovina'])
    expect(byNumber(r, '111.2')[0]?.recommendingStatesRaw).toEqual(['Argentina', 'Spain'])
    expect(byNumber(r, '111.2')[0]?.text).toBe(
      'To ratify (Spain)/consider ratifying (Argentina) the Convention for the Protection of All Persons from Enforced Disappearance (Spain, Argentina) and to accept the competence of its committee'
    )
    expect(byNumber(r, '111.4').map((x) => x.recommendingStatesRaw)).toEqual([['Azerbaijan'], ['Italy']])
  })
})

describe('parseWorkingGroupReport: bad input', () => {
  it('returns a warning and nothing else for empty text', () => {
    for (const text of ['', '   \n\n  \f ']) {
      const r = parseWorkingGroupReport(text, 'empty.txt')
      expect(r.recommendations).toEqual([])
      expect(r.warnings).toHaveLength(1)
      expect(r.warnings[0]?.message).toMatch(/empty/)
    }
  })

  it('says clearly when there is no section II', () => {
    const noSection = CYCLE4.slice(0, CYCLE4.indexOf('II. Conclusions'))
    const r = parseWorkingGroupReport(noSection, 'no-section.txt')
    expect(r.recommendations).toEqual([])
    expect(r.source.symbol).toBe('A/HRC/55/14')
    expect(r.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/No section "II\. Conclusions and\/or recommendations"/)])
  })

  it('reads random prose as no recommendations with a warning', () => {
    const prose = 'Lorem ipsum dolor sit amet.\nThe quick brown fox (jumps) over the lazy dog; 12.\n3.14 is pi.\n'
    const r = parseWorkingGroupReport(prose.repeat(50), 'prose.txt')
    expect(r.recommendations).toEqual([])
    expect(r.warnings.length).toBeGreaterThan(0)
  })

  it('reads a pasted list of recommendations alone as pending, and says why', () => {
    const r = parseWorkingGroupReport('140.1 Ratify the Convention (France);\n140.2 Adopt a plan\n(Peru);\n', 'list.txt')
    expect(r.recommendations.map((x) => [x.number, x.position, x.text, x.recommendingStatesRaw])).toEqual([
      ['140.1', 'pending', 'Ratify the Convention', ['France']],
      ['140.2', 'pending', 'Adopt a plan', ['Peru']]
    ])
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/Neither the heading .* nor an introduction was found/),
      expect.stringMatching(/No introduction says which position recommendations 140\.x have: marked pending/)
    ])
  })

  it('warns with line numbers on what it does not understand', () => {
    const text = [
      'II. Conclusions and/or recommendations',
      '10. The delegation thanked the States for their recommendations and made some remarks:',
      '10.1 Ratify the Convention (France);',
      '10.2 Adopt a plan without a State;',
      '10.4 Strengthen the ombudsman (Peru).',
      '11. Freedonia considers that recommendations 10.1 and 10.2 are already implemented.'
    ].join('\n')
    const r = parseWorkingGroupReport(text, 'odd.txt')
    // Paragraph 11 names 10.1 and 10.2 as already implemented: they become supported (it was "Not applied"
    // before later paragraphs were read), and the preview says so, with the line.
    expect(r.recommendations.map((x) => [x.number, x.position])).toEqual([
      ['10.1', 'supported'],
      ['10.2', 'supported'],
      ['10.4', 'pending']
    ])
    const at = (re: RegExp) => r.warnings.find((w) => re.test(w.message))?.at?.line
    expect(at(/Could not tell the position of recommendations 10\.x/)).toBe(2)
    expect(at(/10\.2 does not end with a recommending State/)).toBe(4)
    expect(at(/10\.4 follows 10\.2/)).toBe(5)
    expect(at(/Paragraph 11 gives 10\.1, 10\.2 as supported \(the State considers them already implemented\), not pending/)).toBe(6)
  })

  it('never throws, whatever the text', () => {
    const lines = CYCLE4.split('\n')
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (s) => {
        const r = parseWorkingGroupReport(s, 'x')
        expect(Array.isArray(r.recommendations)).toBe(true)
      }),
      fixedRuns(300)
    )
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 200 }), (picked) => {
        const r = parseWorkingGroupReport(picked.join('\n'), 'x')
        for (const x of r.recommendations) expect(x.text).not.toMatch(/\n/)
      }),
      fixedRuns(200)
    )
  })

  it('does not treat a non-string as text', () => {
    const r = parseWorkingGroupReport(undefined as unknown as string, 'x')
    expect(r.recommendations).toEqual([])
    expect(r.warnings[0]?.message).toMatch(/empty/)
  })
})

// Its speed is measured by `npm run bench` (scripts/bench-parsing.ts), not here.
describe('parseWorkingGroupReport: a long report', () => {
  it('parses a report with 400 recommendations, every one, every time', () => {
    const items = Array.from(
      { length: 400 },
      (_, i) => `      140.${i + 1}  Continue its efforts to implement the national action plan on human rights and\n      ensure adequate resources for its implementation (Bolivarian Republic\n      of Venezuela);`
    )
    const text = `II. Conclusions and/or recommendations\n140. The following recommendations will be examined by Freedonia, which will provide responses in due time:\n${items.join('\n')}\n`
    for (let i = 0; i < 2; i++) {
      const r = parseWorkingGroupReport(text, 'big.txt')
      expect(r.recommendations).toHaveLength(400)
      expect(r.recommendations[399]?.number).toBe('140.400')
      expect(r.recommendations[0]?.recommendingStatesRaw).toEqual(['Bolivarian Republic of Venezuela'])
    }
  })
})

describe('report-text helpers', () => {
  it('drops job numbers printed beside page numbers', () => {
    const cleaned = cleanReportText(['text', '12          GE.25-02819', 'A/HRC/59/15', 'GE.25-02819        13', 'more'].join('\n'))
    expect(cleaned.lines.map((l) => l.text)).toEqual(['text', 'more'])
  })

  it('drops page furniture and keeps the original line numbers', () => {
    const cleaned = cleanReportText(['Some text', '', '', '12', '\fA/HRC/43/15', '', 'more text', 'GE.19-21936(E)', 'end'].join('\n'))
    expect(cleaned.lines.map((l) => [l.text, l.line, l.afterPageBreak])).toEqual([
      ['Some text', 1, false],
      ['more text', 7, true],
      ['end', 9, true]
    ])
    expect(cleaned.removedLines).toBe(3)
  })

  it('joins lines, fixing hyphenation only where safe', () => {
    const vocabulary = new Set(['implementation'])
    expect(joinLines(['the principle of non-', 'refoulement'])).toBe('the principle of non-refoulement')
    expect(joinLines(['carefully re-', 'examined'])).toBe('carefully re-examined')
    expect(joinLines(['its implemen-', 'tation'], vocabulary)).toBe('its implementation')
    expect(joinLines(['for 2017–', '2021'])).toBe('for 2017–2021')
    expect(joinLines(['122.62-', '66, 122.68'])).toBe('122.62-66, 122.68')
    expect(joinLines(['soft\u00AD', 'ware'])).toBe('software')
    expect(joinLines(['Bolivarian Republic', 'of Venezuela'])).toBe('Bolivarian Republic of Venezuela')
  })

  it('reads English ordinals and maps sessions to cycles', () => {
    expect(parseOrdinal('thirty-fourth')).toBe(34)
    expect(parseOrdinal('Twentieth')).toBe(20)
    expect(parseOrdinal('first')).toBe(1)
    expect(parseOrdinal('forty first')).toBe(41)
    expect(parseOrdinal('34th')).toBe(34)
    expect(parseOrdinal('session')).toBeNull()
    expect([1, 12, 13, 26, 27, 40, 41, 54].map(cycleOfSession)).toEqual([1, 1, 2, 2, 3, 3, 4, 4])
    expect(
      detectWorkingGroupSession('Human Rights Council Forty-third session. The Working Group on the Universal Periodic Review, established in accordance with resolution 5/1, held its thirty-fourth session from 4 to 15 November 2019.')
    ).toBe(34)
    expect(detectWorkingGroupSession('a national report (A/HRC/WG.6/20/SVN/1)')).toBe(20)
  })

  it('tells positions from paragraph introductions', () => {
    expect(positionFromIntroduction('The recommendations formulated during the interactive dialogue/listed below have been examined by Slovenia and enjoy the support of Slovenia:')).toBe('supported')
    expect(positionFromIntroduction('The following recommendations will be examined by Slovenia, which will provide responses in due time')).toBe('pending')
    expect(positionFromIntroduction('The following recommendations have been noted by Freedonia:')).toBe('noted')
    expect(positionFromIntroduction('The recommendations below did not enjoy the support of Freedonia:')).toBe('noted')
    expect(positionFromIntroduction('The following recommendations are supported in part by Freedonia:')).toBe('supported-in-part')
    expect(positionFromIntroduction('The delegation thanked the participants.')).toBeNull()
  })

  it('tells State names from other parentheses', () => {
    for (const name of ['Holy See', 'Iran (Islamic Republic of)', "Côte d'Ivoire", 'Guinea-Bissau', 'the former Yugoslav Republic of Macedonia', 'Türkiye']) {
      expect(looksLikeStateName(name)).toBe(true)
    }
    for (const text of ['ICRMW', 'No. 29', 'Istanbul Convention', 'the Paris Principles', 'see above', 'OHCHR']) {
      expect(looksLikeStateName(text)).toBe(false)
    }
    expect(splitRecommendationTexts('Ratify ICRMW (ICRMW) (Iran (Islamic Republic of));')).toEqual([
      { text: 'Ratify ICRMW (ICRMW)', states: ['Iran (Islamic Republic of)'], problems: [] }
    ])
  })
})

describe('extractPdfText', () => {
  it('rejects bytes that are not a PDF with a clear error, without throwing', async () => {
    await expect(extractPdfText(new TextEncoder().encode('Report of the Working Group'))).resolves.toEqual({
      text: '',
      pages: 0,
      error: expect.stringMatching(/not a PDF/),
      problem: expect.objectContaining({ code: 'pdf.notPdf' })
    })
    await expect(extractPdfText(new Uint8Array())).resolves.toMatchObject({ pages: 0, error: expect.stringMatching(/empty/) })
    const broken = await extractPdfText(new TextEncoder().encode('%PDF-1.4\n1 0 obj garbage'))
    expect(broken.pages).toBe(0)
    expect(broken.error).toMatch(/could not be read/)
    expect(broken.problem?.code).toBe('pdf.damaged')
    expect(looksLikePdf(new TextEncoder().encode('%PDF-1.7'))).toBe(true)
  })

  it('rebuilds lines from text items by baseline, left to right', () => {
    const item = (str: string, x: number, y: number, size = 10) => ({ str, x, y, width: str.length * size * 0.5, size })
    expect(layoutLines([item('world', 60, 700), item('Hello', 20, 700.4), item('recommendations', 20, 688), item('1', 95, 691.5, 6)])).toEqual([
      'Hello world',
      'recommendations1'
    ])
    expect(layoutLines([item('a', 20, 700), item('b', 20, 600)])).toEqual(['a', '', 'b'])
  })

  it('reads a PDF into text that the report parser understands', async () => {
    const text = pdfText
    const pdf = minimalPdf([
      [
        text(72, 760, 'II. Conclusions and/or recommendations'),
        text(72, 700, 'support of Freedonia:'),
        text(72, 712, '98. The recommendations listed below enjoy the'),
        text(140, 688, 'Ratify the Convention against Torture (France)'),
        text(72, 688, '98.1'),
        text(140, 676, '(Lithuania);'),
        text(300, 810, 'A/HRC/55/14', 9),
        text(72, 40, '12', 9)
      ],
      [text(300, 810, 'A/HRC/55/14', 9), text(72, 700, '98.2'), text(140, 700, 'Adopt a national plan (Holy See).')]
    ])
    const out = await extractPdfText(pdf)
    expect(out.error).toBeUndefined()
    expect(out.pages).toBe(2)
    expect(out.text.split('\f')).toHaveLength(2)
    const r = parseWorkingGroupReport(out.text, 'mini.pdf')
    expect(r.recommendations.map((x) => [x.number, x.position, x.text, x.recommendingStatesRaw])).toEqual([
      ['98.1', 'supported', 'Ratify the Convention against Torture', ['France', 'Lithuania']],
      ['98.2', 'supported', 'Adopt a national plan', ['Holy See']]
    ])
  })
})
