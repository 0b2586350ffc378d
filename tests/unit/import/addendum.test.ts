import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { fixedRuns } from '../fuzz-seed'
import { describe, expect, it } from 'vitest'
import type { Position } from '../../../src-renderer/domain/model'
import { applyAddendum, expandNumberList, parseAddendum } from '../../../src-renderer/import/addendum'
import type { AddendumResult, ParseResult } from '../../../src-renderer/import/types'
import { parseWorkingGroupReport } from '../../../src-renderer/import/wg-report'

// Synthetic documents written for these tests (tests/fixtures/wg-report), laid out like pdftotext -layout.
const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/wg-report/${name}`, import.meta.url)), 'utf8')

const REPORT = parseWorkingGroupReport(fixture('synthetic-report-cycle4.txt'), 'synthetic-report-cycle4.txt')
const ADDENDUM = fixture('synthetic-addendum-cycle4.txt')
const BARE = fixture('synthetic-addendum-bare-numbers.txt')

const EXPECTED: Record<string, Position> = {
  '99.1': 'noted',
  '99.2': 'supported',
  '99.3': 'supported',
  '99.4': 'supported',
  '99.5': 'supported',
  '99.6': 'supported',
  '99.7': 'supported',
  '99.8': 'supported',
  '99.9': 'supported-in-part',
  '99.10': 'supported',
  '99.11': 'noted',
  '99.12': 'noted'
}

const asMap = (a: AddendumResult): Record<string, Position> => Object.fromEntries(a.positions.map((p) => [p.number, p.position]))

/** Distinct numbers per position, counting a number with several texts once. */
function countPositions(r: ParseResult): Record<string, number> {
  const seen = new Map<string, Position>()
  for (const x of r.recommendations) if (x.number !== null && !seen.has(x.number)) seen.set(x.number, x.position)
  const counts: Record<string, number> = {}
  for (const p of seen.values()) counts[p] = (counts[p] ?? 0) + 1
  return counts
}

describe('expandNumberList', () => {
  it('reads lists, ranges and their typographic variants', () => {
    const cases: [string, string[]][] = [
      ['140.7, 140.8', ['140.7', '140.8']],
      ['122.17-18', ['122.17', '122.18']],
      ['122.34- 35', ['122.34', '122.35']],
      ['122.14– 15', ['122.14', '122.15']],
      ['122.17-122.19', ['122.17', '122.18', '122.19']],
      ['140.120, 209', ['140.120', '140.209']],
      ['140.35. 140.36', ['140.35', '140.36']],
      ['122.141-143,122.146', ['122.141', '122.142', '122.143', '122.146']],
      ['122.118-20', ['122.118', '122.119', '122.120']],
      ['1–3, 14–16', ['1', '2', '3', '14', '15', '16']],
      ['150 – 152 and 160', ['150', '151', '152', '160']],
      ['99.3 to 99.5', ['99.3', '99.4', '99.5']]
    ]
    for (const [list, numbers] of cases) expect(expandNumberList(list), list).toEqual({ numbers, problems: [] })
    expect(expandNumberList('1–3', '115').numbers).toEqual(['115.1', '115.2', '115.3'])
  })

  it('reports ranges it cannot read instead of guessing', () => {
    expect(expandNumberList('122.20-15').problems).toEqual([
      { code: 'addendum.rangeBackwards', values: { range: '122.20-15' }, message: 'the range "122.20-15" goes backwards' }
    ])
    expect(expandNumberList('122.5-123.7').problems).toEqual([
      { code: 'addendum.rangeSpansParagraphs', values: { range: '122.5-123.7' }, message: 'the range "122.5-123.7" spans two paragraphs' }
    ])
    expect(expandNumberList('1-9000').problems).toEqual([{ code: 'addendum.rangeTooLong', values: { range: '1-9000' }, message: 'the range "1-9000" is implausibly long' }])
  })
})

describe('parseAddendum', () => {
  const a = parseAddendum(ADDENDUM, 'synthetic-addendum-cycle4.txt')

  it('reads the symbol, the State, the cycle and the stated totals', () => {
    expect(a.source).toEqual({
      kind: 'addendum',
      fileName: 'synthetic-addendum-cycle4.txt',
      symbol: 'A/HRC/55/14/Add.1',
      stateUnderReviewName: 'Freedonia',
      session: null,
      cycle: 4,
      // "6 were immediately supported", "8 are now supported", "14 ... supported": 14 is the total of the parts.
      statedTotals: { supported: 14, noted: 5, total: 20 }
    })
    expect(a.warnings).toEqual([])
  })

  it('reads supported, supported-in-part and noted lists with every range form, ignoring cross-references', () => {
    expect(asMap(a)).toEqual(EXPECTED)
    expect(a.positions).toHaveLength(12)
  })

  it('keeps bare numbers bare and says so, when nothing tells their paragraph', () => {
    const bare = parseAddendum(BARE, 'bare.txt')
    expect(asMap(bare)).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k.replace('99.', ''), v])))
    expect(bare.source.statedTotals).toEqual({ supported: 8, noted: 3 })
    expect(bare.source.cycle).toBe(4)
    expect(bare.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/12 recommendation numbers are given without their paragraph/)])
  })

  it('resolves bare numbers with the report numbers it is given', () => {
    const pending = REPORT.recommendations.filter((r) => r.position === 'pending').map((r) => r.number ?? '')
    const resolved = parseAddendum(BARE, 'bare.txt', { knownNumbers: pending })
    expect(asMap(resolved)).toEqual(EXPECTED)
    expect(resolved.warnings).toEqual([])
  })

  it('resolves bare numbers with the paragraph the addendum names', () => {
    const withNote = `${BARE}\nNotes\n  1\n    The serial numbers of recommendations follow the list in paragraph 99 of the report (A/HRC/55/14).\n`
    const resolved = parseAddendum(withNote, 'bare.txt')
    expect(asMap(resolved)).toEqual(EXPECTED)
    expect(resolved.warnings).toEqual([])
  })

  it('reads positions given as a table', () => {
    const table = [
      'A/HRC/55/14/Add.1',
      'Recommendation     Position',
      '99.1               Supported',
      '99.2–3             Noted',
      '99.4  Ratify the Convention against Torture (France)      Supported in part'
    ].join('\n')
    expect(asMap(parseAddendum(table, 'table.txt'))).toEqual({
      '99.1': 'supported',
      '99.2': 'noted',
      '99.3': 'noted',
      '99.4': 'supported-in-part'
    })
  })

  it('reads a list given under a heading without a position word in its paragraph', () => {
    const text = ['A/HRC/55/14/Add.1', '', 'Noted recommendations', '5.     99.1, 99.11 and 99.12.', '', '122.3', 'See above.'].join('\n')
    expect(asMap(parseAddendum(text, 'heading.txt'))).toEqual({ '99.1': 'noted', '99.11': 'noted', '99.12': 'noted' })
  })

  it('reads answers given recommendation by recommendation (cycle 1)', () => {
    const text = [
      '              United Nations                                                    A/HRC/14/99/Add.1',
      '            Views on conclusions and/or recommendations presented by the State under review',
      '                   Freedonia welcomes the recommendations made during its review. Its answers are as',
      '            follows:',
      '            1.                   Freedonia cannot, at this point in time, make a definitive statement.',
      '                                 The Convention is under study.',
      '            2.                   Freedonia accepts the recommendation.',
      '            3., 4.               Freedonia accepts these recommendations and has already implemented',
      '                                 them to a great extent.',
      '            5., 6., 7.,          Freedonia accepts these recommendations and already acts accordingly.',
      '            8., 9.',
      '            10.                  Freedonia accepts the recommendation regarding free legal aid.',
      '                                 Freedonia cannot accept the recommendation on specialised family',
      '                                 courts.',
      '',
      '2',
      '                                                                         A/HRC/14/99/Add.1',
      '11.   Freedonia agrees with the importance of the programme and notes the adoption of',
      '      the new programme for 2010–2015.',
      '12.   Freedonia does not accept this recommendation, as it is contrary to the',
      '      Constitution.',
      '13.   The answer was given in 2010.'
    ].join('\n')
    const r = parseAddendum(text, 'answers.txt')
    expect(asMap(r)).toEqual({
      '1': 'noted',
      '2': 'supported',
      '3': 'supported',
      '4': 'supported',
      '5': 'supported',
      '6': 'supported',
      '7': 'supported',
      '8': 'supported',
      '9': 'supported',
      '10': 'supported-in-part',
      '11': 'supported',
      '12': 'noted'
    })
    expect(r.warnings).toEqual([
      {
        code: 'addendum.answerWithoutPosition',
        values: { numbers: '13', excerpt: 'The answer was given in 2010.' },
        message: expect.stringMatching(/recommendation 13 gives no position/),
        at: { line: 22 }
      },
      { code: 'addendum.bareNumbers', values: { count: 12 }, message: expect.stringMatching(/12 recommendation numbers are given without their paragraph/) }
    ])
  })

  it('warns when one number is given two positions', () => {
    const text = [
      'A/HRC/55/14/Add.1',
      '3.     The Government supports recommendations 99.1 and 99.2.',
      '4.     The Government notes recommendations 99.2 and 99.3.'
    ].join('\n')
    const r = parseAddendum(text, 'conflict.txt')
    expect(asMap(r)).toEqual({ '99.1': 'supported', '99.2': 'supported', '99.3': 'noted' })
    expect(r.warnings).toEqual([
      {
        code: 'addendum.twoPositions',
        values: { number: '99.2', first: { position: 'supported' }, then: { position: 'noted' } },
        message: expect.stringMatching(/99\.2 is given two positions/),
        at: { line: 3 }
      }
    ])
  })
})

describe('applyAddendum', () => {
  it('sets the positions of the pending recommendations and checks the totals', () => {
    const { result, changes, warnings } = applyAddendum(REPORT, parseAddendum(ADDENDUM, 'a.txt'))
    expect(warnings).toEqual([])
    expect(changes).toHaveLength(12)
    expect(changes).toContainEqual({ number: '99.9', from: 'pending', to: 'supported-in-part' })
    expect(countPositions(result)).toEqual({ supported: 14, noted: 5, 'supported-in-part': 1 })
    // Every text under one number gets the position.
    expect(result.recommendations.filter((r) => r.number === '99.3').map((r) => r.position)).toEqual(['supported', 'supported', 'supported'])
    expect(result.recommendations.find((r) => r.number === '99.1')?.positionSource).toBe('A/HRC/55/14/Add.1')
    // The report itself is not modified.
    expect(countPositions(REPORT)).toEqual({ supported: 6, pending: 12, noted: 2 })
    expect(result.warnings).toBe(REPORT.warnings)
  })

  it('resolves bare numbers against the pending recommendations of the report', () => {
    const { result, changes, warnings } = applyAddendum(REPORT, parseAddendum(BARE, 'bare.txt'))
    expect(warnings).toEqual([])
    expect(changes.map((c) => c.number).sort()).toEqual(Object.keys(EXPECTED).sort())
    expect(countPositions(result)).toEqual({ supported: 14, noted: 5, 'supported-in-part': 1 })
  })

  it('warns on numbers not in the report, pending ones left, positions that contradict the report and wrong totals', () => {
    const addendum: AddendumResult = {
      source: { kind: 'addendum', fileName: 'x', symbol: 'A/HRC/55/14/Add.1', stateUnderReviewName: null, session: null, cycle: null, statedTotals: { supported: 30, noted: 5, total: 20 } },
      positions: [
        { number: '99.1', position: 'supported' },
        { number: '99.40', position: 'noted' },
        { number: '98.1', position: 'noted' }
      ],
      warnings: []
    }
    const { changes, warnings } = applyAddendum(REPORT, addendum)
    expect(changes).toEqual([{ number: '99.1', from: 'pending', to: 'supported' }])
    const messages = warnings.map((w) => w.message)
    expect(messages).toContainEqual(expect.stringMatching(/1 numbers in the addendum are not in the report: 99\.40/))
    expect(messages).toContainEqual(expect.stringMatching(/gives 98\.1 as noted, but the report already gave it as supported/))
    expect(messages).toContainEqual(expect.stringMatching(/11 recommendations are still pending after the addendum: 99\.2–12/))
    expect(messages).toContainEqual(expect.stringMatching(/states 30 supported; after applying it there are 7/))
    expect(messages).toContainEqual(expect.stringMatching(/states 5 noted; after applying it there are 2/))
    expect(messages.some((m) => /in total/.test(m))).toBe(false)
  })

  it('warns when a bare number matches several pending paragraphs', () => {
    const twoParagraphs = parseWorkingGroupReport(
      [
        'II. Conclusions and/or recommendations',
        '10. The following recommendations will be examined by Freedonia, which will provide responses in due time:',
        '10.1 Ratify the Convention (France);',
        '11. The following recommendations will also be examined by Freedonia, which will provide responses in due time:',
        '11.1 Adopt a plan (Peru).'
      ].join('\n'),
      'r.txt'
    )
    const { changes, warnings } = applyAddendum(twoParagraphs, parseAddendum('The Government accepts recommendations 1.', 'a.txt'))
    expect(changes).toEqual([])
    expect(warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/match several report paragraphs and were not applied: 1/))
  })
})

describe('parseAddendum: bad input', () => {
  it('returns warnings, no positions, for empty or random text', () => {
    expect(parseAddendum('', 'e.txt')).toMatchObject({ positions: [], warnings: [{ message: expect.stringMatching(/empty/) }] })
    const random = parseAddendum('Lorem ipsum 12, 14 and 15.\nDolor sit amet 3.5 per cent.', 'r.txt')
    expect(random.positions).toEqual([])
    expect(random.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/No list of recommendations with a position/))
  })

  it('notices a report given instead of its addendum', () => {
    const r = parseAddendum(fixture('synthetic-report-cycle4.txt'), 'report.txt')
    expect(r.source.symbol).toBe('A/HRC/55/14')
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/not an addendum symbol/))
  })

  it('does not read counts, dates or numbered categories as recommendation numbers', () => {
    const text = [
      'A/HRC/55/14/Add.1',
      '1.     On 4 November 2014, Freedonia received 163 recommendations from 74 States.',
      '2.     The responses are clustered in three categories: 1. Accepted recommendations; 2. Noted recommendations.',
      '3.     The Government accepts 142 recommendations and notes 21 recommendations.'
    ].join('\n')
    const r = parseAddendum(text, 'counts.txt')
    expect(r.positions).toEqual([])
    expect(r.source.statedTotals).toEqual({ supported: 142, noted: 21, total: 163 })
  })

  it('never throws, whatever the text', () => {
    const lines = ADDENDUM.split('\n')
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (s) => {
        const a = parseAddendum(s, 'x')
        expect(Array.isArray(a.positions)).toBe(true)
        applyAddendum(REPORT, a)
      }),
      fixedRuns(300)
    )
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 120 }), (picked) => {
        applyAddendum(REPORT, parseAddendum(picked.join('\n'), 'x'))
      }),
      fixedRuns(200)
    )
  })
})
