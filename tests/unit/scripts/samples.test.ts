/**
 * `npm run samples` writes the demo mission's documents as the app exports them after "Load demo
 * mission": every letterhead carries the demo emblem, the mid-term report lists the linked measures and
 * the follow-up the demo records. (The LibreOffice rendering of the same samples is in tests/real.)
 */
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { measureSamples } from '../../../scripts/samples/measures'
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
