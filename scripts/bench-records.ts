// Synthetic recommendations of realistic length for the benchmarks (written for them, no UN text).
import type { Recommendation } from '../src-renderer/domain/model'
import { POSITIONS } from '../src-renderer/domain/model'

const VERBS = ['Ratify', 'Continue', 'Consider', 'Strengthen', 'Ensure', 'Adopt', 'Establish', 'Take measures to', 'Intensify efforts to', 'Promote']
const OBJECTS = [
  'the Optional Protocol to the Convention against Torture',
  'its efforts to combat domestic violence and violence against women and girls',
  'a national human rights institution in full compliance with the Paris Principles',
  'access to quality education for Roma children and children with disabilities',
  'the rights of migrants, refugees and asylum-seekers, including in detention',
  'measures to eliminate trafficking in persons, in particular women and children',
  'universal access to health care, including sexual and reproductive health services',
  'freedom of expression and the safety of journalists and human rights defenders'
]
const TAILS = [
  'and allocate adequate human, technical and financial resources for its implementation',
  'in line with its international human rights obligations and the recommendations of the treaty bodies',
  'with the participation of civil society and the communities concerned, and report on progress by the next review',
  'and ensure that perpetrators are investigated, prosecuted and adequately punished'
]
const STATES = ['PRT', 'ESP', 'FRA', 'DEU', 'BRA', 'MEX', 'GHA', 'IND', 'JPN', 'CAN', 'CHL', 'ARG', 'ITA', 'NLD', 'SEN', 'ZAF']
const THEMES = ['International instruments', "Women's rights", 'Rights of the Child', 'Torture and other CID treatment', 'Justice', 'Migrants', 'Right to health', 'Right to education']

/** The i-th synthetic recommendation, of realistic length (about 250-300 characters), without its search text. */
export function syntheticRecommendation(i: number): Recommendation {
  const text = `${VERBS[i % VERBS.length]} ${OBJECTS[(i * 7) % OBJECTS.length]} ${TAILS[(i * 3) % TAILS.length]} (${i})`
  const at = new Date(Date.UTC(2026, 0, 1) + i).toISOString()
  const session = 1 + (i % 54)
  return {
    id: `rec_bench_${String(i).padStart(7, '0')}`,
    createdAt: at,
    updatedAt: at,
    reviewId: null,
    stateUnderReview: STATES[(i * 5) % STATES.length]!,
    session,
    cycle: session <= 12 ? 1 : 2 + Math.floor((session - 13) / 14),
    number: `${100 + (i % 50)}.${1 + (i % 250)}`,
    text,
    recommendingStates: [STATES[i % STATES.length]!],
    recommendingStatesRaw: ['Portugal'],
    position: POSITIONS[i % 3]!,
    positionSource: 'synthetic',
    actionCategory: ((i % 5) + 1) as Recommendation['actionCategory'],
    actionCategorySource: 'suggested',
    themes: [THEMES[i % THEMES.length]!, THEMES[(i * 3) % THEMES.length]!],
    affectedPersons: ['women'],
    sdgTargets: [`${1 + (i % 17)}.1`],
    implementationStatus: 'not-started',
    responsibleInstitutions: [],
    notes: '',
    evidence: '',
    lastReviewedOn: null,
    madeByUs: i % 40 === 0,
    origin: { kind: 'upr-info', source: 'synthetic', importedAt: at, key: `synthetic:${i}` }
  }
}
