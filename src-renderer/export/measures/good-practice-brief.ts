/**
 * The good-practice brief "Recover better": the measures the mission flags as good practices to share,
 * grouped by the right each concerns first, with results, lessons learned, the UPR recommendations they
 * answer and the SDG targets they serve, and a summary table. Plain data in, a kit document out.
 */
import { TextRun, type Paragraph, type Table } from 'docx'
import { RIGHTS } from '../../../resources/reference/rights'
import { formatMoney } from '../../domain/measures/money'
import { goalOfTarget, goalTitle, tagLabel } from '../../domain/measures/measure-tags'
import type { CalendarDate, LanguageCode, RecoveryMeasure } from '../../domain/model'
import { hasLabel } from '../../domain/names'
import { phraseBook, type Dictionary, type PhraseBook } from '../../domain/words/phrase-book'
import { bullets, DocumentProblem, fittedTable, heading, numberedList, para, titleBlock, type Emblem, type MissionDocument } from '../kit'

/** A recommendation as the brief cites it. */
export interface BriefRecommendation {
  number: string | null
  session: number | null
  text: string
  /** Recommending States, by name. */
  states: string[]
}

/** The words of the brief, in the document's language (from the measures strings file). */
export interface BriefLabels {
  title: string
  subtitle: string
  preparedBy: string
  date: string
  measuresCount: string
  aboutHeading: string
  about: string
  budgetsNote: string
  otherRights: string
  type: string
  status: string
  period: string
  periodFrom: string
  periodFromTo: string
  responsible: string
  instrument: string
  budget: string
  alsoConcerns: string
  groups: string
  results: string
  indicators: string
  lessons: string
  recommendations: string
  noRecommendations: string
  sdgs: string
  goal: string
  summaryHeading: string
  summaryColumns: { measure: string; right: string; status: string; budget: string; recommendations: string; sdgs: string }
  types: Record<RecoveryMeasure['type'], string>
  statuses: Record<RecoveryMeasure['status'], string>
  noGoodPractice: string
}

export interface GoodPracticeBriefInput {
  language: LanguageCode
  missionName: string
  /** The State the mission represents (ISO3): the brief names it in its language, with its grammar. */
  stateIso3: string
  date: CalendarDate
  emblem: Emblem | null
  measures: readonly RecoveryMeasure[]
  /** The recommendations a measure answers. */
  recommendationsOf: (measureId: string) => readonly BriefRecommendation[]
  labels: BriefLabels
}

const LOCALE: Record<LanguageCode, string> = { en: 'en-GB', fr: 'fr-CH', es: 'es-ES' }
const RIGHT_ORDER = new Map(RIGHTS.map((r, i) => [r.id, i]))

/** The brief's words as a phrase book: its labels, read with the language's plural rules and State grammar. */
function wordsOf(input: Pick<GoodPracticeBriefInput, 'language' | 'labels'>): PhraseBook {
  return phraseBook(input.language, [input.labels as unknown as Dictionary])
}

/** The right a measure is listed under: the first it names (people list the main one first). */
export function primaryRight(m: RecoveryMeasure): string | null {
  return m.rights[0] ?? null
}

/** The good-practice measures grouped by primary right, in the order of the rights list, then the rest. */
export function groupForBrief(measures: readonly RecoveryMeasure[]): { right: string | null; measures: RecoveryMeasure[] }[] {
  const groups = new Map<string | null, RecoveryMeasure[]>()
  for (const m of measures.filter((x) => x.goodPractice)) {
    const key = primaryRight(m)
    groups.set(key, [...(groups.get(key) ?? []), m])
  }
  const rank = (r: string | null) => (r === null ? Number.MAX_SAFE_INTEGER : (RIGHT_ORDER.get(r) ?? RIGHTS.length))
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || String(a).localeCompare(String(b)))
    .map(([right, list]) => ({ right, measures: list.sort((a, b) => (a.inForceFrom ?? a.adoptedOn ?? '9999').localeCompare(b.inForceFrom ?? b.adoptedOn ?? '9999') || a.title.localeCompare(b.title)) }))
}

