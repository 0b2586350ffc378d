// Parsing and classification in Node, on text written for the benchmark (no real fixtures needed):
// a Working Group report with 400 recommendations, and 100,000 recommendation texts classified.
import { suggestActionCategory } from '../src-renderer/domain/action-category'
import { suggestThemes } from '../src-renderer/domain/classify-text'
import { parseWorkingGroupReport } from '../src-renderer/import/wg-report'
import { findState } from '../src-renderer/domain/states'
import { STATES } from '../resources/reference/states'
import { buildDemoMission } from '../src-renderer/demo'
import { percentile } from './bench-common'

function timed(run: () => void, times: number): number[] {
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const start = performance.now()
    run()
    samples.push(Math.round((performance.now() - start) * 10) / 10)
  }
  return samples
}

/** Figures for parsing a long report and classifying a large register. */
export async function parsingBench(log: (message: string) => void) {
  log('parsing: a 400-recommendation report, 100,000 texts classified')
  const items = Array.from(
    { length: 400 },
    (_, i) => `      140.${i + 1}  Continue its efforts to implement the national action plan on human rights and\n      ensure adequate resources for its implementation (Bolivarian Republic\n      of Venezuela);`
  )
  const report = `II. Conclusions and/or recommendations\n140. The following recommendations will be examined by Freedonia, which will provide responses in due time:\n${items.join('\n')}\n`
  const reportMs = timed(() => {
    if (parseWorkingGroupReport(report, 'bench.txt').recommendations.length !== 400) throw new Error('report parse lost recommendations')
  }, 7)
  const texts = buildDemoMission('2026-12-01').recommendations.map((r) => r.text)
  const many = Array.from({ length: 100_000 }, (_, i) => texts[i % texts.length]!)
  const categoryMs = timed(() => {
    for (const t of many) suggestActionCategory(t)
  }, 3)
  const themesMs = timed(() => {
    for (const t of many.slice(0, 10_000)) suggestThemes(t)
  }, 3)
  // State names as importers meet them: every official name and alias, 100,000 lookups.
  const names = STATES.flatMap((s) => [s.name, ...s.aliases])
  const stateLookupMs = timed(() => {
    for (let i = 0; i < 100_000; i++) findState(names[i % names.length]!)
  }, 5)
  return {
    stateLookup100k: { medianMs: percentile(stateLookupMs, 50), samplesMs: stateLookupMs },
    wgReport400: { medianMs: percentile(reportMs, 50), samplesMs: reportMs },
    actionCategory100k: { medianMs: percentile(categoryMs, 50), samplesMs: categoryMs },
    themes10k: { medianMs: percentile(themesMs, 50), samplesMs: themesMs }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void parsingBench((m) => process.stderr.write(`${m}\n`)).then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`))
}
