// The application menu, built by a pure function so it can be tested without Electron, in the interface
// language (rebuilt when the renderer says the language changed).
import type { MenuItemConstructorOptions } from 'electron'
import type { InterfaceLanguageCode } from './ipc/contract'
import { fillMenuString, MENU_STRINGS, type MenuRole } from './menu-strings'

export interface MenuOptions {
  appName: string
  /** macOS gets the app menu first and "Close" instead of "Quit" in File. */
  isMac: boolean
  /** Reload and developer tools appear only in development. */
  isDev: boolean
  onAbout: () => void
  /** The interface language (English when not given). */
  language?: InterfaceLanguageCode
}

/** Builds the application menu template (File, Edit, View, Window, Help; plus the app menu on macOS). */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isDev, onAbout } = options
  const translated = options.language !== undefined && options.language !== 'en'
  const s = MENU_STRINGS[options.language ?? 'en']
  // A role item with the language's label (Electron's own English one where the table has none).
  const r = (role: MenuRole): MenuItemConstructorOptions => {
    const label = s.roles[role]
    return label ? { role, label: fillMenuString(label, { app: appName }) } : { role }
  }
  const about: MenuItemConstructorOptions = { label: fillMenuString(s.about, { app: appName }), click: () => onAbout() }

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      { type: 'separator' },
      r('services'),
      { type: 'separator' },
      r('hide'),
      r('hideOthers'),
      r('unhide'),
      { type: 'separator' },
      r('quit')
    ]
  }

  const fileMenu: MenuItemConstructorOptions = {
    label: s.file,
    submenu: [isMac ? r('close') : r('quit')]
  }

  const editMenu: MenuItemConstructorOptions = {
    label: s.edit,
    submenu: [
      r('undo'),
      r('redo'),
      { type: 'separator' },
      r('cut'),
      r('copy'),
      r('paste'),
      ...(isMac ? [r('pasteAndMatchStyle')] : []),
      r('delete'),
      { type: 'separator' },
      r('selectAll')
    ]
  }

  const devItems: MenuItemConstructorOptions[] = isDev
    ? [r('reload'), r('forceReload'), r('toggleDevTools'), { type: 'separator' }]
    : []
  const viewMenu: MenuItemConstructorOptions = {
    label: s.view,
    submenu: [
      ...devItems,
      r('resetZoom'),
      r('zoomIn'),
      r('zoomOut'),
      { type: 'separator' },
      r('togglefullscreen')
    ]
  }

  // Electron fills the Window menu in English; translated, it gets its items spelt out.
  const windowMenu: MenuItemConstructorOptions = translated
    ? { role: 'windowMenu', label: s.window, submenu: [r('minimize'), r('zoom'), ...(isMac ? [{ type: 'separator' } as const, r('front')] : [r('close')])] }
    : { role: 'windowMenu' }

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    ...(translated ? { label: s.help } : {}),
    submenu: [about]
  }

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
}
