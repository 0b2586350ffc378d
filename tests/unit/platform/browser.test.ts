// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { createBrowserPlatform, isHttpsUrl } from '../../../src-renderer/platform/browser'

describe('browser platform', () => {
  it('saves a file as a download with the suggested name', async () => {
    const clicked: { download: string; href: string }[] = []
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href })
    })
    const platform = createBrowserPlatform(document)
    const result = await platform.saveFile(new Uint8Array([80, 75, 3, 4]), 'Statement.docx', [{ name: 'Word', extensions: ['docx'] }])
    expect(result).toEqual({ status: 'saved', where: 'Statement.docx' })
    expect(clicked).toHaveLength(1)
    expect(clicked[0]!.download).toBe('Statement.docx')
    expect(clicked[0]!.href).toMatch(/^blob:/)
    expect(document.querySelectorAll('a[download]')).toHaveLength(0)
    spy.mockRestore()
  })

  it('opens only https links', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null)
    const platform = createBrowserPlatform(document)
    expect(await platform.openExternal('javascript:alert(1)')).toBe(false)
    expect(await platform.openExternal('http://example.org')).toBe(false)
    expect(await platform.openExternal('https://user:pw@example.org')).toBe(false)
    expect(await platform.openExternal('https://upr-info.org/')).toBe(true)
    expect(open).toHaveBeenCalledTimes(1)
    expect(isHttpsUrl('not a url')).toBe(false)
    open.mockRestore()
  })
})
