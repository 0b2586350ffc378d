/**
 * The Working Group report parser against nine reports of 2008-2014 (cycle 1 and early cycle 2) in
 * ../shared/fixtures/wg-reports-older (never copied into the repository): Mac Roman text, CR or CR LF line
 * ends, paragraph numbers often alone on their line, positions stated in the older forms.
 * Run with `npx vitest run --config vitest.real.config.ts tests/real/wg-reports-older.test.ts`.
 *
 * The expected figures below were counted from the documents themselves, not from the parser: section II
 * of each file was read with grep and sed, the numbered lines under each paragraph were counted (and checked
 * to run 1, 2, 3 ... without a gap), and each paragraph's introduction was read to give its position:
 *   "... have been examined by X and enjoy its support" / "enjoy the support of X"          -> supported
 *   "... enjoy the support of X, which considers that they are already implemented ..."    -> supported,
 *     with the State's claim kept as a note (`claim` below, in the document's words)
 *   "will be examined by X, which will provide responses in due time/course"               -> pending
 *   "did not enjoy the support of X", "were rejected by X"                                  -> noted
 * Recommendations are counted as the UN counts them: distinct numbers (one number can hold several texts).
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Position } from '../../src-renderer/domain/model'
import { decodeText } from '../../src-renderer/import/detect-format'
import { parseSource } from '../../src-renderer/import/parse-source'
import type { ParseResult } from '../../src-renderer/import/types'
import { parseWorkingGroupReport } from '../../src-renderer/import/wg-report'
import { REAL_FIXTURES } from '../real-fixtures'

const DIR = resolve(REAL_FIXTURES, 'wg-reports-older')
const present = existsSync(DIR)
if (!present) console.warn(`Skipping the older Working Group report tests: ${DIR} is absent (real UN documents are not in the repository).`)

type Claim = 'already implemented' | 'in the process of implementation' | 'already implemented or in the process of implementation'

/** One paragraph of section II with its own list: first and last number, how many, and its position. */
interface ListParagraph {
  paragraph: number
  first: number
  last: number
  count: number
  position: Position
  claim?: Claim
}

interface Expected {
  file: string
  symbol: string | null
  state: string
  session: number
  cycle: number
  paragraphs: ListParagraph[]
  totals: { numbers: number; supported: number; noted: number; pending: number }
  /** Numbers whose last parenthesis is not a State as the parser reads State names (as printed). */
  withoutState?: string[]
}

const BOTH: Claim = 'already implemented or in the process of implementation'

