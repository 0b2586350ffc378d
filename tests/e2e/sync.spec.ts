import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { startSyncServer, type RestartableSyncServer } from '../sync-server/launch'
import { missionOn, type MissionServer } from '../sync-server/mission'
import { AppPage } from './app-page'

/**
 * Two laptops of one mission (two browser contexts), syncing through a CouchDB-protocol server on
 * 127.0.0.1: the express-pouchdb stand-in started here (a test tool only; missions run Apache CouchDB).
 */
test.describe.configure({ mode: 'serial' })

let server: RestartableSyncServer

test.beforeAll(async () => {
  server = await startSyncServer()
})

test.afterAll(async () => {
  await server?.stop()
})

interface Laptop {
  context: BrowserContext
  page: Page
  app: AppPage
}

async function laptop(browser: Browser): Promise<Laptop> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('Slovenia')
  return { context, page, app }
}

async function openSyncPage(l: Laptop): Promise<void> {
  await l.app.nav().getByRole('link', { name: 'Settings' }).click()
  await l.page.getByRole('link', { name: 'Open the Sync page' }).click()
  await expect(l.page.getByRole('heading', { name: 'Sync', level: 1 })).toBeVisible()
}

async function fillSignIn(l: Laptop, mission: MissionServer, account: { name: string; password: string }): Promise<void> {
  const form = l.page.getByRole('region', { name: 'Sign in to the mission server' })
  await form.getByLabel('Server address').fill(mission.server.url)
  await form.getByLabel('Mission database').fill(mission.database)
  await form.getByLabel('User name').fill(account.name)
  await form.getByLabel('Password', { exact: true }).fill(account.password)
  await form.getByRole('button', { name: 'Sign in and sync' }).click()
}

function status(l: Laptop) {
  return l.page.getByRole('banner').getByRole('link', { name: /^Sync: / })
}

async function signIn(l: Laptop, mission: MissionServer, account: { name: string; password: string }): Promise<void> {
  await openSyncPage(l)
  await fillSignIn(l, mission, account)
  await expect(l.page.getByRole('heading', { name: 'Connected' })).toBeVisible()
  await expect(status(l)).toContainText('Synced', { timeout: 15_000 })
}

function uprInfoCsv(): string {
  const header = 'SuR,Rgrp,Org,Recommendation,RS,Rgrp,Org,Response,Action,Issue,Session'
  const rows = [
    ['Slovenia', 'EEG', 'EU', 'Ratify the Optional Protocol to the Convention against Torture', 'Portugal', 'WEOG', 'EU', 'Accepted', '5', 'International instruments', '7'],
    ['Slovenia', 'EEG', 'EU', 'Continue its efforts to combat domestic violence against women', 'Spain', 'WEOG', 'EU', 'Accepted', '2', "Women's rights", '7'],
    ['Slovenia', 'EEG', 'EU', 'Ensure access to safe drinking water for Roma settlements', 'Germany', 'WEOG', 'EU', 'Accepted', '4', 'Right to water and sanitation', '7']
  ]
  return [header, ...rows.map((r) => r.map((v) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(','))].join('\r\n') + '\r\n'
}

async function importReport(l: Laptop): Promise<void> {
  await l.app.nav().getByRole('link', { name: 'Recommendations' }).click()
  await l.page.getByRole('button', { name: 'Import…' }).first().click()
  await l.page.getByLabel('Choose a file').setInputFiles({ name: 'upr-info-slovenia.csv', mimeType: 'text/csv', buffer: Buffer.from(uprInfoCsv(), 'utf8') })
  await l.page.getByRole('button', { name: 'Import 3 recommendations' }).click()
  await l.page.getByRole('button', { name: 'Show the register' }).click()
}

function register(l: Laptop) {
  return l.page.getByRole('listbox', { name: 'Recommendations' })
}

/** Opens the detail of the recommendation about drinking water, on the register page. */
async function openWater(l: Laptop) {
  await l.app.nav().getByRole('link', { name: 'Recommendations' }).click()
  await register(l).getByRole('option').filter({ hasText: 'drinking water' }).click()
  const detail = l.page.getByRole('form', { name: /Recommendation/ })
  await expect(detail).toBeVisible()
  return detail
}

async function editWater(l: Laptop, change: { status?: string; institutions?: string; notes?: string }): Promise<void> {
  const detail = await openWater(l)
  if (change.status) await detail.getByLabel('Implementation status').selectOption({ label: change.status })
  if (change.institutions !== undefined) await detail.getByLabel('Responsible institutions').fill(change.institutions)
  if (change.notes !== undefined) await detail.getByLabel('Notes').fill(change.notes)
  await detail.getByRole('button', { name: 'Save changes' }).click()
  await expect(detail.getByRole('status')).toHaveText('Saved.')
  await detail.getByRole('button', { name: 'Close' }).click()
}

/** The implementation status of the drinking-water recommendation as A's own database holds it. */
function storedWaterStatus(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      new Promise<string | undefined>((resolve, reject) => {
        const request = indexedDB.open('upr-desk')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const all = db.transaction('recommendations').objectStore('recommendations').getAll()
          all.onsuccess = () => {
            const water = (all.result as { text: string; implementationStatus: string }[]).find((r) => r.text.includes('drinking water'))
            db.close()
            resolve(water?.implementationStatus)
          }
        }
      })
  )
}

