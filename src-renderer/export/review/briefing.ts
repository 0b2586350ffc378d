/**
 * The review briefing (Word): where our review stands, the next deadlines, the stages, the open tasks,
 * a summary of the recommendations received and the documents, on the mission's letterhead. Built from
 * plain data with the shared Word kit; the words come from a phrase book (`domain/words`) in the
 * document's language, which names the States in it and the themes in that language.
 */
import { TextRun, type Paragraph, type Table } from 'docx'
import { daysBetween, formatDate, formatDateRange } from '../../domain/dates'
import type { CalendarDate, ImplementationStatus, LanguageCode, MissionProfile, Position, Recommendation, Task } from '../../domain/model'
import { IMPLEMENTATION_STATUSES, POSITIONS } from '../../domain/model'
import type { OwnReview } from '../../domain/review/cycle'
import { currentStage, openTasks, upcomingDeadlines } from '../../domain/review/progress'
import { isEstimatedReviewDay } from '../../domain/review/stages'
import { buildMissionDocument, bullets, fittedTable, heading, packDocx, para, suggestedFileName, titleBlock, type Emblem, type MissionDocument } from '../kit'
import type { PhraseBook } from '../../domain/words/phrase-book'

/** How many deadlines ahead the briefing lists. */
const DEADLINES_LISTED = 8
/** How many themes of the recommendations it names. */
const THEMES_LISTED = 8

export interface BriefingInput {
  profile: MissionProfile
  review: OwnReview
  /** The tasks of this review. */
  tasks: readonly Task[]
  /** The recommendations our State received at this review (or all, when the register has none for it). */
  recommendations: readonly Pick<Recommendation, 'position' | 'implementationStatus' | 'themes'>[]
  /** Whether `recommendations` are those of this session (true) or of every session (false). */
  recommendationsOfSession: boolean
  today: CalendarDate
  /** The language the words are in (the document's language for spelling and hyphenation). */
  language: LanguageCode
  /** Locale for dates, e.g. "en-GB". */
  locale: string
  emblem: Emblem | null
  /** The words, in `language` (with English for what a language lacks). */
  words: PhraseBook
}

/** The briefing as a kit document (throws a DocumentProblem when it cannot be made). */
export function buildReviewBriefing(input: BriefingInput): MissionDocument {
  const { review, today, locale } = input
  const t = input.words.t
  const state = input.profile.stateIso3
  const n = review.session.session
  const date = (d: CalendarDate) => formatDate(d, locale)
  const stageName = (stage: string) => t(`review.stages.${stage}`)
  const now = currentStage(review.stages, today)
  const title = t('review.briefing.title', { state, session: n })
  const dialogue = review.stages.find((s) => s.stage === 'interactiveDialogue')!
  const plenary = review.stages.find((s) => s.stage === 'plenaryAdoption')!
  const estimated = ` (${t('review.page.estimated')})`

  // French puts a no-break space before the colon the title block adds.
  const colonSpace = input.language === 'fr' ? '\u00A0' : ''
  const blocks = [
    heading(title, 0),
    ...titleBlock(
      [
      { label: t('review.briefing.state'), value: input.words.state(state) },
      { label: t('review.briefing.session'), value: `${n}, ${review.session.start ? formatDateRange(review.session.start, review.session.end, locale) : ''}${review.session.estimated ? estimated : ''}` },
      { label: t('review.page.reviewDay'), value: `${date(dialogue.date)}${isEstimatedReviewDay(review.plan.reviewDay) ? estimated : ''}` },
      { label: t('review.page.councilSession'), value: `${t('review.page.councilSessionValue', { council: review.plan.councilSession })}, ${date(plenary.date)}` },
      { label: t('review.briefing.prepared'), value: date(today) }
      ].map((row) => ({ ...row, label: `${row.label}${colonSpace}` }))
    ),
    heading(t('review.briefing.standing'), 1),
    para(now ? t('review.briefing.currentStage', { stage: stageName(now.stage), date: date(now.date), status: t(`review.statuses.${now.status}`) }) : t('review.page.cycleComplete')),
    ...(now?.notes ? [para(now.notes, { italic: true })] : []),
    ...(review.record?.headOfDelegation ? [para(`${t('review.people.headOfDelegation')}${colonSpace}: ${review.record.headOfDelegation}`)] : []),
    ...(review.record && review.record.troika.length > 0 ? [para(`${t('review.briefing.troika')}${colonSpace}: ${review.record.troika.map((iso3) => input.words.state(iso3)).join(', ')}`)] : []),
    ...deadlineBlocks(input),
    ...taskBlocks(input),
    ...recommendationBlocks(input),
    heading(t('review.page.stagesHeading'), 1),
    fittedTable({
      orientation: 'portrait',
      columns: [
        { header: t('review.timeline.columns.stage'), weight: 3 },
        { header: t('review.stage.planned'), weight: 2 },
        { header: t('review.stage.actual'), weight: 2 },
        { header: t('review.stage.status'), weight: 1.5 },
        { header: t('review.stage.notes'), weight: 3.5 }
      ],
      rows: review.stages.map((s) => [
        stageName(s.stage),
        `${date(s.planned)}${s.corrected ? ` (${t('review.page.corrected')})` : ''}`,
        s.actual ? date(s.actual) : '',
        t(`review.statuses.${s.status}`),
        s.notes
      ])
    }),
    ...documentBlocks(input),
    para(t('review.briefing.datesNote'), { italic: true })
  ]
  return {
    language: input.language,
    title,
    subject: t('review.briefing.subject', { state, session: n }),
    creator: input.profile.missionName,
    description: t('review.briefing.description', { date: today }),
    letterhead: { missionName: input.profile.missionName, emblem: input.emblem },
    sections: [{ orientation: 'portrait', blocks }]
  }
}

