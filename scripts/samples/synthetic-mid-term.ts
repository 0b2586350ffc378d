/**
 * A synthetic mid-term report of a given number of rows, for the benchmark and the rendering test:
 * texts of realistic length (written here, not UN text), several themes, measures and SDGs.
 */
import type { MidTermRow, StatementDocument } from '../../src-renderer/domain/statements/document-data'
import { documentWords } from '../../src-renderer/domain/statements/document-words'
import { paragraphNode, richDoc } from '../../src-renderer/domain/statements/rich-text'

const TEXTS = [
  'Adopt a national action plan on the rights of persons with disabilities, with a timeline and a budget',
  'Ensure access to primary health care and mental health services in rural areas',
  'Strengthen the independence and resources of the national human rights institution',
  'Take further measures to prevent and combat violence against women and domestic violence',
  'Continue to promote the inclusion of Roma children in pre-school and primary education',
  'Extend social protection to informal and platform workers, including unemployment benefits'
]
const THEMES = ['Right to health', 'Rights of persons with disabilities', 'National human rights institution', 'Violence against women', 'Right to education', 'Right to social security']

/** A mid-term report document of `rows` recommendations grouped by theme. */
export function syntheticMidTerm(rows: number, groupsOf: number = THEMES.length): Extract<StatementDocument, { kind: 'mid-term-report' }> {
  const w = documentWords('en')
  const groups = new Map<string, MidTermRow[]>()
  for (let i = 0; i < rows; i++) {
    const theme = THEMES[i % Math.min(groupsOf, THEMES.length)]!
    const row: MidTermRow = {
      number: `105.${i + 1}`,
      text: `${TEXTS[(i * 5) % TEXTS.length]} (synthetic ${i + 1})`,
      recommendingStates: ['Spain', 'Brazil', 'Ghana', 'India', 'Japan'].slice(0, 1 + (i % 3)).join(', '),
      position: w.positions[i % 7 === 0 ? 'noted' : 'supported'],
      status: w.statuses[i % 3 === 0 ? 'in-progress' : 'partially-implemented'],
      measuresTaken: i % 2 === 0 ? 'A working group of the ministries concerned meets every quarter and reports to the national mechanism.' : '',
      measures: i % 4 === 0 ? ['Recovery and Resilience Plan, component on social housing'] : [],
      responsibleBody: 'Ministry of Labour, Solidarity and Social Security',
      sdgs: '1.3, 10.2'
    }
    const list = groups.get(theme) ?? []
    list.push(row)
    groups.set(theme, list)
  }
  const c = w.columns
  return {
    kind: 'mid-term-report',
    language: 'en',
    title: `Mid-term report (synthetic, ${rows} recommendations)`,
    subject: w.midTermShort,
    description: 'Synthetic benchmark document',
    missionName: 'Permanent Mission of Portugal to the United Nations Office and other international organizations in Geneva (DEMO)',
    emblem: null,
    titleBlock: [{ label: w.labels.date, value: '1 December 2026' }],
    fileName: { date: '2026-12-01', session: 47, subject: 'Portugal', title: 'Mid-term report' },
    body: richDoc([paragraphNode('A synthetic report, to measure how long the export takes and to look at long tables.')]),
    tableHeading: w.implementationHeading,
    columns: { number: c.number, text: c.recommendation, recommendingStates: c.recommendingStates, position: c.position, status: c.status, measuresTaken: c.measuresTaken, measures: c.measuresTaken, responsibleBody: c.responsibleBody, sdgs: c.sdgs },
    groups: [...groups.entries()].map(([heading, list]) => ({ heading, rows: list }))
  }
}