function formatDate(date: CalendarDate, language: LanguageCode): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(LOCALE[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

/** "105.12 Intensify efforts … (Spain, Chile)", the number in bold as delegates cite it. */
function citation(r: BriefRecommendation): TextRun[] {
  const states = r.states.length ? ` (${r.states.join(', ')})` : ''
  return [...(r.number ? [new TextRun({ text: `${r.number} `, bold: true })] : []), new TextRun(`${r.text}${states}`)]
}

function sdgLine(target: string, words: PhraseBook): string {
  const title = hasLabel('sdgTarget', target) ? words.label('sdgTarget', target) : undefined
  const goal = goalOfTarget(target)
  const goalText = goal ? ` (${words.t('goal', { n: goal, title: goalTitle(goal, words.language) })})` : ''
  return `${target}${title ? ` ${title}` : ''}${goalText}`
}

/** A bold label and its value, as runs of one paragraph. */
function fact(label: string, value: string): TextRun[] {
  return [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)]
}

function measureBlocks(m: RecoveryMeasure, input: GoodPracticeBriefInput): (Paragraph | Table)[] {
  const { labels, language } = input
  const words = wordsOf(input)
  const locale = LOCALE[language]
  const blocks: (Paragraph | Table)[] = [heading(m.title, 2)]
  const start = m.inForceFrom ?? m.adoptedOn
  const facts: TextRun[][] = [fact(labels.type, labels.types[m.type]), fact(labels.status, labels.statuses[m.status])]
  if (start) facts.push(fact(labels.period, m.endedOn ? words.t('periodFromTo', { start: formatDate(start, language), end: formatDate(m.endedOn, language) }) : words.t('periodFrom', { start: formatDate(start, language) })))
  if (m.responsibleBody) facts.push(fact(labels.responsible, m.responsibleBody))
  if (m.legalInstrument) facts.push(fact(labels.instrument, m.legalInstrument))
  if (m.budget) facts.push(fact(labels.budget, formatMoney(m.budget, locale)))
  blocks.push(...bullets(facts))
  if (m.description) blocks.push(...m.description.split(/\n+/).map((p) => para(p, { align: 'justify' })))
  const others = m.rights.slice(1)
  if (others.length) blocks.push(para(fact(labels.alsoConcerns, others.map((r) => tagLabel('rights', r, language)).join('; '))))
  if (m.groups.length) blocks.push(para(fact(labels.groups, m.groups.map((g) => tagLabel('groups', g, language)).join('; '))))
  if (m.results || m.indicators) {
    blocks.push(heading(labels.results, 3))
    if (m.results) blocks.push(...m.results.split(/\n+/).map((p) => para(p)))
    if (m.indicators) blocks.push(para(fact(labels.indicators, m.indicators)))
  }
  if (m.lessonsLearned) {
    blocks.push(heading(labels.lessons, 3))
    blocks.push(...m.lessonsLearned.split(/\n+/).map((p) => para(p)))
  }
  const recommendations = input.recommendationsOf(m.id)
  blocks.push(heading(labels.recommendations, 3))
  blocks.push(...(recommendations.length ? numberedList(recommendations.map(citation)) : [para(labels.noRecommendations, { italic: true })]))
  if (m.sdgTargets.length) {
    blocks.push(heading(labels.sdgs, 3))
    blocks.push(...bullets([...m.sdgTargets].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((t) => sdgLine(t, words))))
  }
  return blocks
}

/** The brief as a kit document; throws a DocumentProblem when no measure is flagged as good practice. */
export function buildGoodPracticeBrief(input: GoodPracticeBriefInput): MissionDocument {
  const { labels, language } = input
  const words = wordsOf(input)
  const state = input.stateIso3
  const groups = groupForBrief(input.measures)
  const count = groups.reduce((n, g) => n + g.measures.length, 0)
  if (count === 0) throw new DocumentProblem('measures.brief.problems.noGoodPractice', {}, labels.noGoodPractice)
  const title = words.t('title', { state })
  const locale = LOCALE[input.language]
  const body: (Paragraph | Table)[] = [
    heading(title, 0),
    para(labels.subtitle, { italic: true }),
    ...titleBlock([
      { label: labels.preparedBy, value: input.missionName },
      { label: labels.date, value: formatDate(input.date, input.language) },
      { label: labels.measuresCount, value: String(count) }
    ]),
    heading(labels.aboutHeading, 1),
    para(words.t('about', { state, count }), { align: 'justify' }),
    para(labels.budgetsNote, { italic: true })
  ]
  for (const group of groups) {
    body.push(heading(group.right === null ? labels.otherRights : tagLabel('rights', group.right, language), 1))
    for (const m of group.measures) body.push(...measureBlocks(m, input))
  }
  const columns = labels.summaryColumns
  const summary = fittedTable({
    orientation: 'landscape',
    columns: [
      { header: columns.measure, weight: 4 },
      { header: columns.right, weight: 2.5 },
      { header: columns.status, weight: 1.3 },
      { header: columns.budget, weight: 1.8 },
      { header: columns.recommendations, weight: 1.6 },
      { header: columns.sdgs, weight: 1.6 }
    ],
    rows: groups.flatMap((g) =>
      g.measures.map((m) => [
        m.title,
        g.right === null ? labels.otherRights : tagLabel('rights', g.right, language),
        labels.statuses[m.status],
        m.budget ? formatMoney(m.budget, locale) : '—',
        input.recommendationsOf(m.id).map((r) => r.number ?? '—').join(', ') || '—',
        m.sdgTargets.join(', ') || '—'
      ])
    )
  })
  return {
    language: input.language,
    title,
    subject: labels.subtitle,
    creator: input.missionName,
    description: words.t('about', { state, count }),
    keywords: 'UPR; COVID-19; recover better; good practices',
    letterhead: { missionName: input.missionName, emblem: input.emblem },
    sections: [
      { orientation: 'portrait', blocks: body },
      { orientation: 'landscape', blocks: [heading(labels.summaryHeading, 1), summary] }
    ]
  }
}
