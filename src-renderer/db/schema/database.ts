import Dexie, { type EntityTable, type Table } from 'dexie'
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
} from '../../domain/model'
import type { RegisterCacheRecord } from '../register/register-cache'
import { registerJournalMiddleware, type RegisterJournalEntry } from '../register/register-journal'
import { SCHEMA_VERSIONS } from './versions'
import { DATABASE_NAME } from '../../domain/stores'
import { writeWatchMiddleware } from '../data-safety/write-watch'
import { syncOutboxMiddleware, type SyncOutboxEntry } from '../sync/outbox-middleware'
import type { SyncConflictRecord, SyncRevRecord, SyncStateRecord } from '../sync/records'

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
  registerCache!: Table<RegisterCacheRecord, RegisterCacheRecord['id']>
  registerJournal!: EntityTable<RegisterJournalEntry, 'seq'>
  syncOutbox!: EntityTable<SyncOutboxEntry, 'seq'>
  syncRevs!: EntityTable<SyncRevRecord, 'id'>
  syncConflicts!: EntityTable<SyncConflictRecord, 'id'>
  syncState!: EntityTable<SyncStateRecord, 'id'>

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores)
      if (upgrade) declared.upgrade(upgrade)
    }
    // Every write to the recommendations, by any code, is noted for the in-memory register.
    this.use(registerJournalMiddleware)
    // Counts committed writes and notices a full disk (data safety); must be in place before open().
    this.use(writeWatchMiddleware(this))
    // Notes every local change to a shared table for the sync engine (db/sync/), in the same transaction.
    this.use(syncOutboxMiddleware(this))
  }
}
