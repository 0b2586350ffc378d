/**
 * The demo mission's recommendations: written by the UPR Desk project for the demo (not taken from any UN
 * document), in the style of a Working Group report. Portugal received them at its fourth-cycle review
 * (session 47, November 2024) and made a few to other States. Some carry the follow-up a delegate
 * records two years on (status, responsible institutions, evidence, notes, last review).
 */
import { suggestActionCategory } from '../domain/action-category'
import { suggestThemes } from '../domain/classify-text'
import { parseCalendarDate, toCalendarDate } from '../domain/dates'
import type { ImplementationStatus, Iso3, Position, Recommendation } from '../domain/model'
import type { DemoContext } from './context'
import { demoId } from './context'

/** A demo recommendation before classification: number, text, recommending States, position. */
interface DemoItem {
  number: string
  text: string
  states: Iso3[]
  position: Position
}

/** The review of the demo State in cycle 4: session 47. */
export const DEMO_OWN_SESSION = 47
/** The report symbol the demo recommendations say they come from (a demo, not a real document). */
export const DEMO_REPORT_SYMBOL = 'A/HRC/58/DEMO'

const RECEIVED: DemoItem[] = [
  { number: '105.1', text: 'Make the declarations under articles 31 and 32 of the International Convention for the Protection of All Persons from Enforced Disappearance', states: ['URY'], position: 'supported' },
  { number: '105.2', text: 'Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families', states: ['SEN', 'PHL', 'EGY'], position: 'noted' },
  { number: '105.3', text: 'Continue its efforts to strengthen the independence and resources of the Ombudsman as the national human rights institution, in line with the Paris Principles', states: ['GHA'], position: 'supported' },
  { number: '105.4', text: 'Establish a national mechanism for implementation, reporting and follow-up with adequate human and financial resources, and involve civil society in its work', states: ['PRY'], position: 'supported' },
  { number: '105.5', text: 'Adopt a comprehensive national action plan against racism and racial discrimination for the period 2025-2030, with measurable indicators and a dedicated budget', states: ['ZAF', 'BRA'], position: 'supported' },
  { number: '105.6', text: 'Strengthen measures to combat hate speech, including online, and ensure that hate crimes are effectively investigated and prosecuted', states: ['CAN'], position: 'supported' },
  { number: '105.7', text: 'Ensure that the recovery from the COVID-19 pandemic leaves no one behind, in particular persons living in poverty, older persons and persons with disabilities', states: ['IDN'], position: 'supported' },
  { number: '105.8', text: 'Continue to expand access to affordable housing for young people and low-income families, including through the programmes of the Recovery and Resilience Plan', states: ['CHN'], position: 'supported' },
  { number: '105.9', text: 'Adopt measures to reduce the number of persons living in inadequate housing and in informal settlements by the next review', states: ['AGO'], position: 'supported' },
  { number: '105.10', text: 'Strengthen the national health service to guarantee timely access to primary health care and mental health services throughout the country, including in rural areas', states: ['CUB'], position: 'supported' },
  { number: '105.11', text: 'Continue to invest in the digital inclusion of students from disadvantaged backgrounds, building on the free internet access provided during the pandemic', states: ['MAR'], position: 'supported' },
  { number: '105.12', text: 'Intensify efforts to prevent and combat violence against women and domestic violence, and increase the number of shelters for victims', states: ['ESP', 'CHL'], position: 'supported' },
  { number: '105.13', text: 'Amend the Criminal Code to define rape on the basis of lack of consent, in line with the Istanbul Convention', states: ['SWE'], position: 'supported' },
  { number: '105.14', text: 'Take further steps to close the gender pay gap and to increase the participation of women in decision-making positions', states: ['IND'], position: 'supported' },
  { number: '105.15', text: 'Strengthen social protection for informal and platform workers, and ensure their access to unemployment benefits', states: ['VNM'], position: 'supported' },
  { number: '105.16', text: 'Continue its policies to reduce child poverty, including through the European Child Guarantee', states: ['TUR'], position: 'supported' },
  { number: '105.17', text: 'Ensure inclusive education for children with disabilities and provide schools with the necessary resources and trained staff', states: ['ISR'], position: 'supported' },
  { number: '105.18', text: 'Take measures to reduce early school leaving among Roma children and to combat their segregation in schools', states: ['HUN', 'FIN'], position: 'supported' },
  { number: '105.19', text: 'Develop a national strategy for the inclusion of Roma communities with clear targets in housing, education and employment', states: ['ROU'], position: 'supported' },
  { number: '105.20', text: 'Continue to promote the integration of migrants and refugees, including access to language courses, employment and health care', states: ['AFG', 'NPL'], position: 'supported' },
  { number: '105.21', text: 'Ensure that migrants in an irregular situation have access to basic services, including health care and education for their children', states: ['MEX'], position: 'supported' },
  { number: '105.22', text: 'Improve conditions of detention and reduce overcrowding in prisons, in particular in pre-trial detention', states: ['DEU'], position: 'supported' },
  { number: '105.23', text: 'Investigate promptly and impartially all allegations of excessive use of force by law enforcement officials, and bring those responsible to justice', states: ['AUS'], position: 'supported' },
  { number: '105.24', text: 'Provide regular human rights training to police and prison staff, including on non-discrimination', states: ['SRB'], position: 'supported' },
  { number: '105.25', text: 'Continue to take measures to reduce the length of judicial proceedings and improve access to justice', states: ['KAZ'], position: 'supported' },
  { number: '105.26', text: 'Adopt a national strategy on business and human rights, in consultation with civil society and the private sector', states: ['NOR'], position: 'supported' },
  { number: '105.27', text: 'Strengthen measures to ensure access to safe drinking water and sanitation in all regions, in particular during droughts', states: ['BGD'], position: 'supported' },
  { number: '105.28', text: 'Continue to integrate a human rights-based approach into its climate change adaptation policies', states: ['FJI'], position: 'supported' },
  { number: '105.29', text: 'Increase official development assistance to 0.7 per cent of gross national income', states: ['PAK'], position: 'noted' },
  { number: '105.30', text: 'Take measures to ensure the right to food of persons in vulnerable situations, including through school meals', states: ['BOL'], position: 'supported' },
  { number: '105.31', text: 'Guarantee access to long-term care for older persons and strengthen the monitoring of care homes', states: ['JPN'], position: 'supported' },
  { number: '105.32', text: 'Ensure that the measures taken during the COVID-19 pandemic that restricted freedom of movement and assembly are reviewed and not made permanent', states: ['USA'], position: 'supported-in-part' },
  { number: '105.33', text: 'Adopt legislation to recognise statelessness status and establish a statelessness determination procedure', states: ['IRL'], position: 'supported' },
  { number: '105.34', text: 'Consider establishing a national preventive mechanism independent of the Ombudsman', states: ['DNK'], position: 'noted' },
  { number: '105.35', text: 'Recognise the competence of the Committee on Migrant Workers to receive individual communications', states: ['SLV'], position: 'noted' },
  { number: '105.36', text: 'Abolish the criminalisation of defamation and transfer it to the civil code', states: ['EST'], position: 'noted' },
  { number: '105.37', text: 'Strengthen the protection of human rights defenders and journalists against harassment and threats', states: ['NLD', 'BEL'], position: 'supported' },
  { number: '105.38', text: 'Combat trafficking in persons, in particular for labour exploitation in agriculture, and provide assistance to victims', states: ['BLR', 'PHL'], position: 'supported' }
]

