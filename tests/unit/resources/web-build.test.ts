import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import electronConfig from '../../../electron.vite.config'
import webConfig, { WEB_MANIFEST } from '../../../vite.web.config'

const root = resolve(import.meta.dirname, '../../..')
const read = (path: string): string => readFileSync(resolve(root, path), 'utf8')

/** The Content-Security-Policy that src-renderer/index.html declares. */
function declaredPolicy(): string {
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(read('src-renderer/index.html'))
  if (!match?.[1]) throw new Error('index.html declares no Content-Security-Policy')
  return match[1]
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): string {
  const bytes = readFileSync(resolve(root, path))
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`
}

describe('the web build', () => {
  it('gives IT the same Content-Security-Policy as index.html declares (README, nginx, IIS)', () => {
    const policy = declaredPolicy()
    expect(read('README.md')).toContain(`\`Content-Security-Policy: ${policy}\``)
    expect(read('resources/web/server/nginx.conf')).toContain(`set $csp "${policy}";`)
    expect(read('resources/web/server/web.config')).toContain(`<add name="Content-Security-Policy" value="${policy}" />`)
  })

  it('has a manifest Edge and Chrome accept for installing: standalone, scoped to its folder, 192 and 512 px icons, maskable too', () => {
    expect(WEB_MANIFEST).toMatchObject({ name: 'UPR Desk', short_name: 'UPR Desk', start_url: './', scope: './', display: 'standalone' })
    expect(WEB_MANIFEST.theme_color).toMatch(/^#[0-9a-f]{6}$/)
    const pngs = (WEB_MANIFEST.icons ?? []).filter((icon) => icon.type === 'image/png')
    for (const purpose of ['any', 'maskable']) {
      expect(pngs.filter((icon) => icon.purpose === purpose).map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512'])
    }
    for (const icon of pngs) expect(pngSize(`resources/web/${icon.src.replace(/^icons\//, '')}`)).toBe(icon.sizes)
  })

  it('builds the same renderer as the Electron window (sources, public files, worker format), into its own folder', () => {
    // electron-vite's defineConfig returns the object it is given; only the fields compared here are typed.
    const renderer = (electronConfig as unknown as { renderer: { root: string; publicDir: string; worker: { format: string } } }).renderer
    expect(webConfig.root).toBe(renderer.root)
    expect(webConfig.publicDir).toBe(renderer.publicDir)
    expect(webConfig.worker?.format).toBe(renderer.worker.format)
    expect(webConfig.build?.outDir).toBe(resolve(root, 'out/web'))
    // Relative URLs: the folder can be served under any path of an intranet.
    expect(webConfig.base).toBe('./')
  })
})
