import { describe, expect, it, vi } from 'vitest'
import type { Session } from 'electron'
import { DICTIONARY_URL, applySpelling, availableLanguages, spellingPlan } from '../../../src-main/spelling'

describe('spellingPlan', () => {
  it('uses the system spellchecker on macOS (it picks the language)', () => {
    expect(spellingPlan('darwin', 'fr')).toEqual({ enabled: true, languages: null })
  })

  it('checks the three working languages on Windows, the interface language first', () => {
    expect(spellingPlan('win32', 'es')).toEqual({ enabled: true, languages: ['es-ES', 'en-GB', 'fr-FR'] })
    expect(spellingPlan('win32', 'en')).toEqual({ enabled: true, languages: ['en-GB', 'fr-FR', 'es-ES'] })
  })

  it('is off on Linux rather than downloading dictionaries', () => {
    expect(spellingPlan('linux', 'en')).toMatchObject({ enabled: false })
  })
})

describe('availableLanguages', () => {
  it('takes exact codes first, then the same language in another region', () => {
    expect(availableLanguages(['en-GB', 'fr-FR', 'es-ES'], ['en-US', 'en-GB', 'fr', 'es-MX', 'es'])).toEqual(['en-GB', 'fr', 'es-MX'])
    expect(availableLanguages(['fr-FR'], ['de', 'it'])).toEqual([])
  })
})

describe('applySpelling', () => {
  function fakeSession() {
    return {
      availableSpellCheckerLanguages: ['en-US', 'en-GB', 'fr', 'es'],
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
      setSpellCheckerLanguages: vi.fn()
    }
  }

  it('points the dictionary download at the app’s own origin, which serves none', () => {
    expect(DICTIONARY_URL).toBe('app://upr-desk/spellcheck-dictionaries/')
    for (const platform of ['win32', 'linux'] as const) {
      const session = fakeSession()
      applySpelling(session as unknown as Session, platform, 'en')
      expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(DICTIONARY_URL)
    }
  })

  it('sets the languages on Windows, turns spelling off on Linux, leaves macOS to the system', () => {
    const win = fakeSession()
    applySpelling(win as unknown as Session, 'win32', 'fr')
    expect(win.setSpellCheckerEnabled).toHaveBeenCalledWith(true)
    expect(win.setSpellCheckerLanguages).toHaveBeenCalledWith(['fr', 'en-GB', 'es'])
    const linux = fakeSession()
    applySpelling(linux as unknown as Session, 'linux', 'fr')
    expect(linux.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
    expect(linux.setSpellCheckerLanguages).not.toHaveBeenCalled()
    const mac = fakeSession()
    applySpelling(mac as unknown as Session, 'darwin', 'fr')
    expect(mac.setSpellCheckerEnabled).toHaveBeenCalledWith(true)
    expect(mac.setSpellCheckerDictionaryDownloadURL).not.toHaveBeenCalled()
    expect(mac.setSpellCheckerLanguages).not.toHaveBeenCalled()
  })
})