/** How the demo State follows up a recommendation it received: what the mid-term report and the register show. */
interface DemoFollowUp {
  status: ImplementationStatus
  institutions: string[]
  evidence: string
  notes?: string
  /** Days before the day the demo is loaded that the delegate last reviewed it. */
  reviewedDaysAgo: number
}

/**
 * Follow-up of the recommendations received, two years after the review: consistent with the demo
 * recovery measures linked to them (see ./measures.ts), which are in force or ended, so "partially
 * implemented"; fully implemented only where nothing is left to do. The others are still "not started".
 */
const FOLLOW_UP: Record<string, DemoFollowUp> = {
  '105.4': {
    status: 'in-progress',
    institutions: ['Ministry of Foreign Affairs', 'National Human Rights Committee'],
    evidence: 'A draft decree giving the National Human Rights Committee a permanent secretariat and a yearly budget is in public consultation (demo).',
    notes: 'Civil society asks for a seat on the Committee: settle it before the decree is adopted.',
    reviewedDaysAgo: 20
  },
  '105.7': {
    status: 'partially-implemented',
    institutions: ['Ministry of Labour, Solidarity and Social Security', 'National Health Service', 'Housing Institute'],
    evidence: 'Wage support, free tests and the moratorium on evictions reached persons living in poverty and older persons during the pandemic; no data were kept on persons with disabilities (demo).',
    notes: 'Ask the statistics institute for data disaggregated by disability before the report is finalised.',
    reviewedDaysAgo: 12
  },
  '105.8': {
    status: 'partially-implemented',
    institutions: ['Housing Institute'],
    evidence: 'Rent support reached 28,000 households during the pandemic; the affordable housing programme of the Recovery and Resilience Plan has started its first 2,000 homes (demo figures).',
    reviewedDaysAgo: 30
  },
  '105.9': {
    status: 'partially-implemented',
    institutions: ['Housing Institute', 'Municipalities'],
    evidence: 'No family lost its home by eviction during the moratorium; a census of informal settlements with the municipalities is under way (demo).',
    reviewedDaysAgo: 30
  },
  '105.10': {
    status: 'partially-implemented',
    institutions: ['National Health Service'],
    evidence: '240 psychologists recruited into primary health care; free tests reached rural areas through mobile units (demo figures).',
    reviewedDaysAgo: 45
  },
  '105.11': {
    status: 'partially-implemented',
    institutions: ['Ministry of Education'],
    evidence: '95,000 pupils were connected during school closures; the devices stayed with the pupils for the digital curriculum (demo figures).',
    reviewedDaysAgo: 45
  },
  '105.12': {
    status: 'partially-implemented',
    institutions: ['Commission for Citizenship and Gender Equality'],
    evidence: '100 emergency shelter places added; the pharmacy code word of the lockdown campaign is still in use (demo figures).',
    notes: 'The Commission asks for permanent places rather than emergency ones: check the next budget.',
    reviewedDaysAgo: 8
  },
  '105.13': {
    status: 'in-progress',
    institutions: ['Ministry of Justice'],
    evidence: 'A bill defining rape on the basis of lack of consent is before Parliament (demo).',
    reviewedDaysAgo: 60
  },
  '105.15': {
    status: 'partially-implemented',
    institutions: ['Ministry of Labour, Solidarity and Social Security'],
    evidence: 'Self-employed and informal workers received a flat allowance during the lockdowns; a law on platform workers is being drafted (demo).',
    reviewedDaysAgo: 12
  },
  '105.16': {
    status: 'partially-implemented',
    institutions: ['Ministry of Labour, Solidarity and Social Security', 'Ministry of Education'],
    evidence: 'School meals went on during closures; a national action plan for the European Child Guarantee was adopted (demo).',
    reviewedDaysAgo: 60
  },
  '105.17': {
    status: 'partially-implemented',
    institutions: ['Ministry of Education'],
    evidence: 'Pupils with disabilities were among those given devices and data during distance learning; the number of support teachers has not changed (demo).',
    reviewedDaysAgo: 45
  },
  '105.20': {
    status: 'partially-implemented',
    institutions: ['Agency for Integration, Migration and Asylum'],
    evidence: '250,000 migrants gained access to health care and vaccination, with the help of community mediators (demo figures).',
    reviewedDaysAgo: 90
  },
  '105.21': {
    status: 'partially-implemented',
    institutions: ['Agency for Integration, Migration and Asylum', 'National Health Service'],
    evidence: 'Migrants with a pending residence application are treated as residents for health care, vaccination and social support (demo).',
    reviewedDaysAgo: 90
  },
  '105.22': {
    status: 'in-progress',
    institutions: ['Ministry of Justice'],
    evidence: 'Works have started on a new prison that will replace two overcrowded ones (demo).',
    reviewedDaysAgo: 120
  },
  '105.27': {
    status: 'partially-implemented',
    institutions: ['Water and waste services regulator'],
    evidence: 'No household lost its water supply during the states of emergency; 800,000 households receive the social tariff automatically (demo figures).',
    reviewedDaysAgo: 75
  },
  '105.30': {
    status: 'partially-implemented',
    institutions: ['Municipalities', 'Ministry of Education'],
    evidence: 'Municipalities delivered 18,000 school meals a day during the closures (demo figures).',
    reviewedDaysAgo: 60
  },
  '105.31': {
    status: 'partially-implemented',
    institutions: ['Institute of Social Security', 'Ministry of Labour, Solidarity and Social Security'],
    evidence: 'Every care home is inspected twice a year; a national strategy for long-term care is in public consultation (demo).',
    reviewedDaysAgo: 20
  },
  '105.32': {
    status: 'fully-implemented',
    institutions: ['Parliament', 'Ombudsman'],
    evidence: 'The state-of-emergency framework ended in February 2022, and no restriction of movement or assembly remains in force (demo).',
    reviewedDaysAgo: 150
  }
}

