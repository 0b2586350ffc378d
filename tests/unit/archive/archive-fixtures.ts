/** Real-shaped archive content for the archive tests (written for the tests, not UN data). */
import type { ArchiveScope, ArchiveTables } from '../../../src-renderer/archive/format'
import { writeArchive, type ArchiveInput } from '../../../src-renderer/archive/write-archive'
import { CURRENT_SCHEMA_VERSION } from '../../../src-renderer/domain/stores'

export const MISSION_SCOPE: ArchiveScope = { kind: 'mission', id: null, label: 'Permanent Mission of Slovenia' }

const at = '2026-11-27T10:00:00.000Z'

/** A recommendation of session 48 as the app stores it (every field of the model). */
function recommendation(id: string, number: string, text: string, state: string, stateName: string, position: 'supported' | 'noted') {
  return {
    id,
    reviewId: 'rev_1',
    stateUnderReview: 'SVN',
    session: 48,
    cycle: 4,
    number,
    text,
    recommendingStates: [state],
    recommendingStatesRaw: [stateName],
    position,
    positionSource: 'A/HRC/59/15/Add.1',
    actionCategory: 5,
    actionCategorySource: 'suggested',
    themes: position === 'supported' ? ['International instruments'] : [],
    affectedPersons: [],
    sdgTargets: [],
    implementationStatus: 'not-started',
    responsibleInstitutions: [],
    notes: '',
    evidence: '',
    lastReviewedOn: null,
    madeByUs: false,
    origin: { kind: 'wg-report', source: 'A/HRC/59/15', importedAt: at, key: `A/HRC/59/15#${number}#1` },
    createdAt: at,
    updatedAt: at
  }
}

/** A small mission: a profile, two recommendations, a review, an attachment with bytes, bookkeeping (every record as the app writes it). */
export function sampleTables(): ArchiveTables {
  return {
    missionProfile: [{ id: 'mission', stateIso3: 'SVN', missionName: 'Permanent Mission of Slovenia', city: 'Geneva', language: 'en', speakingRateWpm: 125, createdAt: at, updatedAt: at }],
    reviews: [{ id: 'rev_1', stateIso3: 'SVN', cycle: 4, session: 48, stages: {}, documents: [], troika: ['GHA', 'KAZ', 'CHL'], headOfDelegation: 'State Secretary', notes: 'Fourth cycle — “quotes”, accents: é', createdAt: at, updatedAt: at }],
    recommendations: [
      recommendation('rec_1', '140.1', 'Ratify the Optional Protocol to the Convention against Torture', 'PRT', 'Portugal', 'supported'),
      recommendation('rec_2', '140.2', 'Strengthen the Ombudsman\nwith a line break', 'ESP', 'Spain', 'noted')
    ],
    attachments: [{ id: 'att_1', ownerId: 'rev_1', name: 'emblem.png', mediaType: 'image/png', size: 8, bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), createdAt: at, updatedAt: at }],
    tasks: [],
    appMeta: [{ id: 'changeCounter', value: 12, updatedAt: at }]
  }
}

/** Writes an archive of the sample (or given) tables; tests lower the PBKDF2 iterations to stay fast. */
export async function sampleArchive(overrides: Partial<ArchiveInput> & { tables?: ArchiveTables } = {}): Promise<Uint8Array> {
  const tables = overrides.tables ?? sampleTables()
  const written = await writeArchive({
    appVersion: '0.1.0',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    purpose: 'export',
    scope: MISSION_SCOPE,
    chunks: Object.entries(tables).map(([table, records]) => ({ table, records })),
    createdAt: new Date('2026-11-27T10:00:00.000Z'),
    iterations: 2_000,
    ...overrides
  })
  return written.bytes
}
