// Hostile files in the page (issue 17): how long the measures import takes to refuse a hostile .xlsx
// (read in its budgeted worker: worker start, read, refusal shown), beside the bare read of the same
// bytes in Node, and the same for good measures workbooks (40 and 4,000 measures, the size of each
// hostile file); and the longest gap between
// animation frames meanwhile (the window's responsiveness). Wall times include Playwright's round trips.
import type { Browser, Page } from '@playwright/test'
import { utils, write } from '@e965/xlsx'
import { readMeasuresFile } from '../src-renderer/import/measures/read-measures-file'
import { xlsxDeclaringZero, xlsxWithRowNumber } from '../tests/unit/import/formats/hostile-files'
import { percentile, setUpMission } from './bench-common'

/** A good measures workbook of `rows` measures. */
function measuresXlsx(rows: number): Uint8Array {
  const aoa: (string | number)[][] = [['id', 'title', 'type', 'status', 'rights']]
  for (let i = 0; i < rows; i++) aoa.push(['', `Measure ${i + 1}`, 'programme', 'in-force', 'health'])
  const wb = utils.book_new()
  utils.book_append_sheet(wb, utils.aoa_to_sheet(aoa), 'Measures')
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer)
}

function bare(bytes: Uint8Array, name: string, times: number): number[] {
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const started = performance.now()
    readMeasuresFile(bytes, name)
    samples.push(Math.round((performance.now() - started) * 10) / 10)
  }
  return samples
}

/** Starts a requestAnimationFrame heartbeat that keeps the longest gap between frames. */
const HEARTBEAT = `(() => {
  window.beat = { longest: 0, last: performance.now(), on: true }
  const tick = (now) => {
    window.beat.longest = Math.max(window.beat.longest, now - window.beat.last)
    window.beat.last = now
    if (window.beat.on) requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

async function inPage(page: Page, bytes: Uint8Array, name: string, done: string, times: number) {
  const panel = page.getByRole('region', { name: 'Import measures' })
  const wall: number[] = []
  const gaps: number[] = []
  for (let i = 0; i < times; i++) {
    // A string: tsx would wrap a function's inner names in a helper the page does not have.
    await page.evaluate(HEARTBEAT)
    const started = Date.now()
    await panel.getByLabel('Choose a CSV or Excel file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) })
    await panel.getByText(done).first().waitFor({ timeout: 60_000 })
    wall.push(Date.now() - started)
    gaps.push(Math.round(Number(await page.evaluate('(window.beat.on = false, window.beat.longest)'))))
  }
  return { bytes: bytes.length, wallMedianMs: percentile(wall, 50), wallSamplesMs: wall, longestFrameGapMs: Math.max(...gaps) }
}

/** The measures import's refusals of hostile workbooks, in the page, beside bare reads in Node. */
export async function hostileBench(browser: Browser, base: string, log: (message: string) => void) {
  const page = await setUpMission(browser, base)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Recovery measures' }).click()
  await page.getByRole('button', { name: 'Import…' }).click()
  const times = 5
  const row = xlsxWithRowNumber(169_220_804)
  const bomb = xlsxDeclaringZero(200)
  const small = measuresXlsx(40)
  const large = measuresXlsx(4_000)
  log('hostile: the measures import refusing hostile workbooks in the page…')
  const figures = {
    row169220804Xlsx: { inPageWorker: await inPage(page, row, 'row.xlsx', 'row 169,220,804', times), bareReadInNodeMs: percentile(bare(row, 'row.xlsx', times), 50) },
    zipBombXlsx: { inPageWorker: await inPage(page, bomb, 'bomb.xlsx', 'does not say how big it is', times), bareReadInNodeMs: percentile(bare(bomb, 'bomb.xlsx', times), 50) },
    good40MeasuresXlsx: { inPageWorker: await inPage(page, small, 'good.xlsx', '40 measures read', times), bareReadInNodeMs: percentile(bare(small, 'good.xlsx', times), 50) },
    good4000MeasuresXlsx: { inPageWorker: await inPage(page, large, 'good-large.xlsx', '4000 measures read', times), bareReadInNodeMs: percentile(bare(large, 'good-large.xlsx', times), 50) }
  }
  await page.context().close()
  return figures
}