/** The adoption of the demo State's outcome at the Council (see the plenary statement): no follow-up is older. */
const FOLLOW_UP_FROM = '2025-04-01'

/** The day `days` before `today`, never before the follow-up began; null when `today` itself is earlier. */
function reviewedOn(today: string, days: number): string | null {
  const ms = parseCalendarDate(today)
  if (ms === null || today < FOLLOW_UP_FROM) return null
  const day = toCalendarDate(ms - days * 86_400_000)
  return day < FOLLOW_UP_FROM ? FOLLOW_UP_FROM : day
}

/** A received recommendation with its follow-up, if the demo gives it one. */
function withFollowUp(record: Recommendation, today: string): Recommendation {
  const follow = record.number === null ? undefined : FOLLOW_UP[record.number]
  if (!follow) return record
  return {
    ...record,
    implementationStatus: follow.status,
    responsibleInstitutions: follow.institutions,
    evidence: follow.evidence,
    notes: follow.notes ?? '',
    lastReviewedOn: reviewedOn(today, follow.reviewedDaysAgo)
  }
}

/** Portugal's recommendations to Slovenia: third cycle (session 34) and fourth (session 48, see statements). */
const MADE_TO_SLOVENIA: { session: number; number: string; text: string; position: Position }[] = [
  { session: 34, number: '121.9', text: 'Adopt a national action plan for the implementation of the Convention on the Rights of Persons with Disabilities, with a timeline and a budget', position: 'supported' },
  { session: 34, number: '122.41', text: 'Take measures to ensure access to safe drinking water and sanitation for Roma communities living in informal settlements', position: 'supported' }
]