const REPORTS: Expected[] = [
  {
    // "1." ... "17." alone on their lines, the text on the next; para. 70 refers to dialogue paragraphs 45-63.
    file: 'algeria2008.txt',
    symbol: 'A/HRC/8/29',
    state: 'Algeria',
    session: 1,
    cycle: 1,
    paragraphs: [{ paragraph: 69, first: 1, last: 17, count: 17, position: 'supported' }],
    totals: { numbers: 17, supported: 17, noted: 0, pending: 0 }
  },
  {
    // "1. Text" under each paragraph.
    file: 'afghanistan2009.txt',
    symbol: 'A/HRC/12/9',
    state: 'Afghanistan',
    session: 5,
    cycle: 1,
    paragraphs: [
      { paragraph: 95, first: 1, last: 96, count: 96, position: 'supported' },
      { paragraph: 96, first: 1, last: 37, count: 37, position: 'pending' },
      { paragraph: 97, first: 1, last: 10, count: 10, position: 'noted' }
    ],
    totals: { numbers: 143, supported: 96, noted: 10, pending: 37 }
  },
  {
    file: 'spain2010.txt',
    symbol: null,
    state: 'Spain',
    session: 8,
    cycle: 1,
    paragraphs: [
      { paragraph: 84, first: 1, last: 56, count: 56, position: 'supported' },
      { paragraph: 85, first: 1, last: 29, count: 29, position: 'supported', claim: BOTH },
      { paragraph: 86, first: 1, last: 34, count: 34, position: 'pending' },
      { paragraph: 87, first: 1, last: 18, count: 18, position: 'noted' }
    ],
    totals: { numbers: 137, supported: 85, noted: 18, pending: 34 }
  },
  {
    // Para. 104 says 103.7 ("paragraph 103, No. 7") did not enjoy the support: it is noted already.
    file: 'turkey2010.txt',
    symbol: null,
    state: 'Turkey',
    session: 8,
    cycle: 1,
    paragraphs: [
      { paragraph: 100, first: 1, last: 87, count: 87, position: 'supported' },
      { paragraph: 101, first: 1, last: 8, count: 8, position: 'supported', claim: BOTH },
      { paragraph: 102, first: 1, last: 39, count: 39, position: 'pending' },
      { paragraph: 103, first: 1, last: 9, count: 9, position: 'noted' },
      { paragraph: 105, first: 1, last: 9, count: 9, position: 'noted' }
    ],
    totals: { numbers: 152, supported: 95, noted: 18, pending: 39 }
  },
  {
    // Para. 83: "were rejected by Lebanon".
    file: 'lebanon2011.txt',
    symbol: 'A/HRC/16/18',
    state: 'Lebanon',
    session: 9,
    cycle: 1,
    paragraphs: [
      { paragraph: 80, first: 1, last: 41, count: 41, position: 'supported' },
      { paragraph: 81, first: 1, last: 28, count: 28, position: 'supported', claim: BOTH },
      { paragraph: 82, first: 1, last: 37, count: 37, position: 'noted' },
      { paragraph: 83, first: 1, last: 3, count: 3, position: 'noted' },
      { paragraph: 84, first: 1, last: 14, count: 14, position: 'pending' }
    ],
    totals: { numbers: 123, supported: 69, noted: 40, pending: 14 }
  },
  {
    // "as read in the interactive dialogue" footnotes between 73.23/73.24, 73.34/73.35, 73.48/73.49.
    file: 'moldova2011.txt',
    symbol: 'A/HRC/19/18',
    state: 'Republic of Moldova',
    session: 12,
    cycle: 1,
    paragraphs: [
      { paragraph: 73, first: 1, last: 63, count: 63, position: 'supported' },
      { paragraph: 74, first: 1, last: 2, count: 2, position: 'supported', claim: 'already implemented' },
      { paragraph: 75, first: 1, last: 42, count: 42, position: 'supported', claim: 'in the process of implementation' },
      { paragraph: 76, first: 1, last: 15, count: 15, position: 'pending' }
    ],
    totals: { numbers: 122, supported: 107, noted: 0, pending: 15 }
  },
  {
    // Paras. 110-115 comment on 109.2, 109.10 ("109. 10"), 109.3 ... without changing their position.
    file: 'nepal2011.txt',
    symbol: null,
    state: 'Nepal',
    session: 10,
    cycle: 1,
    paragraphs: [
      { paragraph: 106, first: 1, last: 56, count: 56, position: 'supported' },
      { paragraph: 107, first: 1, last: 28, count: 28, position: 'supported', claim: BOTH },
      { paragraph: 108, first: 1, last: 36, count: 36, position: 'pending' },
      { paragraph: 109, first: 1, last: 15, count: 15, position: 'noted' }
    ],
    totals: { numbers: 135, supported: 84, noted: 15, pending: 36 },
    // Printed "(UK)".
    withoutState: ['108.10']
  },
  {
    // Para. 127: "The above recommendations from 126.1. to 126.15. cannot enjoy the support of Ghana ...".
    file: 'ghana2012.txt',
    symbol: 'A/HRC/22/6',
    state: 'Ghana',
    session: 14,
    cycle: 2,
    paragraphs: [
      { paragraph: 123, first: 1, last: 23, count: 23, position: 'supported' },
      { paragraph: 124, first: 1, last: 9, count: 9, position: 'supported', claim: 'already implemented' },
      { paragraph: 125, first: 1, last: 91, count: 91, position: 'supported', claim: 'in the process of implementation' },
      { paragraph: 126, first: 1, last: 25, count: 25, position: 'noted' }
    ],
    totals: { numbers: 148, supported: 123, noted: 25, pending: 0 }
  },
  {
    // "111." alone on its line; "** The conclusions and recommendations have not been edited." inside 110.3.
    file: 'comoros2014.txt',
    symbol: null,
    state: 'Comoros',
    session: 18,
    cycle: 2,
    paragraphs: [
      { paragraph: 110, first: 1, last: 102, count: 102, position: 'supported' },
      { paragraph: 111, first: 1, last: 9, count: 9, position: 'supported', claim: BOTH },
      { paragraph: 112, first: 1, last: 13, count: 13, position: 'pending' },
      { paragraph: 113, first: 1, last: 8, count: 8, position: 'noted' }
    ],
    totals: { numbers: 132, supported: 111, noted: 8, pending: 13 }
  }
]

