import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArchiveContent, ArchiveHeader } from '../../archive/format'
import type { ConflictChoice, MergePlan } from '../../archive/merge-plan'
import { DataChangedError } from '../../db/data-safety/archive-repository'
import { jobFailureMessage, jobFailureOf } from '../../components/job-failure'
import { CURRENT_SCHEMA_VERSION } from '../../domain/stores'
import { formattingLocale } from '../../i18n'
import { countsSummary, formatWhen, operationError, refusalMessage } from './describe'
import { ConfirmReplace } from './ConfirmReplace'
import { MergeReview } from './MergeReview'
import { useOpenedArchive } from './use-opened-archives'
import { useDataSafetyService } from './use-data-safety'
import { useRestore } from './use-restore'

type State =
  | { step: 'idle' }
  | { step: 'passphrase'; source: Blob | Uint8Array; header: ArchiveHeader; error: string }
  | { step: 'opened'; header: ArchiveHeader; content: ArchiveContent }
  | { step: 'merge'; header: ArchiveHeader; content: ArchiveContent; plan: MergePlan }
  | { step: 'confirm-replace'; header: ArchiveHeader; content: ArchiveContent }

/** A one-line description of an archive from its header. */
export function ArchiveSummary({ header }: { header: ArchiveHeader }) {
  const { t, i18n } = useTranslation()
  const locale = formattingLocale(i18n.language)
  return (
    <p className="archive-summary">
      {t('dataSafety.import.summary', {
        scope: t(`dataSafety.scope.${header.scope}`),
        date: formatWhen(header.createdAt, locale),
        version: header.appVersion,
        counts: countsSummary(t, header.counts, locale)
      })}
    </p>
  )
}

