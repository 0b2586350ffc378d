import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConflictChoice, MergeItem } from '../../archive/merge-plan'
import { PageTitle } from '../../components/PageTitle'
import type { SyncConflictRecord } from '../../db/sync/records'
import { useSyncConflicts } from '../../db/sync/hooks'
// The merge view of the archives (its styles come with the Data and backups area's public entry).
import { Conflict } from '../data-safety'
import { useSyncService, useSyncSnapshot } from './sync-hooks'
import './sync.css'

/** A sync conflict in the shape of the archives' merge view (the same field-by-field table). */
function asMergeItem(conflict: SyncConflictRecord): MergeItem {
  return { table: conflict.table, mine: conflict.mine, theirs: conflict.theirs, mineHash: conflict.winnerRev, theirsHash: conflict.loserRev, action: 'conflict', matchedByKey: false }
}

/** One conflict: the two versions field by field, the choice, and Resolve. */
function ConflictItem({ conflict, canResolve }: { conflict: SyncConflictRecord; canResolve: boolean }) {
  const { t } = useTranslation()
  const service = useSyncService()
  const [choice, setChoice] = useState<ConflictChoice>('mine')
  const [busy, setBusy] = useState(false)
  return (
    <article className="sync-conflict">
      <Conflict item={asMergeItem(conflict)} choice={choice} onChoose={setChoice} columns={{ mine: t('sync.conflicts.mine'), theirs: t('sync.conflicts.theirs') }} />
      <button
        type="button"
        className="primary"
        disabled={!canResolve || busy}
        onClick={() => {
          setBusy(true)
          void service.resolve(conflict.id, choice).finally(() => setBusy(false))
        }}
      >
        {t('sync.conflicts.resolve')}
      </button>
    </article>
  )
}

/** The Conflicts page: what two laptops changed at once, to be decided once for every laptop. */
export function ConflictsPage() {
  const { t } = useTranslation()
  const conflicts = useSyncConflicts()
  const snapshot = useSyncSnapshot()
  const canResolve = snapshot.status !== null && !snapshot.needsSignIn
  return (
    <div className="data-safety">
      <PageTitle>{t('sync.conflicts.title')}</PageTitle>
      <p className="lead">{t('sync.conflicts.lead')}</p>
      {!canResolve && (conflicts?.length ?? 0) > 0 ? <p className="hint">{t('sync.conflicts.notSyncing')}</p> : null}
      {conflicts === undefined ? null : conflicts.length === 0 ? (
        <p role="status">{t('sync.conflicts.none')}</p>
      ) : (
        <div className="merge-review">
          {conflicts.map((c) => (
            <ConflictItem key={`${c.id}:${c.winnerRev}:${c.loserRev}`} conflict={c} canResolve={canResolve} />
          ))}
        </div>
      )}
    </div>
  )
}
