import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { buildDemoMission } from '../../../src-renderer/demo'
import type { Recommendation, Statement, StatementKind } from '../../../src-renderer/domain/model'
import { statementDocument, type DocumentSources, type StatementDocument } from '../../../src-renderer/domain/statements/document-data'
import { FIELD } from '../../../src-renderer/domain/statements/fields'
import { headingNode, listNode, paragraphNode, quoteNode, richDoc, serialiseRichDoc, textNode } from '../../../src-renderer/domain/statements/rich-text'
import { DocumentProblem } from '../../../src-renderer/export/kit'
import { buildStatementDocx, statementFileName } from '../../../src-renderer/export/statements'
import { pngSquare } from './kit-sample'

const demo = buildDemoMission('2026-12-01')

function demoStatement(kind: StatementKind): Statement {
  const all = demo.statements.filter((s) => s.kind === kind)
  return all.find((s) => s.status === 'delivered') ?? all[0]!
}

function documentOf(statement: Statement, over: Partial<DocumentSources> = {}): StatementDocument {
  return statementDocument({ statement, profile: demo.profile, register: demo.recommendations, emblem: { bytes: pngSquare(16), type: 'png', width: 16, height: 16 }, ...over })
}

async function read(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes)
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? ''
  const all = async (pattern: RegExp) => Promise.all(Object.keys(zip.files).filter((n) => pattern.test(n)).map(part))
  const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
  return { zip, part, all, text }
}

function expectInOrder(text: string, pieces: readonly string[]): void {
  let at = -1
  for (const piece of pieces) {
    const next = text.indexOf(piece, at + 1)
    expect(next, `"${piece}" after position ${at}`).toBeGreaterThan(at)
    at = next
  }
}

/** What every document must carry: styles, language, letterhead, n / N footer, core properties. */
async function expectMissionDocument(bytes: Uint8Array, doc: StatementDocument, language = 'en-GB') {
  expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK')
  const { part, all, zip } = await read(bytes)
  const styles = await part('word/styles.xml')
  for (const name of ['Title', 'Heading 1', 'Heading 2', 'List Number', 'List Bullet', 'Quote', 'Table Text']) expect(styles).toContain(`w:name w:val="${name}"`)
  expect(styles).toContain(`w:lang w:val="${language}"`)
  const numbering = await part('word/numbering.xml')
  expect(numbering).toContain('w:val="%1."')
  expect(numbering).toContain('w:val="bullet"')
  const headers = await all(/^word\/header\d+\.xml$/)
  expect(headers.some((h) => h.includes('Permanent Mission of Portugal') && h.includes('<w:drawing>'))).toBe(true)
  const footers = await all(/^word\/footer\d+\.xml$/)
  expect(footers.every((f) => /PAGE[\s\S]*NUMPAGES/.test(f))).toBe(true)
  const core = await part('docProps/core.xml')
  expect(core).toContain(`<dc:title>${doc.title}</dc:title>`)
  expect(core).toContain(`<dc:subject>${doc.subject}</dc:subject>`)
  expect(core).toContain('<dc:creator>Permanent Mission of Portugal')
  expect(Object.keys(zip.files).some((n) => n.startsWith('word/media/'))).toBe(true)
}

