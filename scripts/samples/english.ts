/**
 * The app's strings for scripts run by Node (samples, benchmarks): the shared strings and the area files
 * of each language, without `src-renderer/i18n/index.ts`, which finds the translations through Vite's
 * `import.meta.glob` and so only runs inside Vite and vitest.
 */
import type { LanguageCode } from '../../src-renderer/domain/model'
import { phraseBook, type Dictionary, type PhraseBook } from '../../src-renderer/domain/words/phrase-book'
import { en } from '../../src-renderer/i18n/en'
import { dataSafetyEn } from '../../src-renderer/i18n/en-data-safety'
import { measuresEn } from '../../src-renderer/i18n/en-measures'
import { reviewEn } from '../../src-renderer/i18n/en-review'
import { statementsEn } from '../../src-renderer/i18n/en-statements'
import { es } from '../../src-renderer/i18n/es'
import { dataSafetyEs } from '../../src-renderer/i18n/es-data-safety'
import { measuresEs } from '../../src-renderer/i18n/es-measures'
import { reviewEs } from '../../src-renderer/i18n/es-review'
import { statementsEs } from '../../src-renderer/i18n/es-statements'
import { fr } from '../../src-renderer/i18n/fr'
import { dataSafetyFr } from '../../src-renderer/i18n/fr-data-safety'
import { measuresFr } from '../../src-renderer/i18n/fr-measures'
import { reviewFr } from '../../src-renderer/i18n/fr-review'
import { statementsFr } from '../../src-renderer/i18n/fr-statements'

/** Every string of a language, as the app's i18n holds them. */
export function stringsIn(language: LanguageCode): Dictionary {
  const strings =
    language === 'fr'
      ? { ...fr, statements: statementsFr, review: reviewFr, measures: measuresFr, dataSafety: dataSafetyFr }
      : language === 'es'
        ? { ...es, statements: statementsEs, review: reviewEs, measures: measuresEs, dataSafety: dataSafetyEs }
        : { ...en, statements: statementsEn, review: reviewEn, measures: measuresEn, dataSafety: dataSafetyEn }
  return strings as unknown as Dictionary
}

/** The phrase book of a language over the app's strings, English as fallback, as the app builds it. */
export function documentWordsIn(language: LanguageCode): PhraseBook {
  return phraseBook(language, language === 'en' ? [stringsIn('en')] : [stringsIn(language), stringsIn('en')])
}