/** The briefing's .docx bytes and its file name. */
export async function reviewBriefingDocx(input: BriefingInput): Promise<{ fileName: string; bytes: Uint8Array }> {
  const bytes = await packDocx(buildMissionDocument(buildReviewBriefing(input)))
  const fileName = suggestedFileName({ date: input.today, session: input.review.session.session, subject: input.words.state(input.profile.stateIso3), title: input.words.t('review.briefing.fileTitle') })
  return { fileName, bytes }
}

function deadlineBlocks(input: BriefingInput) {
  const { review, today } = input
  const t = input.words.t
  const deadlines = upcomingDeadlines({ stages: review.stages, session: review.session.session, tasks: input.tasks }, today, DEADLINES_LISTED)
  if (deadlines.length === 0) return [heading(t('review.dashboard.deadlines'), 1), para(t('review.dashboard.noDeadlines'))]
  return [
    heading(t('review.dashboard.deadlines'), 1),
    fittedTable({
      orientation: 'portrait',
      columns: [
        { header: t('review.briefing.date'), weight: 2 },
        { header: t('review.briefing.what'), weight: 5 },
        { header: t('review.briefing.daysLeft'), weight: 1.5 }
      ],
      rows: deadlines.map((d) => [
        formatDate(d.date, input.locale),
        d.kind === 'stage' ? t(`review.stages.${d.stage}`) : `${d.task.title}${d.task.owner ? ` (${d.task.owner})` : ''}`,
        String(daysBetween(today, d.date))
      ])
    })
  ]
}

function taskBlocks(input: BriefingInput) {
  const { today } = input
  const t = input.words.t
  const open = openTasks(input.tasks)
  if (open.length === 0) return [heading(t('review.dashboard.openTasks'), 1), para(t('review.dashboard.noOpenTasks'))]
  return [
    heading(t('review.dashboard.openTasks'), 1),
    fittedTable({
      orientation: 'portrait',
      columns: [
        { header: t('review.tasks.title'), weight: 5 },
        { header: t('review.timeline.columns.stage'), weight: 2.5 },
        { header: t('review.tasks.owner'), weight: 2 },
        { header: t('review.tasks.dueOn'), weight: 2 }
      ],
      rows: open.map((task) => [
        task.title,
        task.stage ? t(`review.stages.${task.stage}`) : '',
        task.owner,
        task.dueOn ? `${formatDate(task.dueOn, input.locale)}${task.dueOn < today ? ` (${t('review.tasks.overdue')})` : ''}` : ''
      ])
    })
  ]
}

function recommendationBlocks(input: BriefingInput) {
  const { recommendations } = input
  const t = input.words.t
  const blocks: (Paragraph | Table)[] = [heading(t('review.dashboard.chartHeading'), 1)]
  if (recommendations.length === 0) return [...blocks, para(t('review.dashboard.chartEmpty', { state: input.words.state(input.profile.stateIso3) }))]
  const counts = new Map<Position, Map<ImplementationStatus, number>>()
  const themes = new Map<string, number>()
  for (const r of recommendations) {
    const byStatus = counts.get(r.position) ?? new Map<ImplementationStatus, number>()
    byStatus.set(r.implementationStatus, (byStatus.get(r.implementationStatus) ?? 0) + 1)
    counts.set(r.position, byStatus)
    for (const theme of r.themes) themes.set(theme, (themes.get(theme) ?? 0) + 1)
  }
  const total = (p: Position) => [...(counts.get(p)?.values() ?? [])].reduce((a, b) => a + b, 0)
  blocks.push(
    para(
      input.recommendationsOfSession
        ? t('review.dashboard.chartSession', { session: input.review.session.session, count: recommendations.length })
        : t('review.dashboard.chartAll', { count: recommendations.length })
    ),
    fittedTable({
      orientation: 'portrait',
      columns: [
        { header: t('review.dashboard.position'), weight: 2.5 },
        ...IMPLEMENTATION_STATUSES.map((s) => ({ header: t(`statuses.${s}`), weight: 1.6 })),
        { header: t('review.dashboard.total'), weight: 1.2 }
      ],
      rows: POSITIONS.filter((p) => counts.has(p)).map((p) => [
        t(`positions.${p}`),
        ...IMPLEMENTATION_STATUSES.map((s) => String(counts.get(p)?.get(s) ?? 0)),
        String(total(p))
      ])
    })
  )
  const top = [...themes.entries()]
    .map(([theme, count]) => [input.words.label('uprInfoIssue', theme), count] as const)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], input.words.locale))
    .slice(0, THEMES_LISTED)
  if (top.length > 0) {
    blocks.push(para(t('review.briefing.themes'), { bold: true, keepNext: true }), ...bullets(top.map(([theme, count]) => `${theme}${input.language === 'fr' ? '\u00A0' : ''}: ${count}`)))
  }
  return blocks
}

function documentBlocks(input: BriefingInput) {
  const t = input.words.t
  const documents = input.review.record?.documents ?? []
  if (documents.length === 0) return []
  return [
    heading(t('review.documents.heading'), 1),
    ...bullets(
      documents.map((d) => {
        const name = [d.symbol, d.title].filter(Boolean).join(' · ')
        const where = d.url ?? (d.attachmentName ? t('review.briefing.attached', { file: d.attachmentName }) : '')
        return where ? [new TextRun({ text: name, bold: true }), new TextRun(` (${where})`)] : name
      })
    )
  ]
}
