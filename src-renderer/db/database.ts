import Dexie, { type EntityTable } from 'dexie'
import type {
  AppMetaEntry,
  Attachment,
  MissionProfile,
  Participation,
  Recommendation,
  RecommendationMeasureLink,
  RecoveryMeasure,
  ReferenceCorrection,
  SavedView,
  Review,
  Statement,
  StatementVersion,
  SyncBase,
  Task
} from '../domain/model'
import { DATABASE_NAME, SCHEMA_VERSIONS } from './schema'
import { writeWatchMiddleware } from './write-watch'

/** The app's IndexedDB database: one typed table per kind of record. */
export class UprDeskDatabase extends Dexie {
  missionProfile!: EntityTable<MissionProfile, 'id'>
  reviews!: EntityTable<Review, 'id'>
  recommendations!: EntityTable<Recommendation, 'id'>
  recoveryMeasures!: EntityTable<RecoveryMeasure, 'id'>
  recommendationMeasureLinks!: EntityTable<RecommendationMeasureLink, 'id'>
  statements!: EntityTable<Statement, 'id'>
  statementVersions!: EntityTable<StatementVersion, 'id'>
  tasks!: EntityTable<Task, 'id'>
  referenceCorrections!: EntityTable<ReferenceCorrection, 'id'>
  savedViews!: EntityTable<SavedView, 'id'>
  participations!: EntityTable<Participation, 'id'>
  attachments!: EntityTable<Attachment, 'id'>
  appMeta!: EntityTable<AppMetaEntry, 'id'>
  syncBases!: EntityTable<SyncBase, 'id'>

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    for (const { version, stores } of SCHEMA_VERSIONS) {
      this.version(version).stores(stores)
    }
    // Counts committed writes and notices a full disk (data safety); must be in place before open().
    this.use(writeWatchMiddleware(this))
  }
}
