/** Rules of the mission profile (setup and Settings). */
import { DEFAULT_SPEAKING_RATE_WPM, LANGUAGES, type LanguageCode } from './model'
import { stateName } from './names'

export const MIN_SPEAKING_RATE = 60
export const MAX_SPEAKING_RATE = 250

/** The usual name of a State's mission in Geneva. */
export function defaultMissionName(stateName: string): string {
  return `Permanent Mission of ${stateName} to the United Nations Office and other international organizations in Geneva`
}

/** The usual name of a State's mission in Geneva in a language: "Mission permanente de la Slovénie auprès de …". */
export function missionNameIn(iso3: string, language: LanguageCode): string {
  if (language === 'fr') return `Mission permanente ${stateName(iso3, 'fr', 'of')} auprès de l’Office des Nations Unies et des autres organisations internationales à Genève`
  if (language === 'es') return `Misión Permanente ${stateName(iso3, 'es', 'of')} ante la Oficina de las Naciones Unidas y otras organizaciones internacionales en Ginebra`
  return defaultMissionName(stateName(iso3, 'en'))
}

/** Whether a mission name is the usual one of a State in any of the three languages (so that choosing another State may replace it). */
export function isDefaultMissionName(name: string, iso3: string): boolean {
  return LANGUAGES.some((language) => missionNameIn(iso3, language) === name)
}

export interface MissionProfileDraft {
  stateIso3: string
  missionName: string
  city: string
  language: string
  speakingRateWpm: string
}

export type MissionProfileField = keyof MissionProfileDraft

/** A blank draft for the first-run form. */
export function emptyMissionDraft(): MissionProfileDraft {
  return { stateIso3: '', missionName: '', city: 'Geneva', language: 'en', speakingRateWpm: String(DEFAULT_SPEAKING_RATE_WPM) }
}

/** Problems with a draft, by field (as i18n keys); empty when it can be saved. */
export function validateMissionDraft(draft: MissionProfileDraft): Partial<Record<MissionProfileField, string>> {
  const errors: Partial<Record<MissionProfileField, string>> = {}
  if (!draft.stateIso3) errors.stateIso3 = 'profile.errors.stateRequired'
  if (!draft.missionName.trim()) errors.missionName = 'profile.errors.missionNameRequired'
  if (!draft.city.trim()) errors.city = 'profile.errors.cityRequired'
  const rate = Number(draft.speakingRateWpm)
  if (!/^\s*\d+\s*$/.test(draft.speakingRateWpm) || rate < MIN_SPEAKING_RATE || rate > MAX_SPEAKING_RATE) {
    errors.speakingRateWpm = 'profile.errors.speakingRate'
  }
  return errors
}

/** The language code of a draft, falling back to English. */
export function draftLanguage(draft: MissionProfileDraft): LanguageCode {
  return (LANGUAGES as readonly string[]).includes(draft.language) ? (draft.language as LanguageCode) : 'en'
}
