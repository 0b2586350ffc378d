/**
 * The demo mission's statements and their versions, written by the UPR Desk project for the demo (not
 * taken from any UN document or any State's real statement): Portugal's statement at the review of
 * Slovenia (session 48, delivered on 28 January 2025) with the recommendations it put in the register,
 * a draft for the next session, Portugal's opening statement and concluding remarks at its own review
 * (session 47), its plenary adoption statement, a position paper, and drafts of the mid-term report and
 * the thematic list.
 */
import { allSessions } from '../domain/calendar'
import type { DraftRecommendation, Recommendation, Statement, StatementKind, StatementStatus, StatementVersion, Timestamp } from '../domain/model'
import { deliveredRecommendations } from '../domain/statements/delivered'
import { FIELD, rationaleKey } from '../domain/statements/fields'
import { headingNode as h, listNode, paragraphNode as p, richDoc, serialiseRichDoc, textNode, type RichNode } from '../domain/statements/rich-text'
import { templateFor } from '../domain/statements/templates'
import { stateByIso3 } from '../domain/states'
import { demoId, type DemoContext } from './context'
import { DEMO_OWN_SESSION, DEMO_REPORT_SYMBOL } from './recommendations'

const name = (iso3: string) => stateByIso3(iso3)?.name ?? iso3

interface DemoStatementInput {
  key: string
  kind: StatementKind
  title: string
  stateUnderReview: string
  session: number | null
  status: StatementStatus
  deliveredOn: string | null
  body: RichNode[]
  fields: Record<string, string>
  recommendations?: { text: string; followsUp?: string }[]
  /** When the versions were recorded: the first is the creation, the last the statement as it is. */
  versionTimes: Timestamp[]
}

function build(context: DemoContext, input: DemoStatementInput): { statement: Statement; versions: StatementVersion[] } {
  const id = demoId('stm', input.key)
  const recommendations: DraftRecommendation[] = (input.recommendations ?? []).map((r, i) => ({
    id: demoId('drc', `${input.key}-${i + 1}`),
    text: r.text,
    followsUpId: r.followsUp ?? null
  }))
  const times = input.versionTimes.length > 0 ? input.versionTimes : [context.createdAt]
  const statement: Statement = {
    id,
    kind: input.kind,
    title: input.title,
    language: 'en',
    stateUnderReview: input.stateUnderReview,
    session: input.session,
    reviewId: null,
    status: input.status,
    content: serialiseRichDoc(richDoc(input.body)),
    fields: input.fields,
    recommendations,
    deliveredOn: input.deliveredOn,
    version: times.length,
    createdAt: times[0]!,
    updatedAt: times[times.length - 1]!
  }
  const reasons = (n: number): StatementVersion['reason'] => (n === 1 ? 'created' : n === times.length && input.status === 'delivered' ? 'delivered' : 'saved')
  const versions = times.map((at, i): StatementVersion => ({
    id: demoId('ver', `${input.key}-${i + 1}`),
    statementId: id,
    version: i + 1,
    title: statement.title,
    // Earlier versions held a shorter draft: the body without its last paragraph.
    content: i === times.length - 1 ? statement.content : serialiseRichDoc(richDoc(input.body.slice(0, Math.max(1, input.body.length - (times.length - 1 - i))))),
    fields: { ...statement.fields },
    recommendations: i === times.length - 1 ? recommendations : recommendations.slice(0, Math.max(0, recommendations.length - 1)),
    reason: reasons(i + 1),
    restoredFrom: null,
    createdAt: at,
    updatedAt: at
  }))
  return { statement, versions }
}

/** The next Working Group session from `today` that reviews another State, and that State. */
function nextSessionToFollow(context: DemoContext): { session: number; start: string; iso3: string } | null {
  for (const s of allSessions()) {
    if (!s.start || s.start < context.today) continue
    const other = s.states.find((st) => st.iso3 !== context.profile.stateIso3)
    if (other) return { session: s.session, start: s.start, iso3: other.iso3 }
  }
  return null
}

