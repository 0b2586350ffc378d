// Measures benchmarks, in Node (the code is the same in the page): the exchange file at the import limit
// (10,000 measures) read as CSV and XLSX, the import plan against 10,000 stored measures, search and
// filters over 10,000 measures, the exports, and the good-practice brief with 300 good practices.
import { planMeasureImport } from '../src-renderer/domain/measures/import-plan'
import { EMPTY_MEASURE_FILTER, budgetsByRight, filterMeasures } from '../src-renderer/domain/measures/measure-view'
import { MEASURE_COLUMNS, type MeasureColumn } from '../src-renderer/domain/measures/measure-columns'
import type { RecoveryMeasure } from '../src-renderer/domain/model'
import { buildDemoMission } from '../src-renderer/demo'
import { buildMissionDocument, packDocx } from '../src-renderer/export/kit'
import { briefInputFrom } from '../src-renderer/export/measures/brief-input'
import { buildGoodPracticeBrief } from '../src-renderer/export/measures/good-practice-brief'
import { measuresToCsv, measuresToXlsx } from '../src-renderer/export/measures/measures-table'
import { readMeasuresFile } from '../src-renderer/import/measures/read-measures-file'
import { measuresEn } from '../src-renderer/i18n/en-measures'
import { percentile } from './bench-common'

function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now()
  const value = run()
  return { ms: Math.round((performance.now() - started) * 10) / 10, value }
}

async function timeAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now()
  const value = await run()
  return { ms: Math.round(performance.now() - started), value }
}

/** 10,000 measures made from the demo's, each a little different. */
function manyMeasures(count: number): RecoveryMeasure[] {
  const base = buildDemoMission('2026-12-01').recoveryMeasures
  return Array.from({ length: count }, (_, i) => {
    const m = base[i % base.length]!
    return { ...m, id: `msr_bench_${i}`, title: `${m.title} (${i})`, budget: m.budget ? { ...m.budget, amount: m.budget.amount + i } : null, goodPractice: i < 300 && m.goodPractice }
  })
}

/** Runs the measures benchmarks and returns their figures. */
export async function measuresBench(log: (message: string) => void) {
  const count = 10_000
  const measures = manyMeasures(count)
  const notes = Object.fromEntries(MEASURE_COLUMNS.map((c) => [c, measuresEn.columns[c]])) as Record<MeasureColumn, string>
  const labels = { required: 'required', optional: 'optional', column: 'Column', use: 'What it holds', needed: 'Needed' }
  const table = { measures, recommendationRefs: () => ['UPR47 105.7', 'UPR47 105.10'] }
  log('measures: exports…')
  const csv = time(() => measuresToCsv(table))
  const xlsx = time(() => measuresToXlsx(table, notes, labels))
  log('measures: reading 10,000 rows…')
  const readCsv = time(() => readMeasuresFile(csv.value, 'bench.csv'))
  const readXlsx = time(() => readMeasuresFile(xlsx.value, 'bench.xlsx'))
  const recommendations = buildDemoMission('2026-12-01').recommendations.map((r) => ({ id: r.id, number: r.number, session: r.session }))
  const plan = time(() =>
    planMeasureImport({ items: readCsv.value.items, problems: readCsv.value.problems, existing: measures, existingLinks: [], recommendations, at: '2026-12-01T00:00:00.000Z', newId: () => 'x' })
  )
  log('measures: search and filters…')
  const queries = ['internet', 'free tests', 'older persons care', 'evictions rent', 'school meals', 'zzz nothing']
  const searchSamples: number[] = []
  for (let run = 0; run < 5; run++) for (const query of queries) searchSamples.push(time(() => filterMeasures(measures, { ...EMPTY_MEASURE_FILTER, query })).ms)
  const facet = time(() => filterMeasures(measures, { ...EMPTY_MEASURE_FILTER, right: 'health', goodPractice: 'yes' }))
  const charts = time(() => budgetsByRight(measures))
  log('measures: brief with 300 good practices…')
  const demo = buildDemoMission('2026-12-01')
  const brief = await timeAsync(() =>
    packDocx(buildMissionDocument(buildGoodPracticeBrief(briefInputFrom({ profile: demo.profile, date: '2026-12-01', measures: measures.slice(0, 300), links: [], recommendations: [], labels: measuresEn.brief }))))
  )
  return {
    measures: count,
    exportCsv: { ms: csv.ms, bytes: csv.value.byteLength },
    exportXlsx: { ms: xlsx.ms, bytes: xlsx.value.byteLength },
    readCsv: { ms: readCsv.ms, items: readCsv.value.items.length, problems: readCsv.value.problems.length },
    readXlsx: { ms: readXlsx.ms, items: readXlsx.value.items.length, problems: readXlsx.value.problems.length },
    importPlan: { ms: plan.ms, unchanged: plan.value.unchanged, blocked: plan.value.blocked },
    search: { runs: searchSamples.length, p50Ms: percentile(searchSamples, 50), p95Ms: percentile(searchSamples, 95) },
    facetFilterMs: facet.ms,
    budgetPerRightMs: charts.ms,
    brief300: { ms: brief.ms, bytes: brief.value.byteLength, goodPractices: measures.slice(0, 300).filter((m) => m.goodPractice).length }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await measuresBench((m) => process.stderr.write(`${m}\n`))
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`)
}
