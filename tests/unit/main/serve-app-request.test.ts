import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../src-main/protocol/app-scheme'
import { serveAppRequest } from '../../../src-main/protocol/serve-app-request'

let base: string
let root: string
const logs: string[] = []
const log = (message: string) => logs.push(message)

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'upr-desk-protocol-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>UPR Desk</title>')
  await writeFile(join(root, 'assets', 'import.worker-1.js'), 'self.onmessage = () => {}')
  await writeFile(join(root, 'assets', 'pdf.worker.min-2.mjs'), 'export {}')
  await mkdir(join(root, 'assets', 'folder.js'))
  // Outside the renderer folder: what a symbolic link would like to reach.
  await mkdir(join(base, 'secret'))
  await writeFile(join(base, 'secret', 'keys.js'), 'secret')
  await symlink(join(base, 'secret', 'keys.js'), join(root, 'assets', 'linked.js'))
  await symlink(join(base, 'secret'), join(root, 'linked-folder'))
  await symlink(join(root, 'index.html'), join(root, 'inside-link.html'))
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

const get = (url: string, extra: Partial<{ method: string; initiatorOrigin: string }> = {}) =>
  serveAppRequest({ url, method: 'GET', ...extra }, root, { log })

describe('serveAppRequest', () => {
  it('serves index.html with its type and the CSP as a header', async () => {
    const response = await get('app://upr-desk/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>UPR Desk</title>')
  })

  it('serves the workers as JavaScript, each with the CSP header (workers take the policy of their own response)', async () => {
    for (const url of ['app://upr-desk/assets/import.worker-1.js', 'app://upr-desk/assets/pdf.worker.min-2.mjs']) {
      const response = await get(url, { initiatorOrigin: 'app://upr-desk' })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it('answers HEAD without a body', async () => {
    const response = await get('app://upr-desk/index.html', { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it('refuses a request started by another origin', async () => {
    for (const initiatorOrigin of ['https://evil.example', 'null', 'file://', 'app://other']) {
      const response = await get('app://upr-desk/index.html', { initiatorOrigin })
      expect(response.status).toBe(403)
    }
  })

  it('refuses a symbolic link to a file outside, a linked folder, and even a link that stays inside', async () => {
    expect((await get('app://upr-desk/assets/linked.js')).status).toBe(404)
    expect((await get('app://upr-desk/linked-folder/keys.js')).status).toBe(404)
    expect((await get('app://upr-desk/inside-link.html')).status).toBe(404)
    expect(logs.some((l) => l.includes('symbolic link') || l.includes('not a regular file'))).toBe(true)
  })

  it('refuses a folder, a missing file and traversal, with the CSP header on the refusal too', async () => {
    const folder = await get('app://upr-desk/assets/folder.js')
    expect(folder.status).toBe(404)
    expect((await get('app://upr-desk/assets/missing.js')).status).toBe(404)
    const traversal = await get('app://upr-desk/%2e%2e/secret/keys.js')
    expect(traversal.status).toBe(400)
    expect(traversal.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await traversal.text()).not.toContain('secret')
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://upr-desk/index.html', { method: 'POST' })).status).toBe(405)
  })
})
