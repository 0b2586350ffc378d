import { buildMissionDocument, packDocx, suggestedFileName } from '../../src-renderer/export/kit'
import { briefInputFrom } from '../../src-renderer/export/measures/brief-input'
import { buildGoodPracticeBrief, type BriefLabels } from '../../src-renderer/export/measures/good-practice-brief'
import { stateName } from '../../src-renderer/domain/names'
import { measuresEn } from '../../src-renderer/i18n/en-measures'
import { storedEmblem, withDemoDatabase } from './demo-database'
import type { SampleWriter } from './types'

/** The measures area's sample documents (see scripts/samples.ts). */
export const measureSamples: readonly SampleWriter[] = [
  {
    label: 'Good-practice brief “Recover better”',
    async build(demo) {
      const date = process.env['SAMPLES_TODAY'] ?? '2026-12-01'
      const input = briefInputFrom({
        profile: demo.profile,
        date,
        measures: demo.recoveryMeasures,
        links: demo.recommendationMeasureLinks,
        recommendations: demo.recommendations,
        labels: measuresEn.brief satisfies BriefLabels,
        // The letterhead carries the emblem the app finds in Settings once the demo is loaded.
        emblem: await withDemoDatabase(demo, storedEmblem)
      })
      const bytes = await packDocx(buildMissionDocument(buildGoodPracticeBrief(input)))
      return { fileName: suggestedFileName({ date, subject: stateName(input.stateIso3, input.language), title: measuresEn.brief.fileTitle }), bytes }
    }
  }
]
