import { expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

/** Page object for UPR Desk: first-run setup and navigation, by roles and labels only. */
export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens the app on a fresh, empty database (each test has its own browser context). */
  async open(path = '/'): Promise<void> {
    await this.page.goto(path)
    await expect(this.page.locator('html[data-ready="true"]')).toBeAttached()
  }

  /** Completes the first-run setup for a State. */
  async completeSetup(stateName: string, options: { city?: string; rate?: string } = {}): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Welcome to UPR Desk' })).toBeVisible()
    await this.page.getByLabel('State represented').selectOption({ label: stateName })
    if (options.city) await this.page.getByLabel('City').fill(options.city)
    if (options.rate) await this.page.getByLabel('Speaking rate (words per minute)').fill(options.rate)
    await this.page.getByRole('button', { name: 'Start using UPR Desk' }).click()
    await expect(this.page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  }

  nav() {
    return this.page.getByRole('navigation', { name: 'Main navigation' })
  }

  /** Runs axe and fails on serious or critical violations, listing them. */
  async expectNoSeriousA11yViolations(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).analyze()
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
  }

  /** Saves a full-page screenshot under test-results/screenshots. */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
  }
}
