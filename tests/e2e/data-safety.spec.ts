import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { AppPage } from './app-page'

/** Opens the Data and backups page from the navigation. */
async function openDataPage(app: AppPage): Promise<void> {
  await app.nav().getByRole('link', { name: 'Data and backups' }).click()
  await expect(app.page.getByRole('heading', { name: 'Data and backups', level: 1 })).toBeVisible()
}

/** Saves an archive from the Data page and returns the downloaded file's path. */
async function saveArchive(page: Page, options: { passphrase?: string } = {}): Promise<string> {
  const section = page.getByRole('region', { name: 'Save an archive' })
  if (options.passphrase) {
    await section.getByLabel('Passphrase (optional)').fill(options.passphrase)
    await section.getByLabel('Confirm the passphrase').fill(options.passphrase)
  }
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Save archive…' }).click()])
  expect(download.suggestedFilename()).toMatch(/^UPR Desk - .+\.uprdesk$/)
  await expect(section.getByRole('status')).toContainText(options.passphrase ? 'Encrypted archive saved' : 'Archive saved')
  const path = await download.path()
  expect(path).toBeTruthy()
  return path
}

/** Renames the mission in Settings (one change to the data). */
async function renameMission(app: AppPage, name: string): Promise<void> {
  await app.nav().getByRole('link', { name: 'Settings' }).click()
  await app.page.getByLabel('Name of the mission').fill(name)
  await app.page.getByRole('button', { name: 'Save settings' }).click()
  await expect(app.page.getByText('Settings saved.')).toBeVisible()
}

async function missionNameInSettings(app: AppPage): Promise<string> {
  await app.nav().getByRole('link', { name: 'Settings' }).click()
  return app.page.getByLabel('Name of the mission').inputValue()
}

test('save an archive, change the data, merge the archive back and resolve the conflict', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('Slovenia')
  await openDataPage(app)
  const storage = page.getByRole('region', { name: 'Storage' })
  await expect(storage).toContainText('mission profile')
  await expect(storage).toContainText(/Granted|Not granted|does not say/)
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('data-safety')

  // The archive as the colleague got it; then two exchanges later, both sides changed the mission.
  const first = await saveArchive(page)
  await renameMission(app, 'Mission of Slovenia, second name')
  await openDataPage(app)
  await saveArchive(page)
  await renameMission(app, 'Mission of Slovenia, our latest name')
  await openDataPage(app)

  const open = page.getByRole('region', { name: 'Open an archive' })
  await open.getByLabel('Choose an archive (.uprdesk)').setInputFiles(first)
  await expect(open.getByText(/Archive of the whole mission, saved on .+ by UPR Desk 0\.1\.0: 1 mission profile/)).toBeVisible()
  await open.getByRole('button', { name: 'Merge into my data' }).click()
  await expect(open.getByText('1 changed on both sides, for you to decide')).toBeVisible()
  const conflict = open.getByRole('group', { name: 'Mission profile' })
  const nameRow = conflict.getByRole('row', { name: /Name of the mission/ })
  await expect(nameRow).toContainText('Mission of Slovenia, our latest name')
  await expect(nameRow).toContainText('Permanent Mission of Slovenia')
  await expect(conflict.getByLabel('Keep mine')).toBeChecked()
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('data-safety-merge-conflict')
  await open.getByRole('button', { name: 'Take all theirs' }).click()
  await expect(conflict.getByLabel('Take theirs')).toBeChecked()
  await open.getByRole('button', { name: 'Apply the merge' }).click()
  await expect(open.getByRole('status')).toContainText('Merged. Added: 0, updated: 1, skipped: 0, conflicts resolved: 1 (yours kept: 0, theirs taken: 1)')
  expect(await missionNameInSettings(app)).toMatch(/^Permanent Mission of Slovenia/)

  // The same archive again: nothing left to merge.
  await openDataPage(app)
  await page.getByRole('region', { name: 'Open an archive' }).getByLabel('Choose an archive (.uprdesk)').setInputFiles(first)
  await page.getByRole('button', { name: 'Merge into my data' }).click()
  await expect(page.getByText('Nothing to merge: you already have everything in this archive.')).toBeVisible()
})

