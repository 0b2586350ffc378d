import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { AppPage } from './app-page'

/** Loads the demo mission (Portugal, with recommendations to Slovenia from earlier reviews) from Settings. */
async function loadDemo(app: AppPage): Promise<void> {
  await app.nav().getByRole('link', { name: 'Settings' }).click()
  await app.page.getByRole('button', { name: 'Load demo mission' }).click()
  await expect(app.page.getByText(/Demo mission loaded: \d+ records\./)).toBeVisible()
}

async function openStatements(page: Page): Promise<void> {
  await new AppPage(page).nav().getByRole('link', { name: 'Statements' }).click()
  await expect(page.getByRole('heading', { name: 'Statements', level: 1 })).toBeVisible()
}

const LONG_PARAGRAPH = Array.from({ length: 12 }, () => 'Portugal notes with appreciation the steps taken to improve the situation of persons with disabilities in every region.').join(' ')

test('draft a statement from a template: rich text, timing, SMART check, previously recommended, versions, Word, delivery', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('Portugal')
  await loadDemo(app)
  await openStatements(page)

  // The list: the demo's statements, with search and filters.
  const table = page.getByRole('table', { name: 'Statements' })
  await expect(table.getByRole('row')).toHaveCount(9)
  await page.getByLabel('Search statements').fill('slovenia water')
  await expect(table.getByRole('row')).toHaveCount(3)
  await page.getByLabel('Search statements').fill('"long-term care system"')
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table.getByRole('row').nth(1)).toContainText('Universal Periodic Review of Slovenia')
  await page.getByLabel('Search statements').fill('')
  await page.getByLabel('Status').selectOption({ label: 'Delivered' })
  await expect(page.getByText('4 of 8 statements')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('statements-list')

  // A new statement from the template, for Slovenia's next review.
  await page.getByRole('button', { name: 'New statement…' }).click()
  const form = page.getByRole('form', { name: 'New statement' })
  await expect(form.getByLabel('Kind of document')).toHaveValue('recommending-state')
  await form.getByLabel('Working Group session').selectOption('62')
  await form.getByLabel('State under review').selectOption({ label: 'Slovenia' })
  await expect(form.getByLabel('Title', { exact: true })).toHaveValue('Universal Periodic Review of Slovenia')
  await app.expectNoSeriousA11yViolations()
  await page.getByRole('button', { name: 'Create from the template' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Review statement · Slovenia · Session 62' })).toBeVisible()
  await expect(page.getByLabel('Meeting')).toHaveValue('62nd session of the Working Group on the Universal Periodic Review')
  await expect(page.getByLabel('Introduction to the recommendations')).toHaveValue('Portugal recommends that Slovenia:')

  // Rich text: the template's guidance is there; type, and make a word bold with the toolbar.
  const editor = page.getByRole('textbox', { name: 'Text of the statement' })
  await expect(editor).toContainText('Portugal warmly welcomes the delegation of Slovenia')
  await expect(page.getByText(/pieces of guidance in \[square brackets\] are still to be replaced/)).toBeVisible()
  await editor.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Bold', exact: true }).click()
  await page.keyboard.type('Portugal welcomes')
  await expect(page.getByRole('button', { name: 'Bold', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: 'Bold', exact: true }).click()
  await page.keyboard.type(' the new strategy on long-term care.')
  await expect(editor.locator('strong')).toHaveText('Portugal welcomes')
  await page.getByLabel('Date', { exact: true }).fill('2030-01-29')

  // Timing: with 140 speakers the slot is 1 minute; a long paragraph goes over and says by how much.
  await page.getByLabel('Inscribed speakers').fill('140')
  await expect(page.getByText('Slot: 1 min', { exact: true })).toBeVisible()
  await expect(page.getByText(/^Within the slot: /)).toBeVisible()
  await editor.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  // As a delegate pastes a paragraph from a draft sent by the capital.
  await page.keyboard.insertText(LONG_PARAGRAPH)
  await expect(page.getByText(/^Over the slot by .*: cut about \d+ words\.$/)).toBeVisible()

  // Recommendations: one drafted, checked against SMART, with concrete hints.
  await page.getByRole('button', { name: 'Add a recommendation' }).click()
  await page.getByLabel('Recommendation 1', { exact: true }).fill('Continue its efforts to combat violence against women')
  await page.getByRole('button', { name: /^SMART check/ }).click()
  const smart = page.getByRole('region', { name: 'SMART check of recommendation 1' })
  await expect(smart).toContainText('1 of 4 criteria met')
  await expect(smart).toContainText('Verb “Continue”: action category 2 (continuing action)')
  await expect(smart).toContainText('Add a deadline: “by the next review”')
  await page.getByLabel('Recommendation 1', { exact: true }).fill('Adopt a comprehensive law on violence against women, with a budget for shelters in every region, by the next review')
  await expect(smart).toContainText('4 of 4 criteria met')

  // Previously recommended: Portugal's earlier recommendation to Slovenia, added with one click.
  const previous = page.getByRole('region', { name: 'Recommended before to Slovenia' })
  await expect(previous).toContainText('safe drinking water and sanitation for Roma communities')
  await previous.getByRole('listitem').filter({ hasText: 'Take measures to ensure access to safe drinking water' }).getByRole('button', { name: /^Recommend again/ }).click()
  await expect(page.getByLabel('Recommendation 2', { exact: true })).toHaveValue('Take measures to ensure access to safe drinking water and sanitation for Roma communities living in informal settlements, as recommended in the previous cycle')
  await expect(page.getByText('Follows up an earlier recommendation: Take measures to ensure access')).toBeVisible()
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('statement-editor')

  // Versions: save one, change the title, restore the saved one.
  await expect(page.getByText('All changes saved')).toBeVisible()
  await page.getByRole('button', { name: 'Save version' }).click()
  await expect(page.getByText('Version 2 saved.')).toBeVisible()
  await page.getByLabel('Title', { exact: true }).fill('A title I will regret')
  await expect(page.getByText('All changes saved')).toBeVisible()
  await page.getByRole('button', { name: 'Save version' }).click()
  await expect(page.getByText('Version 3 saved.')).toBeVisible()
  await page.getByRole('button', { name: 'Restore version 2' }).click()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Universal Periodic Review of Slovenia')
  await expect(page.getByText('Version 2 restored as version 4.')).toBeVisible()
  const history = page.getByRole('region', { name: 'Version history' })
  await expect(history).toContainText('Version 4 · restored (restored from version 2)')
  await expect(page.getByLabel('Recommendation 2', { exact: true })).toHaveValue(/as recommended in the previous cycle$/)

  // Word: the download is a .docx named as delegates name them.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Word' }).click()])
  expect(download.suggestedFilename()).toBe('2030-01-29 UPR62 Slovenia - Statement by Portugal.docx')
  const bytes = await readFile((await download.path())!)
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
  await expect(page.getByText('Saved: 2030-01-29 UPR62 Slovenia - Statement by Portugal.docx')).toBeVisible()

  // Delivery: the recommendations enter the register as made by us, pending.
  await page.getByRole('button', { name: 'Mark delivered…' }).click()
  await page.getByLabel('Delivered on').fill('2030-01-29')
  await page.getByRole('button', { name: 'Confirm delivery' }).click()
  await expect(page.getByText('Marked delivered: 2 recommendations entered the register as made by us, pending.')).toBeVisible()
  await expect(page.getByText('Status: Delivered')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Text of the statement' })).toHaveAttribute('contenteditable', 'false')
  await page.getByRole('link', { name: 'Show them in the register' }).click()
  await expect(page.getByRole('heading', { name: 'Recommendations', level: 1 })).toBeVisible()
  await page.getByLabel('Made by us', { exact: true }).selectOption({ label: 'Made by us' })
  await page.getByLabel('Session', { exact: true }).selectOption('62')
  const list = page.getByRole('listbox', { name: 'Recommendations' })
  await expect(list.getByRole('option')).toHaveCount(2)
  await expect(list.getByRole('option').filter({ hasText: 'Adopt a comprehensive law on violence against women' })).toContainText('made by us')
  await expect(list.getByRole('option').filter({ hasText: 'as recommended in the previous cycle' })).toContainText('Pending')
})

test('bad input: an empty statement is not exported, a statement can be duplicated and deleted', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('Portugal')
  await openStatements(page)
  await expect(page.getByRole('heading', { name: 'No statements yet' })).toBeVisible()
  await page.getByRole('button', { name: 'New statement…' }).first().click()
  await page.getByLabel('Kind of document').selectOption({ label: 'Position paper' })
  await page.getByLabel('Title', { exact: true }).fill('')
  await page.getByRole('button', { name: 'Create from the template' }).click()
  await expect(page.getByText('Give the document a title.')).toBeVisible()
  await page.getByLabel('Title', { exact: true }).fill('Recovering better')
  await page.getByRole('button', { name: 'Create from the template' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Position paper' })).toBeVisible()

  // Empty the text: the export refuses with a reason and nothing is downloaded.
  const editor = page.getByRole('textbox', { name: 'Text of the document' })
  await editor.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  await expect(editor).toHaveText('')
  let downloaded = false
  page.on('download', () => (downloaded = true))
  await page.getByRole('button', { name: 'Export Word' }).click()
  await expect(page.getByRole('alert')).toHaveText('The statement is empty: write something before exporting it.')
  expect(downloaded).toBe(false)

  // Duplicate, then delete the copy: back to the list with the original only.
  await editor.pressSequentially('Our position on the recovery.')
  await page.getByRole('button', { name: 'Duplicate' }).click()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Recovering better (copy)')
  await expect(page.getByRole('textbox', { name: 'Text of the document' })).toHaveText('Our position on the recovery.')
  await page.getByRole('button', { name: 'Delete…' }).click()
  await page.getByRole('button', { name: 'Delete the statement' }).click()
  await expect(page.getByRole('heading', { name: 'Statements', level: 1 })).toBeVisible()
  const table = page.getByRole('table', { name: 'Statements' })
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table).toContainText('Recovering better')
  await expect(table).not.toContainText('(copy)')
})

test('the emblem: non-images and huge files are refused with a reason, an image is kept', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('Portugal')
  await app.nav().getByRole('link', { name: 'Settings' }).click()
  const chooser = page.getByLabel('Choose an image')
  await chooser.setInputFiles({ name: 'emblem.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.7 this is not an image') })
  await expect(page.getByRole('alert')).toHaveText('emblem.png is not an image UPR Desk can use: choose a PNG, JPEG, GIF or BMP file.')
  await chooser.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(3 * 1024 * 1024, 1) })
  await expect(page.getByRole('alert')).toContainText('huge.png is 3.0 MB: an emblem must be 2 MB or less.')
  await expect(page.getByText('No emblem: documents carry the mission’s name alone.')).toBeVisible()
  // A real 2x1 GIF.
  const gif = Buffer.from('R0lGODlhAgABAIAAAP8AAP///ywAAAAAAgABAAACAkQBADs=', 'base64')
  await chooser.setInputFiles({ name: 'emblem.gif', mimeType: 'image/gif', buffer: gif })
  await expect(page.getByText('Emblem saved: emblem.gif.')).toBeVisible()
  await expect(page.getByText('Current emblem: emblem.gif (2 × 1 pixels)')).toBeVisible()
  await expect(page.getByRole('img', { name: 'The current emblem' })).toBeVisible()
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('settings-emblem')
  await page.getByRole('button', { name: 'Remove the emblem' }).click()
  await expect(page.getByText('Emblem removed.')).toBeVisible()
})

