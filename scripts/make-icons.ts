// Writes the installer icons from resources/public/icon.svg (the app's one icon): a 1024 px PNG
// (electron-builder's source and the Linux icon), PNGs in each size Linux desktops use, a Windows .ico
// (16-256 px, PNG-compressed) and a macOS .icns (16-1024 px). Run `npm run icons` after the SVG
// changes; the results are committed (about 150 KB), so packaging needs no image tools.
// Usage: tsx scripts/make-icons.ts [--check]  (--check: exit 1 when the committed icons are stale)
import { Resvg } from '@resvg/resvg-js'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import png2icons from 'png2icons'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const source = join(root, 'resources/public/icon.svg')
const out = join(root, 'resources/installer')

/** The sizes of the Linux icon set (hicolor theme folders). */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const

function render(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng())
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check')
  const svg = await readFile(source, 'utf8')
  const master = render(svg, 1024)
  const files = new Map<string, Buffer>()
  files.set('icon.png', master)
  for (const size of LINUX_SIZES) files.set(`icons/${size}x${size}.png`, render(svg, size))
  const ico = png2icons.createICO(master, png2icons.BICUBIC2, 0, true, true)
  const icns = png2icons.createICNS(master, png2icons.BICUBIC2, 0)
  if (!ico || !icns) throw new Error('png2icons could not build the .ico or .icns')
  files.set('icon.ico', ico)
  files.set('icon.icns', icns)

  const stale: string[] = []
  for (const [name, bytes] of files) {
    const path = join(out, name)
    if (check) {
      const current = await readFile(path).catch(() => null)
      if (current === null || !current.equals(bytes)) stale.push(relative(root, path))
      continue
    }
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, bytes)
  }
  const summary = { source: relative(root, source), out: relative(root, out), files: [...files].map(([name, bytes]) => ({ name, bytes: bytes.length })), stale }
  console.log(JSON.stringify(summary, null, 2))
  if (stale.length > 0) process.exitCode = 1
}

void main()