async function expectWater(l: Laptop, expected: { status?: string; institutions?: string; notes?: string }): Promise<void> {
  // The detail pane keeps what it showed when it opened (a form being edited): close it and look again.
  await expect(async () => {
    const detail = await openWater(l)
    try {
      if (expected.status) await expect(detail.getByLabel('Implementation status').locator('option:checked')).toHaveText(expected.status, { timeout: 500 })
      if (expected.institutions !== undefined) await expect(detail.getByLabel('Responsible institutions')).toHaveValue(expected.institutions, { timeout: 500 })
      if (expected.notes !== undefined) await expect(detail.getByLabel('Notes')).toHaveValue(expected.notes, { timeout: 500 })
    } finally {
      await detail.getByRole('button', { name: 'Close' }).click()
    }
  }).toPass({ timeout: 30_000 })
}

test('two laptops: an import arrives, edits of different fields merge, a conflict is resolved on one and gone on both, an attachment travels', async ({ browser }) => {
  test.setTimeout(120_000)
  const mission = await missionOn(server)
  const a = await laptop(browser)
  const b = await laptop(browser)
  await signIn(a, mission, mission.writer)
  await a.app.expectNoSeriousA11yViolations()
  await a.app.screenshot('sync-signed-in')
  await signIn(b, mission, mission.writer2)

  // A imports a report; B sees it.
  await importReport(a)
  await expect(register(a).getByRole('option')).toHaveCount(3)
  await b.app.nav().getByRole('link', { name: 'Recommendations' }).click()
  await expect(register(b).getByRole('option')).toHaveCount(3, { timeout: 20_000 })

  // Both offline, each changes a different field of the same recommendation: they merge.
  await a.context.setOffline(true)
  await b.context.setOffline(true)
  await editWater(a, { status: 'Partially implemented' })
  await editWater(b, { institutions: 'Ministry of the Environment' })
  await expect(status(a)).toContainText(/Offline since|Sending/)
  await a.context.setOffline(false)
  await b.context.setOffline(false)
  await expectWater(a, { status: 'Partially implemented', institutions: 'Ministry of the Environment' })
  await expectWater(b, { status: 'Partially implemented', institutions: 'Ministry of the Environment' })

  // Both offline again, both change the same field: a conflict on both laptops.
  await a.context.setOffline(true)
  await b.context.setOffline(true)
  await editWater(a, { status: 'Fully implemented' })
  await editWater(b, { status: 'In progress', notes: 'Checked with the ministry' })
  await a.context.setOffline(false)
  await b.context.setOffline(false)
  await expect(a.app.nav().getByRole('link', { name: 'Conflicts (1)' })).toBeVisible({ timeout: 20_000 })
  await expect(b.app.nav().getByRole('link', { name: 'Conflicts (1)' })).toBeVisible({ timeout: 20_000 })
  await a.app.nav().getByRole('link', { name: 'Conflicts (1)' }).click()
  await expect(a.page.getByRole('heading', { name: 'Conflicts', level: 1 })).toBeVisible()
  const conflict = a.page.getByRole('group', { name: /Ensure access to safe drinking water/ })
  await expect(conflict.getByRole('columnheader')).toHaveText(['Field', 'Shown now', 'Other version'])
  const statusRow = conflict.getByRole('row', { name: /Implementation/ })
  // Stored values are said as the register says them, never as their ids.
  await expect(statusRow).toContainText('Fully implemented')
  await expect(statusRow).toContainText('In progress')
  await expect(statusRow).not.toContainText('in-progress')
  // B's note, changed on one side only, is already merged: it is not part of the conflict.
  await expect(conflict.getByRole('row', { name: /Notes/ })).toHaveCount(0)
  await a.app.expectNoSeriousA11yViolations()
  await a.app.screenshot('sync-conflicts')
  const shown = (await statusRow.getByRole('cell').first().textContent()) ?? ''
  const other = shown.includes('Fully') ? 'In progress' : 'Fully implemented'
  await conflict.getByLabel('Take theirs').check()
  await a.page.getByRole('button', { name: 'Resolve' }).click()
  await expect(a.page.getByText('No conflicts: every laptop agrees.')).toBeVisible()
  await expect(b.app.nav().getByRole('link', { name: 'Conflicts', exact: true })).toBeVisible({ timeout: 20_000 })
  await expectWater(a, { status: other, notes: 'Checked with the ministry' })
  await expectWater(b, { status: other, notes: 'Checked with the ministry' })

  // An attachment (the mission's emblem) replicates.
  await a.app.nav().getByRole('link', { name: 'Settings' }).click()
  const gif = Buffer.from('R0lGODlhAgABAIAAAP8AAP///ywAAAAAAgABAAACAkQBADs=', 'base64')
  await a.page.getByLabel('Choose an image').setInputFiles({ name: 'emblem.gif', mimeType: 'image/gif', buffer: gif })
  await expect(a.page.getByText('Emblem saved: emblem.gif.')).toBeVisible()
  await b.app.nav().getByRole('link', { name: 'Settings' }).click()
  await expect(b.page.getByText('Current emblem: emblem.gif (2 × 1 pixels)')).toBeVisible({ timeout: 20_000 })
  await a.context.close()
  await b.context.close()
})