const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(DIR, name)))

/** The numbers the table says the report holds, in document order. */
function expectedNumbers(e: Expected): string[] {
  return e.paragraphs.flatMap((p) => Array.from({ length: p.last - p.first + 1 }, (_, i) => `${p.paragraph}.${p.first + i}`))
}

function distinctNumbers(r: ParseResult): string[] {
  return [...new Set(r.recommendations.map((x) => x.number ?? ''))]
}

/** Distinct numbers per position (a number's texts all share its position; checked below). */
function countPositions(r: ParseResult): Record<'supported' | 'noted' | 'pending', number> {
  const byNumber = new Map<string, Position>()
  for (const x of r.recommendations) if (x.number !== null && !byNumber.has(x.number)) byNumber.set(x.number, x.position)
  const counts = { supported: 0, noted: 0, pending: 0 }
  for (const p of byNumber.values()) if (p !== 'supported-in-part') counts[p]++
  return counts
}

/** Parses a file the way the app does: bytes -> format and encoding detection -> report parser. */
async function importFile(name: string): Promise<ParseResult> {
  const parsed = await parseSource(bytes(name), name)
  if (parsed.kind !== 'recommendations') throw new Error(`${name} was read as ${parsed.kind}`)
  return parsed.result
}

const title = (e: Expected): string =>
  `${e.file}: ${e.totals.numbers} numbers, ${e.totals.supported} supported, ${e.totals.noted} noted, ${e.totals.pending} pending`

describe.skipIf(!present)('older Working Group reports (2008-2014), imported from their bytes', () => {
  it('are Mac Roman text with CR or CR LF line ends, as the fixture README says', () => {
    for (const e of REPORTS) {
      const b = bytes(e.file)
      expect(decodeText(b).encoding, e.file).toBe('macintosh')
      expect(b.includes(0x0d), e.file).toBe(true)
    }
  })

  for (const e of REPORTS) {
    describe(title(e), () => {
      // Parsed once, on first use (never when the folder is absent).
      let parsed: Promise<ParseResult> | null = null
      const result = (): Promise<ParseResult> => (parsed ??= importFile(e.file))

      it('reads the document facts', async () => {
        const r = await result()
        expect(r.source).toMatchObject({ kind: 'wg-report', symbol: e.symbol, stateUnderReviewName: e.state, session: e.session, cycle: e.cycle })
      })

      it('finds every number of section II once, in order, and nothing else', async () => {
        const r = await result()
        expect(distinctNumbers(r)).toEqual(expectedNumbers(e))
      })

      it('gives each paragraph its first and last number, its count and its position', async () => {
        const r = await result()
        const got = e.paragraphs.map((p) => {
          const mine = [...new Set(r.recommendations.filter((x) => x.number?.startsWith(`${p.paragraph}.`)).map((x) => x.number ?? ''))]
          const subs = mine.map((n) => Number(n.split('.')[1]))
          const positions = [...new Set(r.recommendations.filter((x) => x.number?.startsWith(`${p.paragraph}.`)).map((x) => x.position))]
          return { paragraph: p.paragraph, first: subs[0], last: subs[subs.length - 1], count: mine.length, positions }
        })
        expect(got).toEqual(e.paragraphs.map((p) => ({ paragraph: p.paragraph, first: p.first, last: p.last, count: p.count, positions: [p.position] })))
        expect({ numbers: distinctNumbers(r).length, ...countPositions(r) }).toEqual(e.totals)
      })

      it('keeps the State’s word on implementation as a note on exactly those recommendations', async () => {
        const r = await result()
        for (const p of e.paragraphs) {
          for (const x of r.recommendations.filter((y) => y.number?.startsWith(`${p.paragraph}.`))) {
            if (p.claim === undefined) expect(x.note, x.number ?? '').toBeUndefined()
            else {
              expect(x.note, x.number ?? '').toBe(
                `The State under review considers this recommendation ${p.claim} (${e.symbol ?? e.file} para. ${p.paragraph}).`
              )
            }
            expect(x.positionSource, x.number ?? '').toBe(`${e.symbol ?? e.file} para. ${p.paragraph}`)
          }
        }
      })

      it('never guesses a position: no paragraph is marked pending for want of an introduction', async () => {
        const r = await result()
        const messages = r.warnings.map((w) => w.message)
        expect(messages.filter((m) => /marked pending|Could not tell the position|without a paragraph|not consecutive|starts at/.test(m))).toEqual([])
      })

      it('reads clean texts, each with its recommending States (footnotes and their marks left out)', async () => {
        const r = await result()
        for (const x of r.recommendations) {
          const n = x.number ?? ''
          expect(x.text, n).not.toMatch(/as read (?:during|in) the interactive dialogue|have not been edited|[\r\n\f]/)
          expect(x.text, n).not.toMatch(/^\d{1,4}\.|\s{2}|^\s|\s$/)
          expect(x.text.length, n).toBeGreaterThan(10)
          if ((e.withoutState ?? []).includes(n)) expect(x.recommendingStatesRaw, n).toEqual([])
          else expect(x.recommendingStatesRaw.length, n).toBeGreaterThan(0)
          for (const s of x.recommendingStatesRaw) expect(s, n).not.toMatch(/\d|[;()]\s|^\s|\s$/)
        }
      })

      it('reads the same numbers and positions from the text decoded and converted to LF line ends', async () => {
        const r = await result()
        const lf = decodeText(bytes(e.file)).text.replace(/\r\n?/g, '\n')
        const again = parseWorkingGroupReport(lf, e.file)
        const pairs = (x: ParseResult) => x.recommendations.map((y) => [y.number, y.position, y.recommendingStatesRaw.join('|')])
        expect(pairs(again)).toEqual(pairs(r))
      })
    })
  }
})