test('restore an archive after a safety backup, then restore the safety backup', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('Ghana')
  await openDataPage(app)
  const archive = await saveArchive(page)
  await renameMission(app, 'Renamed after the archive')
  await openDataPage(app)

  const open = page.getByRole('region', { name: 'Open an archive' })
  await open.getByLabel('Choose an archive (.uprdesk)').setInputFiles(archive)
  await open.getByRole('button', { name: 'Replace all my data…' }).click()
  await expect(open.getByText(/A safety backup of your current data is kept first/)).toBeVisible()
  await app.screenshot('data-safety-confirm-restore')
  await open.getByRole('button', { name: 'Replace all my data', exact: true }).click()
  // The app reloads with the restored data and says what happened.
  await expect(page.getByText(/Your data was replaced with the archive/)).toBeVisible()
  await expect(page.locator('.mission-name')).toHaveText(/^Permanent Mission of Ghana/)

  // The safety backup holds the data as it was before the restore.
  const backups = page.getByRole('region', { name: 'Backups' })
  const safetyRow = backups.getByRole('row', { name: /Safety \(before a restore or merge\)/ })
  await expect(safetyRow).toHaveCount(1)
  await expect(safetyRow).toContainText('1 mission profile')
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('data-safety-backups')
  await safetyRow.getByRole('button', { name: /^Restore the backup of/ }).click()
  await backups.getByRole('button', { name: 'Replace all my data', exact: true }).click()
  await expect(page.getByText(/Your data was replaced with the archive/)).toBeVisible()
  await expect(page.locator('.mission-name')).toHaveText('Renamed after the archive')
})

test('an encrypted archive opens with its passphrase only; damaged files are refused and change nothing', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('Portugal')
  await openDataPage(app)

  // The export form checks the passphrase before anything is written.
  const save = page.getByRole('region', { name: 'Save an archive' })
  await save.getByLabel('Passphrase (optional)').fill('short')
  await save.getByLabel('Confirm the passphrase').fill('short')
  await save.getByRole('button', { name: 'Save archive…' }).click()
  await expect(save.getByRole('alert')).toHaveText('A passphrase needs at least 8 characters.')
  await save.getByLabel('Passphrase (optional)').fill('')

  const encrypted = await saveArchive(page, { passphrase: 'correct horse battery staple' })
  expect((await readFile(encrypted)).toString('latin1')).not.toContain('Portugal')
  await renameMission(app, 'Kept as it is')
  await openDataPage(app)

  const open = page.getByRole('region', { name: 'Open an archive' })
  await open.getByLabel('Choose an archive (.uprdesk)').setInputFiles(encrypted)
  await expect(open.getByText('This archive is encrypted.')).toBeVisible()
  await open.getByLabel('Passphrase of the archive').fill('wrong horse battery staple')
  await open.getByRole('button', { name: 'Open the archive' }).click()
  await expect(open.getByRole('alert')).toContainText('Wrong passphrase: this passphrase does not open the archive.')
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('data-safety-wrong-passphrase')
  await open.getByLabel('Passphrase of the archive').fill('correct horse battery staple')
  await open.getByRole('button', { name: 'Open the archive' }).click()
  await expect(open.getByRole('button', { name: 'Merge into my data' })).toBeVisible()

  // A cut-short copy, a damaged copy and a file that is not an archive: each its own reason.
  const bytes = await readFile(encrypted)
  const damaged = Buffer.from(bytes)
  damaged[damaged.length - 100] = damaged[damaged.length - 100]! ^ 0xff
  const cases: [string, Buffer, string][] = [
    ['cut.uprdesk', bytes.subarray(0, Math.floor(bytes.length / 2)), 'This archive is incomplete'],
    ['damaged.uprdesk', damaged, 'This archive is damaged'],
    ['notes.uprdesk', Buffer.from('just some notes'), 'This is not a UPR Desk archive']
  ]
  for (const [name, buffer, reason] of cases) {
    await open.getByLabel('Choose an archive (.uprdesk)').setInputFiles({ name, mimeType: 'application/octet-stream', buffer })
    await expect(open.getByRole('alert')).toContainText(reason)
    await expect(open.getByRole('button', { name: 'Merge into my data' })).toHaveCount(0)
  }
  expect(await missionNameInSettings(app)).toBe('Kept as it is')
})

test('a full disk is reported with a way out, and nothing saved before is lost', async ({ page }) => {
  const app = new AppPage(page)
  // Simulates the storage engine refusing writes for lack of space, when the test says so.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { __diskFull?: boolean }).__diskFull) throw new DOMException('The disk is full.', 'QuotaExceededError')
      return put.apply(this, args)
    }
  })
  await app.open()
  await app.completeSetup('Chile')
  await app.nav().getByRole('link', { name: 'Settings' }).click()
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = true))
  await page.getByLabel('Name of the mission').fill('A change that cannot be stored')
  await page.getByRole('button', { name: 'Save settings' }).click()
  const notice = page.getByRole('alert').filter({ hasText: 'The disk or the browser’s storage is full' })
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('nothing was lost')
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('data-safety-disk-full')
  // The way out works while the disk is full: an archive can still be saved elsewhere.
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Save an archive elsewhere' }).click()])
  expect(download.suggestedFilename()).toMatch(/\.uprdesk$/)
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = false))
  await page.reload()
  await expect(page.locator('.mission-name')).toHaveText(/^Permanent Mission of Chile/)
})
