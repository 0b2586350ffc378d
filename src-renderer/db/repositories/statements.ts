import type { DraftRecommendation, Iso3, Recommendation, Statement, StatementStatus, StatementVersion, StatementVersionReason, Timestamp } from '../../domain/model'
import { deliveredRecommendations, deliveryProblem, statementOriginKey } from '../../domain/statements/delivered'
import { autosaveRecordsVersion, sameWords } from '../../domain/statements/versions'
import type { UprDeskDatabase } from '../schema/database'
import { newId, nowIso } from '../../domain/ids'
import type { RecommendationRepository } from './recommendations'
import { stampNew, type NewRecord } from '../../domain/stamp'

/** What the editor may change; status, delivery and the version counter change only through their own verbs. */
const EDITABLE = ['title', 'language', 'stateUnderReview', 'session', 'reviewId', 'content', 'fields', 'recommendations'] as const
export type StatementEdit = Pick<Statement, 'id' | (typeof EDITABLE)[number]>
/**
 * The parts of a statement the editor changed since it last read or saved it (the others left out): a save
 * writes only these, so a colleague's change to another part that arrived through sync is kept.
 */
export type StatementChanges = Pick<Statement, 'id'> & Partial<Pick<Statement, (typeof EDITABLE)[number]>>

/** Why a statement change could not be made; `key` is an i18n key under `statements.errors`. */
export class StatementChangeError extends Error {
  constructor(readonly key: string, message: string) {
    super(message)
    this.name = 'StatementChangeError'
  }
}

/** What marking a statement delivered did. */
export interface DeliveryReport {
  statement: Statement
  /** Recommendations added to the register (or updated, when delivered again). */
  recommendations: number
}

function editsOf(edit: StatementChanges): Partial<Statement> {
  const out: Partial<Statement> = {}
  for (const key of EDITABLE) if (edit[key] !== undefined) Object.assign(out, { [key]: edit[key] })
  return out
}

function versionOf(statement: Statement, reason: StatementVersionReason, at: Timestamp, restoredFrom: number | null = null): StatementVersion {
  return stampNew<StatementVersion>(
    {
      statementId: statement.id,
      version: statement.version,
      title: statement.title,
      content: statement.content,
      fields: { ...statement.fields },
      recommendations: (statement.recommendations ?? []).map((r) => ({ ...r })),
      reason,
      restoredFrom
    },
    'ver',
    at
  )
}

/**
 * Statements and their saved versions. Every change that touches more than one record (a statement and
 * its version, a delivery and its recommendations) is one transaction.
 */
export class StatementRepository {
  constructor(
    private readonly db: UprDeskDatabase,
    private readonly recommendations?: RecommendationRepository
  ) {}

  /** Creates a statement with its first version. */
  create(input: Omit<NewRecord<Statement>, 'version'>): Promise<Statement> {
    return this.db.transaction('rw', this.db.statements, this.db.statementVersions, async () => {
      const at = nowIso()
      const statement = stampNew<Statement>({ recommendations: [], deliveredOn: null, ...input, version: 1 }, 'stm', at)
      await this.db.statements.add(statement)
      await this.db.statementVersions.add(versionOf(statement, 'created', at))
      return statement
    })
  }

  /**
   * Saves the statement as a new version (an explicit save, or on leaving the editor). When nothing
   * changed since the last version, the statement is saved and no version is added.
   */
  saveVersion(edit: StatementChanges, reason: 'saved' | 'left' = 'saved'): Promise<Statement> {
    return this.db.transaction('rw', this.db.statements, this.db.statementVersions, async () => {
      const current = await this.mustGet(edit.id)
      const at = nowIso()
      const merged: Statement = { ...current, ...editsOf(edit), updatedAt: at }
      const last = await this.lastVersion(edit.id)
      if (last && sameWords(merged, last)) {
        if (!sameWords(merged, current)) await this.db.statements.put(merged)
        return sameWords(merged, current) ? current : merged
      }
      const next: Statement = { ...merged, version: (last?.version ?? current.version) + 1 }
      await this.db.statements.put(next)
      await this.db.statementVersions.add(versionOf(next, reason, at))
      return next
    })
  }