/** Demo statements, drafted from the demo recommendations. */
export function demoStatements(context: DemoContext, recommendations: readonly Recommendation[]): { statements: Statement[]; statementVersions: StatementVersion[]; recommendations: Recommendation[] } {
  const ours = context.profile.stateIso3
  const oursName = name(ours)
  const svnEarlier = (number: string) => recommendations.find((r) => r.stateUnderReview === 'SVN' && r.number === number)?.id
  const noted = recommendations.filter((r) => r.stateUnderReview === ours && r.session === DEMO_OWN_SESSION && r.position === 'noted')
  const inputs: DemoStatementInput[] = []

  inputs.push({
    key: 'UPR48-SVN',
    kind: 'recommending-state',
    title: 'Universal Periodic Review of Slovenia',
    stateUnderReview: 'SVN',
    session: 48,
    status: 'delivered',
    deliveredOn: '2025-01-28',
    body: [
      p('Thank you, Madam President.'),
      p(`${oursName} warmly welcomes the delegation of Slovenia and thanks it for the presentation of its national report.`),
      p([textNode(`${oursName} commends Slovenia for its new long-term care system and for the additional resources given to the Human Rights Ombudsman. `), textNode('We also welcome', ['bold']), textNode(' the progress made in the inclusion of Roma children in pre-school education.')]),
      p(`${oursName} remains concerned that a number of Roma settlements still have no safe access to drinking water and sanitation.`)
    ],
    fields: {
      [FIELD.meeting]: '48th session of the Working Group on the Universal Periodic Review',
      [FIELD.statementBy]: oursName,
      [FIELD.speaker]: 'Deputy Permanent Representative (demo)',
      [FIELD.date]: '2025-01-28',
      [FIELD.recommendsIntro]: `In a constructive spirit, ${oursName} recommends that Slovenia:`,
      [FIELD.closing]: 'We wish the delegation of Slovenia a successful review. Thank you.',
      [FIELD.inscribedSpeakers]: '86',
      [FIELD.slotCapSeconds]: ''
    },
    recommendations: [
      {
        text: 'Adopt and fund a national action plan for the implementation of the Convention on the Rights of Persons with Disabilities, with measurable targets, by the next review, as recommended in the previous cycle',
        ...(svnEarlier('121.9') ? { followsUp: svnEarlier('121.9')! } : {})
      },
      { text: 'Connect all Roma settlements to safe drinking water and sanitation by 2027, with a public timetable and yearly progress data' }
    ],
    versionTimes: ['2025-01-14T15:20:00.000Z', '2025-01-22T10:05:00.000Z', '2025-01-28T08:40:00.000Z']
  })

  const next = nextSessionToFollow(context)
  if (next) {
    const sur = name(next.iso3)
    const template = templateFor({ kind: 'recommending-state', language: 'en', ourState: { iso3: ours, name: oursName }, stateUnderReview: { iso3: next.iso3, name: sur }, session: next.session, date: next.start })
    inputs.push({
      key: `UPR${next.session}-${next.iso3}`,
      kind: 'recommending-state',
      title: template.title,
      stateUnderReview: next.iso3,
      session: next.session,
      status: 'draft',
      deliveredOn: null,
      body: [
        p('Thank you, [Madam/Mr] President.'),
        p(`${oursName} warmly welcomes the delegation of ${sur} and thanks it for the presentation of its national report.`),
        p(`${oursName} commends ${sur} for [one achievement since the last review].`)
      ],
      fields: { ...template.fields, [FIELD.speaker]: 'Second Secretary (demo)' },
      recommendations: [
        { text: 'Continue its efforts to combat violence against women' },
        { text: 'Adopt a comprehensive law on domestic violence, with a budget for shelters in every region, by the next review' }
      ],
      versionTimes: [context.createdAt]
    })
  }

  inputs.push({
    key: `UPR${DEMO_OWN_SESSION}-${ours}-opening`,
    kind: 'opening',
    title: `Universal Periodic Review of ${oursName}`,
    stateUnderReview: ours,
    session: DEMO_OWN_SESSION,
    status: 'delivered',
    deliveredOn: '2024-11-06',
    body: [
      p('Thank you, Madam President.'),
      p(`It is an honour to present the fourth national report of ${oursName} to the Working Group.`),
      h(2, 'Consultation process'),
      p('The report was prepared by the National Human Rights Committee, which brings together every ministry, with the Ombudsman as an observer. Two rounds of consultation with civil society organisations were held, in person and online, and their written contributions are published with the report.'),
      h(2, 'Follow-up to the recommendations of the previous cycle'),
      p('Of the recommendations we supported at the third review, most have been implemented in full or in part. A mid-term report was presented in 2022, and the National Human Rights Committee now publishes an online table of the measures taken for each recommendation.'),
      h(2, 'New laws and institutions'),
      listNode('bulletList', ['a national strategy for the inclusion of Roma communities;', 'a new framework for long-term care;', 'legislation strengthening the protection of victims of domestic violence.']),
      h(2, 'Challenges, including the COVID-19 pandemic'),
      p('The pandemic put our health service and our schools under strain. Free testing, free internet access for students and support for workers staying at home were part of our response; the Recovery and Resilience Plan now invests in housing, health and digital inclusion.'),
      h(2, 'Technical cooperation'),
      p('We stand ready to share our experience and to learn from that of others.'),
      p(`${oursName} looks forward to a constructive dialogue. Thank you.`)
    ],
    fields: { [FIELD.meeting]: `${DEMO_OWN_SESSION}th session of the Working Group on the Universal Periodic Review`, [FIELD.statementBy]: `${oursName}, State under review`, [FIELD.speaker]: 'Head of delegation (demo)', [FIELD.date]: '2024-11-06', [FIELD.allottedMinutes]: '' },
    versionTimes: ['2024-10-21T09:00:00.000Z', '2024-11-04T17:30:00.000Z', '2024-11-06T07:50:00.000Z']
  })

  inputs.push({
    key: `UPR${DEMO_OWN_SESSION}-${ours}-concluding`,
    kind: 'concluding-remarks',
    title: `Universal Periodic Review of ${oursName}`,
    stateUnderReview: ours,
    session: DEMO_OWN_SESSION,
    status: 'delivered',
    deliveredOn: '2024-11-06',
    body: [
      p('Thank you, Madam President.'),
      p(`${oursName} thanks all the delegations that took the floor for their questions and recommendations, and the troika for its support.`),
      p('Several delegations asked about the length of judicial proceedings. The new case-management system has reduced the average length of civil proceedings in first instance, and we will report on further progress.'),
      p('The recommendations we received will be examined carefully with the ministries concerned and with civil society, and we will give our positions before the Human Rights Council adopts the outcome of this review.'),
      p('Thank you.')
    ],
    fields: { [FIELD.meeting]: `${DEMO_OWN_SESSION}th session of the Working Group on the Universal Periodic Review`, [FIELD.statementBy]: `${oursName}, State under review`, [FIELD.speaker]: 'Head of delegation (demo)', [FIELD.date]: '2024-11-06', [FIELD.allottedMinutes]: '' },
    versionTimes: ['2024-11-05T18:00:00.000Z', '2024-11-06T11:40:00.000Z']
  })

  const rationales: Record<string, string> = {
    '105.2': 'The Convention is under study; its provisions are largely covered by the European Union and national law already in force.',
    '105.29': 'Our official development assistance is set in the multi-annual budget; we are committed to increasing it progressively.',
    '105.34': 'The Ombudsman already acts as national preventive mechanism with a dedicated team and budget, as the Subcommittee on Prevention of Torture has acknowledged.',
    '105.35': 'This depends on a decision on ratification of the Convention, which is still under study.',
    '105.36': 'Defamation offences are applied in line with the case-law of the European Court of Human Rights; their reform is under discussion.'
  }
  inputs.push({
    key: `HRC58-${ours}-adoption`,
    kind: 'plenary-adoption',
    title: `Adoption of the outcome of the Universal Periodic Review of ${oursName}`,
    stateUnderReview: ours,
    session: DEMO_OWN_SESSION,
    status: 'delivered',
    deliveredOn: '2025-03-27',
    body: [
      p('Thank you, Madam President.'),
      p(`${oursName} thanks the troika, the States that took part in the interactive dialogue and the Office of the High Commissioner for their support throughout the review.`)
    ],
    fields: {
      [FIELD.meeting]: 'Human Rights Council, 58th session',
      [FIELD.agendaItem]: 'Item 6: Universal Periodic Review',
      [FIELD.statementBy]: oursName,
      [FIELD.speaker]: 'Permanent Representative (demo)',
      [FIELD.date]: '2025-03-27',
      [FIELD.closing]: `${oursName} will report on the implementation of these recommendations in a mid-term report, prepared with civil society. Thank you.`,
      [FIELD.allottedMinutes]: '',
      ...Object.fromEntries(noted.filter((r) => r.number && rationales[r.number]).map((r) => [rationaleKey(r.id), rationales[r.number!]!]))
    },
    versionTimes: ['2025-03-10T09:30:00.000Z', '2025-03-26T16:10:00.000Z', '2025-03-27T08:15:00.000Z']
  })

  inputs.push({
    key: 'paper-SVN-water',
    kind: 'position-paper',
    title: 'Access to water and sanitation for Roma communities in Slovenia',
    stateUnderReview: 'SVN',
    session: 48,
    status: 'final',
    deliveredOn: null,
    body: [
      h(1, 'Summary'),
      p(`${oursName} will follow up its third-cycle recommendation on access to safe drinking water and sanitation for Roma communities, asking for a timetable and yearly data.`),
      h(1, 'Background'),
      p('At the third review, Slovenia supported the recommendations on water and sanitation for Roma communities. Progress has been made in several municipalities, but some informal settlements are still not connected.'),
      h(1, `Position of ${oursName}`),
      p('The right to safe drinking water and sanitation is a priority of our foreign policy. We recognise the steps taken and encourage Slovenia to set a deadline and to publish data on progress.'),
      h(1, 'Asks'),
      listNode('orderedList', ['A recommendation with a deadline and an indicator, following up our earlier one.', 'A bilateral meeting with the delegation before the review.'])
    ],
    fields: { [FIELD.subject]: 'Universal Periodic Review of Slovenia, 48th session', [FIELD.date]: '2025-01-10', [FIELD.annexTheme]: '*' },
    versionTimes: ['2024-12-16T10:00:00.000Z', '2025-01-10T15:00:00.000Z']
  })

  inputs.push({
    key: `midterm-${ours}-cycle4`,
    kind: 'mid-term-report',
    title: `Mid-term report of ${oursName} on the implementation of the recommendations received in the 4th cycle of the Universal Periodic Review`,
    stateUnderReview: ours,
    session: DEMO_OWN_SESSION,
    status: 'draft',
    deliveredOn: null,
    body: [
      h(1, 'Introduction'),
      p(`${oursName} presents this voluntary mid-term report on the implementation of the 38 recommendations it received at its fourth review, in November 2024. It covers the noted recommendations as well as the supported ones.`),
      h(1, 'Method and consultations'),
      p('The National Human Rights Committee gathered information from every ministry concerned. The draft was discussed with the Ombudsman and with civil society organisations before it was finalised.')
    ],
    fields: { [FIELD.meeting]: `${DEMO_OWN_SESSION}th session of the Working Group on the Universal Periodic Review`, [FIELD.reportSymbol]: DEMO_REPORT_SYMBOL, [FIELD.date]: context.today },
    versionTimes: [context.createdAt]
  })

  inputs.push({
    key: `thematic-${ours}-cycle4`,
    kind: 'thematic-list',
    title: 'Thematic list of recommendations',
    stateUnderReview: ours,
    session: DEMO_OWN_SESSION,
    status: 'draft',
    deliveredOn: null,
    body: [p(`This list groups by theme the recommendations ${oursName} received at its fourth review, with the position it took and an assessment of their implementation (demo data).`)],
    fields: { [FIELD.meeting]: `${DEMO_OWN_SESSION}th session of the Working Group on the Universal Periodic Review`, [FIELD.reportSymbol]: DEMO_REPORT_SYMBOL, [FIELD.date]: context.today },
    versionTimes: [context.createdAt]
  })

  const built = inputs.map((input) => build(context, input))
  const statements = built.map((b) => b.statement)

  // The delivered statement's recommendations, as delivery put them in the register; Slovenia has answered since.
  const delivered = statements.filter((s) => s.kind === 'recommending-state' && s.status === 'delivered')
  const inRegister = delivered.flatMap((s) =>
    deliveredRecommendations(s, ours, oursName, s.updatedAt).map(
      (r, i): Recommendation => ({
        ...r,
        id: demoId('rec', `${s.stateUnderReview}-${s.session}-statement-${i + 1}`),
        position: 'supported',
        positionSource: 'Demo: position recorded by the delegate',
        createdAt: s.updatedAt,
        updatedAt: s.updatedAt
      })
    )
  )
  return { statements, statementVersions: built.flatMap((b) => b.versions), recommendations: inRegister }
}
