import type { TFunction } from 'i18next'
import { getI18n } from 'react-i18next'
import { interfaceLanguageOf } from '../../components/use-names'
import { collatorFor, stateName as nameIn } from '../../domain/names'
import { durationParts } from '../../domain/statements/timing'

/**
 * A State's UN short name in the interface language, or its code when the reference list does not know
 * it. Read at render time: a change of language re-renders every page (useTranslation), so the pages
 * that call this show the new names.
 */
export function stateName(iso3: string): string {
  return nameIn(iso3, interfaceLanguageOf(getI18n()?.language))
}

/** Two State codes in the alphabetical order of their names in the interface language. */
export function compareStateNames(a: string, b: string): number {
  return collatorFor(interfaceLanguageOf(getI18n()?.language)).compare(stateName(a), stateName(b))
}

/** "1 min 24 s", "45 s", "20 min" in the interface language. */
export function formatDuration(t: TFunction, seconds: number): string {
  const { minutes, seconds: s } = durationParts(seconds)
  if (minutes === 0) return t('statements.timing.seconds', { seconds: s })
  if (s === 0) return t('statements.timing.minutes', { minutes })
  return t('statements.timing.minutesSeconds', { minutes, seconds: s })
}

/** The message of an unknown error. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
