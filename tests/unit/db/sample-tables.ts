/**
 * One realistic record for every table of every schema version (written for the tests), so that
 * archive, restore and upgrade tests cover every table. A table added to the schema without a sample
 * here makes `sampleRecordFor` throw, and those tests fail until one is written.
 */
import type {
  AppMetaEntry,
  Attachment,
  MissionProfile,
  Participation,
  Recommendation,
  RecommendationMeasureLink,
  RecoveryMeasure,
  ReferenceCorrection,
  Review,
  SavedView,
  Statement,
  StatementVersion,
  SyncBase,
  Task
} from '../../../src-renderer/domain/model'
import { withSearchText } from '../../../src-renderer/db/repositories/recommendations'
import { sampleMeasure, sampleRecommendation, sampleReview } from './sample-records'

const at = '2026-11-27T10:00:00.000Z'
const stamp = { createdAt: at, updatedAt: at }

type Sample = (n: number) => { id: string } & Record<string, unknown>

const SAMPLES: Record<string, Sample> = {
  missionProfile: () =>
    ({ id: 'mission', stateIso3: 'SVN', missionName: 'Permanent Mission of Slovenia', city: 'Geneva', language: 'en', speakingRateWpm: 125, ...stamp }) satisfies MissionProfile,
  reviews: (n) => ({ ...sampleReview(), id: `rev_${n}`, session: 40 + n, ...stamp }) satisfies Review,
  recommendations: (n) =>
    withSearchText({
      ...sampleRecommendation({ number: `122.${n}`, reviewId: 'rev_1', origin: { kind: 'wg-report', source: 'A/HRC/43/15', importedAt: at, key: `A/HRC/43/15#122.${n}#1` } }),
      id: `rec_${n}`,
      ...stamp
    }) satisfies Recommendation,
  recoveryMeasures: (n) => ({ ...sampleMeasure(), id: `mea_${n}`, ...stamp }) satisfies RecoveryMeasure,
  recommendationMeasureLinks: (n) => ({ id: `link_${n}`, recommendationId: `rec_${n}`, measureId: `mea_${n}`, note: 'Answers it in part', ...stamp }) satisfies RecommendationMeasureLink,
  statements: (n) =>
    ({
      id: `st_${n}`,
      kind: 'recommending-state',
      title: `Statement at the review of Ghana ${n}`,
      language: 'en',
      stateUnderReview: 'GHA',
      session: 42,
      reviewId: null,
      status: 'draft',
      content: '{"type":"doc","content":[]}',
      fields: { meeting: 'Working Group, 42nd session' },
      version: 1,
      ...stamp
    }) satisfies Statement,
  statementVersions: (n) => ({ id: `stv_${n}`, statementId: `st_${n}`, version: 1, title: 'First draft', content: '{}', fields: {}, ...stamp }) satisfies StatementVersion,
  tasks: (n) => ({ id: `task_${n}`, reviewId: 'rev_1', stage: 'nationalReportDue', title: 'Send the draft national report to the capital', owner: 'First Secretary', dueOn: '2026-12-15', done: false, ...stamp }) satisfies Task,
  referenceCorrections: (n) => ({ id: `corr_${n}`, kind: 'session', key: String(48 + n), value: { startsOn: '2025-01-20' }, ...stamp }) satisfies ReferenceCorrection,
  savedViews: (n) => ({ id: `view_${n}`, name: `Noted, women ${n}`, filter: { position: 'noted' }, sort: 'number', group: 'none', ...stamp }) satisfies SavedView,
  participations: (n) => ({ id: `part_${n}`, session: 48, stateIso3: ['GHA', 'KAZ', 'CHL', 'BRA'][n % 4]!, willSpeak: true, inscribed: false, inscribedSpeakers: 80, statementId: null, notes: '', ...stamp }) satisfies Participation,
  attachments: (n) =>
    ({ id: `att_${n}`, ownerId: 'rev_1', name: `document-${n}.pdf`, mediaType: 'application/pdf', size: 6, bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, n % 256, 0]), ...stamp }) satisfies Attachment,
  appMeta: (n) => ({ id: `fact_${n}`, value: n, updatedAt: at }) satisfies AppMetaEntry,
  syncBases: (n) => ({ id: `recommendations:rec_${n}`, hash: '0123456789abcdef', updatedAt: at }) satisfies SyncBase
}

/** The n-th sample record of a table (n from 1); throws for a table that has no sample yet. */
export function sampleRecordFor(table: string, n = 1): { id: string } & Record<string, unknown> {
  const sample = SAMPLES[table]
  if (!sample) throw new Error(`tests/unit/db/sample-tables.ts has no sample record for the table "${table}": add one`)
  return sample(n)
}

/** `count` sample records of every given table (the mission profile has only one). */
export function sampleTablesFor(tables: readonly string[], count = 2): Record<string, ({ id: string } & Record<string, unknown>)[]> {
  return Object.fromEntries(tables.map((t) => [t, Array.from({ length: t === 'missionProfile' ? 1 : count }, (_, i) => sampleRecordFor(t, i + 1))]))
}
