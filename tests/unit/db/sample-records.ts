import type { Recommendation, RecoveryMeasure, Review } from '../../../src-renderer/domain/model'
import type { NewRecord } from '../../../src-renderer/domain/stamp'

/** A realistic recommendation written for the tests (not taken from any UN document). */
export function sampleRecommendation(overrides: Partial<NewRecord<Recommendation>> = {}): NewRecord<Recommendation> {
  return {
    reviewId: null,
    stateUnderReview: 'SVN',
    session: 34,
    cycle: 3,
    number: '122.7',
    text: 'Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights',
    recommendingStates: ['PRT', 'ESP'],
    recommendingStatesRaw: ['Portugal', 'Spain'],
    position: 'supported',
    positionSource: 'A/HRC/43/15/Add.1',
    actionCategory: 5,
    actionCategorySource: 'suggested',
    themes: ['International instruments'],
    affectedPersons: ['general'],
    sdgTargets: ['16.10'],
    implementationStatus: 'in-progress',
    responsibleInstitutions: ['Ministry of Foreign Affairs'],
    notes: '',
    evidence: '',
    lastReviewedOn: '2026-11-01',
    madeByUs: false,
    origin: { kind: 'wg-report', source: 'A/HRC/43/15', importedAt: '2026-11-27T00:00:00.000Z', key: 'A/HRC/43/15#122.7#1' },
    ...overrides
  }
}

/** A review record written for the tests. */
export function sampleReview(): NewRecord<Review> {
  return {
    stateIso3: 'SVN',
    cycle: 4,
    session: 48,
    stages: { interactiveDialogue: { planned: '2025-01-28', actual: '2025-01-28', status: 'done', notes: '' } },
    documents: [{ id: 'doc1', stage: 'nationalReportDue', symbol: 'A/HRC/WG.6/48/SVN/1', title: 'National report', url: null, attachmentId: null, attachmentName: null }],
    troika: ['GHA', 'KAZ', 'CHL'],
    headOfDelegation: 'State Secretary',
    notes: 'Fourth cycle'
  }
}

/** A recovery measure written for the tests. */
export function sampleMeasure(): NewRecord<RecoveryMeasure> {
  return {
    title: 'Free internet for pupils during school closures',
    description: 'Mobile data vouchers for 40,000 pupils in distance learning.',
    type: 'programme',
    adoptedOn: '2020-04-02',
    inForceFrom: '2020-04-06',
    endedOn: '2021-06-30',
    status: 'ended',
    responsibleBody: 'Ministry of Education',
    legalInstrument: 'Government decision 2020/14',
    budget: { amount: 1_200_000, currency: 'EUR' },
    rights: ['education'],
    groups: ['children'],
    sdgTargets: ['4.1'],
    results: '38,500 pupils connected',
    indicators: 'share of pupils with access',
    lessonsLearned: 'Vouchers reached rural families faster than devices.',
    goodPractice: true
  }
}
