/**
 * `npm run samples` writes the demo mission's documents as the app exports them after "Load demo
 * mission": every letterhead carries the demo emblem, the mid-term report lists the linked measures and
 * the follow-up the demo records. (The LibreOffice rendering of the same samples is in tests/real.)
 */
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { measureSamples } from '../../../scripts/samples/measures'
import { reviewSamples } from '../../../scripts/samples/review'
import { statementSamples } from '../../../scripts/samples/statements'
import { buildDemoMission } from '../../../src-renderer/demo'

describe('the samples of the demo mission', () => {
  const demo = buildDemoMission('2026-12-01')

  it('carry the demo emblem in every letterhead', async () => {
    for (const writer of [...statementSamples, ...measureSamples]) {
      const { fileName, bytes } = await writer.build(demo)
      const zip = await JSZip.loadAsync(bytes)
      const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))
      expect(media, fileName).toHaveLength(1)
      expect(await zip.file(media[0]!)!.async('uint8array'), fileName).toEqual(demo.attachments[0]!.bytes)
    }
  }, 60_000)

  it('list in the mid-term report each recommendation’s linked measures and its follow-up', async () => {
    const writer = statementSamples.find((s) => s.label === 'Mid-term report')!
    const { fileName, bytes } = await writer.build(demo)
    expect(fileName).toBe('2026-12-01 UPR47 Portugal - Mid-term report.docx')
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    for (const title of demo.recoveryMeasures.filter((m) => demo.recommendationMeasureLinks.some((l) => l.measureId === m.id)).map((m) => m.title)) {
      expect(text).toContain(`• ${title}`)
    }
    for (const status of ['Not started', 'In progress', 'Partially implemented', 'Fully implemented']) expect(text).toContain(status)
    expect(text).toContain('Commission for Citizenship and Gender Equality')
  })
})

describe('the French and Spanish samples', () => {
  const demo = buildDemoMission('2026-12-01')
  const textOf = async (label: string) => {
    const writer = [...statementSamples, ...reviewSamples].find((s) => s.label === label)
    if (!writer) throw new Error(`no sample ${label}`)
    const { fileName, bytes } = await writer.build(demo)
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    return { fileName, text: value }
  }
  const ENGLISH_NAMES = /\b(Slovenia|Portugal's|Norway|Germany|Spain|Netherlands|Argentina|United Kingdom|Switzerland)\b/

  it('write the French statement with the States’ French names and grammar', async () => {
    const { fileName, text } = await textOf('Recommending-State statement, in French')
    expect(fileName).toBe('2025-01-28 UPR48 Slovénie - Déclaration du Portugal.docx')
    expect(text).toContain('Examen périodique universel de la Slovénie')
    expect(text).toContain('Le Portugal souhaite la bienvenue à la délégation de la Slovénie et la remercie')
    expect(text).toContain('Le Portugal adresse les recommandations suivantes à la Slovénie\u00A0:')
    expect(text).toContain('48e session du Groupe de travail')
    expect(text).not.toMatch(ENGLISH_NAMES)
  })

  it('write the Spanish statement with the States’ Spanish names', async () => {
    const { fileName, text } = await textOf('Recommending-State statement, in Spanish')
    expect(fileName).toBe('2025-01-28 UPR48 Eslovenia - Declaración de Portugal.docx')
    expect(text).toContain('Portugal da la bienvenida a la delegación de Eslovenia')
    expect(text).toContain('48º período de sesiones')
    expect(text).not.toMatch(ENGLISH_NAMES)
  })

  it('write the mid-term reports with themes, States and SDGs in their language', async () => {
    const fr = await textOf('Mid-term report, in French')
    expect(fr.text).toContain('Rapport à mi-parcours du Portugal sur la mise en œuvre des recommandations reçues lors du 4e cycle')
    expect(fr.text).toContain('Société civile')
    expect(fr.text).toContain('Norvège')
    expect(fr.text).toMatch(/16\.7 Prise de décisions/)
    expect(fr.text).toContain('Appuyée')
    expect(fr.text).not.toMatch(/\b(Norway|Civil society|Detention conditions|Responsive, inclusive)\b/)
    const es = await textOf('Mid-term report, in Spanish')
    expect(es.text).toContain('Informe de mitad de período de Portugal')
    expect(es.text).toContain('Sociedad civil')
    expect(es.text).toContain('Noruega')
    expect(es.text).not.toMatch(/\b(Norway|Civil society)\b/)
  })

  it('write the briefings in French and Spanish, naming the troika in the language', async () => {
    const fr = await textOf('Review briefing (Word, fr)')
    expect(fr.text).toContain('Troïka\u00A0: Argentine, Bangladesh, Ghana')
    expect(fr.text).toContain('Droits de l’enfant\u00A0: 6')
    expect(fr.text).not.toMatch(/\b(Argentina|Rights of the Child)\b/)
    const es = await textOf('Review briefing (Word, es)')
    expect(es.text).toContain('Argentina, Bangladesh, Ghana')
    expect(es.text).toContain('Derechos del niño: 6')
  })
})
