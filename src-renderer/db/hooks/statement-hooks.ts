/** Live data for the statements area (hooks wrap Dexie's live queries; features never import Dexie). */
import { useLiveQuery } from 'dexie-react-hooks'
import type { Attachment, Recommendation, Statement, StatementVersion } from '../../domain/model'
import { useRepositories } from './context'

/** Every statement, live (`undefined` while loading). */
export function useStatements(): Statement[] | undefined {
  const { statements } = useRepositories()
  return useLiveQuery(() => statements.all(), [statements])
}

/** One statement, live: `undefined` while loading, `null` when it is not stored. */
export function useStatement(id: string): Statement | null | undefined {
  const { statements } = useRepositories()
  return useLiveQuery(async () => (await statements.get(id)) ?? null, [statements, id])
}

/** The saved versions of a statement, oldest first, live. */
export function useStatementVersions(id: string): StatementVersion[] {
  const { statements } = useRepositories()
  return useLiveQuery(() => statements.versions(id), [statements, id], [])
}

/** Every recommendation the register holds for one State under review, live (empty for none). */
export function useRecommendationsTo(stateUnderReview: string | null): Recommendation[] | undefined {
  const { recommendations } = useRepositories()
  return useLiveQuery(async () => (stateUnderReview ? recommendations.forStateUnderReview(stateUnderReview) : []), [recommendations, stateUnderReview])
}

/** The inscribed speakers the review cycle recorded for a session and State under review, live. */
export function useInscribedSpeakers(session: number | null, stateUnderReview: string | null): number | null {
  const { statements } = useRepositories()
  return useLiveQuery(async () => (session !== null && stateUnderReview ? statements.inscribedSpeakers(session, stateUnderReview) : null), [statements, session, stateUnderReview], null)
}

/** The mission's emblem, live (`null` when none; `undefined` while loading). */
export function useEmblem(): Attachment | null | undefined {
  const { emblem } = useRepositories()
  return useLiveQuery(async () => (await emblem.get()) ?? null, [emblem])
}

/**
 * The titles of the recovery measures linked to each of these recommendations, live (`undefined` while
 * loading or when `recommendationIds` is null). The ids are compared by value, so a new array with the
 * same ids does not read again.
 */
export function useLinkedMeasureTitles(recommendationIds: readonly string[] | null): ReadonlyMap<string, readonly string[]> | undefined {
  const { recoveryMeasures } = useRepositories()
  const key = recommendationIds === null ? null : recommendationIds.join('\n')
  return useLiveQuery(async () => (key === null ? undefined : recoveryMeasures.linkedMeasureTitles(key === '' ? [] : key.split('\n'))), [recoveryMeasures, key])
}
