// Helpers shared by the benchmarks.
import type { Browser, Page } from '@playwright/test'

/** The p-th percentile of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

/** A fresh page with the first-run setup done. */
export async function setUpMission(browser: Browser, base: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const page = await context.newPage()
  await page.goto(base)
  await page.getByLabel('State represented').selectOption({ label: 'Slovenia' })
  await page.getByRole('button', { name: 'Start using UPR Desk' }).click()
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
  return page
}