describe('statement Word documents', () => {
  it('writes the recommending-State statement: check against delivery, title block, numbered recommendations, closing', async () => {
    const doc = documentOf(demoStatement('recommending-state'))
    const bytes = await buildStatementDocx(doc)
    await expectMissionDocument(bytes, doc)
    const { part, text } = await read(bytes)
    const xml = await part('word/document.xml')
    expect(xml).not.toContain('w:orient="landscape"')
    expect((xml.match(/<w:pStyle w:val="ListNumber"\/>/g) ?? []).length).toBe(2)
    expect(xml).toContain('<w:pStyle w:val="DeliveryNote"/>')
    expectInOrder(text, [
      'Check against delivery',
      'Universal Periodic Review of Slovenia',
      'Meeting:',
      '48th session of the Working Group',
      'Date:',
      '28 January 2025',
      'Thank you, Madam President.',
      'In a constructive spirit, Portugal recommends that Slovenia:',
      'Adopt and fund a national action plan',
      'as recommended in the previous cycle;',
      'yearly progress data.',
      'We wish the delegation of Slovenia a successful review. Thank you.'
    ])
    expect(statementFileName(doc)).toBe('2025-01-28 UPR48 Slovenia - Statement by Portugal.docx')
  })

  it('writes the opening statement and the concluding remarks of the State under review', async () => {
    for (const kind of ['opening', 'concluding-remarks'] as const) {
      const doc = documentOf(demoStatement(kind))
      const bytes = await buildStatementDocx(doc)
      await expectMissionDocument(bytes, doc)
      const { part, text } = await read(bytes)
      expectInOrder(text, ['Check against delivery', 'Universal Periodic Review of Portugal', 'Portugal, State under review', 'Thank you, Madam President.'])
      if (kind === 'opening') {
        expectInOrder(text, ['Consultation process', 'Follow-up to the recommendations', 'New laws and institutions', 'a national strategy for the inclusion of Roma', 'Technical cooperation'])
        const xml = await part('word/document.xml')
        expect(xml).toContain('<w:pStyle w:val="Heading2"/>')
        expect(xml).toContain('<w:pStyle w:val="ListBullet"/>')
      }
    }
  })

  it('writes the plenary adoption statement with the register’s counts and the noted recommendations with their rationale', async () => {
    const doc = documentOf(demoStatement('plenary-adoption'))
    expect(doc.kind === 'plenary-adoption' && doc.noted.length).toBe(5)
    const bytes = await buildStatementDocx(doc)
    await expectMissionDocument(bytes, doc)
    const { text } = await read(bytes)
    expectInOrder(text, [
      'Adoption of the outcome of the Universal Periodic Review of Portugal',
      'Agenda item:',
      'Item 6: Universal Periodic Review',
      'Portugal received 38 recommendations from 45 States. Of these, it supports 32, supports 1 in part and notes 5.',
      'The recommendations that were noted, and why:',
      '105.2',
      'Ratify the International Convention on the Protection of the Rights of All Migrant Workers',
      'The Convention is under study',
      '105.36',
      'mid-term report'
    ])
    expect(statementFileName(doc)).toBe('2025-03-27 UPR47 Portugal - Adoption statement.docx')
  })

  it('writes the position paper with its sections and the annexed table of earlier recommendations', async () => {
    const doc = documentOf(demoStatement('position-paper'))
    const bytes = await buildStatementDocx(doc)
    await expectMissionDocument(bytes, doc)
    const { part, text } = await read(bytes)
    expectInOrder(text, ['Access to water and sanitation for Roma communities in Slovenia', 'Subject:', 'Summary', 'Background', 'Position of Portugal', 'Asks', 'A recommendation with a deadline', 'Annex: related recommendations', 'No.', 'Recommendation', '121.9'])
    // Earlier reviews only: the recommendations made at session 48 itself are not annexed.
    expect(text).not.toContain('Connect all Roma settlements')
    const xml = await part('word/document.xml')
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(1)
    expect(xml).toMatch(/<w:pStyle w:val="ListNumber"\/>[\s\S]*A recommendation with a deadline/)
  })

  it('writes the mid-term report: introduction in portrait, then landscape tables by theme with repeated header rows', async () => {
    const doc = documentOf(demoStatement('mid-term-report'), { measuresOf: (id) => (id.endsWith('105.11') ? ['Free internet access for students during confinement'] : []) })
    const bytes = await buildStatementDocx(doc)
    await expectMissionDocument(bytes, doc)
    const { part, text } = await read(bytes)
    const xml = await part('word/document.xml')
    expect((xml.match(/w:orient="landscape"/g) ?? []).length).toBe(1)
    const groups = doc.kind === 'mid-term-report' ? doc.groups : []
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(38)
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(groups.length)
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBe(38 + groups.length)
    expectInOrder(text, ['Mid-term report of Portugal', 'Introduction', 'Method and consultations', 'Implementation of the recommendations', groups[0]!.heading, 'No.', 'Recommendation', 'Recommending States', 'Position', 'Status', 'Measures taken', 'Responsible body', 'SDGs'])
    expect(text).toContain('• Free internet access for students during confinement')
    expect(text).toContain('Not started')
  })

  it('writes the thematic list in the OHCHR matrix layout, landscape, grouped by theme', async () => {
    const doc = documentOf(demoStatement('thematic-list'))
    const bytes = await buildStatementDocx(doc)
    await expectMissionDocument(bytes, doc)
    const { part, text } = await read(bytes)
    const xml = await part('word/document.xml')
    expect(xml).toContain('w:orient="landscape"')
    expect(xml).not.toContain('w:orient="portrait"')
    expectInOrder(text, ['Thematic list of recommendations', 'Report:', 'A/HRC/58/DEMO', 'Recommendation', 'Position', 'Full list of themes', 'Assessment of implementation'])
    expect(text).toMatch(/105\.4 Establish a national mechanism[^\n]*\(Paraguay\)/)
  })

  it('sets the document language to the statement’s and writes its set phrases in it', async () => {
    const statement = { ...demoStatement('recommending-state'), language: 'fr' as const, fields: { ...demoStatement('recommending-state').fields, [FIELD.recommendsIntro]: '' } }
    const doc = documentOf(statement)
    const bytes = await buildStatementDocx(doc)
    await expectMissionDocument(bytes, doc, 'fr-CH')
    const { text } = await read(bytes)
    expectInOrder(text, ['Seul le texte prononcé fait foi', 'Réunion\u00A0:', 'Date\u00A0:', '28 janvier 2025', 'Le Portugal adresse les recommandations suivantes à la Slovénie\u00A0:', 'cycle\u202F;'])
  })

  it('converts rich text: headings, bold, italic, underline, bullet and numbered lists that restart, quotes, line breaks', async () => {
    const content = serialiseRichDoc(
      richDoc([
        paragraphNode(''),
        headingNode(1, 'Heading one'),
        headingNode(3, 'Heading three'),
        paragraphNode([textNode('bold', ['bold']), textNode(' and '), textNode('italic', ['italic']), textNode(' and '), textNode('underlined', ['underline']), { type: 'hardBreak' }, textNode('after the break')]),
        listNode('orderedList', ['first', 'second']),
        paragraphNode('between lists'),
        listNode('orderedList', ['again first']),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraphNode('bullet'), listNode('bulletList', ['nested bullet'])] }] },
        quoteNode('A quoted sentence.'),
        paragraphNode('')
      ])
    )
    const statement: Statement = { ...demoStatement('position-paper'), content, fields: {} }
    const bytes = await buildStatementDocx(documentOf(statement))
    const { part, text } = await read(bytes)
    const xml = await part('word/document.xml')
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>')
    expect(xml).toContain('<w:pStyle w:val="Heading3"/>')
    expect(xml).toMatch(/<w:b\/>[\s\S]*?bold/)
    expect(xml).toMatch(/<w:i\/>[\s\S]*?italic/)
    expect(xml).toMatch(/<w:u w:val="single"\/>[\s\S]*?underlined/)
    expect(xml).toMatch(/<w:br\/>[\s\S]*?after the break/)
    expect(xml).toContain('<w:pStyle w:val="Quote"/>')
    const numIds = [...xml.matchAll(/<w:pStyle w:val="ListNumber"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/>/g)].map((m) => m[1])
    expect(numIds).toHaveLength(3)
    expect(numIds[0]).toBe(numIds[1])
    expect(numIds[2]).not.toBe(numIds[0])
    expect(xml).toMatch(/<w:pStyle w:val="ListBullet"\/><w:numPr><w:ilvl w:val="1"\/>/)
    expectInOrder(text, ['Heading one', 'Heading three', 'bold and italic and underlined', 'after the break', 'first', 'second', 'between lists', 'again first', 'bullet', 'nested bullet', 'A quoted sentence.'])
  })

  it('refuses an empty statement, a review without recommendations and a 10,000-row table, with clear reasons', async () => {
    const empty: Statement = { ...demoStatement('recommending-state'), content: '', recommendations: [], fields: {} }
    await expect(buildStatementDocx(documentOf(empty))).rejects.toMatchObject({ key: 'statements.problems.empty' })
    const noRegister = documentOf(demoStatement('thematic-list'), { register: [] })
    await expect(buildStatementDocx(noRegister)).rejects.toMatchObject({ key: 'statements.problems.noRecommendations' })
    const base = demo.recommendations.find((r) => r.stateUnderReview === 'PRT')!
    const huge: Recommendation[] = Array.from({ length: 10_000 }, (_, i) => ({ ...base, id: `r${i}`, number: `105.${i + 1}` }))
    const error = await buildStatementDocx(documentOf(demoStatement('mid-term-report'), { register: huge })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DocumentProblem)
    expect(error).toMatchObject({ key: 'statements.problems.tooManyRows', params: { rows: 10_000, max: 5000 } })
  })

  it('never writes a broken file, whatever characters the delegate pasted', async () => {
    const nasty = 'Control\u0000chars\u0007 and a lone \uD800 surrogate, <tags> & "quotes" \u202Eoverride'
    const statement: Statement = {
      ...demoStatement('recommending-state'),
      title: `Title ${nasty}`,
      content: serialiseRichDoc(richDoc([paragraphNode(nasty)])),
      recommendations: [{ id: 'x', text: nasty, followsUpId: null }],
      fields: { ...demoStatement('recommending-state').fields, [FIELD.speaker]: nasty }
    }
    const bytes = await buildStatementDocx(documentOf(statement))
    const { part, text } = await read(bytes)
    const xml = await part('word/document.xml')
    // eslint-disable-next-line no-control-regex -- asserting their absence
    expect(xml).not.toMatch(/[\u0000-\u0008]/)
    expect(new DOMParserLike(xml).ok).toBe(true)
    expect(text).toContain('Controlchars and a lone  surrogate, <tags> & "quotes"')
  })
})

/** A minimal well-formedness check: every opened element closes (JSZip and mammoth already parsed it). */
class DOMParserLike {
  readonly ok: boolean
  constructor(xml: string) {
    const stack: string[] = []
    let ok = true
    for (const m of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
      if (m[0].startsWith('<?')) continue
      if (m[3]) continue
      if (m[1]) {
        if (stack.pop() !== m[2]) ok = false
      } else stack.push(m[2]!)
    }
    this.ok = ok && stack.length === 0
  }
}
