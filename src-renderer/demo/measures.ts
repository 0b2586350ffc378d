/**
 * The demo mission's COVID-19 recovery measures: written by the UPR Desk project for the demo (not taken
 * from any official source), in the spirit of what States reported after the pandemic, and linked to the
 * demo recommendations they answer. Dates are the pandemic's (2020-2022); a few measures still run and one
 * is planned relative to the day the demo is loaded.
 */
import type { MeasureStatus, MeasureType, Money, Recommendation, RecommendationMeasureLink, RecoveryMeasure } from '../domain/model'
import type { DemoContext } from './context'
import { demoId } from './context'
import { DEMO_OWN_SESSION } from './recommendations'

interface DemoMeasure {
  key: string
  title: string
  description: string
  type: MeasureType
  status: MeasureStatus
  adoptedOn: string | null
  inForceFrom: string | null
  endedOn: string | null
  responsibleBody: string
  legalInstrument: string
  budget: Money | null
  rights: string[]
  groups: string[]
  sdgTargets: string[]
  results: string
  indicators: string
  lessonsLearned: string
  goodPractice: boolean
  /** Numbers of the demo recommendations (received at the demo State's own review) it answers. */
  answers: string[]
}

const MEASURES: DemoMeasure[] = [
  {
    key: 'wage-support',
    title: 'Wage support for workers staying at home',
    description: 'A temporary scheme paid two thirds of the wages of employees whose work stopped during lockdowns, and a flat allowance to self-employed and informal workers who lost their income.',
    type: 'budget', status: 'ended', adoptedOn: '2020-03-26', inForceFrom: '2020-03-27', endedOn: '2021-12-31',
    responsibleBody: 'Ministry of Labour, Solidarity and Social Security', legalInstrument: 'Demo decree-law 10-G/2020 (demo reference)',
    budget: { amount: 1_850_000_000, currency: 'EUR' }, rights: ['work', 'social-security'], groups: ['essential-workers', 'persons-living-in-poverty'], sdgTargets: ['1.3', '8.5', '8.8'],
    results: 'About 900,000 workers kept their job and income during the first lockdown; unemployment rose by less than 2 points.',
    indicators: 'Workers covered each month; share of covered workers still employed six months later.',
    lessonsLearned: 'Paying through employers was fast, but informal workers needed a separate, simpler allowance: the first version missed most of them.',
    goodPractice: true, answers: ['105.15', '105.7']
  },
  {
    key: 'internet-pupils',
    title: 'Free mobile internet for pupils in distance learning',
    description: 'Pupils from low-income families received a tablet or laptop and a free mobile data card for the months of school closure, with help lines for parents.',
    type: 'programme', status: 'ended', adoptedOn: '2020-04-09', inForceFrom: '2020-04-14', endedOn: '2021-07-31',
    responsibleBody: 'Ministry of Education', legalInstrument: 'Demo government resolution 30/2020 (demo reference)',
    budget: { amount: 24_000_000, currency: 'EUR' }, rights: ['education'], groups: ['children', 'youth', 'persons-living-in-poverty'], sdgTargets: ['4.1', '4.4', '9.c'],
    results: '95,000 pupils connected; attendance in online classes rose from 71 % to 93 % in the districts covered.',
    indicators: 'Pupils connected; attendance in distance classes; devices returned in working order.',
    lessonsLearned: 'Data cards reached families faster than devices; teachers needed training as much as pupils needed equipment.',
    goodPractice: true, answers: ['105.11', '105.17']
  },
  {
    key: 'free-tests',
    title: 'Free COVID-19 tests in pharmacies and health centres',
    description: 'Rapid antigen tests free of charge for everyone, up to four a month, in pharmacies, health centres and mobile units in rural areas.',
    type: 'programme', status: 'ended', adoptedOn: '2021-01-28', inForceFrom: '2021-02-01', endedOn: '2022-04-30',
    responsibleBody: 'National Health Service', legalInstrument: 'Demo ministerial order 1/2021 (demo reference)',
    budget: { amount: 310_000_000, currency: 'EUR' }, rights: ['health'], groups: ['general', 'older-persons', 'persons-living-in-rural-areas'], sdgTargets: ['3.3', '3.8', '3.d'],
    results: '12 million tests done; positive cases found two days earlier on average than by laboratory tests alone.',
    indicators: 'Tests per 1,000 inhabitants per week; days from symptoms to result.',
    lessonsLearned: 'Pharmacies reached people who never go to a health centre; mobile units were needed for villages without a pharmacy.',
    goodPractice: true, answers: ['105.10', '105.7']
  },
  {
    key: 'mental-health',
    title: 'Mental health teams in primary health care',
    description: 'Psychologists recruited into primary health care centres, a free telephone line for psychological support, and support for health workers exhausted by the pandemic.',
    type: 'policy', status: 'in-force', adoptedOn: '2021-04-15', inForceFrom: '2021-05-01', endedOn: null,
    responsibleBody: 'National Health Service', legalInstrument: 'Demo national mental health plan 2021-2026 (demo reference)',
    budget: { amount: 88_000_000, currency: 'EUR' }, rights: ['health'], groups: ['youth', 'health-workers', 'general'], sdgTargets: ['3.4', '3.8'],
    results: '240 psychologists recruited; waiting time for a first appointment down from 90 to 30 days.',
    indicators: 'Psychologists per 100,000 inhabitants; days to a first appointment.',
    lessonsLearned: 'The telephone line was used most by young people at night: opening hours had to change.',
    goodPractice: true, answers: ['105.10']
  },
  {
    key: 'gbv-campaign',
    title: 'Awareness campaign on domestic violence during lockdown',
    description: 'Television, radio and pharmacy-counter campaign telling victims of domestic violence where to find help during confinement, with a code word to ask for help at pharmacies.',
    type: 'campaign', status: 'ended', adoptedOn: '2020-03-31', inForceFrom: '2020-04-01', endedOn: '2020-12-31',
    responsibleBody: 'Commission for Citizenship and Gender Equality', legalInstrument: '',
    budget: { amount: 1_200_000, currency: 'EUR' }, rights: ['protection-of-family', 'health'], groups: ['women', 'girls', 'children'], sdgTargets: ['5.2', '16.1'],
    results: 'Calls to the help line rose by 60 % during the campaign; 1,100 requests for help came through pharmacies.',
    indicators: 'Calls to the help line; requests made with the code word; referrals to shelters.',
    lessonsLearned: 'Discreet channels (text messages, pharmacies) reached victims who could not call while confined with the aggressor.',
    goodPractice: true, answers: ['105.12']
  },
  {
    key: 'shelters',
    title: 'Emergency shelters for victims of domestic violence',
    description: 'Emergency places in shelters and hotels for victims and their children, with a rapid COVID-19 test on arrival so that no one was turned away.',
    type: 'institution', status: 'in-force', adoptedOn: '2020-04-03', inForceFrom: '2020-04-06', endedOn: null,
    responsibleBody: 'Commission for Citizenship and Gender Equality', legalInstrument: 'Demo protocol with the shelter network (demo reference)',
    budget: { amount: 6_500_000, currency: 'EUR' }, rights: ['adequate-housing', 'protection-of-family'], groups: ['women', 'children'], sdgTargets: ['5.2', '11.1'],
    results: '100 emergency places added; none of the shelters had to refuse a victim for lack of room.',
    indicators: 'Emergency places; nights spent; victims housed in permanent homes after six months.',
    lessonsLearned: 'Agreements with hotels gave room within days; the lasting need is homes for victims after the shelter.',
    goodPractice: false, answers: ['105.12']
  },
  {
    key: 'evictions',
    title: 'Moratorium on evictions and rent support',
    description: 'Evictions were suspended and tenants who lost income received interest-free loans or grants for their rent.',
    type: 'law', status: 'ended', adoptedOn: '2020-03-19', inForceFrom: '2020-03-20', endedOn: '2021-06-30',
    responsibleBody: 'Housing Institute', legalInstrument: 'Demo law 1-A/2020 (demo reference)',
    budget: { amount: 57_000_000, currency: 'EUR' }, rights: ['adequate-housing', 'adequate-standard-of-living'], groups: ['persons-living-in-poverty', 'youth', 'persons-in-informal-settlements'], sdgTargets: ['11.1', '1.3'],
    results: 'No family lost its home by eviction during the moratorium; 28,000 households received rent support.',
    indicators: 'Evictions carried out; households supported; arrears at the end of the moratorium.',
    lessonsLearned: 'Grants worked better than loans for the poorest households, who feared new debt.',
    goodPractice: true, answers: ['105.8', '105.9', '105.7']
  },
  {
    key: 'school-meals',
    title: 'School meals delivered during school closures',
    description: 'Schools kept preparing meals for pupils entitled to free school meals and delivered them or had them collected during closures.',
    type: 'programme', status: 'ended', adoptedOn: '2020-03-20', inForceFrom: '2020-03-23', endedOn: '2021-06-30',
    responsibleBody: 'Municipalities, with the Ministry of Education', legalInstrument: '',
    budget: { amount: 15_000_000, currency: 'EUR' }, rights: ['food', 'education'], groups: ['children', 'persons-living-in-poverty'], sdgTargets: ['2.1', '4.1'],
    results: '18,000 meals a day on average; every municipality took part.',
    indicators: 'Meals delivered per day; share of entitled pupils reached.',
    lessonsLearned: 'Municipal staff knew the families; the lists of entitled pupils had to be shared quickly and safely.',
    goodPractice: true, answers: ['105.30', '105.16']
  },
  {
    key: 'migrants-health',
    title: 'Health care for migrants whatever their status',
    description: 'Migrants with a pending residence application were treated as residents for health care, vaccination and social support during the pandemic.',
    type: 'policy', status: 'in-force', adoptedOn: '2020-03-27', inForceFrom: '2020-03-28', endedOn: null,
    responsibleBody: 'Agency for Integration, Migration and Asylum', legalInstrument: 'Demo order 3863-B/2020 (demo reference)',
    budget: null, rights: ['health', 'social-security'], groups: ['migrants', 'refugees-and-asylum-seekers'], sdgTargets: ['3.8', '10.7'],
    results: '250,000 migrants gained access to health care and vaccination.',
    indicators: 'Migrants registered with a family doctor; vaccination rate of registered migrants.',
    lessonsLearned: 'Trust came from community mediators, not from the announcement itself.',
    goodPractice: true, answers: ['105.21', '105.20']
  },
  {
    key: 'care-homes',
    title: 'Protection of older persons in care homes',
    description: 'Inspection teams, protective equipment and rapid-response teams for care homes, and video calls so that residents kept in touch with their families.',
    type: 'programme', status: 'in-force', adoptedOn: '2020-06-10', inForceFrom: '2020-06-15', endedOn: null,
    responsibleBody: 'Institute of Social Security', legalInstrument: '',
    budget: { amount: 42_000_000, currency: 'EUR' }, rights: ['health', 'adequate-standard-of-living'], groups: ['older-persons', 'persons-with-disabilities'], sdgTargets: ['3.8', '1.3'],
    results: 'Every care home inspected twice a year; outbreaks contained faster after rapid-response teams were set up.',
    indicators: 'Inspections per care home per year; days to contain an outbreak.',
    lessonsLearned: 'Isolation harmed residents as much as the virus: visits must be organised safely, not stopped.',
    goodPractice: false, answers: ['105.31']
  },
  {
    key: 'restrictions-review',
    title: 'Parliamentary review of lockdown restrictions',
    description: 'Every state of emergency and restriction of movement or assembly was limited to 15 days, renewable only by a vote of Parliament, with an opinion of the Ombudsman.',
    type: 'law', status: 'ended', adoptedOn: '2020-11-06', inForceFrom: '2020-11-09', endedOn: '2022-02-28',
    responsibleBody: 'Parliament and the Ombudsman', legalInstrument: 'Demo state-of-emergency framework law (demo reference)',
    budget: null, rights: ['freedom-of-movement', 'freedom-of-assembly-and-association'], groups: ['general'], sdgTargets: ['16.3', '16.7'],
    results: 'Fifteen renewals debated and voted; two restrictions lifted early after the Ombudsman’s opinion.',
    indicators: 'Restrictions reviewed; days of restriction; complaints to the Ombudsman.',
    lessonsLearned: 'Short, renewable periods kept restrictions proportionate and explained.',
    goodPractice: true, answers: ['105.32']
  },
  {
    key: 'water-supply',
    title: 'No water cuts during the pandemic',
    description: 'Water, electricity and gas could not be cut for unpaid bills during the states of emergency, and social tariffs were granted automatically.',
    type: 'law', status: 'ended', adoptedOn: '2020-04-02', inForceFrom: '2020-04-03', endedOn: '2021-06-30',
    responsibleBody: 'Water and waste services regulator', legalInstrument: 'Demo law 7/2020 (demo reference)',
    budget: null, rights: ['water-and-sanitation', 'adequate-standard-of-living'], groups: ['persons-living-in-poverty'], sdgTargets: ['6.1', '1.4'],
    results: 'No household lost its water supply; 800,000 households received the social tariff automatically.',
    indicators: 'Cuts for unpaid bills; households on the social tariff.',
    lessonsLearned: 'Granting the social tariff automatically, from tax data, reached far more families than applications did.',
    goodPractice: false, answers: ['105.27']
  },
  {
    key: 'who-fund',
    title: 'Contribution to the WHO COVID-19 Solidarity Response Fund',
    description: 'A voluntary contribution to the World Health Organization’s fund for tests, treatment and vaccines in countries with weaker health systems.',
    type: 'budget', status: 'ended', adoptedOn: '2020-05-04', inForceFrom: '2020-05-04', endedOn: '2020-12-31',
    responsibleBody: 'Ministry of Foreign Affairs', legalInstrument: '',
    budget: { amount: 1_000_000, currency: 'USD' }, rights: ['health', 'scientific-progress'], groups: ['general'], sdgTargets: ['3.b', '17.2'],
    results: 'Paid in full in 2020.',
    indicators: '',
    lessonsLearned: '',
    goodPractice: false, answers: []
  }
]

