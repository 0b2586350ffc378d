/// <reference lib="dom" />
import { expect, test } from '@playwright/test'
import { AppPage } from './app-page'

test.describe('first run and mission profile', () => {
  test('setup asks for the State, fills the mission name, and the profile survives a reload', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('setup')

    // Submitting empty says what is missing, next to the field.
    await page.getByRole('button', { name: 'Start using UPR Desk' }).click()
    await expect(page.getByText('Choose the State your mission represents.')).toBeVisible()
    await expect(page.getByLabel('State represented')).toBeFocused()

    await page.getByLabel('State represented').selectOption({ label: 'Slovenia' })
    await expect(page.getByLabel('Name of the mission')).toHaveValue(
      'Permanent Mission of Slovenia to the United Nations Office and other international organizations in Geneva'
    )
    await expect(page.getByLabel('Speaking rate (words per minute)')).toHaveValue('125')
    await page.getByLabel('Speaking rate (words per minute)').fill('20')
    await page.getByRole('button', { name: 'Start using UPR Desk' }).click()
    await expect(page.getByText('Enter a whole number of words per minute between 60 and 250.')).toBeVisible()
    await page.getByLabel('Speaking rate (words per minute)').fill('130')
    await page.getByRole('button', { name: 'Start using UPR Desk' }).click()

    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
    await expect(page.getByText('130 words per minute')).toBeVisible()
    await expect(page.getByRole('banner')).toContainText('Permanent Mission of Slovenia')
  })

  test('the Dashboard lists every review of the State, with the next one highlighted', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.completeSetup('Slovenia')
    const table = page.getByRole('table', { name: 'Reviews of Slovenia' })
    await expect(table).toBeVisible()
    const sessions = await table.getByRole('rowheader').allTextContents()
    expect(sessions).toEqual(['7', '20', '34', '48', '62'])
    await expect(table.getByRole('row', { name: /^48 4 20.*31 January 2025/ })).toBeVisible()
    const next = table.locator('tr[aria-current="date"]')
    await expect(next).toHaveCount(1)
    await expect(next.getByRole('rowheader')).toHaveText('62')
    await expect(page.getByText(/Next review: session 62/)).toBeVisible()
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('dashboard')
  })

  test('Settings edits the profile', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.completeSetup('Portugal')
    await app.nav().getByRole('link', { name: 'Settings' }).click()
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('settings')
    await page.getByLabel('City').fill('Genève')
    await page.getByLabel('Preferred language for documents').selectOption({ label: 'French' })
    await page.getByRole('button', { name: 'Save settings' }).click()
    await expect(page.getByRole('status').first()).toHaveText('Settings saved.')
    await page.reload()
    await expect(page.getByLabel('City')).toHaveValue('Genève')
    await expect(page.getByLabel('Preferred language for documents')).toHaveValue('fr')
  })
})

test.describe('keyboard', () => {
  test('every area is reachable by keyboard alone', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.completeSetup('Portugal')
    await page.goto('/#/dashboard')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(app.nav().getByRole('link', { name: 'Dashboard' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(app.nav().getByRole('link', { name: 'Our review' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(app.nav().getByRole('link', { name: 'Other reviews' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(app.nav().getByRole('link', { name: 'Recommendations' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Recommendations', level: 1 })).toBeFocused()
    await app.nav().getByRole('link', { name: 'Recommendations' }).focus()
    // Tab through the areas listed between Recommendations and Settings (each area adds its own).
    const areas = await app.nav().getByRole('link').allTextContents()
    for (let i = areas.indexOf('Recommendations'); i < areas.indexOf('Settings'); i++) await page.keyboard.press('Tab')
    await expect(app.nav().getByRole('link', { name: 'Settings' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused()
    await expect(app.nav().getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page')
    // Back to the dashboard with Shift+Tab then Enter.
    await app.nav().getByRole('link', { name: 'Settings' }).focus()
    for (let i = areas.indexOf('Dashboard'); i < areas.indexOf('Settings'); i++) await page.keyboard.press('Shift+Tab')
    await expect(app.nav().getByRole('link', { name: 'Dashboard' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeFocused()
  })
})

test.describe('data that cannot be opened', () => {
  test('a database from a newer app is refused with a way to save a copy, and nothing is deleted', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html[data-ready="true"]')).toBeAttached()
    // Simulate a newer app: bump the database to a higher version with an extra store and a record.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const probe = indexedDB.open('upr-desk')
          probe.onsuccess = () => {
            const version = probe.result.version
            probe.result.close()
            const up = indexedDB.open('upr-desk', version + 100)
            up.onupgradeneeded = () => {
              const store = up.result.createObjectStore('fromTheFuture', { keyPath: 'id' })
              store.put({ id: 'x', text: 'keep me' })
            }
            up.onsuccess = () => {
              up.result.close()
              resolve()
            }
            up.onerror = () => reject(up.error)
          }
          probe.onerror = () => reject(probe.error)
        })
    )
    await page.reload()
    await expect(page.getByRole('heading', { name: 'UPR Desk cannot open your data' })).toBeVisible()
    await expect(page.getByText(/saved by a newer version of UPR Desk/)).toBeVisible()
    const app = new AppPage(page)
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('database-error')
    const downloadPromise = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save a copy of the data' }).click()
    const download = await downloadPromise
    expect(download.suggestedFilename()).toMatch(/^UPR Desk data copy \d{4}-\d{2}-\d{2}\.json$/)
    const path = await download.path()
    const { readFile } = await import('node:fs/promises')
    const copy = JSON.parse(await readFile(path, 'utf8')) as { stores: Record<string, unknown[]> }
    expect(copy.stores['fromTheFuture']).toEqual([{ id: 'x', text: 'keep me' }])
  })
})
