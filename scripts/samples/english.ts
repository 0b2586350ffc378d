/**
 * The app's English strings for scripts run by Node (samples, benchmarks): the shared strings and the
 * area files, without `src-renderer/i18n/index.ts`, which finds the translations through Vite's
 * `import.meta.glob` and so only runs inside Vite and vitest.
 */
import i18next from 'i18next'
import type { Translate } from '../../src-renderer/export/review/review-calendar'
import { en } from '../../src-renderer/i18n/en'
import { dataSafetyEn } from '../../src-renderer/i18n/en-data-safety'
import { measuresEn } from '../../src-renderer/i18n/en-measures'
import { reviewEn } from '../../src-renderer/i18n/en-review'
import { statementsEn } from '../../src-renderer/i18n/en-statements'

/** A translation function over the English strings, as the app's `t`. */
export async function englishTranslate(): Promise<Translate> {
  const instance = i18next.createInstance()
  await instance.init({
    lng: 'en',
    resources: { en: { translation: { ...en, statements: statementsEn, review: reviewEn, measures: measuresEn, dataSafety: dataSafetyEn } } },
    interpolation: { escapeValue: false },
    returnNull: false
  })
  return (key, options) => instance.t(key, options)
}