test('a colleague’s change that arrives while a form is open is kept when the form is saved', async ({ browser }) => {
  test.setTimeout(90_000)
  const mission = await missionOn(server)
  const a = await laptop(browser)
  const b = await laptop(browser)
  await signIn(a, mission, mission.writer)
  await signIn(b, mission, mission.writer2)
  await importReport(a)
  await b.app.nav().getByRole('link', { name: 'Recommendations' }).click()
  await expect(register(b).getByRole('option')).toHaveCount(3, { timeout: 20_000 })

  // A opens the recommendation and starts typing a note; meanwhile B sets its status, which reaches A.
  const detail = await openWater(a)
  await detail.getByLabel('Notes').fill('Checked with the ministry')
  await editWater(b, { status: 'Partially implemented' })
  // B's status is in A's database (read there directly, with the form still open on A's screen).
  await expect.poll(() => storedWaterStatus(a.page), { timeout: 20_000 }).toBe('partially-implemented')
  // A saves the form it opened before B's change: the note is saved, B's status is kept, on both laptops.
  await detail.getByRole('button', { name: 'Save changes' }).click()
  await expect(detail.getByRole('status')).toHaveText('Saved.')
  await expect(detail.getByLabel('Implementation status').locator('option:checked')).toHaveText('Partially implemented')
  await detail.getByRole('button', { name: 'Close' }).click()
  await expectWater(a, { status: 'Partially implemented', notes: 'Checked with the ministry' })
  await expectWater(b, { status: 'Partially implemented', notes: 'Checked with the ministry' })

  // A laptop that shares the register does not replace all its data from an archive: that would remove the
  // colleagues' records everywhere. It is told to merge, or to sign out first.
  await a.app.nav().getByRole('link', { name: 'Data and backups' }).click()
  await expect(a.page.getByText('This laptop shares the register with your mission; what you enter is also kept here.')).toBeVisible()
  const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('region', { name: 'Save an archive' }).getByRole('button', { name: 'Save archive…' }).click()])
  const open = a.page.getByRole('region', { name: 'Open an archive' })
  await open.getByLabel('Choose an archive (.uprdesk)').setInputFiles((await download.path())!)
  await open.getByRole('button', { name: 'Replace all my data…' }).click()
  await expect(open.getByRole('alert')).toContainText('This laptop shares the register with your mission')
  await expect(open.getByRole('button', { name: 'Replace all my data', exact: true })).toHaveCount(0)
  await expect(open.getByRole('link', { name: 'Sync page' })).toHaveAttribute('href', '#/sync')
  await a.app.screenshot('sync-replace-refused')
  await a.context.close()
  await b.context.close()
})

