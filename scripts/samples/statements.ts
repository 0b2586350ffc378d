import type { DemoDataset } from '../../src-renderer/demo'
import type { StatementKind } from '../../src-renderer/domain/model'
import { statementDocument, type EmblemImage } from '../../src-renderer/domain/statements/document-data'
import { stateByIso3 } from '../../src-renderer/domain/states'
import { buildStatementDocx, statementFileName } from '../../src-renderer/export/statements'
import { readImageInfo } from '../../src-renderer/export/kit'
import { demoEmblemPng } from './demo-emblem'
import type { SampleWriter } from './types'

/** The demo emblem, read back the way the app reads an uploaded one. */
function demoEmblem(): EmblemImage {
  const bytes = demoEmblemPng()
  const info = readImageInfo(bytes)
  if ('problem' in info) throw new Error(`demo emblem: ${info.problem}`)
  return { bytes, ...info }
}

/** A sample of one kind: the demo statement of that kind (the delivered one when there are several). */
function sample(label: string, kind: StatementKind): SampleWriter {
  return {
    label,
    async build(demo: DemoDataset) {
      const candidates = demo.statements.filter((s) => s.kind === kind)
      const statement = candidates.find((s) => s.status === 'delivered') ?? candidates[0]
      if (!statement) throw new Error(`the demo has no ${kind} statement`)
      const doc = statementDocument({
        statement,
        profile: demo.profile,
        register: demo.recommendations,
        emblem: demoEmblem(),
        stateName: (iso3) => stateByIso3(iso3)?.name ?? iso3
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
