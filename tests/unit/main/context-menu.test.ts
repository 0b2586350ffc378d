import { describe, expect, it, vi } from 'vitest'
import { CONTEXT_MENU_STRINGS, MAX_SUGGESTIONS, buildContextMenuTemplate, languageFromLocale, type MenuParams } from '../../../src-main/context-menu'

const allFlags = { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canDelete: true, canEditRichly: true }
const params = (over: Partial<MenuParams> = {}): MenuParams => ({ isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: allFlags, ...over })
const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() })

describe('buildContextMenuTemplate', () => {
  it('offers the spelling suggestions first, then the dictionary, then the edit commands', () => {
    const a = actions()
    const template = buildContextMenuTemplate(params({ misspelledWord: 'recomendation', dictionarySuggestions: ['recommendation', 'commendation'] }), 'en', a)
    expect(template.map((i) => i.label ?? i.type)).toEqual(['recommendation', 'commendation', 'Add to dictionary', 'separator', 'Undo', 'Redo', 'separator', 'Cut', 'Copy', 'Paste', 'separator', 'Select all'])
    template[0]?.click?.({} as never, undefined, {} as never)
    expect(a.replaceMisspelling).toHaveBeenCalledWith('recommendation')
    template[2]?.click?.({} as never, undefined, {} as never)
    expect(a.addToDictionary).toHaveBeenCalledWith('recomendation')
  })

  it('speaks the interface language', () => {
    const fr = buildContextMenuTemplate(params({ misspelledWord: 'xyz' }), 'fr', actions())
    expect(fr.map((i) => i.label).filter(Boolean)).toEqual(['Aucune suggestion', 'Ajouter au dictionnaire', 'Annuler', 'Rétablir', 'Couper', 'Copier', 'Coller', 'Tout sélectionner'])
    const es = buildContextMenuTemplate(params(), 'es', actions())
    expect(es.map((i) => i.label).filter(Boolean)).toEqual(['Deshacer', 'Rehacer', 'Cortar', 'Copiar', 'Pegar', 'Seleccionar todo'])
  })

  it('has the same commands in the three languages', () => {
    expect(Object.keys(CONTEXT_MENU_STRINGS.fr).sort()).toEqual(Object.keys(CONTEXT_MENU_STRINGS.en).sort())
    expect(Object.keys(CONTEXT_MENU_STRINGS.es).sort()).toEqual(Object.keys(CONTEXT_MENU_STRINGS.en).sort())
  })

  it('shows at most five suggestions, and follows what the field allows', () => {
    const template = buildContextMenuTemplate(params({ misspelledWord: 'x', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], editFlags: { ...allFlags, canPaste: false } }), 'en', actions())
    expect(template.filter((i) => !i.role && i.type !== 'separator' && i.label !== 'Add to dictionary')).toHaveLength(MAX_SUGGESTIONS)
    expect(template.find((i) => i.role === 'paste')?.enabled).toBe(false)
  })

  it('offers copy for selected text outside a field, and nothing when there is nothing to do', () => {
    expect(buildContextMenuTemplate(params({ isEditable: false, selectionText: 'A/HRC/43/15' }), 'en', actions()).map((i) => i.role)).toEqual(['copy', 'selectAll'])
    expect(buildContextMenuTemplate(params({ isEditable: false }), 'en', actions())).toEqual([])
    // A misspelling outside an editable field (read-only text) offers no corrections.
    expect(buildContextMenuTemplate(params({ isEditable: false, misspelledWord: 'x' }), 'en', actions())).toEqual([])
  })
})

describe('languageFromLocale', () => {
  it.each([
    ['fr-CH', 'fr'],
    ['fr', 'fr'],
    ['es-419', 'es'],
    ['es_ES', 'es'],
    ['en-GB', 'en'],
    ['de-CH', 'en'],
    ['', 'en']
  ])('%s gives %s', (locale, language) => {
    expect(languageFromLocale(locale)).toBe(language)
  })
})