/** Open an archive: check it, then merge it into our data or replace all data with it. */
export function ImportSection({ missionName }: { missionName: string }) {
  const { t } = useTranslation()
  const id = useId()
  const service = useDataSafetyService()
  const restore = useRestore(missionName)
  const fileInput = useRef<HTMLInputElement>(null)
  const [state, setState] = useState<State>({ step: 'idle' })
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  // A chosen file is handed over as it is: its header is read and checked (in a worker) before its body.
  async function openBytes(source: Blob | Uint8Array, pass?: string) {
    setBusy(true)
    setError('')
    setMessage(t('dataSafety.working.reading'))
    try {
      const opened = await service.open(source, pass)
      setMessage('')
      if (opened.ok) {
        setPassphrase('')
        setState({ step: 'opened', header: opened.header, content: opened.content })
      } else if ((opened.reason === 'needs-passphrase' || opened.reason === 'wrong-passphrase') && opened.header) {
        setState({ step: 'passphrase', source, header: opened.header, error: opened.reason === 'wrong-passphrase' ? refusalMessage(t, opened, CURRENT_SCHEMA_VERSION) : '' })
      } else {
        setState({ step: 'idle' })
        setError(refusalMessage(t, opened, CURRENT_SCHEMA_VERSION))
      }
    } catch (e) {
      // The worker was ended (time budget, memory) or stopped: say so; nothing was changed.
      const failure = jobFailureOf(e)
      setMessage('')
      setState({ step: 'idle' })
      setError(failure ? jobFailureMessage(t, failure, source instanceof File ? source.name : '.uprdesk', { cancelledKey: 'readCancelled' }) : operationError(t, e))
    } finally {
      setBusy(false)
    }
  }

  // An archive opened from Explorer or Finder takes the same path as one chosen here.
  useOpenedArchive((archive) => {
    setState({ step: 'idle' })
    if (archive.status === 'opened') void openBytes(archive.bytes)
    else setError(t('dataSafety.import.fromSystemRefused', { name: archive.name }))
  })

  async function chooseFile(file: File | undefined) {
    setMessage('')
    setState({ step: 'idle' })
    if (!file) return
    await openBytes(file)
  }

  async function planMerge(header: ArchiveHeader, content: ArchiveContent) {
    setBusy(true)
    setError('')
    setMessage(t('dataSafety.working.merging'))
    try {
      setState({ step: 'merge', header, content, plan: await service.planMerge(content) })
      setMessage('')
    } catch (e) {
      setMessage('')
      setError(t('dataSafety.merge.failed', { message: operationError(t, e) }))
    } finally {
      setBusy(false)
    }
  }

  async function applyMerge(plan: MergePlan, choices: Map<string, ConflictChoice>) {
    setBusy(true)
    setError('')
    setMessage(t('dataSafety.working.merging'))
    try {
      const r = await service.applyMerge(plan, choices, missionName)
      setState({ step: 'idle' })
      if (fileInput.current) fileInput.current.value = ''
      setMessage(t('dataSafety.merge.report', { added: r.added, updated: r.updated + r.conflictsTookTheirs, skipped: r.skipped + r.conflictsKeptMine, conflicts: r.conflictsKeptMine + r.conflictsTookTheirs, mine: r.conflictsKeptMine, theirs: r.conflictsTookTheirs }))
    } catch (e) {
      setMessage('')
      setError(e instanceof DataChangedError ? t('dataSafety.merge.changedMeanwhile') : t('dataSafety.merge.failed', { message: operationError(t, e) }))
    } finally {
      setBusy(false)
    }
  }

  function submitPassphrase(event: FormEvent, source: Blob | Uint8Array) {
    event.preventDefault()
    if (passphrase !== '') void openBytes(source, passphrase)
  }

  return (
    <section className="card" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('dataSafety.import.title')}</h2>
      <p className="intro">{t('dataSafety.import.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('dataSafety.import.choose')}</label>
        <input ref={fileInput} id={`${id}-file`} type="file" accept=".uprdesk" disabled={busy || restore.busy} onChange={(e) => void chooseFile(e.target.files?.[0])} />
      </div>
      {error ? (
        <p role="alert" className="error-message">
          {error}
        </p>
      ) : null}
      {state.step === 'passphrase' ? (
        <form onSubmit={(e) => submitPassphrase(e, state.source)}>
          <ArchiveSummary header={state.header} />
          <p>{t('dataSafety.import.encrypted')}</p>
          <div className="field passphrase-row">
            <label htmlFor={`${id}-pass`}>{t('dataSafety.import.passphrase')}</label>
            <input id={`${id}-pass`} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} aria-invalid={state.error ? true : undefined} aria-describedby={state.error ? `${id}-pass-error` : undefined} />
          </div>
          {state.error ? (
            <p id={`${id}-pass-error`} role="alert" className="error-message">
              {state.error}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={busy || passphrase === ''}>
            {t('dataSafety.import.open')}
          </button>
        </form>
      ) : null}
      {state.step === 'opened' ? (
        <>
          <ArchiveSummary header={state.header} />
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void planMerge(state.header, state.content)}>
              {t('dataSafety.import.merge')}
            </button>
            {state.content.scope.kind === 'mission' ? (
              <button type="button" disabled={busy} onClick={() => setState({ step: 'confirm-replace', header: state.header, content: state.content })}>
                {t('dataSafety.import.replace')}
              </button>
            ) : null}
          </div>
          {state.content.scope.kind !== 'mission' ? <p className="hint">{t('dataSafety.import.replaceOnlyMission')}</p> : null}
        </>
      ) : null}
      {state.step === 'confirm-replace' ? (
        <ConfirmReplace
          before={<ArchiveSummary header={state.header} />}
          busy={restore.busy}
          onConfirm={() => void restore.run(state.content)}
          onCancel={() => setState({ step: 'opened', header: state.header, content: state.content })}
        />
      ) : null}
      {state.step === 'merge' ? (
        <>
          <ArchiveSummary header={state.header} />
          <MergeReview plan={state.plan} busy={busy} onApply={(choices) => void applyMerge(state.plan, choices)} />
        </>
      ) : null}
      {restore.error ? (
        <p role="alert" className="error-message">
          {restore.error}
        </p>
      ) : null}
      <p role="status" className="status-message">
        {restore.message || message}
      </p>
    </section>
  )
}
