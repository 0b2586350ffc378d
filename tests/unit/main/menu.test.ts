import type { KeyboardEvent, MenuItem, MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate } from '../../../src-main/menu'

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
}

const roles = (items: readonly MenuItemConstructorOptions[]): string[] =>
  flatten(items).flatMap((item) => (item.role ? [item.role] : []))

const base = { appName: 'UPR Desk', isMac: false, isDev: false, onAbout: () => undefined }

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    const template = buildMenuTemplate(base)
    expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help'])
    expect(roles([template[0] ?? {}])).toEqual(['quit'])
  })

  it('puts the standard edit roles in Edit', () => {
    const edit = buildMenuTemplate(base)[1] ?? {}
    expect(roles([edit])).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll'])
  })

  it('offers no reload and no developer tools outside development', () => {
    const all = roles(buildMenuTemplate(base))
    expect(all).not.toContain('reload')
    expect(all).not.toContain('forceReload')
    expect(all).not.toContain('toggleDevTools')
    expect(all).toEqual(expect.arrayContaining(['togglefullscreen', 'zoomIn', 'zoomOut', 'resetZoom']))
  })

  it('offers reload and developer tools in development', () => {
    expect(roles(buildMenuTemplate({ ...base, isDev: true }))).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools'])
    )
  })

  it('adds the app menu first on macOS and closes instead of quitting from File', () => {
    const template = buildMenuTemplate({ ...base, isMac: true })
    expect(template.map((item) => item.label ?? item.role)).toEqual(['UPR Desk', 'File', 'Edit', 'View', 'windowMenu', 'help'])
    expect(roles([template[0] ?? {}])).toContain('quit')
    expect(roles([template[1] ?? {}])).toEqual(['close'])
    expect(roles([template[2] ?? {}])).toContain('pasteAndMatchStyle')
  })

  it('calls onAbout from Help > About UPR Desk', () => {
    const onAbout = vi.fn()
    const help = buildMenuTemplate({ ...base, onAbout }).at(-1)
    const about = flatten([help ?? {}]).find((item) => item.label === 'About UPR Desk')
    about?.click?.({} as MenuItem, undefined, {} as KeyboardEvent)
    expect(onAbout).toHaveBeenCalledTimes(1)
  })

  it('uses only labels, roles, separators, submenus and clicks (no remote URLs or scripts)', () => {
    for (const item of flatten(buildMenuTemplate({ ...base, isMac: true, isDev: true }))) {
      expect(Object.keys(item).every((key) => ['label', 'role', 'type', 'submenu', 'click'].includes(key))).toBe(true)
    }
  })
})
