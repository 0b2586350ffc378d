/**
 * Hostile files in the app (issue 17): each is read in a worker with a budget and refused with a
 * message that names the problem, while the window stays responsive; Cancel ends an import at once and
 * nothing is stored; a hostile archive is refused with its reason and the data stays as it was.
 *
 * Responsiveness is measured, not assumed: a requestAnimationFrame heartbeat in the page records the
 * longest gap between frames while the files are read (a parse on the page's thread would show as a
 * gap of seconds), and a click on another control must be handled while a read is running. The time the
 * parse itself takes is not asserted (that belongs to `npm run bench`).
 */
import { expect, test, type Page } from '@playwright/test'
import { CURRENT_SCHEMA_VERSION } from '../../src-renderer/domain/stores'
import { writeArchive } from '../../src-renderer/archive/write-archive'
import type { ArchiveTables } from '../../src-renderer/archive/format'
import { sampleTables } from '../unit/archive/archive-fixtures'
import { xlsxDeclaringZero, xlsxWithRowNumber } from '../unit/import/formats/hostile-files'
import { AppPage } from './app-page'

/** The longest gap between two animation frames since the heartbeat started, in milliseconds. */
async function startHeartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { heartbeat: { longest: number; last: number; running: boolean } }
    w.heartbeat = { longest: 0, last: performance.now(), running: true }
    const beat = (now: number) => {
      const h = w.heartbeat
      h.longest = Math.max(h.longest, now - h.last)
      h.last = now
      if (h.running) requestAnimationFrame(beat)
    }
    requestAnimationFrame(beat)
  })
}

async function stopHeartbeat(page: Page): Promise<number> {
  return page.evaluate(() => {
    const h = (window as unknown as { heartbeat: { longest: number; running: boolean } }).heartbeat
    h.running = false
    return h.longest
  })
}

/**
 * Holds every message the page sends to a worker whose script name contains `name` for `ms`, so that
 * the test surely acts while a read is running (the reading layer refuses these files in milliseconds).
 * The read itself still runs in the worker, unchanged.
 */
async function holdWorkerMessages(page: Page, name: string, ms: number): Promise<void> {
  await page.addInitScript(
    ({ name, ms }) => {
      const Original = window.Worker
      window.Worker = class extends Original {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options)
          if (!String(url).includes(name)) return
          const post = this.postMessage.bind(this) as (message: unknown, transfer: Transferable[]) => void
          this.postMessage = ((message: unknown, transfer: Transferable[] = []) => void setTimeout(() => post(message, transfer), ms)) as Worker['postMessage']
        }
      }
    },
    { name, ms }
  )
}

async function openMeasuresImport(app: AppPage) {
  await app.open()
  await app.completeSetup('Portugal')
  await app.nav().getByRole('link', { name: 'Recovery measures' }).click()
  await app.page.getByRole('button', { name: 'Import…' }).click()
  return app.page.getByRole('region', { name: 'Import measures' })
}

test('the measures import refuses hostile workbooks with their reason, and the window stays responsive throughout', async ({ page }) => {
  await holdWorkerMessages(page, 'measures', 1_000)
  const app = new AppPage(page)
  const panel = await openMeasuresImport(app)
  const columns = panel.locator('details').filter({ hasText: 'Columns of the file' }).first()
  const hostile: [string, Uint8Array, string][] = [
    ['row-169220804.xlsx', xlsxWithRowNumber(169_220_804), "this file looks damaged: its row 169,220,804 is beyond Excel’s limit of 1,048,576 rows."],
    ['zip-bomb.xlsx', xlsxDeclaringZero(200), 'does not say how big it is and unpacks to more than 64 MB']
  ]
  await startHeartbeat(page)
  for (const [name, bytes, reason] of hostile) {
    await panel.getByLabel('Choose a CSV or Excel file').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) })
    // While the file is being read, another control answers at once.
    await expect(panel.getByText(`Reading ${name}…`)).toBeVisible()
    const wasOpen = await columns.evaluate((d) => (d as HTMLDetailsElement).open)
    await columns.locator('summary').click()
    await expect.poll(() => columns.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(!wasOpen)
    await expect(panel.getByText(`Reading ${name}…`)).toBeVisible()
    // Then the refusal, naming the problem; nothing can be imported.
    await expect(panel.getByRole('alert')).toContainText(reason, { timeout: 20_000 })
    await expect(panel.getByRole('alert')).toContainText('1 problem: nothing will be imported')
    await expect(panel.getByRole('button', { name: /^Import \d+ measures?$/ })).toHaveCount(0)
    await expect(panel.getByText(/measures? read:/)).toHaveCount(0)
  }
  const longestGap = await stopHeartbeat(page)
  // A freeze detector, not a speed figure (those are in npm run bench): a parse on the page's thread would
  // hold every frame for as long as the read, and a loaded CI machine still draws a frame within 2 s.
  expect(longestGap).toBeLessThan(2_000)
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('hostile-measures-refused')
  await expect(page.getByRole('heading', { name: 'No recovery measures yet' })).toBeVisible()
})

