/**
 * The demo mission: a realistic dataset written by the UPR Desk project (not taken from UN documents),
 * clearly labelled as a demo. `npm run samples` exports its documents; Settings loads it into the app.
 * Each area adds its part in its own file; this one only composes them.
 */
import type {
  Attachment,
  CalendarDate,
  MissionProfile,
  Participation,
  Recommendation,
  RecommendationMeasureLink,
  RecoveryMeasure,
  Review,
  Statement,
  StatementVersion,
  Task
} from '../domain/model'
import { demoProfile, type DemoContext } from './context'
import { demoEmblemAttachment } from './emblem'
import { demoMeasures } from './measures'
import { demoRecommendations } from './recommendations'
import { demoReviewCycle } from './review'
import { demoStatements } from './statements'

export { DEMO_ID_PREFIX, isDemoId } from './context'

/** Every record of the demo mission, by table. */
export interface DemoDataset {
  profile: MissionProfile
  recommendations: Recommendation[]
  reviews: Review[]
  tasks: Task[]
  participations: Participation[]
  statements: Statement[]
  statementVersions: StatementVersion[]
  recoveryMeasures: RecoveryMeasure[]
  recommendationMeasureLinks: RecommendationMeasureLink[]
  attachments: Attachment[]
}

/** Builds the demo mission around `today` (deadlines and drafts are placed relative to it). */
export function buildDemoMission(today: CalendarDate, createdAt: string = `${today}T09:00:00.000Z`): DemoDataset {
  const context: DemoContext = { profile: demoProfile(createdAt), today, createdAt }
  const recommendations = demoRecommendations(context)
  const cycle = demoReviewCycle(context)
  const statements = demoStatements(context, recommendations)
  const measures = demoMeasures(context, recommendations)
  return {
    profile: context.profile,
    recommendations: [...recommendations, ...statements.recommendations],
    reviews: cycle.reviews,
    tasks: cycle.tasks,
    participations: cycle.participations,
    statements: statements.statements,
    statementVersions: statements.statementVersions,
    recoveryMeasures: measures.recoveryMeasures,
    recommendationMeasureLinks: measures.recommendationMeasureLinks,
    attachments: [demoEmblemAttachment(context)]
  }
}
