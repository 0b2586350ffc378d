import { expect, test } from '@playwright/test'
import { AppPage } from './app-page'

const RECORDS = 25_000

/**
 * Stores `count` recommendations straight into the app's database (as another window of the app would),
 * noting in the register journal that everything changed, so the register rebuilds from them.
 */
async function storeRecommendations(page: AppPage['page'], count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('upr-desk')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const tx = db.transaction(['recommendations', 'registerJournal'], 'readwrite')
    const store = tx.objectStore('recommendations')
    const states = ['PRT', 'ESP', 'FRA', 'DEU', 'BRA', 'MEX', 'GHA', 'IND']
    for (let i = 0; i < n; i++) {
      const at = new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString()
      store.put({
        id: `rec_large_${String(i).padStart(6, '0')}`,
        createdAt: at,
        updatedAt: at,
        reviewId: null,
        stateUnderReview: states[i % states.length],
        session: 1 + (i % 50),
        cycle: 1 + (i % 4),
        number: `${100 + (i % 40)}.${1 + (i % 200)}`,
        text: `Strengthen the national human rights institution and allocate adequate resources for it, recommendation ${i}`,
        recommendingStates: [states[(i + 3) % states.length]],
        recommendingStatesRaw: ['Portugal'],
        position: i % 3 === 0 ? 'noted' : 'supported',
        positionSource: 'synthetic',
        actionCategory: 1 + (i % 5),
        actionCategorySource: 'suggested',
        themes: ['National human rights institution'],
        affectedPersons: [],
        sdgTargets: ['16.a'],
        implementationStatus: 'not-started',
        responsibleInstitutions: [],
        notes: '',
        evidence: '',
        lastReviewedOn: null,
        madeByUs: false,
        origin: { kind: 'upr-info', source: 'e2e', importedAt: at, key: `e2e:${i}` }
      })
    }
    tx.objectStore('registerJournal').add({ all: true })
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, count)
}

/** Deletes some recommendations and edits one, behind the app's back (what a restore must undo). */
async function changeSome(page: AppPage['page']): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('upr-desk')
      request.onsuccess = () => resolve(request.result)
    })
    const tx = db.transaction(['recommendations', 'registerJournal'], 'readwrite')
    const store = tx.objectStore('recommendations')
    for (let i = 0; i < 40; i++) store.delete(`rec_large_${String(24_000 + i).padStart(6, '0')}`)
    const read = store.get('rec_large_000007')
    read.onsuccess = () => store.put({ ...read.result, text: 'Edited after the backup' })
    tx.objectStore('registerJournal').add({ all: true })
    await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()))
    db.close()
  })
}

test('with 25,000 recommendations, a restore reads them on two cores, keeps them in its safety backup and gives every one back', async ({ page }) => {
  test.setTimeout(120_000)
  // The archive code says on the console when a read in two parts had to be done again in one.
  const fallbacks: string[] = []
  page.on('console', (message) => {
    if (message.text().startsWith('[archives]')) fallbacks.push(message.text())
  })
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('Slovenia')
  await storeRecommendations(page, RECORDS)
  await page.reload()
  await app.nav().getByRole('link', { name: 'Recommendations' }).click()
  const counts = page.locator('.register-counts')
  await expect(counts).toContainText('25,000 of 25,000 recommendations', { timeout: 30_000 })

  // In a browser the archives one saves are the backups.
  await app.nav().getByRole('link', { name: 'Data and backups' }).click()
  const save = page.getByRole('region', { name: 'Save an archive' })
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), save.getByRole('button', { name: 'Save archive…' }).click()])
  const archive = await download.path()

  await changeSome(page)
  await page.reload()
  await app.nav().getByRole('link', { name: 'Recommendations' }).click()
  await expect(counts).toContainText('24,960 of 24,960 recommendations', { timeout: 30_000 })

  // The restore reads the current data in two parts for its safety backup and its comparison.
  await app.nav().getByRole('link', { name: 'Data and backups' }).click()
  const open = page.getByRole('region', { name: 'Open an archive' })
  await open.getByLabel('Choose an archive (.uprdesk)').setInputFiles(archive)
  await expect(open.getByText(/25,000 recommendations/)).toBeVisible({ timeout: 30_000 })
  await open.getByRole('button', { name: 'Replace all my data…' }).click()
  await open.getByRole('button', { name: 'Replace all my data', exact: true }).click()
  await expect(page.getByText(/Your data was replaced with the archive/)).toBeVisible({ timeout: 60_000 })

  // Every recommendation is back, the edited one as it was; the safety backup holds the state before.
  await expect(page.getByRole('region', { name: 'Backups' }).getByRole('row', { name: /Safety \(before a restore or merge\)/ })).toContainText('24,960 recommendations')
  await app.nav().getByRole('link', { name: 'Recommendations' }).click()
  await expect(counts).toContainText('25,000 of 25,000 recommendations', { timeout: 30_000 })
  await page.getByLabel('Search').fill('"recommendation 7"')
  await expect(counts).toContainText('1 of 25,000 recommendations')
  await page.getByLabel('Search').fill('"Edited after the backup"')
  await expect(counts).toContainText('0 of 25,000 recommendations')
  expect(fallbacks).toEqual([])
})
