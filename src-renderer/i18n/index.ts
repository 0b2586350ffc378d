/// <reference types="vite/client" />
import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { dataSafetyEn } from './en-data-safety'
import { importMessagesEn } from './en-import-messages'
import { fileChecksEn } from './en-file-checks'
import { measuresEn } from './en-measures'
import { reviewEn } from './en-review'
import { statementsEn } from './en-statements'
import { webAppEn } from './en-web-app'
import { syncEn } from './en-sync'
import { es } from './es'
import { fr } from './fr'
import { addStateFormats } from './state-formats'
import { INTERFACE_LANGUAGES, type InterfaceLanguage, type TranslatedLanguage } from '../domain/interface-languages'

export const DEFAULT_NAMESPACE = 'translation'

export { INTERFACE_LANGUAGES, isInterfaceLanguage, type InterfaceLanguage, type TranslatedLanguage } from '../domain/interface-languages'

/**
 * The i18next plural suffixes a translation may add to a key whose English text uses `{{count}}`: the
 * CLDR categories of French and Spanish (`one`, `many`, `other`). The plain key stays required and is
 * what i18next falls back to for a category without its own variant.
 */
export type PluralSuffix = 'one' | 'many' | 'other'

/** The key an English plural variant belongs to: `reviews_one` and `reviews_other` → `reviews`. */
type PluralBase<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : never

/**
 * The shape of a translation of the English strings `T`: the same keys, every leaf a string, and
 * optional plural variants (`key_one`...). Where the English itself spells out its plural variants
 * with no plain key (`reviews_one`, `reviews_other`), the translation may add the other categories of
 * its language too (`reviews_many`). A missing or misspelt key fails the type check.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> } & {
  [K in keyof T as T[K] extends string ? `${K & string}_${PluralSuffix}` | `${PluralBase<K>}_${PluralSuffix}` : never]?: string
}

/** The English strings of each area file (`en-<area>.ts`), by the key they are found under (`t('review.…')`). */
export const ENGLISH_AREAS = {
  statements: statementsEn,
  review: reviewEn,
  measures: measuresEn,
  dataSafety: dataSafetyEn,
  webApp: webAppEn,
  sync: syncEn,
  importMessages: importMessagesEn,
  fileChecks: fileChecksEn
}

/** Every English string: the shared ones and each area's own file (one file per area keeps edits apart). */
export const english = { ...en, ...ENGLISH_AREAS }

/** The translations of `en.ts`. */
export const TRANSLATIONS: Record<TranslatedLanguage, Translation<typeof en>> = { fr, es }

/** One translated area file, such as `fr-review.ts`. */
export interface AreaTranslation {
  file: string
  language: TranslatedLanguage
  /** The key the area's strings live under, such as `review` or `dataSafety`. */
  area: string
  strings: Record<string, unknown>
}

// Area files are translated when their English settles: `fr-<area>.ts` and `es-<area>.ts` are picked up
// here as they appear, and until then i18next falls back to English, key by key.
const AREA_MODULES = import.meta.glob<Record<string, unknown>>(['./fr-*.ts', './es-*.ts'], { eager: true })

/**
 * The translated area files, by language and area (`./fr-data-safety.ts` → `fr`, `dataSafety`). Each must
 * export exactly one object; anything else is a mistake in the source, reported by name.
 */
export function areaTranslations(modules: Record<string, Record<string, unknown>> = AREA_MODULES): AreaTranslation[] {
  return Object.entries(modules).map(([file, exports]) => {
    const match = /(?:^|\/)(fr|es)-([a-z0-9-]+)\.ts$/.exec(file)
    if (!match) throw new Error(`${file}: an area translation is named fr-<area>.ts or es-<area>.ts`)
    const objects = Object.values(exports).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
    if (objects.length !== 1 || Object.keys(exports).length !== 1) {
      throw new Error(`${file}: an area translation exports exactly one object of strings`)
    }
    const area = match[2]!.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
    return { file, language: match[1] as TranslatedLanguage, area, strings: objects[0]! }
  })
}

/** The strings of one interface language: its translation of `en.ts` and of every area file translated so far. */
export function stringsOf(language: InterfaceLanguage, areas: readonly AreaTranslation[] = areaTranslations()): Record<string, unknown> {
  if (language === 'en') return english
  const translated = areas.filter((a) => a.language === language).map((a) => [a.area, a.strings] as const)
  return { ...TRANSLATIONS[language], ...Object.fromEntries(translated) }
}

/** Starts i18next in the given interface language, with English, French and Spanish loaded. */
export async function initI18n(language: InterfaceLanguage = 'en'): Promise<i18n> {
  const areas = areaTranslations()
  const instance = i18next.createInstance()
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: INTERFACE_LANGUAGES.map((l) => l.code),
    resources: Object.fromEntries(INTERFACE_LANGUAGES.map((l) => [l.code, { [DEFAULT_NAMESPACE]: stringsOf(l.code, areas) }])),
    interpolation: { escapeValue: false },
    returnNull: false
  })
  addStateFormats(instance)
  return instance
}

/** Keeps `<html lang>` on the interface language, now and whenever it changes (screen readers, hyphenation). */
export function keepDocumentLanguage(instance: i18n, root: Pick<HTMLElement, 'lang'>): void {
  root.lang = instance.resolvedLanguage ?? instance.language
  instance.on('languageChanged', (language: string) => {
    root.lang = language
  })
}

/** The locale for dates and numbers: British English, as in UN documents; Swiss French; Spanish. */
export function formattingLocale(language: string): string {
  if (language.startsWith('fr')) return 'fr-CH'
  if (language.startsWith('es')) return 'es-ES'
  return 'en-GB'
}