/** A measure that is being prepared, placed a few months after the day the demo is loaded. */
function plannedMeasure(today: string): DemoMeasure {
  const year = Number(today.slice(0, 4)) + 1
  return {
    key: 'long-term-care',
    title: 'National strategy for long-term care',
    description: 'A strategy to give older persons care at home first, with more home-care workers and quality standards for care homes, drafted with the lessons of the pandemic.',
    type: 'policy', status: 'planned', adoptedOn: null, inForceFrom: `${year}-01-01`, endedOn: null,
    responsibleBody: 'Ministry of Labour, Solidarity and Social Security', legalInstrument: 'Draft strategy under public consultation (demo)',
    budget: { amount: 120_000_000, currency: 'EUR' }, rights: ['adequate-standard-of-living', 'health'], groups: ['older-persons', 'persons-with-disabilities'], sdgTargets: ['3.8', '10.2'],
    results: '', indicators: 'Older persons receiving care at home; home-care workers per 1,000 persons over 80.', lessonsLearned: '',
    goodPractice: false, answers: ['105.31']
  }
}

/** Demo recovery measures, linked to the demo recommendations they answer. */
export function demoMeasures(context: DemoContext, recommendations: readonly Recommendation[]): { recoveryMeasures: RecoveryMeasure[]; recommendationMeasureLinks: RecommendationMeasureLink[] } {
  const own = context.profile.stateIso3
  const byNumber = new Map(recommendations.filter((r) => r.stateUnderReview === own && r.session === DEMO_OWN_SESSION).map((r) => [r.number, r]))
  const recoveryMeasures: RecoveryMeasure[] = []
  const recommendationMeasureLinks: RecommendationMeasureLink[] = []
  for (const item of [...MEASURES, plannedMeasure(context.today)]) {
    const { key, answers, ...fields } = item
    const id = demoId('msr', key)
    recoveryMeasures.push({ ...fields, id, createdAt: context.createdAt, updatedAt: context.createdAt })
    for (const number of answers) {
      const recommendation = byNumber.get(number)
      if (!recommendation) continue
      recommendationMeasureLinks.push({ id: demoId('lnk', `${key}-${number}`), recommendationId: recommendation.id, measureId: id, note: '', createdAt: context.createdAt, updatedAt: context.createdAt })
    }
  }
  return { recoveryMeasures, recommendationMeasureLinks }
}
