import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { buildDemoMission } from '../../../../src-renderer/demo'
import { buildMissionDocument, DocumentProblem, packDocx } from '../../../../src-renderer/export/kit'
import { briefInputFrom } from '../../../../src-renderer/export/measures/brief-input'
import { buildGoodPracticeBrief, groupForBrief } from '../../../../src-renderer/export/measures/good-practice-brief'
import { measuresEn } from '../../../../src-renderer/i18n/en-measures'

const demo = buildDemoMission('2026-12-01')
const input = (measures = demo.recoveryMeasures) =>
  briefInputFrom({ profile: demo.profile, date: '2026-12-01', measures, links: demo.recommendationMeasureLinks, recommendations: demo.recommendations, labels: measuresEn.brief })

describe('the good-practice brief', () => {
  it('groups the good practices by the right each concerns first, in the order of the rights list', () => {
    const groups = groupForBrief(demo.recoveryMeasures)
    expect(groups.map((g) => g.right)).toEqual(['health', 'education', 'work', 'protection-of-family', 'food', 'adequate-housing', 'freedom-of-movement'])
    expect(groups.flatMap((g) => g.measures).every((m) => m.goodPractice)).toBe(true)
    expect(groups[0]?.measures.map((m) => m.title)).toEqual(['Health care for migrants whatever their status', 'Free COVID-19 tests in pharmacies and health centres', 'Mental health teams in primary health care'])
  })

  it('reads back with results, lessons, the recommendations answered and the SDGs, in order, with core properties', async () => {
    const bytes = await packDocx(buildMissionDocument(buildGoodPracticeBrief(input())))
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK')
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    const order = ['Recover better: good practices of Portugal', 'About this brief', 'Right to health', 'Free COVID-19 tests in pharmacies and health centres', 'Results', '12 million tests done', 'Lessons learned', 'Pharmacies reached people', 'UPR recommendations it answers', '105.7 Ensure that the recovery from the COVID-19 pandemic leaves no one behind', '(Indonesia)', 'Sustainable Development Goals', '3.8 Universal health coverage (Goal 3: Good health and well-being)', 'Right to education', 'Summary of the good practices']
    let at = -1
    for (const part of order) {
      const next = text.indexOf(part, at + 1)
      expect(next, part).toBeGreaterThan(at)
      at = next
    }
    expect(text).not.toContain('No water cuts during the pandemic') // not flagged as a good practice
    expect(text).toContain('EUR 1,850,000,000')
    const zip = await JSZip.loadAsync(bytes)
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    expect(documentXml).toContain('w:val="Heading1"')
    expect(documentXml).toContain('w:val="ListNumber"')
    expect(documentXml).toContain('w:orient="landscape"')
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? ''
    expect(core).toContain('Recover better: good practices of Portugal')
    expect(core).toContain('Permanent Mission of Portugal')
  })

  it('says why when no measure is flagged, and writes nothing', () => {
    const none = demo.recoveryMeasures.map((m) => ({ ...m, goodPractice: false }))
    expect(() => buildGoodPracticeBrief(input(none))).toThrow(DocumentProblem)
    try {
      buildGoodPracticeBrief(input(none))
    } catch (error) {
      expect((error as DocumentProblem).key).toBe('measures.brief.problems.noGoodPractice')
    }
  })
})

describe('the good-practice brief in French and Spanish', () => {
  const textIn = async (language: 'fr' | 'es') => {
    const { measuresFr } = await import('../../../../src-renderer/i18n/fr-measures')
    const { measuresEs } = await import('../../../../src-renderer/i18n/es-measures')
    const labels = (language === 'fr' ? measuresFr.brief : measuresEs.brief) as unknown as typeof measuresEn.brief
    const profile = { ...demo.profile, language }
    const input = briefInputFrom({ profile, date: '2026-12-01', measures: demo.recoveryMeasures, links: demo.recommendationMeasureLinks, recommendations: demo.recommendations, labels })
    const bytes = await packDocx(buildMissionDocument(buildGoodPracticeBrief(input)))
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value
  }

  it('names the State with its grammar, and rights, groups and SDGs in the language', async () => {
    const fr = await textIn('fr')
    expect(fr).toContain('bonnes pratiques du Portugal')
    expect(fr).toContain('que le Portugal partage comme bonnes pratiques')
    expect(fr).toContain('Droit à la santé')
    expect(fr).toMatch(/Objectif 3\u00A0?: Bonne santé et bien-être/)
    expect(fr).not.toMatch(/\b(Right to health|Good health and well-being|Older persons)\b/)
    const es = await textIn('es')
    expect(es).toContain('buenas prácticas de Portugal')
    expect(es).toContain('Derecho a la salud')
    expect(es).not.toMatch(/\b(Right to health|Good health and well-being)\b/)
  })
})
