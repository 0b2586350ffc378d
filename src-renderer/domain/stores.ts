/**
 * The layout of the app's database: every schema version's stores, as plain constants (Dexie syntax:
 * primary key first, `*` multi-entry, `[a+b]` compound, `&` unique). No Dexie here, so that the archive
 * format and the database can both read it. A change is a new version (never an edit of an old one),
 * declared in db/schema/versions.ts with its named upgrade function and a test that upgrades from every
 * older version with data; `tests/unit/db/schema-snapshot.test.ts` fails on an unplanned change.
 */

/** Store definitions of schema version 1 (Dexie syntax: primary key first, `*` multi-entry, `[a+b]` compound). */
export const SCHEMA_V1 = {
  missionProfile: 'id',
  reviews: 'id, stateIso3, session, cycle, [stateIso3+session]',
  recommendations:
    'id, reviewId, session, stateUnderReview, *recommendingStates, position, actionCategory, *themes, *sdgTargets, implementationStatus, origin.key',
  recoveryMeasures: 'id, type, status, *rights, *groups, *sdgTargets',
  recommendationMeasureLinks: 'id, recommendationId, measureId, &[recommendationId+measureId]',
  statements: 'id, kind, stateUnderReview, session, reviewId, status, updatedAt',
  statementVersions: 'id, statementId, [statementId+version]',
  tasks: 'id, reviewId, stage, dueOn',
  referenceCorrections: 'id, kind, &[kind+key]'
} as const

/** Version 2: the register's saved views (a named filter, sort and grouping). New table, no data to move. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  savedViews: 'id, &name'
} as const

/**
 * Version 3: the stores the review cycle, statements and data-safety areas need. New tables only, no data
 * to move: `participations` (our role at other States' reviews: will we speak, inscription, speakers),
 * `attachments` (files kept in the database: the mission's emblem, review documents), `appMeta` (small
 * app facts such as the change counter and the last backup), `syncBases` (what each record looked like
 * when last exchanged through an archive, so that a merge knows which side changed).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  participations: 'id, session, stateIso3, &[session+stateIso3]',
  attachments: 'id, ownerId',
  appMeta: 'id',
  syncBases: 'id'
} as const

/**
 * Version 4: the register cache (issue 3). `registerCache` holds the recommendations register as chunks of
 * about 1,000 rows, column by column, with one meta record; `registerJournal` notes the ids of every
 * recommendation written since (see db/register-journal.ts). Both are DERIVED data: never archive,
 * restore or merge them; clearing them is always safe (the register rebuilds from `recommendations`).
 *
 * The recommendations keep only the indexes that code looks records up by (review, session, State under
 * review, origin key). Recommending States, position, category, themes, SDG targets and implementation
 * status were indexed for the register's filters, which now run in memory on the register; every index
 * costs write time (six fewer make an import of 6,094 rows about a third faster to store).
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  recommendations: 'id, reviewId, session, stateUnderReview, origin.key',
  registerCache: 'id',
  registerJournal: '++seq'
} as const

/**
 * Version 5: sync through CouchDB (issue 15). This laptop's sync bookkeeping, never shared or archived:
 * `syncOutbox` notes every local change to a shared table until the sync engine has written it to the
 * local PouchDB (db/sync/outbox-middleware.ts); `syncRevs` holds, per record (`<table>:<id>`), the
 * revision this laptop's copy is based on; `syncConflicts` the conflicts waiting for a person;
 * `syncState` the sign-in settings and how far arriving changes were applied. New tables only.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  syncOutbox: '++seq',
  syncRevs: 'id',
  syncConflicts: 'id, table',
  syncState: 'id'
} as const

/** This laptop's sync bookkeeping (schema version 5). */
export const SYNC_TABLES = ['syncOutbox', 'syncRevs', 'syncConflicts', 'syncState'] as const

/**
 * Tables that are not the mission's data: derived data (the register cache, rebuilt from the rest) and
 * this laptop's sync bookkeeping. Leave them out of archives and merges.
 */
export const DERIVED_TABLES: readonly TableName[] = ['registerCache', 'registerJournal', ...SYNC_TABLES]

export type TableName = keyof typeof SCHEMA_V5

/** The stores of every schema version, oldest first. The last one is current. */
export const STORE_VERSIONS: readonly { version: number; stores: Readonly<Record<string, string>> }[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2 },
  { version: 3, stores: SCHEMA_V3 },
  { version: 4, stores: SCHEMA_V4 },
  { version: 5, stores: SCHEMA_V5 }
]

/** The schema version this app writes. */
export const CURRENT_SCHEMA_VERSION = STORE_VERSIONS[STORE_VERSIONS.length - 1]!.version

/** The name of the app's IndexedDB database. */
export const DATABASE_NAME = 'upr-desk'
