import { ArchiveRepository } from '../data-safety/archive-repository'
import type { UprDeskDatabase } from '../schema/database'
import { DataSafetyState } from '../data-safety/data-safety-state'
import { RegisterStore } from '../register/register-store'
import { DemoRepository } from './demo'
import { ParticipationRepository } from './participations'
import { EmblemRepository } from './emblem'
import { InterfaceLanguageRepository } from './interface-language'
import { MissionProfileRepository } from './mission-profile'
import { RecommendationRepository } from './recommendations'
import { RecoveryMeasureRepository } from './recovery-measures'
import { ReferenceCorrectionRepository } from './reference-corrections'
import { ReviewRepository } from './reviews'
import { SavedViewRepository } from './saved-views'
import { StatementRepository } from './statements'
import { TaskRepository } from './tasks'
import { syncServiceOf, type SyncService } from '../sync/sync-service'
import type { CredentialVault } from '../../sync/credentials'

/** Every repository over one database. */
export interface Repositories {
  missionProfile: MissionProfileRepository
  recommendations: RecommendationRepository
  reviews: ReviewRepository
  tasks: TaskRepository
  participations: ParticipationRepository
  recoveryMeasures: RecoveryMeasureRepository
  statements: StatementRepository
  referenceCorrections: ReferenceCorrectionRepository
  savedViews: SavedViewRepository
  demo: DemoRepository
  emblem: EmblemRepository
  /** The language of the app on this laptop. */
  interfaceLanguage: InterfaceLanguageRepository
  /** Archives, backups, restores and merges (data safety). */
  archives: ArchiveRepository
  /** The change counter, last backup and export, storage-full notices (data safety). */
  dataSafety: DataSafetyState
  /** The recommendations register in memory, for the register page. */
  register: RegisterStore
  /** The mission's shared register through CouchDB or a shared folder (idle until set up). */
  sync: SyncService
}

/** What the host gives the repositories: where sync secrets may be kept (the browser keeps none). */
export interface RepositoryHost {
  syncVault?: CredentialVault
}

/** Builds the repositories for an open database. */
export function createRepositories(db: UprDeskDatabase, host: RepositoryHost = {}): Repositories {
  const recommendations = new RecommendationRepository(db)
  return {
    missionProfile: new MissionProfileRepository(db),
    recommendations,
    reviews: new ReviewRepository(db),
    tasks: new TaskRepository(db),
    participations: new ParticipationRepository(db),
    recoveryMeasures: new RecoveryMeasureRepository(db),
    statements: new StatementRepository(db, recommendations),
    referenceCorrections: new ReferenceCorrectionRepository(db),
    savedViews: new SavedViewRepository(db),
    demo: new DemoRepository(db),
    emblem: new EmblemRepository(db),
    interfaceLanguage: new InterfaceLanguageRepository(db),
    archives: new ArchiveRepository(db),
    dataSafety: new DataSafetyState(db),
    register: new RegisterStore(db),
    sync: syncServiceOf(db, host.syncVault)
  }
}
