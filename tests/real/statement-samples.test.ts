/**
 * The statements area's Word samples (`npm run samples`) rendered by LibreOffice to PDF: page counts,
 * orientation, and the text where it belongs (letterhead, page numbers "n / N", header rows repeated on
 * every page of a long table). Needs `soffice` and poppler's `pdfinfo`/`pdftotext`; skipped with a
 * reason when they are absent. Run: npx vitest run --config vitest.real.config.ts tests/real/statement-samples.test.ts
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { statementSamples } from '../../scripts/samples/statements'
import { syntheticMidTerm } from '../../scripts/samples/synthetic-mid-term'
import { buildDemoMission } from '../../src-renderer/demo'
import { buildStatementDocx } from '../../src-renderer/export/statements'

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const tools = ['soffice', 'pdfinfo', 'pdftotext'].filter((c) => !has(c))
if (tools.length > 0) console.log(`Skipping the Word rendering tests: ${tools.join(', ')} not installed (apt-get install libreoffice-writer-nogui poppler-utils).`)

interface Rendered {
  pages: number
  /** Page sizes in points, [width, height]. */
  sizes: [number, number][]
  /** The text of each page. */
  text: string[]
}

let dir = ''
const rendered = new Map<string, Rendered>()

function render(pdf: string): Rendered {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => [Number(m[1]), Number(m[2])] as [number, number])
  const all = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  return { pages, sizes, text: all.split('\f').slice(0, pages) }
}

describe.skipIf(tools.length > 0)('statement samples rendered by LibreOffice', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'upr-statements-'))
    const demo = buildDemoMission('2026-12-01')
    const files: string[] = []
    for (const writer of statementSamples) {
      const { fileName, bytes } = await writer.build(demo)
      writeFileSync(join(dir, fileName), bytes)
      files.push(fileName)
    }
    writeFileSync(join(dir, 'synthetic-350.docx'), await buildStatementDocx(syntheticMidTerm(350, 1)))
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...files.map((f) => join(dir, f)), join(dir, 'synthetic-350.docx')], { stdio: 'ignore', timeout: 180_000 })
    for (const pdf of readdirSync(dir).filter((f) => f.endsWith('.pdf'))) rendered.set(pdf.replace(/\.pdf$/, ''), render(join(dir, pdf)))
  }, 240_000)

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const get = (name: string): Rendered => {
    const found = rendered.get(name)
    if (!found) throw new Error(`not rendered: ${name}; have ${[...rendered.keys()].join(', ')}`)
    return found
  }
  const portrait = ([w, h]: [number, number]) => h > w
  const flat = (s: string) => s.replace(/\s+/g, ' ')
  // pdftotext may drop the spaces around the slash of "n / N".
  const pageNumber = (n: number, of: number) => new RegExp(`\\b${n}\\s*/\\s*${of}\\b`)

  it('renders every sample, one per document type', () => {
    expect(rendered.size).toBe(statementSamples.length + 1)
  })

  it('fits each spoken statement on one portrait page, letterhead to closing', () => {
    for (const name of ['2025-01-28 UPR48 Slovenia - Statement by Portugal', '2024-11-06 UPR47 Portugal - Opening statement', '2024-11-06 UPR47 Portugal - Concluding remarks', '2025-03-27 UPR47 Portugal - Adoption statement']) {
      const page = get(name)
      expect(page.pages, name).toBe(1)
      expect(portrait(page.sizes[0]!)).toBe(true)
      const text = flat(page.text[0]!)
      expect(text, name).toMatch(/PERMANENT MISSION OF PORTUGAL/i)
      expect(text).toContain('Check against delivery')
      expect(text).toMatch(pageNumber(1, 1))
    }
    const statement = flat(get('2025-01-28 UPR48 Slovenia - Statement by Portugal').text[0]!)
    expect(statement).toMatch(/In a constructive spirit, Portugal recommends that Slovenia: 1\. Adopt and fund a national action plan/)
    expect(statement).toMatch(/2\. Connect all Roma settlements .* yearly progress data\. We wish the delegation/)
    const plenary = flat(get('2025-03-27 UPR47 Portugal - Adoption statement').text[0]!)
    expect(plenary).toContain('Portugal received 38 recommendations from 45 States.')
    expect(plenary).toMatch(/5\. 105\.36 Abolish the criminalisation of defamation/)
  })

  it('puts the position paper’s annex on its own page, numbered "2 / 2"', () => {
    const paper = get('2025-01-10 UPR48 Slovenia - Access to water and sanitation for Roma communities in Slovenia')
    expect(paper.pages).toBe(2)
    expect(flat(paper.text[0]!)).toMatch(/Summary .* Background .* Position of Portugal .* Asks/)
    expect(flat(paper.text[1]!)).toMatch(/Annex: related recommendations .*121\.9/)
    expect(flat(paper.text[1]!)).toMatch(pageNumber(2, 2))
  })

  it('lays the mid-term report’s and the thematic list’s tables on landscape pages, numbered n / N', () => {
    const midTerm = get('2026-12-01 UPR47 Portugal - Mid-term report')
    expect(portrait(midTerm.sizes[0]!)).toBe(true)
    expect(midTerm.sizes.slice(1).every((s) => !portrait(s))).toBe(true)
    expect(midTerm.pages).toBeGreaterThanOrEqual(3)
    expect(flat(midTerm.text[midTerm.pages - 1]!)).toMatch(pageNumber(midTerm.pages, midTerm.pages))
    expect(flat(midTerm.text.slice(1).join(' '))).toContain('Implementation of the recommendations')
    const thematic = get('2026-12-01 UPR47 Portugal - Thematic list of recommendations')
    expect(thematic.sizes.every((s) => !portrait(s))).toBe(true)
    expect(flat(thematic.text[0]!)).toMatch(/Recommendation\s+Position\s+Full list of themes\s+Assessment of implementation/)
    expect(thematic.text.join(' ').match(/105\.\d+ /g)?.length).toBeGreaterThanOrEqual(38)
  })

  it('repeats the header row on every page of a long table and never splits a row', () => {
    const long = get('synthetic-350')
    expect(long.pages).toBeGreaterThan(20)
    for (let p = 1; p < long.pages; p++) {
      expect(flat(long.text[p]!), `page ${p + 1}`).toMatch(/No\.\s+Recommendation\s+Recommending\s+Position\s+Status\s+Measures taken/)
      expect(flat(long.text[p]!)).toMatch(pageNumber(p + 1, long.pages))
    }
    // Every one of the 350 rows appears exactly once.
    const numbers = long.text.join(' ').match(/\b105\.\d+\b/g) ?? []
    expect(new Set(numbers).size).toBe(350)
  })
})
