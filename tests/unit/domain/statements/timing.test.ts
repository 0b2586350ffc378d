import { describe, expect, it } from 'vitest'
import {
  countWords,
  DEFAULT_INSCRIBED_SPEAKERS,
  durationParts,
  slotOf,
  speakingSeconds,
  timeText,
  venueOfKind,
  workingGroupSlotSeconds,
  type SlotInput
} from '../../../../src-renderer/domain/statements/timing'

const base: SlotInput = { kind: 'recommending-state', enteredSpeakers: null, knownSpeakers: null, capSeconds: null, allottedMinutes: null, speakingAsStateUnderReview: false }

describe('speaking time', () => {
  it('counts words as a reader does', () => {
    expect(countWords('')).toBe(0)
    expect(countWords('Thank you, Madam President.')).toBe(4)
    expect(countWords('Recommendation 140.1, COVID-19 and the State’s plan (2025-2030).')).toBe(8)
    expect(countWords('Ratifier la Convention d’ici 2027 — merci.')).toBe(6)
  })

  it('reads words at the speaking rate, rounding up', () => {
    expect(speakingSeconds(125, 125)).toBe(60)
    expect(speakingSeconds(126, 125)).toBe(61)
    expect(speakingSeconds(0, 125)).toBe(0)
  })

  it('divides the 140 minutes among the inscribed speakers, with a cap', () => {
    expect(workingGroupSlotSeconds(100)).toBe(84)
    expect(workingGroupSlotSeconds(140)).toBe(60)
    expect(workingGroupSlotSeconds(20)).toBe(180)
    expect(workingGroupSlotSeconds(20, 240)).toBe(240)
    expect(workingGroupSlotSeconds(0)).toBe(180)
  })

  it('uses the speakers entered, then those the review cycle knows, then the default', () => {
    expect(slotOf({ ...base, enteredSpeakers: 70, knownSpeakers: 90 })).toMatchObject({ seconds: 120, basis: 'speakers-entered', speakers: 70 })
    expect(slotOf({ ...base, knownSpeakers: 90 })).toMatchObject({ seconds: 93, basis: 'speakers-known', speakers: 90 })
    expect(slotOf(base)).toMatchObject({ basis: 'speakers-default', speakers: DEFAULT_INSCRIBED_SPEAKERS, seconds: 84 })
    expect(slotOf({ ...base, enteredSpeakers: 10 })).toMatchObject({ seconds: 180, capped: true })
  })

  it('gives 1.5 minutes at the plenary, 20 to the State under review, and the allotted time when set', () => {
    expect(slotOf({ ...base, kind: 'plenary-adoption' })).toMatchObject({ seconds: 90, basis: 'plenary-state' })
    expect(slotOf({ ...base, kind: 'plenary-adoption', speakingAsStateUnderReview: true })).toMatchObject({ seconds: 1200 })
    expect(slotOf({ ...base, kind: 'plenary-adoption', allottedMinutes: 3 })).toMatchObject({ seconds: 180, basis: 'allotted' })
    expect(slotOf({ ...base, kind: 'opening' })).toMatchObject({ seconds: 1200, basis: 'own-review-default' })
    expect(slotOf({ ...base, kind: 'concluding-remarks' })).toMatchObject({ seconds: 600 })
    expect(slotOf({ ...base, kind: 'position-paper' })).toBeNull()
    expect(venueOfKind('mid-term-report')).toBe('not-timed')
  })

  it('flags a text over its slot with the words to cut, and one close to it', () => {
    const slot = slotOf(base)!
    const long = Array.from({ length: 200 }, () => 'word').join(' ')
    const over = timeText(long, 125, slot)
    expect(over).toMatchObject({ words: 200, seconds: 96, verdict: 'over', overBySeconds: 12, wordsThatFit: 175, wordsToCut: 25 })
    expect(timeText(Array.from({ length: 170 }, () => 'w').join(' '), 125, slot).verdict).toBe('near')
    expect(timeText('Thank you.', 125, slot)).toMatchObject({ verdict: 'within', overBySeconds: 0, wordsToCut: 0 })
    expect(timeText('Thank you.', 125, null).verdict).toBe('not-timed')
  })

  it('splits durations into minutes and seconds', () => {
    expect(durationParts(84)).toEqual({ minutes: 1, seconds: 24 })
    expect(durationParts(45)).toEqual({ minutes: 0, seconds: 45 })
  })
})
