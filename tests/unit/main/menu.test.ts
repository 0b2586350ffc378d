import type { KeyboardEvent, MenuItem, MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate } from '../../../src-main/menu'
import { aboutBox } from '../../../src-main/menu-strings'

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

describe('the menu and About box in the interface language', () => {
  const labels = (items: readonly MenuItemConstructorOptions[]): string[] => flatten(items).flatMap((item) => (item.label ? [item.label] : []))

  it('names the menus and their commands in French and Spanish', () => {
    const fr = buildMenuTemplate({ ...base, language: 'fr' })
    expect(fr.map((item) => item.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide'])
    expect(labels(fr)).toEqual(expect.arrayContaining(['Quitter', 'Annuler', 'Coller', 'Tout sélectionner', 'Plein écran', 'À propos d’UPR Desk']))
    const es = buildMenuTemplate({ ...base, language: 'es', isMac: true })
    expect(es.map((item) => item.label)).toEqual(['UPR Desk', 'Archivo', 'Edición', 'Ver', 'Ventana', 'Ayuda'])
    expect(labels(es)).toEqual(expect.arrayContaining(['Acerca de UPR Desk', 'Ocultar UPR Desk', 'Cerrar ventana', 'Pegar con el mismo estilo']))
  })

  it('keeps the roles, so the commands still work, and leaves no English label in French', () => {
    // Every English role is there (the translated Window menu spells out its items: minimize, zoom, front).
    expect(roles(buildMenuTemplate({ ...base, language: 'fr', isMac: true, isDev: true }))).toEqual(expect.arrayContaining(roles(buildMenuTemplate({ ...base, isMac: true, isDev: true }))))
    const english = new Set(labels(buildMenuTemplate({ ...base, isMac: true, isDev: true })))
    for (const label of labels(buildMenuTemplate({ ...base, language: 'fr', isMac: true, isDev: true }))) {
      if (label !== 'UPR Desk' && label !== 'Services') expect(english.has(label), label).toBe(false)
    }
    // Every role item carries a French label.
    for (const item of flatten(buildMenuTemplate({ ...base, language: 'fr', isMac: true, isDev: true }))) if (item.role) expect(item.label, item.role).toBeTruthy()
  })

  it('writes the About box in the language', () => {
    expect(aboutBox('fr', { name: 'UPR Desk', version: '1.2.3', electron: '42.0.0' })).toEqual({ title: 'À propos d’UPR Desk', message: 'UPR Desk', detail: 'Version 1.2.3\nElectron 42.0.0', buttons: ['OK'] })
    expect(aboutBox('es', { name: 'UPR Desk', version: '1.2.3', electron: '42.0.0' }).buttons).toEqual(['Aceptar'])
    expect(aboutBox('en', { name: 'UPR Desk', version: '1.2.3', electron: '42.0.0' }).title).toBe('About UPR Desk')
  })
})
