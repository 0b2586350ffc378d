import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { REAL_FIXTURES } from '../real-fixtures'
import { AppPage } from './app-page'

const fixtures = join(import.meta.dirname, '../fixtures/wg-report')
const realPdf = join(REAL_FIXTURES, 'wg-reports/A_HRC_43_15_Slovenia_UPR34_WG-report.pdf')

test('a Working Group report with its addendum: review corrected in the preview, positions applied, stored', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('France')
  await app.nav().getByRole('link', { name: 'Recommendations' }).click()
  await page.getByRole('button', { name: 'Import…' }).first().click()
  await page.getByLabel('Choose a file').setInputFiles(join(fixtures, 'synthetic-report-cycle4.txt'))
  await expect(page.getByRole('heading', { name: 'Preview of synthetic-report-cycle4.txt' })).toBeVisible()
  // "Freedonia" is not a UN State: nothing can be stored until the review is corrected.
  await expect(page.getByText(/A\/HRC\/55\/14 · 0 recommendations found/)).toBeVisible()
  await expect(page.getByText(/State under review not recognised: "Freedonia"/).first()).toBeAttached()
  await expect(page.getByLabel('Working Group session')).toHaveValue('44')
  await page.getByRole("group", { name: "Review" }).getByLabel("State under review").selectOption({ label: 'Slovenia' })
  await expect(page.getByText(/A\/HRC\/55\/14 · 23 recommendations found/)).toBeVisible()

  await page.getByLabel('Add the addendum (positions on pending recommendations)').setInputFiles(join(fixtures, 'synthetic-addendum-cycle4.txt'))
  await expect(page.getByText('The addendum sets 12 positions')).toBeVisible()
  await expect(page.getByText(/17 supported, 5 noted, 1 supported in part, 0 pending/).first()).toBeVisible()
  await app.screenshot('import-report-preview')
  await page.getByRole('button', { name: 'Import 23 recommendations' }).click()
  await expect(page.getByText('Imported: 23 added, 0 updated, 0 already up to date.')).toBeVisible()
  await page.getByRole('button', { name: 'Show the register' }).click()
  await expect(page.locator('.register-counts')).toContainText('23 of 23 recommendations')
  // France is our State: its recommendations are "made by us".
  await page.getByLabel('Made by us', { exact: true }).selectOption({ label: 'Made by us' })
  await expect(page.locator('.register-counts')).not.toContainText('23 of 23')
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await page.getByLabel('Group by').selectOption({ label: 'Position' })
  await expect(page.getByRole('listbox', { name: 'Recommendations' }).getByText('Noted (5)')).toBeVisible()
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('register-grouped')
})

test('a Working Group report as PDF is read in the browser', async ({ page }) => {
  test.skip(!existsSync(realPdf), `skipped: the real report PDF is not at ${realPdf} (the PDF reader is also tested in Node by tests/unit/import/wg-report.test.ts)`)
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('Portugal')
  await app.nav().getByRole('link', { name: 'Recommendations' }).click()
  await page.getByRole('button', { name: 'Import…' }).first().click()
  await page.getByLabel('Choose a file').setInputFiles({ name: 'A_HRC_43_15.pdf', mimeType: 'application/pdf', buffer: readFileSync(realPdf) })
  await expect(page.getByText(/A\/HRC\/43\/15 · 219 recommendations found/)).toBeVisible({ timeout: 20_000 })
  await expect(page.getByText(/59 supported, 0 noted, 0 supported in part, 160 pending/).first()).toBeVisible()
})