test('a reader can read but not write; a wrong password gets a clear message', async ({ browser, request }) => {
  test.setTimeout(90_000)
  const mission = await missionOn(server)
  const a = await laptop(browser)
  await signIn(a, mission, mission.writer)
  await importReport(a)

  const capital = await laptop(browser)
  await openSyncPage(capital)
  await fillSignIn(capital, mission, { name: mission.reader.name, password: 'not the password' })
  await expect(capital.page.getByRole('region', { name: 'Sign in to the mission server' }).getByRole('alert')).toHaveText('The user name or password is wrong.')
  await capital.app.expectNoSeriousA11yViolations()
  await capital.app.screenshot('sync-wrong-password')
  await fillSignIn(capital, mission, mission.reader)
  await expect(capital.page.getByText('This account can read the mission register but not change it')).toBeVisible()
  await expect(status(capital)).toContainText('(read only)', { timeout: 15_000 })
  await capital.app.nav().getByRole('link', { name: 'Recommendations' }).click()
  await expect(register(capital).getByRole('option')).toHaveCount(3, { timeout: 20_000 })
  // The capital's change stays on its computer; the server itself refuses a reader's write.
  await editWater(capital, { notes: 'Written in the capital' })
  const auth = `Basic ${Buffer.from(`${mission.reader.name}:${mission.reader.password}`).toString('base64')}`
  const refused = await request.put(`${mission.dbUrl}/recommendations:from-the-capital`, {
    headers: { authorization: auth, 'content-type': 'application/json' },
    data: { t: 'recommendations', d: {}, s: {}, c: '1-a' }
  })
  expect(refused.status()).toBe(403)
  expect(await refused.text()).toContain('may read the mission register but not change it')
  await a.page.reload()
  await expect(status(a)).toContainText('Synced', { timeout: 15_000 })
  await expectWater(a, { notes: '' })
  await a.context.close()
  await capital.context.close()
})

test('the server stops: edits are kept, and go out when it is back', async ({ browser }) => {
  test.setTimeout(120_000)
  const mission = await missionOn(server)
  const a = await laptop(browser)
  const b = await laptop(browser)
  await signIn(a, mission, mission.writer)
  await importReport(a)
  await signIn(b, mission, mission.writer2)
  await b.app.nav().getByRole('link', { name: 'Recommendations' }).click()
  await expect(register(b).getByRole('option')).toHaveCount(3, { timeout: 20_000 })

  await server.pause()
  await editWater(a, { notes: 'Written while the server was down' })
  await expect(status(a)).toContainText(/Offline since/, { timeout: 20_000 })
  await expectWater(a, { notes: 'Written while the server was down' })
  await server.resume()
  await expect(status(a)).toContainText('Synced', { timeout: 30_000 })
  await expectWater(b, { notes: 'Written while the server was down' })
  await a.context.close()
  await b.context.close()
})

/**
 * The browser's folder picker cannot be driven by a test: each laptop gets a stand-in for the picked
 * folder whose reads and writes go to one real temporary folder on disk (the "shared drive").
 */
