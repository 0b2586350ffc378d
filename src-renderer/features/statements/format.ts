import type { TFunction } from 'i18next'
import { durationParts } from '../../domain/statements/timing'
import { stateByIso3 } from '../../domain/states'

/** A State's UN short name, or its code when the reference list does not know it. */
export function stateName(iso3: string): string {
  return stateByIso3(iso3)?.name ?? iso3
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
