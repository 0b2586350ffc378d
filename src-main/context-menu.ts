// The right-click menu: spelling suggestions, then the edit commands, in the interface language the
// renderer told main (`app:set-language`). Built by a pure function, tested without Electron.
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron'
import type { InterfaceLanguageCode } from './ipc/contract'

/** The menu's words in each interface language. */
export const CONTEXT_MENU_STRINGS: Record<InterfaceLanguageCode, Record<'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'addToDictionary' | 'noSuggestions', string>> = {
  en: { undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all', addToDictionary: 'Add to dictionary', noSuggestions: 'No suggestions' },
  fr: { undo: 'Annuler', redo: 'Rétablir', cut: 'Couper', copy: 'Copier', paste: 'Coller', selectAll: 'Tout sélectionner', addToDictionary: 'Ajouter au dictionnaire', noSuggestions: 'Aucune suggestion' },
  es: { undo: 'Deshacer', redo: 'Rehacer', cut: 'Cortar', copy: 'Copiar', paste: 'Pegar', selectAll: 'Seleccionar todo', addToDictionary: 'Añadir al diccionario', noSuggestions: 'No hay sugerencias' }
}

/** The most spelling suggestions shown. */
export const MAX_SUGGESTIONS = 5

/** The interface language for a system locale (`fr-CH` → `fr`), English when none of the three. */
export function languageFromLocale(locale: string): InterfaceLanguageCode {
  const primary = locale.toLowerCase().split(/[-_]/)[0]
  return primary === 'fr' || primary === 'es' ? primary : 'en'
}

export type MenuParams = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>

/** Builds the menu for one right-click; empty when there is nothing to offer (no menu is shown). */
export function buildContextMenuTemplate(
  params: MenuParams,
  language: InterfaceLanguageCode,
  actions: { replaceMisspelling: (word: string) => void; addToDictionary: (word: string) => void }
): MenuItemConstructorOptions[] {
  const s = CONTEXT_MENU_STRINGS[language]
  const items: MenuItemConstructorOptions[] = []
  const misspelled = params.isEditable ? params.misspelledWord.trim() : ''
  if (misspelled !== '') {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS)
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) })
    if (suggestions.length === 0) items.push({ label: s.noSuggestions, enabled: false })
    items.push({ label: s.addToDictionary, click: () => actions.addToDictionary(misspelled) }, { type: 'separator' })
  }
  const flags = params.editFlags
  if (params.isEditable) {
    items.push(
      { role: 'undo', label: s.undo, enabled: flags.canUndo },
      { role: 'redo', label: s.redo, enabled: flags.canRedo },
      { type: 'separator' },
      { role: 'cut', label: s.cut, enabled: flags.canCut },
      { role: 'copy', label: s.copy, enabled: flags.canCopy },
      { role: 'paste', label: s.paste, enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: s.selectAll, enabled: flags.canSelectAll }
    )
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: s.copy, enabled: flags.canCopy }, { role: 'selectAll', label: s.selectAll, enabled: flags.canSelectAll })
  }
  return items
}
