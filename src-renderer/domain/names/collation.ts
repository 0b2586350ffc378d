/**
 * Sorting in the reader's language: "Égypte" sorts with the E's in French, "Österreich" would with the
 * O's; `localeCompare` without a locale follows the machine, not the interface.
 */
import type { LanguageCode } from '../model'

const COLLATORS = new Map<string, Intl.Collator>()

/** The BCP 47 locale the app uses for a language (Geneva: Swiss French, Spain's Spanish, British English). */
export function localeOf(language: LanguageCode): string {
  return language === 'fr' ? 'fr-CH' : language === 'es' ? 'es-ES' : 'en-GB'
}

/** One shared collator per language: numbers sort as numbers ("UPR 9" before "UPR 10"). */
export function collatorFor(language: LanguageCode): Intl.Collator {
  const locale = localeOf(language)
  let collator = COLLATORS.get(locale)
  if (!collator) {
    collator = new Intl.Collator(locale, { numeric: true })
    COLLATORS.set(locale, collator)
  }
  return collator
}

/** A copy of the items sorted by a text in a language's order. */
export function sortByText<T>(items: readonly T[], text: (item: T) => string, language: LanguageCode): T[] {
  const collator = collatorFor(language)
  return [...items].sort((a, b) => collator.compare(text(a), text(b)))
}
