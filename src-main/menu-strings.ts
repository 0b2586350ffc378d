// The words of the application menu and the About box in each interface language (the renderer tells
// main which one it shows, `app:set-language`). English role items keep Electron's own labels.
import type { InterfaceLanguageCode } from './ipc/contract'

/** The menu's own words. */
export interface MenuStrings {
  file: string
  edit: string
  view: string
  window: string
  help: string
  /** "About {{app}}". */
  about: string
  /** The About box's detail: "Version {{version}}" and the Electron line. */
  version: string
  ok: string
  /** Labels of Electron's role items; absent in English, where Electron's own are used. */
  roles: Partial<Record<MenuRole, string>>
}

export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'quit'
  | 'close'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'minimize'
  | 'zoom'
  | 'front'

export const MENU_STRINGS: Record<InterfaceLanguageCode, MenuStrings> = {
  en: { file: 'File', edit: 'Edit', view: 'View', window: 'Window', help: 'Help', about: 'About {{app}}', version: 'Version {{version}}', ok: 'OK', roles: {} },
  fr: {
    file: 'Fichier',
    edit: 'Édition',
    view: 'Affichage',
    window: 'Fenêtre',
    help: 'Aide',
    about: 'À propos d’{{app}}',
    version: 'Version {{version}}',
    ok: 'OK',
    roles: {
      undo: 'Annuler',
      redo: 'Rétablir',
      cut: 'Couper',
      copy: 'Copier',
      paste: 'Coller',
      pasteAndMatchStyle: 'Coller et adapter le style',
      delete: 'Supprimer',
      selectAll: 'Tout sélectionner',
      reload: 'Recharger',
      forceReload: 'Forcer le rechargement',
      toggleDevTools: 'Outils de développement',
      resetZoom: 'Taille réelle',
      zoomIn: 'Zoom avant',
      zoomOut: 'Zoom arrière',
      togglefullscreen: 'Plein écran',
      quit: 'Quitter',
      close: 'Fermer la fenêtre',
      services: 'Services',
      hide: 'Masquer {{app}}',
      hideOthers: 'Masquer les autres',
      unhide: 'Tout afficher',
      minimize: 'Réduire',
      zoom: 'Agrandir',
      front: 'Tout ramener au premier plan'
    }
  },
  es: {
    file: 'Archivo',
    edit: 'Edición',
    view: 'Ver',
    window: 'Ventana',
    help: 'Ayuda',
    about: 'Acerca de {{app}}',
    version: 'Versión {{version}}',
    ok: 'Aceptar',
    roles: {
      undo: 'Deshacer',
      redo: 'Rehacer',
      cut: 'Cortar',
      copy: 'Copiar',
      paste: 'Pegar',
      pasteAndMatchStyle: 'Pegar con el mismo estilo',
      delete: 'Eliminar',
      selectAll: 'Seleccionar todo',
      reload: 'Volver a cargar',
      forceReload: 'Forzar la recarga',
      toggleDevTools: 'Herramientas de desarrollo',
      resetZoom: 'Tamaño real',
      zoomIn: 'Acercar',
      zoomOut: 'Alejar',
      togglefullscreen: 'Pantalla completa',
      quit: 'Salir',
      close: 'Cerrar ventana',
      services: 'Servicios',
      hide: 'Ocultar {{app}}',
      hideOthers: 'Ocultar otros',
      unhide: 'Mostrar todo',
      minimize: 'Minimizar',
      zoom: 'Zoom',
      front: 'Traer todo al frente'
    }
  }
}

/** Fills `{{name}}` in a menu string. */
export function fillMenuString(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole)
}

/** The About box in a language: its title, message, detail and button. */
export function aboutBox(language: InterfaceLanguageCode, app: { name: string; version: string; electron: string }): { title: string; message: string; detail: string; buttons: string[] } {
  const s = MENU_STRINGS[language]
  return {
    title: fillMenuString(s.about, { app: app.name }),
    message: app.name,
    detail: `${fillMenuString(s.version, { version: app.version })}\nElectron ${app.electron}`,
    buttons: [s.ok]
  }
}