  /**
   * Autosave: keeps the statement up to date at every pause in typing. A version is recorded only
   * when the words changed and the last version is some minutes old (see `autosaveRecordsVersion`).
   */
  autosave(edit: StatementChanges): Promise<{ statement: Statement; versionRecorded: boolean }> {
    return this.db.transaction('rw', this.db.statements, this.db.statementVersions, async () => {
      const current = await this.mustGet(edit.id)
      const merged: Statement = { ...current, ...editsOf(edit) }
      if (sameWords(merged, current) && merged.language === current.language && merged.stateUnderReview === current.stateUnderReview && merged.session === current.session) {
        return { statement: current, versionRecorded: false }
      }
      if (current.status === 'delivered') throw new StatementChangeError('deliveredIsLocked', 'A delivered statement is kept as delivered: set it back to draft to edit it.')
      const at = nowIso()
      const last = await this.lastVersion(edit.id)
      if (autosaveRecordsVersion(merged, last, at)) {
        const next: Statement = { ...merged, version: (last?.version ?? current.version) + 1, updatedAt: at }
        await this.db.statements.put(next)
        await this.db.statementVersions.add(versionOf(next, 'autosave', at))
        return { statement: next, versionRecorded: true }
      }
      const next: Statement = { ...merged, updatedAt: at }
      await this.db.statements.put(next)
      return { statement: next, versionRecorded: false }
    })
  }

  /** Brings back a saved version: its words become the statement's, recorded as a new version (so a restore can be undone). */
  restore(statementId: string, versionId: string): Promise<Statement> {
    return this.db.transaction('rw', this.db.statements, this.db.statementVersions, async () => {
      const current = await this.mustGet(statementId)
      const version = await this.db.statementVersions.get(versionId)
      if (!version || version.statementId !== statementId) throw new StatementChangeError('versionNotFound', 'That version is not in the history of this statement.')
      const last = await this.lastVersion(statementId)
      const at = nowIso()
      const next: Statement = {
        ...current,
        title: version.title,
        content: version.content,
        fields: { ...version.fields },
        recommendations: (version.recommendations ?? []).map((r) => ({ ...r })),
        version: (last?.version ?? current.version) + 1,
        updatedAt: at
      }
      await this.db.statements.put(next)
      await this.db.statementVersions.add(versionOf(next, 'restored', at, version.version))
      return next
    })
  }

  /** A copy of a statement as a new draft (its own history starts with the copy). */
  duplicate(statementId: string, title: string): Promise<Statement> {
    return this.db.transaction('rw', this.db.statements, this.db.statementVersions, async () => {
      const source = await this.mustGet(statementId)
      const at = nowIso()
      const copy = stampNew<Statement>(
        {
          kind: source.kind,
          title,
          language: source.language,
          stateUnderReview: source.stateUnderReview,
          session: source.session,
          reviewId: source.reviewId,
          status: 'draft',
          content: source.content,
          fields: { ...source.fields },
          // New ids: the copy's recommendations are its own.
          recommendations: (source.recommendations ?? []).map((r): DraftRecommendation => ({ ...r, id: newId('drc') })),
          deliveredOn: null,
          version: 1
        },
        'stm',
        at
      )
      await this.db.statements.add(copy)
      await this.db.statementVersions.add(versionOf(copy, 'duplicated', at))
      return copy
    })
  }

  /** Deletes a statement and its history (the register keeps recommendations it delivered). */
  remove(statementId: string): Promise<void> {
    return this.db.transaction('rw', this.db.statements, this.db.statementVersions, async () => {
      await this.db.statementVersions.where('statementId').equals(statementId).delete()
      await this.db.statements.delete(statementId)
    })
  }

