/**
 * Speaking time (DOMAIN.md, "Speaking time"): words at the mission's speaking rate against the slot.
 * - Working Group dialogue: the 140 minutes of the recommending States divided among the inscribed
 *   speakers, with a cap: `min(cap, 140*60 / speakers)` seconds.
 * - Council plenary adoption: 1.5 minutes for a State speaking on another State's outcome; the State
 *   under review itself has up to 20 minutes.
 * - The State's own review: the time the delegation gives this part of its 70 minutes.
 * Every default is a starting point the delegate can change on the statement.
 */
import type { StatementKind } from '../model'

/** The recommending States' share of the interactive dialogue, in seconds (140 minutes). */
export const WORKING_GROUP_SECONDS = 140 * 60
/** Inscribed speakers assumed until the real number is known (a busy review). */
export const DEFAULT_INSCRIBED_SPEAKERS = 100
/** The cap on one speaker's slot when few States are inscribed (check the session's modalities). */
export const DEFAULT_SLOT_CAP_SECONDS = 180
/** A State speaking at the plenary adoption of another State's outcome. */
export const PLENARY_STATE_SECONDS = 90
/** The State under review at the plenary adoption of its own outcome. */
export const PLENARY_STATE_UNDER_REVIEW_SECONDS = 20 * 60
/** Default shares of the State under review's 70 minutes in the dialogue. */
export const OWN_REVIEW_DEFAULT_SECONDS: Record<'opening' | 'concluding-remarks', number> = { opening: 20 * 60, 'concluding-remarks': 10 * 60 }
/** From this share of the slot on, the statement is flagged as close to the limit. */
export const NEAR_LIMIT_RATIO = 0.9

/** Where a statement is delivered, which decides its slot. Written documents are not timed. */
export type TimingVenue = 'working-group' | 'plenary' | 'own-review' | 'not-timed'

/** Where a kind of document is delivered. */
export function venueOfKind(kind: StatementKind): TimingVenue {
  switch (kind) {
    case 'recommending-state':
      return 'working-group'
    case 'opening':
    case 'concluding-remarks':
      return 'own-review'
    case 'plenary-adoption':
      return 'plenary'
    default:
      return 'not-timed'
  }
}

/** What decides the slot: entered on the statement, read from the review cycle, or a default. */
export interface SlotInput {
  kind: StatementKind
  /** Inscribed speakers entered on the statement (wins), else known from the review cycle. */
  enteredSpeakers: number | null
  knownSpeakers: number | null
  /** The cap on a Working Group slot, in seconds (null: the default). */
  capSeconds: number | null
  /** Minutes the delegate set for this statement (own review, plenary); null: the default. */
  allottedMinutes: number | null
  /** The plenary statement is the State under review's own. */
  speakingAsStateUnderReview: boolean
}

/** The slot and how it was found, for the delegate to see. */
export interface Slot {
  seconds: number
  basis: 'speakers-entered' | 'speakers-known' | 'speakers-default' | 'plenary-state' | 'plenary-state-under-review' | 'allotted' | 'own-review-default'
  /** The number of speakers used (Working Group only). */
  speakers: number | null
  /** True when the cap, not the division, decided (Working Group only). */
  capped: boolean
}

function positive(n: number | null): n is number {
  return n !== null && Number.isFinite(n) && n > 0
}

/** The Working Group slot for a number of inscribed speakers: `min(cap, 140*60 / speakers)`, whole seconds. */
export function workingGroupSlotSeconds(speakers: number, capSeconds: number = DEFAULT_SLOT_CAP_SECONDS): number {
  const share = WORKING_GROUP_SECONDS / Math.max(1, Math.round(speakers))
  return Math.floor(Math.min(capSeconds, share))
}

/** The slot of a statement, or null for documents that are not read aloud. */
export function slotOf(input: SlotInput): Slot | null {
  const venue = venueOfKind(input.kind)
  if (venue === 'not-timed') return null
  if (venue === 'working-group') {
    const cap = positive(input.capSeconds) ? input.capSeconds : DEFAULT_SLOT_CAP_SECONDS
    const [speakers, basis] = positive(input.enteredSpeakers)
      ? [Math.round(input.enteredSpeakers), 'speakers-entered' as const]
      : positive(input.knownSpeakers)
        ? [Math.round(input.knownSpeakers), 'speakers-known' as const]
        : [DEFAULT_INSCRIBED_SPEAKERS, 'speakers-default' as const]
    return { seconds: workingGroupSlotSeconds(speakers, cap), basis, speakers, capped: WORKING_GROUP_SECONDS / speakers > cap }
  }
  if (positive(input.allottedMinutes)) {
    return { seconds: Math.round(input.allottedMinutes * 60), basis: 'allotted', speakers: null, capped: false }
  }
  if (venue === 'plenary') {
    return input.speakingAsStateUnderReview
      ? { seconds: PLENARY_STATE_UNDER_REVIEW_SECONDS, basis: 'plenary-state-under-review', speakers: null, capped: false }
      : { seconds: PLENARY_STATE_SECONDS, basis: 'plenary-state', speakers: null, capped: false }
  }
  const ownKind = input.kind === 'concluding-remarks' ? 'concluding-remarks' : 'opening'
  return { seconds: OWN_REVIEW_DEFAULT_SECONDS[ownKind], basis: 'own-review-default', speakers: null, capped: false }
}

/** Words as a reader counts them: runs of letters or digits ("140.1" and "COVID-19" are one word each). */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:[.'’\-/][\p{L}\p{N}]+)*/gu) ?? []).length
}

/** Seconds to read a number of words at a rate (words per minute), rounded up. */
export function speakingSeconds(words: number, wordsPerMinute: number): number {
  if (words <= 0) return 0
  const rate = wordsPerMinute > 0 ? wordsPerMinute : 125
  return Math.ceil((words * 60) / rate)
}

/** The timing of a text against its slot. */
export interface Timing {
  words: number
  seconds: number
  slot: Slot | null
  /** 'over' the slot, 'near' it (90 % and more), 'within' it, or 'not-timed'. */
  verdict: 'over' | 'near' | 'within' | 'not-timed'
  /** Seconds over the slot (0 when within). */
  overBySeconds: number
  /** Words to cut to fit the slot (0 when within). */
  wordsToCut: number
  /** The most words that fit the slot at this rate. */
  wordsThatFit: number | null
}

/** Times a text at a speaking rate against a slot. */
export function timeText(text: string, wordsPerMinute: number, slot: Slot | null): Timing {
  const words = countWords(text)
  const seconds = speakingSeconds(words, wordsPerMinute)
  if (!slot) return { words, seconds, slot, verdict: 'not-timed', overBySeconds: 0, wordsToCut: 0, wordsThatFit: null }
  const wordsThatFit = Math.floor((slot.seconds * wordsPerMinute) / 60)
  const verdict = seconds > slot.seconds ? 'over' : seconds >= slot.seconds * NEAR_LIMIT_RATIO ? 'near' : 'within'
  return {
    words,
    seconds,
    slot,
    verdict,
    overBySeconds: Math.max(0, seconds - slot.seconds),
    wordsToCut: Math.max(0, words - wordsThatFit),
    wordsThatFit
  }
}

/** A duration split into whole minutes and seconds, for "1 min 24 s" in the reader's language. */
export function durationParts(totalSeconds: number): { minutes: number; seconds: number } {
  const s = Math.max(0, Math.round(totalSeconds))
  return { minutes: Math.floor(s / 60), seconds: s % 60 }
}