test('documents filled from the register: plenary counts and noted rationale, mid-term tables exported as Word', async ({ page }) => {
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('Portugal')
  await loadDemo(app)
  await openStatements(page)

  await page.getByRole('link', { name: 'Adoption of the outcome of the Universal Periodic Review of Portugal' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Plenary statement · Portugal · Session 47' })).toBeVisible()
  const parts = page.getByRole('region', { name: 'From the register' })
  await expect(parts).toContainText('Portugal received 38 recommendations from 45 States. Of these, it supports 32, supports 1 in part and notes 5.')
  await expect(parts.getByRole('textbox', { name: 'Rationale for 105.29' })).toHaveValue(/multi-annual budget/)
  // Delivered: kept as delivered until set back to draft; the State under review has up to 20 minutes.
  await expect(page.getByText(/This statement was delivered/)).toBeVisible()
  await expect(page.getByText(/^Not saved/)).toHaveCount(0)
  await expect(parts.getByRole('textbox', { name: 'Rationale for 105.29' })).toBeDisabled()
  await expect(page.getByText('Slot: 20 min', { exact: true })).toBeVisible()
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('statement-plenary')
  await page.getByRole('button', { name: 'Back to draft' }).click()
  await expect(parts.getByRole('textbox', { name: 'Rationale for 105.29' })).toBeEnabled()
  await parts.getByRole('textbox', { name: 'Rationale for 105.29' }).fill('Our official development assistance is set in the multi-annual budget.')
  await expect(page.getByText('All changes saved')).toBeVisible()
  await expect(page.getByText(/^Not saved/)).toHaveCount(0)

  await page.getByRole('link', { name: 'All statements' }).click()
  await page.getByRole('link', { name: /^Mid-term report of Portugal/ }).click()
  const tables = page.getByRole('region', { name: 'Tables from the register' })
  await expect(tables).toContainText(/38 recommendations to Portugal from session 47, in \d+ themes, exported as landscape tables\./)
  await expect(page.getByText('Written document: not timed.')).toBeVisible()
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('statement-mid-term')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Word' }).click()])
  expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2} UPR47 Portugal - Mid-term report\.docx$/)
  expect((await readFile((await download.path())!)).subarray(0, 2).toString('latin1')).toBe('PK')
})
