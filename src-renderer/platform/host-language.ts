import type { Platform } from './types'

/** What keepHostLanguage needs from i18next. */
export interface LanguageSource {
  language: string
  on(event: 'languageChanged', listener: (language: string) => void): unknown
}

function tell(platform: Platform, language: string): void {
  const code = language.slice(0, 2)
  if (code === 'en' || code === 'fr' || code === 'es') platform.setInterfaceLanguage(code)
}

/** Tells the host the interface language now and at every change (Electron's context menu speaks it). */
export function keepHostLanguage(i18n: LanguageSource, platform: Platform): void {
  tell(platform, i18n.language)
  i18n.on('languageChanged', (language) => tell(platform, language))
}
