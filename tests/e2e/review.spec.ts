/// <reference lib="dom" />
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { AppPage } from './app-page'
import { eventsOf, propertyOf, readIcs, textOf } from '../unit/export/review/ics-reader'

// A fixed day, so that the current stage and the sessions shown are the same on every run.
const TODAY = new Date('2026-12-01T10:00:00Z')

async function start(page: Page, state: string): Promise<AppPage> {
  await page.clock.setFixedTime(TODAY)
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup(state)
  return app
}

function stageButton(page: Page, name: string) {
  return page.getByRole('list', { name: 'Stages of the review' }).getByRole('button', { name: new RegExp(`^${name}`) })
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const download = await downloading
  const bytes = await readFile(await download.path())
  return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes }
}

test.describe('our review', () => {
  test('mark a stage done, add a task, correct a date: all there after a reload, and in the .ics', async ({ page }) => {
    const app = await start(page, 'Slovenia')
    await app.nav().getByRole('link', { name: 'Our review' }).click()
    await expect(page.getByRole('heading', { name: 'Our review', level: 1 })).toBeFocused()
    await expect(page.getByLabel('Review', { exact: true })).toHaveValue('48')
    await expect(page.getByText('28 January 2025').first()).toBeVisible()
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('review')

    // Mark a stage done.
    await stageButton(page, 'National report due').click()
    await expect(page.getByRole('heading', { name: 'National report due', level: 3 })).toBeVisible()
    await page.getByRole('button', { name: 'Mark done' }).click()
    await expect(page.getByText('National report due: saved.')).toBeVisible()
    await expect(stageButton(page, 'National report due')).toContainText('Done')

    // Correct a date: the Council adoption moves to 7 July; the mid-term report moves with it.
    await stageButton(page, 'Adoption by the Council plenary').click()
    await expect(page.getByLabel('Planned date')).toHaveValue('2025-07-03')
    await page.getByLabel('Planned date').fill('2025-07-07')
    await page.getByRole('button', { name: 'Save stage' }).click()
    await expect(page.getByText('Adoption by the Council plenary: saved.')).toBeVisible()
    await expect(stageButton(page, 'Adoption by the Council plenary')).toContainText('7 July 2025')
    await expect(stageButton(page, 'Adoption by the Council plenary')).toContainText('corrected')
    await expect(stageButton(page, 'Voluntary mid-term report')).toContainText('7 January 2028')

    // Add a task: without a title it says so and keeps what was typed.
    await stageButton(page, 'Voluntary mid-term report').click()
    const newTask = page.getByRole('group', { name: 'New task for this stage' })
    await newTask.getByLabel('Owner').fill('Human rights unit')
    await newTask.getByRole('button', { name: 'Add task' }).click()
    await expect(page.getByText('A task needs a title: say what is to be done.')).toBeVisible()
    await expect(newTask.getByLabel('Task')).toBeFocused()
    await expect(newTask.getByLabel('Owner')).toHaveValue('Human rights unit')
    await newTask.getByLabel('Task').fill('Collect the implementation data from the ministries')
    await newTask.getByLabel('Due').fill('2027-03-15')
    await newTask.getByRole('button', { name: 'Add task' }).click()
    await expect(page.getByRole('checkbox', { name: 'Collect the implementation data from the ministries' })).not.toBeChecked()

    // A session that ends before it starts is refused, and nothing changes.
    await page.getByText('Correct the session’s dates').click()
    await page.getByLabel('Last day of session 48').fill('2025-01-10')
    await page.getByRole('button', { name: 'Save the session dates' }).click()
    await expect(page.getByText('The last day (2025-01-10) is before the first day (2025-01-20): check the dates.')).toBeVisible()
    await expect(page.getByLabel('Last day of session 48')).toHaveValue('2025-01-10')

    await page.reload()
    await expect(page.getByRole('heading', { name: 'Our review', level: 1 })).toBeVisible()
    await expect(stageButton(page, 'National report due')).toContainText('Done')
    await expect(stageButton(page, 'Adoption by the Council plenary')).toContainText('7 July 2025')
    await stageButton(page, 'Voluntary mid-term report').click()
    await expect(page.getByRole('checkbox', { name: 'Collect the implementation data from the ministries' })).toBeVisible()
    await expect(page.getByText('by Human rights unit · due 15 March 2027')).toBeVisible()
    await expect(page.getByRole('region', { name: 'Session 48' })).toContainText(/20\s*–\s*31 January 2025/)

    // The .ics export: downloaded and read back.
    const ics = await downloadText(page, 'Export our deadlines (.ics)')
    expect(ics.name).toBe('2026-12-01 UPR48 Slovenia - deadlines.ics')
    const { calendar, problems } = readIcs(ics.text)
    expect(problems).toEqual([])
    const events = eventsOf(calendar!)
    const byUid = (uid: string) => events.find((e) => textOf(e, 'UID') === uid)
    expect(propertyOf(byUid('stage-48-SVN-plenaryAdoption@upr-desk.app')!, 'DTSTART')?.value).toBe('20250707')
    expect(textOf(byUid('stage-48-SVN-nationalReportDue@upr-desk.app')!, 'DESCRIPTION')).toMatch(/^Done\./)
    const task = events.find((e) => textOf(e, 'SUMMARY') === 'UPR48 Slovenia task: Collect the implementation data from the ministries')
    expect(propertyOf(task!, 'DTSTART')?.value).toBe('20270315')

    const briefing = await downloadText(page, 'Export the review briefing (Word)')
    expect(briefing.name).toBe('2026-12-01 UPR48 Slovenia - Review briefing.docx')
    expect(briefing.bytes.subarray(0, 2).toString()).toBe('PK')
    await app.screenshot('review-after-reload')
  })

  test('a corrupt attachment is refused with a clear message, a good one is kept and saved back', async ({ page }) => {
    await start(page, 'Slovenia')
    await page.goto('/#/review?session=48')
    await stageButton(page, 'National report due').click()
    const form = page.getByRole('group', { name: 'New document for this stage' })
    await form.getByLabel('Symbol').fill('A/HRC/WG.6/48/SVN/1')
    await form.getByLabel('Or attach a file').setInputFiles({ name: 'national-report.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) })
    await form.getByRole('button', { name: 'Add document' }).click()
    await expect(page.getByText('national-report.pdf is empty (0 bytes): it may not have been saved completely. Nothing was attached.')).toBeVisible()
    await form.getByLabel('Or attach a file').setInputFiles({ name: 'national-report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') })
    await form.getByRole('button', { name: 'Add document' }).click()
    await expect(page.getByText('national-report.pdf does not look like a PDF file: it may be damaged. Nothing was attached.')).toBeVisible()
    await expect(form.getByLabel('Symbol')).toHaveValue('A/HRC/WG.6/48/SVN/1')
    await form.getByLabel('Link (https)').fill('http://example.org/report')
    await form.getByLabel('Or attach a file').setInputFiles({ name: 'national-report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%demo\n') })
    await form.getByRole('button', { name: 'Add document' }).click()
    await expect(page.getByText('The link must start with https:// (UPR Desk opens no other kind of link).')).toBeVisible()
    await form.getByLabel('Link (https)').fill('')
    await form.getByRole('button', { name: 'Add document' }).click()
    await expect(page.getByText('Document added: A/HRC/WG.6/48/SVN/1')).toBeVisible()
    await page.reload()
    await stageButton(page, 'National report due').click()
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save a copy of national-report.pdf' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('national-report.pdf')
    expect((await readFile(await download.path())).toString()).toBe('%PDF-1.7\n%demo\n')
  })

  test('the usual checklist, the timeline and the month agenda', async ({ page }) => {
    const app = await start(page, 'Portugal')
    // Portugal's next review (session 61, November 2029): its whole checklist is ahead.
    await page.goto('/#/review?session=61')
    await expect(page.getByLabel('Review', { exact: true })).toHaveValue('61')
    await page.getByRole('button', { name: /^Add the usual checklist \(18 tasks\)$/ }).click()
    await expect(page.getByText('18 tasks added, due on their stages’ dates.')).toBeVisible()
    await stageButton(page, 'National report due').click()
    await expect(page.getByRole('checkbox', { name: /^Submit the national report to OHCHR/ })).toBeVisible()
    await page.getByRole('button', { name: 'Whole cycle' }).click()
    await expect(page.getByRole('button', { name: 'Whole cycle' })).toHaveAttribute('aria-pressed', 'true')
    await page.getByText('The timeline as a table').click()
    await expect(page.getByRole('table', { name: 'Timeline of the cycle' }).getByRole('row')).toHaveCount(12)
    await expect(page.getByRole('table', { name: 'Agenda for December 2026' })).toBeVisible()
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('review-checklist')
  })
})

