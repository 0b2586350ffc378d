// `npx tsx scripts/web-icons.ts`: draws the web app's PNG icons from the SVG icons, in Chromium (no image
// library needed). Run it again when resources/public/icon.svg or resources/web/icon-maskable.svg change;
// the PNGs are committed so that a build needs no browser.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const root = new URL('..', import.meta.url).pathname

/** The icons Chrome and Edge want for an installable app: 192 and 512 px, plain and maskable (full bleed). */
const ICONS = [
  { svg: 'resources/public/icon.svg', out: 'icon-192.png', size: 192 },
  { svg: 'resources/public/icon.svg', out: 'icon-512.png', size: 512 },
  { svg: 'resources/web/icon-maskable.svg', out: 'icon-maskable-192.png', size: 192 },
  { svg: 'resources/web/icon-maskable.svg', out: 'icon-maskable-512.png', size: 512 },
  // iOS and some launchers put their own mask on a full-bleed square.
  { svg: 'resources/web/icon-maskable.svg', out: 'apple-touch-icon.png', size: 180 }
]

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  const page = await browser.newPage()
  for (const icon of ICONS) {
    const svg = await readFile(join(root, icon.svg), 'utf8')
    await page.setViewportSize({ width: icon.size, height: icon.size })
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
    await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${icon.size}" height="${icon.size}" style="display:block"></body></html>`)
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode())
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } })
    await writeFile(join(root, 'resources/web', icon.out), png)
    process.stdout.write(`resources/web/${icon.out} (${png.length} bytes)\n`)
  }
} finally {
  await browser.close()
}
