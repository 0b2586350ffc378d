import type { DemoDataset } from '../../src-renderer/demo'
import type { StatementKind } from '../../src-renderer/domain/model'
import { reviewRecommendations, statementDocument } from '../../src-renderer/domain/statements/document-data'
import { buildStatementDocx, statementFileName } from '../../src-renderer/export/statements'
import { storedEmblem, withDemoDatabase } from './demo-database'
import type { SampleWriter } from './types'

/** A sample of one kind: the demo statement of that kind (the delivered one when there are several). */
function sample(label: string, kind: StatementKind): SampleWriter {
  return {
    label,
    async build(demo: DemoDataset) {
      const candidates = demo.statements.filter((s) => s.kind === kind)
      const statement = candidates.find((s) => s.status === 'delivered') ?? candidates[0]
      if (!statement) throw new Error(`the demo has no ${kind} statement`)
      const sources = { statement, profile: demo.profile, register: demo.recommendations }
      // As the Statements page exports it: the emblem from Settings and, for the mid-term report, the
      // measures linked to each recommendation, read through the repositories after the demo is loaded.
      const { emblem, linked } = await withDemoDatabase(demo, async (repositories) => ({
        emblem: await storedEmblem(repositories),
        linked: kind === 'mid-term-report' ? await repositories.recoveryMeasures.linkedMeasureTitles(reviewRecommendations(sources).map((r) => r.id)) : new Map<string, string[]>()
      }))
      const doc = statementDocument({
        ...sources,
        emblem,
        measuresOf: (recommendationId) => linked.get(recommendationId) ?? []
      })
      return { fileName: statementFileName(doc), bytes: await buildStatementDocx(doc) }
    }
  }
}

/** The statements area's sample documents (see scripts/samples.ts): one per document type. */
export const statementSamples: readonly SampleWriter[] = [
  sample('Recommending-State statement (interactive dialogue)', 'recommending-state'),
  sample('Opening statement of the State under review', 'opening'),
  sample('Concluding remarks of the State under review', 'concluding-remarks'),
  sample('Council plenary adoption statement', 'plenary-adoption'),
  sample('Position paper', 'position-paper'),
  sample('Mid-term report', 'mid-term-report'),
  sample('Thematic list of recommendations', 'thematic-list')
]