/** Other States' recommendations to Slovenia in the third cycle, so the statement's "previously recommended" has matter. */
const OTHERS_TO_SLOVENIA: { number: string; text: string; states: Iso3[]; position: Position }[] = [
  { number: '121.12', text: 'Continue its efforts to guarantee access to water and sanitation for all, including Roma communities', states: ['ESP'], position: 'supported' },
  { number: '122.8', text: 'Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights', states: ['URY', 'PRT'], position: 'noted' },
  { number: '122.60', text: 'Strengthen measures to combat hate speech and intolerance against migrants and minorities', states: ['CAN'], position: 'supported' }
]

function toRecord(
  context: DemoContext,
  item: { number: string; text: string; states: Iso3[]; position: Position },
  review: { stateUnderReview: Iso3; session: number; cycle: number; source: string },
  madeByUs: boolean
): Recommendation {
  const category = suggestActionCategory(item.text)
  const themes = suggestThemes(item.text)
  return {
    id: demoId('rec', `${review.stateUnderReview}-${review.session}-${item.number}`),
    createdAt: context.createdAt,
    updatedAt: context.createdAt,
    reviewId: null,
    stateUnderReview: review.stateUnderReview,
    session: review.session,
    cycle: review.cycle,
    number: item.number,
    text: item.text,
    recommendingStates: item.states,
    recommendingStatesRaw: item.states,
    position: item.position,
    positionSource: review.source,
    actionCategory: category.category,
    actionCategorySource: 'suggested',
    themes: themes.themes,
    affectedPersons: themes.affectedPersons,
    sdgTargets: themes.sdgTargets,
    implementationStatus: 'not-started',
    responsibleInstitutions: [],
    notes: '',
    evidence: '',
    lastReviewedOn: null,
    madeByUs,
    origin: { kind: 'manual', source: 'Demo mission (UPR Desk)', importedAt: context.createdAt, key: `demo#${review.stateUnderReview}#${review.session}#${item.number}` }
  }
}

/** The demo recommendations: received by the demo State, and made by it to Slovenia in cycle 3. */
export function demoRecommendations(context: DemoContext): Recommendation[] {
  const own = context.profile.stateIso3
  const received = RECEIVED.map((item) =>
    withFollowUp(toRecord(context, item, { stateUnderReview: own, session: DEMO_OWN_SESSION, cycle: 4, source: DEMO_REPORT_SYMBOL }, false), context.today)
  )
  const toSlovenia = [
    ...MADE_TO_SLOVENIA.map((item) => ({ ...item, states: [own] })),
    ...OTHERS_TO_SLOVENIA.map((item) => ({ ...item, session: 34 }))
  ].map((item) =>
    toRecord(context, item, { stateUnderReview: 'SVN', session: item.session, cycle: 3, source: 'A/HRC/43/15' }, item.states.includes(own))
  )
  return [...received, ...toSlovenia]
}