test.describe('other reviews', () => {
  test('decide to speak, record the inscription and the speakers, and export the sessions we follow', async ({ page }) => {
    const app = await start(page, 'Portugal')
    await app.nav().getByRole('link', { name: 'Other reviews' }).click()
    await expect(page.getByRole('heading', { name: 'Other reviews', level: 1 })).toBeFocused()
    const s54 = page.getByRole('table', { name: 'States reviewed in session 54' })
    await expect(s54.getByRole('rowheader')).toHaveCount(14)
    await s54.getByLabel('We speak at the review of Iceland').selectOption('yes')
    await expect(page.getByText('Saved for Iceland.')).toBeVisible()
    await s54.getByLabel('Inscription done for Iceland').check()
    const speakers = s54.getByLabel('Inscribed speakers for Iceland')
    await speakers.fill('300')
    await speakers.press('Enter')
    await expect(page.getByText('“300” is not a number of speakers: enter a whole number from 1 to 195, or leave it empty.')).toBeVisible()
    await speakers.fill('87')
    await speakers.press('Enter')
    await expect(page.getByText('“300” is not a number of speakers')).toHaveCount(0)
    await expect(s54.getByRole('link', { name: 'New statement on Iceland at session 54' })).toHaveAttribute('href', '#/statements?new=recommending-state&sur=ISL&session=54')
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('sessions')

    await page.reload()
    await expect(s54.getByLabel('We speak at the review of Iceland')).toHaveValue('yes')
    await expect(s54.getByLabel('Inscription done for Iceland')).toBeChecked()
    await expect(s54.getByLabel('Inscribed speakers for Iceland')).toHaveValue('87')

    const ics = await downloadText(page, 'Export the sessions we follow (.ics)')
    const { calendar, problems } = readIcs(ics.text)
    expect(problems).toEqual([])
    const summaries = eventsOf(calendar!).map((e) => textOf(e, 'SUMMARY'))
    expect(summaries).toContain('UPR54: review of Iceland (Portugal speaks)')
    expect(summaries).toContain('UPR Working Group, session 54')

    // "New statement" opens the statements page with the form filled in for that review.
    await page.getByRole('link', { name: 'New statement on Iceland at session 54' }).click()
    await expect(page.getByRole('heading', { name: 'New statement', level: 2 })).toBeVisible()
    await expect(page.getByLabel('Kind of document')).toHaveValue('recommending-state')
    await expect(page.getByLabel('Working Group session')).toHaveValue('54')
    await expect(page.getByLabel('State under review')).toHaveValue('ISL')
  })

  test('our own review is marked in its session, with a link to it', async ({ page }) => {
    await start(page, 'Ireland')
    await page.goto('/#/sessions')
    await page.getByText('Sessions of the past year').click()
    const heading = page.getByRole('heading', { name: /^Session 53 ·/ })
    await expect(page.locator('summary', { has: heading })).toContainText('Our own review')
    await heading.click()
    const s53 = page.getByRole('table', { name: 'States reviewed in session 53' })
    await expect(s53.getByRole('row', { name: /^Ireland/ })).toContainText('Our own review')
    await s53.getByRole('link', { name: 'Open our review' }).click()
    await expect(page.getByLabel('Review', { exact: true })).toHaveValue('53')
  })
})