test('Cancel ends a measures read at once and says nothing was changed', async ({ page }) => {
  await holdWorkerMessages(page, 'measures', 30_000)
  const app = new AppPage(page)
  const panel = await openMeasuresImport(app)
  await panel.getByLabel('Choose a CSV or Excel file').setInputFiles({ name: 'slow.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(xlsxWithRowNumber(169_220_804)) })
  await expect(panel.getByText('Reading slow.xlsx…')).toBeVisible()
  await panel.getByRole('button', { name: 'Cancel' }).click()
  await expect(panel.getByRole('alert')).toHaveText('Cancelled: slow.xlsx was not read, and nothing was changed.')
  await expect(panel.getByText('Reading slow.xlsx…')).toHaveCount(0)
  await app.expectNoSeriousA11yViolations()
})

/** A UPR Info export of `rows` recommendations to Slovenia, written for the test. */
function largeUprInfoCsv(rows: number): Buffer {
  const lines = ['SuR,Rgrp,Org,Recommendation,RS,Rgrp,Org,Response,Action,Issue,Session']
  const states = ['Portugal', 'Spain', 'Ghana', 'Mexico', 'Germany', 'Brazil', 'Chile', 'Japan']
  for (let i = 0; i < rows; i++) {
    lines.push(`Slovenia,EEG,EU,"Strengthen the protection of the rights of persons with disabilities, measure ${i + 1}",${states[i % states.length]},WEOG,EU,${i % 3 === 0 ? 'Noted' : 'Accepted'},4,"Persons with disabilities",${7 + (i % 30)}`)
  }
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')
}

test('Cancel ends a register import at once, while storing, and nothing is stored', async ({ page }) => {
  test.setTimeout(180_000)
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('Slovenia')
  await app.nav().getByRole('link', { name: 'Recommendations' }).click()
  await expect(page.getByRole('heading', { name: 'No recommendations yet' })).toBeVisible()
  await page.getByRole('button', { name: 'Import…' }).first().click()

  // Cancel while reading.
  await page.getByLabel('Choose a file').setInputFiles({ name: 'large-export.csv', mimeType: 'text/csv', buffer: largeUprInfoCsv(30_000) })
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('alert')).toHaveText('Import cancelled: nothing was stored.')

  // Cancel while storing: the records are being written in the worker's transaction, which ends with it.
  await page.getByLabel('Choose a file').setInputFiles({ name: 'large-export.csv', mimeType: 'text/csv', buffer: largeUprInfoCsv(30_000) })
  await expect(page.getByRole('button', { name: 'Import 30,000 recommendations' })).toBeVisible({ timeout: 90_000 })
  await page.getByRole('button', { name: 'Import 30,000 recommendations' }).click()
  await expect(page.getByRole('progressbar', { name: 'Storing…' })).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('alert')).toHaveText('Import cancelled: nothing was stored.')
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('import-cancelled')

  // Nothing reached the database: after a reload (a fresh read of everything) the register is empty.
  await page.reload()
  await expect(page.locator('html[data-ready="true"]')).toBeAttached()
  await app.nav().getByRole('link', { name: 'Recommendations' }).click()
  await expect(page.getByRole('heading', { name: 'No recommendations yet' })).toBeVisible()
  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('upr-desk')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction('recommendations').objectStore('recommendations').count()
          request.onsuccess = () => {
            resolve(request.result)
            open.result.close()
          }
        }
      })
  )
  expect(stored).toBe(0)
})

/** An archive of the sample mission with some of its records changed, as a hostile archive would be. */
async function hostileArchive(change: (tables: ArchiveTables) => void): Promise<Buffer> {
  const tables = sampleTables()
  change(tables)
  const written = await writeArchive({
    appVersion: '0.1.0',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    purpose: 'export',
    scope: { kind: 'mission', id: null, label: 'Permanent Mission of Slovenia' },
    chunks: Object.entries(tables).map(([table, records]) => ({ table, records })),
    createdAt: new Date('2026-11-27T10:00:00.000Z')
  })
  return Buffer.from(written.bytes)
}

test('hostile archives are refused with their reason (table, record, field) and nothing changes', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('Portugal')
  await app.nav().getByRole('link', { name: 'Data and backups' }).click()
  const open = page.getByRole('region', { name: 'Open an archive' })
  const cases: [string, Buffer, string][] = [
    [
      'wrong-type.uprdesk',
      await hostileArchive((t) => (t['recommendations']![1] = { ...t['recommendations']![1]!, text: 42 })),
      'This archive was not opened: record rec_2 of the recommendations has a field "text" that is not valid (it holds the wrong kind of value). Nothing was changed.'
    ],
    [
      'bidi-name.uprdesk',
      await hostileArchive((t) => (t['attachments'] = [{ ...t['attachments']![0]!, name: 'minutes\u202Efdp.exe' }])),
      'has a field "name" that is not valid (it holds invisible control or text-direction characters, which can disguise a file name)'
    ],
    [
      'emblem.uprdesk',
      await hostileArchive((t) => (t['attachments'] = [{ ...t['attachments']![0]!, id: 'mission-emblem', ownerId: 'mission', mediaType: 'text/html' }])),
      'has a field "mediaType" that is not valid (the emblem must be a PNG, JPEG, GIF or BMP image'
    ]
  ]
  for (const [name, buffer, reason] of cases) {
    await open.getByLabel('Choose an archive (.uprdesk)').setInputFiles({ name, mimeType: 'application/octet-stream', buffer })
    await expect(open.getByRole('alert')).toContainText(reason)
    await expect(open.getByRole('button', { name: 'Merge into my data' })).toHaveCount(0)
  }
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('hostile-archive-refused')
  // The data is as it was: still Portugal's mission, no recommendations from the archive.
  await app.nav().getByRole('link', { name: 'Recommendations' }).click()
  await expect(page.getByRole('heading', { name: 'No recommendations yet' })).toBeVisible()
  await app.nav().getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByText('Portugal').first()).toBeVisible()
})
