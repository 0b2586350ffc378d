/**
 * A delivered recommending-State statement puts its recommendations in the register, as made by us and
 * pending (the State under review gives its positions later). Each keeps the statement as its origin,
 * `origin.key = '<statementId>#<n>'` (n from 1, in the statement's order), so that delivering again
 * updates instead of duplicating, and archives can tell where a record came from.
 */
import { suggestActionCategory } from '../action-category'
import { cycleOfSessionOrNull } from '../calendar'
import { suggestThemes } from '../classify-text'
import type { Iso3, Recommendation, Statement, Timestamp } from '../model'
import { recommendationsOf } from './fields'

/** A recommendation before the repository gives it an id and timestamps. */
export type NewRecommendationRecord = Omit<Recommendation, 'id' | 'createdAt' | 'updatedAt'>

/** The origin key of the n-th recommendation (from 1) of a statement. */
export function statementOriginKey(statementId: string, n: number): string {
  return `${statementId}#${n}`
}

/** Why a statement cannot be marked delivered yet (an i18n key under `statements.delivery`), or null. */
export function deliveryProblem(statement: Statement): string | null {
  if (statement.kind !== 'recommending-state') return null
  if (!statement.stateUnderReview) return 'noStateUnderReview'
  if (statement.session === null) return 'noSession'
  return null
}

/** The register records a delivered recommending-State statement adds (none for other kinds). */
export function deliveredRecommendations(statement: Statement, ourState: Iso3, ourStateName: string, at: Timestamp): NewRecommendationRecord[] {
  if (statement.kind !== 'recommending-state' || deliveryProblem(statement) !== null) return []
  const texts = recommendationsOf(statement).map((r) => r.text.replace(/\s+/g, ' ').trim()).filter((t) => t !== '')
  return texts.map((text, index) => {
    const category = suggestActionCategory(text)
    const tags = suggestThemes(text)
    return {
      reviewId: statement.reviewId,
      stateUnderReview: statement.stateUnderReview!,
      session: statement.session,
      cycle: statement.session === null ? null : cycleOfSessionOrNull(statement.session),
      number: null,
      text,
      recommendingStates: [ourState],
      recommendingStatesRaw: [ourStateName],
      position: 'pending',
      positionSource: '',
      actionCategory: category.category,
      actionCategorySource: 'suggested',
      themes: tags.themes,
      affectedPersons: tags.affectedPersons,
      sdgTargets: tags.sdgTargets,
      implementationStatus: 'not-started',
      responsibleInstitutions: [],
      notes: '',
      evidence: '',
      lastReviewedOn: null,
      madeByUs: true,
      origin: { kind: 'statement', source: statement.title, importedAt: at, key: statementOriginKey(statement.id, index + 1) }
    }
  })
}
