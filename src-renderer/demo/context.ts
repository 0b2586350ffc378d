/** What every part of the demo dataset is built from: the demo mission, today, and one creation time. */
import type { CalendarDate, MissionProfile, Timestamp } from '../domain/model'
import { MISSION_PROFILE_ID } from '../domain/model'

export interface DemoContext {
  profile: MissionProfile
  /** The day the demo is loaded: deadlines and dates are placed around it. */
  today: CalendarDate
  createdAt: Timestamp
}

/** Every demo record id starts with this, so the demo can be removed without touching the user's data. */
export const DEMO_ID_PREFIX = 'demo_'

/** A stable id for a demo record: the same demo loaded twice replaces itself instead of duplicating. */
export function demoId(kind: string, key: string): string {
  return `${DEMO_ID_PREFIX}${kind}_${key.replace(/[^A-Za-z0-9.-]/g, '-')}`
}

/** True for a record of the demo dataset. */
export function isDemoId(id: string): boolean {
  return id.startsWith(DEMO_ID_PREFIX)
}

/** The demo mission: Portugal's Permanent Mission in Geneva, clearly labelled as a demo. */
export function demoProfile(createdAt: Timestamp): MissionProfile {
  return {
    id: MISSION_PROFILE_ID,
    stateIso3: 'PRT',
    missionName: 'Permanent Mission of Portugal to the United Nations Office and other international organizations in Geneva (DEMO)',
    city: 'Geneva',
    language: 'en',
    speakingRateWpm: 125,
    createdAt,
    updatedAt: createdAt
  }
}
