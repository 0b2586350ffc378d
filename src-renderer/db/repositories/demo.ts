import { DEMO_ID_PREFIX, type DemoDataset } from '../../demo'
import { MISSION_PROFILE_ID, type MissionProfile } from '../../domain/model'
import type { UprDeskDatabase } from '../schema/database'
import { nowIso } from '../../domain/ids'
import { withSearchText } from './recommendations'

/** The tables the demo dataset fills, with the dataset's key for each. */
const DEMO_TABLES = [
  'recommendations',
  'reviews',
  'tasks',
  'participations',
  'statements',
  'statementVersions',
  'recoveryMeasures',
  'recommendationMeasureLinks',
  'attachments'
] as const

/** Where the mission profile in use before the demo was loaded is kept, to give it back on removal. */
const PROFILE_BEFORE_DEMO = 'profileBeforeDemo'

/** What the demo loader did, for the person who asked. */
export interface DemoReport {
  records: number
}

/**
 * The demo mission: loaded and removed in one transaction each. Demo records all have ids starting with
 * `demo_`, so loading twice replaces the demo and removing it never touches the delegate's own records.
 * The delegate's own mission profile is kept aside while the demo is loaded and put back on removal.
 */
export class DemoRepository {
  constructor(private readonly db: UprDeskDatabase) {}

  /** Loads (or reloads) the demo mission. */
  load(dataset: DemoDataset): Promise<DemoReport> {
    const tables = [this.db.missionProfile, this.db.appMeta, ...DEMO_TABLES.map((name) => this.db.table(name))]
    return this.db.transaction('rw', tables, async () => {
      const current = await this.db.missionProfile.get(MISSION_PROFILE_ID)
      const kept = await this.db.appMeta.get(PROFILE_BEFORE_DEMO)
      if (current && !kept && !(await this.isDemoLoaded())) {
        await this.db.appMeta.put({ id: PROFILE_BEFORE_DEMO, value: JSON.stringify(current), updatedAt: nowIso() })
      }
      await this.db.missionProfile.put(dataset.profile)
      let records = 0
      for (const name of DEMO_TABLES) {
        const rows: { id: string }[] = name === 'recommendations' ? dataset.recommendations.map((r) => withSearchText(r)) : dataset[name]
        await this.db.table(name).where(':id').startsWith(DEMO_ID_PREFIX).delete()
        await this.db.table(name).bulkPut(rows)
        records += rows.length
      }
      await this.db.appMeta.put({ id: 'demoLoaded', value: true, updatedAt: nowIso() })
      return { records }
    })
  }

  /** Removes every demo record and gives back the profile the delegate had before (if any). */
  remove(): Promise<DemoReport> {
    const tables = [this.db.missionProfile, this.db.appMeta, ...DEMO_TABLES.map((name) => this.db.table(name))]
    return this.db.transaction('rw', tables, async () => {
      let records = 0
      for (const name of DEMO_TABLES) {
        records += await this.db.table(name).where(':id').startsWith(DEMO_ID_PREFIX).delete()
      }
      const kept = await this.db.appMeta.get(PROFILE_BEFORE_DEMO)
      if (typeof kept?.value === 'string') {
        const profile = JSON.parse(kept.value) as MissionProfile
        await this.db.missionProfile.put({ ...profile, updatedAt: nowIso() })
      }
      await this.db.appMeta.bulkDelete([PROFILE_BEFORE_DEMO, 'demoLoaded'])
      return { records }
    })
  }

  /** True while the demo mission is loaded. */
  async isDemoLoaded(): Promise<boolean> {
    return (await this.db.appMeta.get('demoLoaded'))?.value === true
  }
}
