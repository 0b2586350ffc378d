// Parsing and classification in Node, on text written for the benchmark (no real fixtures needed):
// a Working Group report with 400 recommendations, and 100,000 recommendation texts classified; a
// realistic 6,000-row .xlsx read through the reading layer beside the bare SheetJS `read` of the same
// bytes; and, when ../shared/fixtures is there, the real 6,094-row UPR Info .xls the same way.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { read as readWithSheetJs, utils, write } from '@e965/xlsx'
import { readWorkbook } from '../src-renderer/import/formats/workbook'
import { parseUprInfoExport } from '../src-renderer/import/upr-info'
import { REAL_FIXTURES } from '../tests/real-fixtures'
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

const UPR_INFO_HEADER = ['SuR', 'Rgrp', 'Org', 'Recommendation', 'RS', 'Rgrp', 'Org', 'Response', 'Action', 'Issue', 'Session']

/** A UPR Info export of `rows` rows as Excel writes it (shared strings), with texts of real length. */
function uprInfoXlsx(rows: number): Uint8Array {
  const states = ['Portugal', 'Spain', 'Ghana', 'Chile', 'Bolivarian Republic of Venezuela', 'Côte d’Ivoire', 'Türkiye']
  const verbs = ['Continue its efforts to', 'Ratify the Optional Protocol and', 'Take measures to', 'Strengthen the capacity of the national human rights institution to', 'Adopt legislation to']
  const aoa: (string | number)[][] = [UPR_INFO_HEADER]
  for (let i = 0; i < rows; i++) {
    const text = `${verbs[i % verbs.length]} implement the national action plan on human rights, ensure adequate resources for its implementation and protect the rights of women, children and persons with disabilities (${i + 1})`
    aoa.push(['Slovenia', 'EEG', 'EU', text, states[i % states.length]!, 'WEOG', 'EU', i % 3 ? 'Accepted' : 'Noted', (i % 5) + 1, "Women's rights,Rights of the Child,Detention conditions", (i % 40) + 1])
  }
  const wb = utils.book_new()
  utils.book_append_sheet(wb, utils.aoa_to_sheet(aoa), 'UPR Info database export')
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true }) as ArrayBuffer)
}

function figure(samples: number[]) {
  return { medianMs: percentile(samples, 50), minMs: Math.min(...samples), samplesMs: samples }
}

/** A workbook read by the layer and by bare SheetJS, alternating, on the same bytes. */
function readsOf(bytes: Uint8Array, kind: 'xls' | 'xlsx', fileName: string, times: number) {
  const layer: number[] = []
  const sheetJs: number[] = []
  const importer: number[] = []
  for (let i = 0; i < times; i++) {
    layer.push(...timed(() => {
      const read = readWorkbook(bytes, kind)
      if (!read.ok) throw new Error(`the layer refused the bench workbook: ${read.problem.code}`)
    }, 1))
    sheetJs.push(...timed(() => void readWithSheetJs(bytes, { type: 'array', dense: true }), 1))
    importer.push(...timed(() => {
      if (parseUprInfoExport(bytes, fileName).recommendations.length < 6000) throw new Error('the importer lost rows')
    }, 1))
  }
  return { bytes: bytes.length, readingLayer: figure(layer), bareSheetJsRead: figure(sheetJs), uprInfoImporter: figure(importer) }
}

/** Reading spreadsheets: the layer beside bare SheetJS, same bytes, same run. */
export function spreadsheetBench(log: (message: string) => void) {
  log('parsing: a 6,000-row .xlsx through the reading layer and through bare SheetJS')
  const xlsx = readsOf(uprInfoXlsx(6000), 'xlsx', 'export.xlsx', 7)
  const realXls = join(REAL_FIXTURES, 'upr-info', 'upr-info_export_sessions01-05.xls')
  let xls: ReturnType<typeof readsOf> | undefined
  if (existsSync(realXls)) {
    log('parsing: the real 6,094-row UPR Info .xls the same way')
    xls = readsOf(new Uint8Array(readFileSync(realXls)), 'xls', 'upr-info_export_sessions01-05.xls', 7)
  }
  return { xlsx6000Rows: xlsx, ...(xls ? { realUprInfoXls6094Rows: xls } : {}) }
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
  const spreadsheets = spreadsheetBench(log)
  return {
    spreadsheets,
    stateLookup100k: { medianMs: percentile(stateLookupMs, 50), samplesMs: stateLookupMs },
    wgReport400: { medianMs: percentile(reportMs, 50), samplesMs: reportMs },
    actionCategory100k: { medianMs: percentile(categoryMs, 50), samplesMs: categoryMs },
    themes10k: { medianMs: percentile(themesMs, 50), samplesMs: themesMs }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void parsingBench((m) => process.stderr.write(`${m}\n`)).then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`))
}
