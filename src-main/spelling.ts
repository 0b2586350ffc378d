// Spelling stays on, and nothing is downloaded for it. macOS and Windows check with the system's own
// spellchecker (Windows: the Windows Spell Checking API, which Chromium uses for the languages Windows
// has). On Linux Chromium needs Hunspell dictionaries in its own .bdic format, which it downloads from
// Google; no npm package ships .bdic files (dictionary-en/-fr/-es ship .aff/.dic, which only
// Chromium's convert_dict tool turns into .bdic), so on Linux spelling is off rather than downloaded.
// Everywhere, the download URL points at the app's own origin, which serves no dictionary: even a
// language Windows lacks cannot make Chromium fetch one from the network.
import type { Session } from 'electron'
import { APP_ORIGIN } from './protocol/app-scheme'
import type { InterfaceLanguageCode } from './ipc/contract'

/** Where Chromium would fetch Hunspell dictionaries: the app's origin, which serves none. */
export const DICTIONARY_URL = `${APP_ORIGIN}/spellcheck-dictionaries/`

/** The spellchecker languages for each interface language (the working languages, the current first). */
const LANGUAGE_CODES: Record<InterfaceLanguageCode, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' }

export type SpellingPlan = { enabled: true; languages: string[] | null } | { enabled: false; why: string }

/** What spelling does on this system: the languages to set (null: the system decides), or off and why. */
export function spellingPlan(platform: NodeJS.Platform, language: InterfaceLanguageCode): SpellingPlan {
  if (platform === 'darwin') return { enabled: true, languages: null }
  if (platform === 'win32') {
    const order: InterfaceLanguageCode[] = [language, ...(['en', 'fr', 'es'] as const).filter((l) => l !== language)]
    return { enabled: true, languages: order.map((l) => LANGUAGE_CODES[l]) }
  }
  return { enabled: false, why: 'no offline Hunspell dictionaries on Linux' }
}

/** The plan's languages that this system's spellchecker has (a closest match for `en-GB`, `fr-FR`...). */
export function availableLanguages(wanted: readonly string[], available: readonly string[]): string[] {
  const chosen: string[] = []
  for (const code of wanted) {
    const match = available.find((a) => a.toLowerCase() === code.toLowerCase()) ?? available.find((a) => a.toLowerCase().split('-')[0] === code.toLowerCase().split('-')[0])
    if (match !== undefined && !chosen.includes(match)) chosen.push(match)
  }
  return chosen
}

/** Applies the plan to a session (thin: Electron calls only). */
export function applySpelling(session: Session, platform: NodeJS.Platform, language: InterfaceLanguageCode): void {
  const plan = spellingPlan(platform, language)
  if (platform !== 'darwin') session.setSpellCheckerDictionaryDownloadURL(DICTIONARY_URL)
  session.setSpellCheckerEnabled(plan.enabled)
  if (plan.enabled && plan.languages !== null) {
    const languages = availableLanguages(plan.languages, session.availableSpellCheckerLanguages)
    if (languages.length > 0) session.setSpellCheckerLanguages(languages)
  }
}
