import { useMemo } from 'react'
import type { StatementEdit } from '../../db/repositories/statements'
import { useEmblem, useLinkedMeasureTitles, useRecommendationsTo } from '../../db/hooks/statement-hooks'
import type { MissionProfile, Statement } from '../../domain/model'
import { reviewRecommendations, statementDocument } from '../../domain/statements/document-data'
import { emblemFromAttachment } from '../../export/kit/emblem'

/**
 * The statement as it will be printed and spoken, from the words typed now: its document, the register's
 * recommendations to the State under review, the mission's emblem, and for a mid-term report the measures
 * linked to each recommendation.
 */
export function useStatementDocument(stored: Statement, draft: StatementEdit, profile: MissionProfile) {
  const surRecords = useRecommendationsTo(draft.stateUnderReview ?? profile.stateIso3)
  const records = useMemo(() => surRecords ?? [], [surRecords])
  const storedEmblem = useEmblem()
  const current: Statement = useMemo(() => ({ ...stored, ...draft }), [stored, draft])
  const { emblem, unreadable } = useMemo(() => emblemFromAttachment(storedEmblem), [storedEmblem])
  const review = useMemo(() => reviewRecommendations({ statement: current, register: records, profile }), [current, records, profile])
  // The mid-term report lists, for each recommendation, the recovery measures linked to it.
  const reviewIds = useMemo(() => (stored.kind === 'mid-term-report' ? review.map((r) => r.id) : null), [stored.kind, review])
  const linkedMeasures = useLinkedMeasureTitles(reviewIds)
  const doc = useMemo(
    () => statementDocument({ statement: current, profile, register: records, emblem, ...(linkedMeasures ? { measuresOf: (recommendationId: string) => linkedMeasures.get(recommendationId) ?? [] } : {}) }),
    [current, profile, records, emblem, linkedMeasures]
  )
  return { current, records, review, emblem, unreadable, doc }
}

/** The statement's document and what it was made from, as `useStatementDocument` gives them. */
export type StatementPaper = ReturnType<typeof useStatementDocument>
