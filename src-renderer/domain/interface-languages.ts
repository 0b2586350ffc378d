/** The languages the app's interface speaks: plain data, so that storage can check a value without loading the translations. */

/**
 * The languages of the interface: the Geneva working languages. Each is named in its own language, in
 * every interface language, so that a reader finds theirs whatever the app is showing now.
 */
export const INTERFACE_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'es', name: 'Español' }
] as const

/** One of the interface languages: `en`, `fr` or `es`. */
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number]['code']

/** The languages that have translations of the English strings. */
export type TranslatedLanguage = Exclude<InterfaceLanguage, 'en'>

/** Whether a value (from storage, a select, i18next) is one of the interface languages. */
export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return INTERFACE_LANGUAGES.some((l) => l.code === value)
}
