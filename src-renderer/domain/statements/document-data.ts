/**
 * Everything a Word builder needs for one statement, as plain data: the statement's parts in the
 * document's language, the register's parts (counts, noted, tables), the letterhead. The builders
 * (src-renderer/export/statements) turn it into a .docx; timing reads the same data, so what is timed
 * is what is exported. Text is cleaned of characters XML cannot hold, so no builder writes a broken file.
 */
import type { CalendarDate, LanguageCode, MissionProfile, Recommendation, Statement, StatementKind } from '../model'
import { cycleOfSessionOrNull } from '../calendar'
import { hasLabel, labelOf, stateName } from '../names'
import { documentDate, documentWords } from './document-words'
import { FIELD, rationaleKey, recommendationsOf, TITLE_BLOCK_FIELDS } from './fields'
import { adoptionCounts, groupByFirstTheme, notedRecommendations, recommendationsOfReview } from './register-parts'
import { parseRichDoc, richDocText, type RichDoc, type RichNode } from './rich-text'

/** The mission's emblem as the letterhead takes it (see the Word kit's `Emblem`). */
export interface EmblemImage {
  bytes: Uint8Array
  type: 'png' | 'jpg' | 'gif' | 'bmp'
  width: number
  height: number
}

/** A label and its value in the block under the title. */
export interface TitleBlockRow {
  label: string
  value: string
}

/** What every document carries. */
export interface DocumentCommon {
  language: LanguageCode
  title: string
  /** Core property "subject" and the file name's title, e.g. "Statement by Portugal". */
  subject: string
  description: string
  missionName: string
  emblem: EmblemImage | null
  titleBlock: TitleBlockRow[]
  fileName: { date: CalendarDate | null; session: number | null; subject: string; title: string }
}

export interface NotedItem {
  number: string
  text: string
  rationale: string
}

export interface MidTermRow {
  number: string
  text: string
  recommendingStates: string
  position: string
  status: string
  /** What the register says was done (its evidence field). */
  measuresTaken: string
  /** Titles of the recovery measures linked to the recommendation (filled by the measures area). */
  measures: readonly string[]
  responsibleBody: string
  sdgs: string
}

export interface ThematicRow {
  recommendation: string
  position: string
  themes: string
  assessment: string
}

export interface TableGroup<Row> {
  heading: string
  rows: Row[]
}

export type StatementDocument =
  | (DocumentCommon & { kind: 'recommending-state'; checkAgainstDelivery: string; body: RichDoc; recommendsIntro: string; recommendations: string[]; closing: string })
  | (DocumentCommon & { kind: 'opening' | 'concluding-remarks'; checkAgainstDelivery: string; body: RichDoc })
  | (DocumentCommon & { kind: 'plenary-adoption'; checkAgainstDelivery: string; body: RichDoc; counts: string; notedIntro: string; noted: NotedItem[]; closing: string })
  | (DocumentCommon & { kind: 'position-paper'; body: RichDoc; annex: { heading: string; columns: string[]; rows: string[][] } | null })
  | (DocumentCommon & { kind: 'mid-term-report'; body: RichDoc; tableHeading: string; columns: Record<keyof MidTermRow, string>; groups: TableGroup<MidTermRow>[] })
  | (DocumentCommon & { kind: 'thematic-list'; body: RichDoc; columns: Record<keyof ThematicRow, string>; groups: TableGroup<ThematicRow>[] })

/** What the document is made from. */
export interface DocumentSources {
  statement: Statement
  profile: Pick<MissionProfile, 'stateIso3' | 'missionName'>
  /** The register's recommendations to the statement's State under review (any session; more is fine). */
  register: readonly Recommendation[]
  emblem: EmblemImage | null
  /** Titles of the recovery measures linked to a recommendation; none until the measures area links them. */
  measuresOf?: (recommendationId: string) => readonly string[]
}

// Characters an XML 1.0 document cannot hold (controls other than tab and newlines, lone surrogates, U+FFFE/F).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text safe to write into a Word document. */
export function cleanText(text: string): string {
  return text.replace(XML_INVALID, '')
}

function cleanNode(node: RichNode): RichNode {
  return {
    ...node,
    ...(node.text !== undefined ? { text: cleanText(node.text) } : {}),
    ...(node.content ? { content: node.content.map(cleanNode) } : {})
  }
}

/** A rich-text document with every text run cleaned. */
export function cleanRichDoc(doc: RichDoc): RichDoc {
  return { type: 'doc', content: doc.content.map(cleanNode) }
}

/** The recommendations a register-based document covers: the statement's State under review and session. */
export function reviewRecommendations(sources: Pick<DocumentSources, 'statement' | 'register' | 'profile'>): Recommendation[] {
  const { statement } = sources
  const sur = statement.stateUnderReview ?? sources.profile.stateIso3
  return recommendationsOfReview(sources.register, sur, statement.session)
}