test.describe('dashboard', () => {
  test('shows where the demo review stands, the next deadlines, open tasks and the recommendations chart', async ({ page }) => {
    const app = await start(page, 'Portugal')
    await app.nav().getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Load demo mission' }).click()
    await expect(page.getByText(/Demo mission loaded/)).toBeVisible()
    await app.nav().getByRole('link', { name: 'Dashboard' }).click()
    const stage = page.getByRole('region', { name: 'Where our review stands' })
    await expect(stage).toContainText('Session 47: Voluntary mid-term report')
    const deadlines = page.getByRole('region', { name: 'Next deadlines' })
    await expect(deadlines.getByRole('listitem')).toHaveCount(3)
    await expect(deadlines.getByRole('listitem').first()).toContainText(/in \d+ days/)
    await expect(page.getByRole('region', { name: 'Open tasks' })).toContainText('5 open tasks')
    await expect(page.getByRole('img', { name: /Bar chart of the recommendations received/ })).toBeVisible()
    await page.getByText('The chart as a table').click()
    // Supported: not started, in progress, partially and fully implemented, total (the demo's follow-up).
    await expect(page.getByRole('table', { name: /Session 47: 38 recommendations/ }).getByRole('row', { name: 'Supported 15 3 14 0 32' })).toBeVisible()
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('dashboard-review')
  })
})