describe.skipIf(!present)('older reports: paragraphs after the lists', () => {
  it('keeps 126.1-126.15 noted when Ghana says they "cannot enjoy the support" until a referendum', async () => {
    const r = await importFile('ghana2012.txt')
    for (const x of r.recommendations.filter((y) => /^126\.(?:[1-9]|1[0-5])$/.test(y.number ?? ''))) expect(x.position).toBe('noted')
    expect(r.warnings.filter((w) => /Paragraph 127/.test(w.message))).toEqual([])
  })

  it('says that Nepal’s paragraphs 110-115 comment on noted recommendations without changing them', async () => {
    const r = await importFile('nepal2011.txt')
    const comments = r.warnings.filter((w) => /comments on/.test(w.message)).map((w) => w.message)
    expect(comments).toEqual([
      'Paragraph 110 comments on recommendations 109.2, 109.10 without giving a position: their positions are unchanged.',
      'Paragraph 111 comments on recommendation 109.3 without giving a position: its position is unchanged.',
      'Paragraph 112 comments on recommendation 109.8 without giving a position: its position is unchanged.',
      'Paragraph 113 comments on recommendation 109.9 without giving a position: its position is unchanged.',
      'Paragraph 114 comments on recommendation 109.11 without giving a position: its position is unchanged.',
      'Paragraph 115 comments on recommendation 109.14 without giving a position: its position is unchanged.'
    ])
  })

  it('leaves Algeria’s remark after 69.17 out of the recommendation, and says so', async () => {
    const r = await importFile('algeria2008.txt')
    const last = r.recommendations.find((x) => x.number === '69.17')
    expect(last?.recommendingStatesRaw).toEqual(['Nigeria'])
    expect(last?.text).toMatch(/pursue its efforts to combat poverty$/)
    expect(r.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^The text after recommendation 69\.17 is not part of it and was left out: "With respect to special procedures/),
        expect.stringMatching(/^Paragraph 70 gives a position \(noted\) but lists no recommendations of its own/)
      ])
    )
  })
})