/** The recommending States in the document's language (as printed when the register could not tell which States). */
function statesOf(record: Recommendation, language: LanguageCode): string {
  const names = record.recommendingStates.length > 0 ? record.recommendingStates.map((iso3) => stateName(iso3, language)) : record.recommendingStatesRaw
  return names.join(', ')
}

/** A theme (UPR Info issue) in the document's language; imported free text stays as written. */
function themeIn(theme: string, language: LanguageCode): string {
  return labelOf('uprInfoIssue', theme, language)
}

/** SDG targets with their titles in the document's language, one a line: "3.8 Couverture sanitaire universelle". */
function sdgsIn(targets: readonly string[], language: LanguageCode): string {
  return targets.map((id) => (hasLabel('sdgTarget', id) ? `${id} ${labelOf('sdgTarget', id, language)}` : id)).join('\n')
}

/**
 * Items of a numbered series as UN documents punctuate them: each ends with a semicolon, the last with a
 * full stop, unless the delegate ended it already. French puts a narrow no-break space before ";".
 */
export function punctuateSeries(items: readonly string[], language: LanguageCode): string[] {
  return items.map((item, i) => {
    const text = item.replace(/\s+$/, '')
    if (/[.;:!?…]$/.test(text)) return text
    const last = i === items.length - 1
    return last ? `${text}.` : language === 'fr' ? `${text}\u202F;` : `${text};`
  })
}

/** Builds the plain data of a statement's Word document. */
export function statementDocument(sources: DocumentSources): StatementDocument {
  const { statement, profile } = sources
  const language = statement.language
  const w = documentWords(language)
  const fields = statement.fields
  const field = (name: string) => cleanText((fields[name] ?? '').trim())
  // The words take ISO3 codes and write each State's name in the form the sentence needs.
  const ours = profile.stateIso3
  const surIso3 = statement.stateUnderReview ?? profile.stateIso3
  const sur = surIso3
  const date = field(FIELD.date) || statement.deliveredOn || null
  const title = cleanText(statement.title.trim()) || w.reviewOf(sur)
  const titleBlock = TITLE_BLOCK_FIELDS[statement.kind].map((name) => ({
    label: w.labels[name as keyof typeof w.labels] ?? name,
    value: name === FIELD.date ? documentDate(field(name), language) : field(name)
  }))
  const body = cleanRichDoc(parseRichDoc(statement.content))
  const subjectOf: Record<StatementKind, string> = {
    'recommending-state': w.statementBy(ours),
    opening: w.openingStatement,
    'concluding-remarks': w.concludingRemarks,
    'plenary-adoption': w.statementBy(ours),
    'position-paper': field(FIELD.subject) || w.positionPaper,
    'mid-term-report': w.midTermShort,
    'thematic-list': w.thematicTitle
  }
  const subject = subjectOf[statement.kind]
  const common: DocumentCommon = {
    language,
    title,
    subject,
    description: [subject, field(FIELD.meeting)].filter(Boolean).join(' – '),
    missionName: cleanText(profile.missionName),
    emblem: sources.emblem,
    titleBlock,
    fileName: { date, session: statement.session, subject: stateName(surIso3, language), title: statement.kind === 'position-paper' ? title : statement.kind === 'plenary-adoption' ? w.adoptionStatement : subject }
  }

  switch (statement.kind) {
    case 'recommending-state':
      return {
        ...common,
        kind: statement.kind,
        checkAgainstDelivery: w.checkAgainstDelivery,
        body,
        recommendsIntro: field(FIELD.recommendsIntro) || w.recommendsThat(ours, sur),
        recommendations: punctuateSeries(recommendationsOf(statement).map((r) => cleanText(r.text.trim())).filter((t) => t !== ''), language),
        closing: field(FIELD.closing)
      }
    case 'opening':
    case 'concluding-remarks':
      return { ...common, kind: statement.kind, checkAgainstDelivery: w.checkAgainstDelivery, body }
    case 'plenary-adoption': {
      const received = reviewRecommendations(sources)
      const counts = adoptionCounts(received)
      const own = surIso3 === profile.stateIso3
      return {
        ...common,
        kind: statement.kind,
        checkAgainstDelivery: w.checkAgainstDelivery,
        body,
        counts: received.length === 0 ? '' : own ? w.ownCounts(ours, counts) : w.otherCounts(ours, sur, counts),
        notedIntro: w.notedIntro,
        noted: own
          ? notedRecommendations(received).map((r) => ({ number: r.number ?? '', text: cleanText(r.text), rationale: cleanText((fields[rationaleKey(r.id)] ?? '').trim()) }))
          : [],
        closing: field(FIELD.closing)
      }
    }
    case 'position-paper': {
      const theme = fields[FIELD.annexTheme] ?? ''
      // The annex shows what was recommended before: earlier reviews than the one the paper prepares.
      const annexed =
        theme === '' || !statement.stateUnderReview
          ? []
          : recommendationsOfReview(sources.register, statement.stateUnderReview, null).filter(
              (r) => (theme === '*' || r.themes.includes(theme)) && (statement.session === null || (r.session !== null && r.session < statement.session))
            )
      return {
        ...common,
        kind: statement.kind,
        body,
        annex:
          annexed.length === 0
            ? null
            : {
                heading: w.annexHeading,
                columns: [w.columns.number, w.columns.recommendation, w.columns.recommendingStates, w.columns.session, w.columns.position],
                rows: annexed
                  .sort((a, b) => (b.session ?? 0) - (a.session ?? 0))
                  .map((r) => [r.number ?? '', cleanText(r.text), statesOf(r, language), r.session === null ? '' : String(r.session), w.positions[r.position]])
              }
      }
    }
    case 'mid-term-report': {
      const groups = groupByFirstTheme(reviewRecommendations(sources)).map((group) => ({
        heading: group.theme === null ? w.otherTheme : themeIn(group.theme, language),
        rows: group.records.map((r) => ({
          number: r.number ?? '',
          text: cleanText(r.text),
          recommendingStates: statesOf(r, language),
          position: w.positions[r.position],
          status: w.statuses[r.implementationStatus],
          measuresTaken: cleanText(r.evidence.trim()),
          measures: (sources.measuresOf?.(r.id) ?? []).map(cleanText),
          responsibleBody: cleanText(r.responsibleInstitutions.join('; ')),
          sdgs: sdgsIn(r.sdgTargets, language)
        }))
      }))
      const c = w.columns
      return {
        ...common,
        kind: statement.kind,
        body,
        tableHeading: w.implementationHeading,
        columns: { number: c.number, text: c.recommendation, recommendingStates: c.recommendingStates, position: c.position, status: c.status, measuresTaken: c.measuresTaken, measures: c.measuresTaken, responsibleBody: c.responsibleBody, sdgs: c.sdgs },
        groups
      }
    }
    case 'thematic-list': {
      const cycle = statement.session === null ? null : cycleOfSessionOrNull(statement.session)
      const groups = groupByFirstTheme(reviewRecommendations(sources)).map((group) => ({
        heading: group.theme === null ? w.otherTheme : themeIn(group.theme, language),
        rows: group.records.map((r) => {
          const states = statesOf(r, language)
          const evidence = cleanText(r.evidence.trim())
          return {
            recommendation: cleanText(`${r.number ? `${r.number} ` : ''}${r.text}${states ? ` (${states})` : ''}`),
            position: w.positions[r.position],
            themes: r.themes.map((theme) => themeIn(theme, language)).join('\n'),
            assessment: evidence ? `${w.statuses[r.implementationStatus]}: ${evidence}` : w.statuses[r.implementationStatus]
          }
        })
      }))
      const c = w.columns
      return {
        ...common,
        subject: cycle !== null && statement.session !== null ? w.thematicReview(ours, cycle, statement.session) : common.subject,
        kind: statement.kind,
        body,
        columns: { recommendation: c.recommendation, position: c.position, themes: c.themes, assessment: c.assessment },
        groups
      }
    }
  }
}

