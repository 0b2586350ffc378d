import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { dataSafetyEn } from './en-data-safety'
import { measuresEn } from './en-measures'
import { reviewEn } from './en-review'
import { statementsEn } from './en-statements'

export const DEFAULT_NAMESPACE = 'translation'

/** Every English string: the shared ones and each area's own file (one file per area keeps edits apart). */
export const english = {
  ...en,
  statements: statementsEn,
  review: reviewEn,
  measures: measuresEn,
  dataSafety: dataSafetyEn
}

/** Starts i18next with the bundled strings (English now; French and Spanish are added as resources). */
export async function initI18n(language = 'en'): Promise<i18n> {
  const instance = i18next.createInstance()
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { [DEFAULT_NAMESPACE]: english } },
    interpolation: { escapeValue: false },
    returnNull: false
  })
  return instance
}

/** The locale for dates and numbers: British English, as in UN documents; Swiss French; Spanish. */
export function formattingLocale(language: string): string {
  if (language.startsWith('fr')) return 'fr-CH'
  if (language.startsWith('es')) return 'es-ES'
  return 'en-GB'
}
