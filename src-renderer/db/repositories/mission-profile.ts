import type { MissionProfile } from '../../domain/model'
import { MISSION_PROFILE_ID } from '../../domain/model'
import type { UprDeskDatabase } from '../schema/database'
import { nowIso } from '../../domain/ids'

/** What a person enters in the setup or Settings form. */
export type MissionProfileInput = Omit<MissionProfile, 'id' | 'createdAt' | 'updatedAt'>

/** The mission profile: one record, created at first run, edited in Settings. */
export class MissionProfileRepository {
  constructor(private readonly db: UprDeskDatabase) {}

  /** The profile, or undefined before the first-run setup. */
  get(): Promise<MissionProfile | undefined> {
    return this.db.missionProfile.get(MISSION_PROFILE_ID)
  }

  /** Creates or updates the profile, keeping its creation time. */
  save(input: MissionProfileInput): Promise<MissionProfile> {
    return this.db.transaction('rw', this.db.missionProfile, async () => {
      const existing = await this.db.missionProfile.get(MISSION_PROFILE_ID)
      const at = nowIso()
      const profile: MissionProfile = {
        ...input,
        id: MISSION_PROFILE_ID,
        createdAt: existing?.createdAt ?? at,
        updatedAt: at
      }
      await this.db.missionProfile.put(profile)
      return profile
    })
  }
}