async function withSharedFolder(context: BrowserContext, path: string): Promise<void> {
  const { mkdir, readdir, readFile, rename, writeFile } = await import('node:fs/promises')
  const { join } = await import('node:path')
  await mkdir(path, { recursive: true })
  const inside = (name: string) => {
    if (!/^[\w.-]+$/.test(name)) throw new Error(`bad name ${name}`)
    return join(path, name)
  }
  await context.exposeFunction('__folderList', async () => readdir(path))
  await context.exposeFunction('__folderRead', async (name: string) => (await readFile(inside(name))).toString('base64'))
  await context.exposeFunction('__folderWrite', async (name: string, base64: string) => writeFile(inside(name), Buffer.from(base64, 'base64')))
  await context.exposeFunction('__folderMove', async (from: string, to: string) => rename(inside(from), inside(to)))
  await context.addInitScript(() => {
    type Bridge = {
      __folderList(): Promise<string[]>
      __folderRead(name: string): Promise<string>
      __folderWrite(name: string, base64: string): Promise<void>
      __folderMove(from: string, to: string): Promise<void>
    }
    const w = window as unknown as Bridge
    const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
    const fileHandle = (name: string) => ({
      kind: 'file',
      name,
      async getFile() {
        const bytes = Uint8Array.from(atob(await w.__folderRead(name)), (c) => c.charCodeAt(0))
        return new Blob([bytes])
      },
      async createWritable() {
        const parts: Uint8Array[] = []
        return {
          async write(data: Uint8Array) {
            parts.push(new Uint8Array(data))
          },
          async close() {
            const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
            let at = 0
            for (const p of parts) {
              all.set(p, at)
              at += p.length
            }
            await w.__folderWrite(name, toBase64(all))
          }
        }
      },
      async move(to: string) {
        await w.__folderMove(name, to)
      }
    })
    const folder = {
      kind: 'directory',
      name: 'Mission shared drive',
      async *keys() {
        for (const name of await w.__folderList()) yield name
      },
      async getFileHandle(name: string, options?: { create?: boolean }) {
        if (!options?.create && !(await w.__folderList()).includes(name)) throw new DOMException('not found', 'NotFoundError')
        return fileHandle(name)
      },
      async removeEntry() {
        // not needed: the stand-in supports move
      },
      async queryPermission() {
        return 'granted'
      },
      async requestPermission() {
        return 'granted'
      }
    }
    ;(window as unknown as { showDirectoryPicker: () => Promise<unknown> }).showDirectoryPicker = async () => folder
  })
}

test('folder mode: two laptops share a folder instead of a server: the import arrives, edits of different fields merge', async ({ browser }) => {
  test.setTimeout(120_000)
  const { mkdtemp, readdir, rm } = await import('node:fs/promises')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const shared = await mkdtemp(join(tmpdir(), 'upr-desk-shared-'))
  try {
    const laptops: Laptop[] = []
    for (let i = 0; i < 2; i++) {
      const context = await browser.newContext()
      await withSharedFolder(context, shared)
      const page = await context.newPage()
      const app = new AppPage(page)
      await app.open()
      await app.completeSetup('Slovenia')
      laptops.push({ context, page, app })
    }
    const [a, b] = laptops as [Laptop, Laptop]
    await importReport(a)
    for (const l of [a, b]) {
      await openSyncPage(l)
      const section = l.page.getByRole('region', { name: 'Or sync through a shared folder (no server)' })
      await section.getByLabel('Mission passphrase').fill('our mission passphrase')
      await section.getByRole('button', { name: 'Choose the shared folder and sync' }).click()
      await expect(l.page.getByText(/Syncing through the shared folder Mission shared drive/)).toBeVisible({ timeout: 20_000 })
    }
    await a.app.expectNoSeriousA11yViolations()
    await b.app.nav().getByRole('link', { name: 'Recommendations' }).click()
    await expect(register(b).getByRole('option')).toHaveCount(3, { timeout: 30_000 })

    await editWater(a, { status: 'Partially implemented' })
    await editWater(b, { institutions: 'Ministry of the Environment' })
    await expectWater(a, { status: 'Partially implemented', institutions: 'Ministry of the Environment' })
    await expectWater(b, { status: 'Partially implemented', institutions: 'Ministry of the Environment' })

    // Each laptop wrote only its own change files (device-sequence), and none is left half-written.
    const files = await readdir(shared)
    const devices = new Set(files.filter((f) => f.endsWith('.uprsync')).map((f) => f.split('-')[0]))
    expect(devices.size).toBe(2)
    expect(files.filter((f) => f.startsWith('.tmp-'))).toEqual([])
    await a.context.close()
    await b.context.close()
  } finally {
    await rm(shared, { recursive: true, force: true })
  }
})
