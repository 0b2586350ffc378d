import { describe, expect, it } from 'vitest'
import { defaultMissionName, draftLanguage, emptyMissionDraft, validateMissionDraft } from '../../../src-renderer/domain/mission'

describe('mission profile rules', () => {
  it('names the mission after the State', () => {
    expect(defaultMissionName('Slovenia')).toBe(
      'Permanent Mission of Slovenia to the United Nations Office and other international organizations in Geneva'
    )
  })

  it('starts with Geneva, English and 125 words per minute', () => {
    expect(emptyMissionDraft()).toEqual({ stateIso3: '', missionName: '', city: 'Geneva', language: 'en', speakingRateWpm: '125' })
  })

  it('says which fields are missing or wrong', () => {
    expect(validateMissionDraft(emptyMissionDraft())).toEqual({
      stateIso3: 'profile.errors.stateRequired',
      missionName: 'profile.errors.missionNameRequired'
    })
    const ok = { stateIso3: 'SVN', missionName: 'PM', city: 'Geneva', language: 'fr', speakingRateWpm: '130' }
    expect(validateMissionDraft(ok)).toEqual({})
    for (const rate of ['59', '251', '12.5', '', 'abc', '1e2', '-125']) {
      expect(validateMissionDraft({ ...ok, speakingRateWpm: rate }).speakingRateWpm).toBe('profile.errors.speakingRate')
    }
    expect(validateMissionDraft({ ...ok, city: '   ' }).city).toBe('profile.errors.cityRequired')
  })

  it('falls back to English for an unknown language', () => {
    expect(draftLanguage({ ...emptyMissionDraft(), language: 'de' })).toBe('en')
    expect(draftLanguage({ ...emptyMissionDraft(), language: 'es' })).toBe('es')
  })
})