/** The words read aloud: the body and every spoken part, in order (for timing). */
export function spokenText(doc: StatementDocument): string {
  const parts: string[] = [richDocText(doc.body)]
  if (doc.kind === 'recommending-state') {
    if (doc.recommendations.length > 0) parts.push(doc.recommendsIntro, ...doc.recommendations)
    parts.push(doc.closing)
  } else if (doc.kind === 'plenary-adoption') {
    parts.push(doc.counts)
    if (doc.noted.length > 0) parts.push(doc.notedIntro, ...doc.noted.flatMap((n) => [n.number, n.text, n.rationale]))
    parts.push(doc.closing)
  }
  return parts.filter((p) => p.trim() !== '').join('\n')
}

/** The number of table rows a document holds (the Word kit refuses documents beyond its limit). */
export function tableRowCount(doc: StatementDocument): number {
  if (doc.kind === 'mid-term-report' || doc.kind === 'thematic-list') return doc.groups.reduce((n, g) => n + g.rows.length, 0)
  if (doc.kind === 'position-paper') return doc.annex?.rows.length ?? 0
  return 0
}

/** True when the document has nothing to say: no body text and no part of its own. */
export function isDocumentEmpty(doc: StatementDocument): boolean {
  const bodyEmpty = richDocText(doc.body).trim() === ''
  switch (doc.kind) {
    case 'recommending-state':
      return bodyEmpty && doc.recommendations.length === 0 && doc.closing === ''
    case 'plenary-adoption':
      return bodyEmpty && doc.counts === '' && doc.closing === ''
    case 'mid-term-report':
    case 'thematic-list':
      return bodyEmpty && doc.groups.length === 0
    case 'position-paper':
      return bodyEmpty && doc.annex === null
    default:
      return bodyEmpty
  }
}