  /** Sets the status to draft or final (delivery goes through `markDelivered`). */
  setStatus(statementId: string, status: Exclude<StatementStatus, 'delivered'>): Promise<Statement> {
    return this.db.transaction('rw', this.db.statements, async () => {
      const current = await this.mustGet(statementId)
      const next: Statement = { ...current, status, deliveredOn: status === 'draft' ? null : (current.deliveredOn ?? null), updatedAt: nowIso() }
      await this.db.statements.put(next)
      return next
    })
  }

  /**
   * Marks a statement delivered on a day, in one transaction with its consequences: a version is
   * recorded, and a recommending-State statement's recommendations enter the register as made by us,
   * pending. Delivering again updates those records (same origin keys) and keeps the positions and
   * numbers the delegate has recorded since.
   */
  markDelivered(edit: StatementEdit, deliveredOn: string, ourState: { iso3: Iso3; name: string }): Promise<DeliveryReport> {
    const tables = [this.db.statements, this.db.statementVersions, this.db.recommendations]
    return this.db.transaction('rw', tables, async () => {
      const current = await this.mustGet(edit.id)
      const merged: Statement = { ...current, ...editsOf(edit) }
      const problem = deliveryProblem(merged)
      if (problem) throw new StatementChangeError(problem, `The statement cannot be marked delivered: ${problem}.`)
      const at = nowIso()
      const last = await this.lastVersion(edit.id)
      const next: Statement = { ...merged, status: 'delivered', deliveredOn, version: (last?.version ?? current.version) + 1, updatedAt: at }
      await this.db.statements.put(next)
      await this.db.statementVersions.add(versionOf(next, 'delivered', at))
      const incoming = deliveredRecommendations(next, ourState.iso3, ourState.name, at)
      if (incoming.length > 0) {
        if (!this.recommendations) throw new Error('StatementRepository needs the RecommendationRepository to deliver recommendations.')
        const keys = incoming.map((r) => r.origin.key)
        const stored = new Map((await this.db.recommendations.where('origin.key').anyOf(keys).toArray()).map((r) => [r.origin.key, r]))
        const kept = incoming.map((r) => {
          const before = stored.get(r.origin.key)
          return before ? { ...r, position: before.position, positionSource: before.positionSource, number: before.number } : r
        })
        await this.recommendations.importAll(kept)
      }
      return { statement: next, recommendations: incoming.length }
    })
  }

  /** One statement by id. */
  get(id: string): Promise<Statement | undefined> {
    return this.db.statements.get(id)
  }

  /** Every statement (a mission writes tens to hundreds: the list filters them in memory). */
  all(): Promise<Statement[]> {
    return this.db.statements.toArray()
  }

  /** The saved versions of a statement, oldest first. */
  versions(statementId: string): Promise<StatementVersion[]> {
    return this.db.statementVersions.where('statementId').equals(statementId).sortBy('version')
  }

  /** The register records a statement put there when delivered. */
  deliveredRecords(statementId: string, count: number): Promise<Recommendation[]> {
    const keys = Array.from({ length: count }, (_, i) => statementOriginKey(statementId, i + 1))
    return this.db.recommendations.where('origin.key').anyOf(keys).toArray()
  }

  /** The number of inscribed speakers the review cycle recorded for a session and State under review, if any. */
  async inscribedSpeakers(session: number, stateUnderReview: Iso3): Promise<number | null> {
    const participation = await this.db.participations.where('[session+stateIso3]').equals([session, stateUnderReview]).first()
    const n = participation?.inscribedSpeakers
    return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null
  }

  private async mustGet(id: string): Promise<Statement> {
    const statement = await this.db.statements.get(id)
    if (!statement) throw new StatementChangeError('notFound', 'This statement is no longer stored (it may have been deleted).')
    return statement
  }

  private async lastVersion(statementId: string): Promise<StatementVersion | undefined> {
    return this.db.statementVersions.where('[statementId+version]').between([statementId, -Infinity], [statementId, Infinity]).last()
  }
}
