import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useId, useRef, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { jobFailureMessage, jobFailureOf } from '../../components/job-failure'
import { useRepositories } from '../../db/hooks/context'
import type { ImportReport } from '../../db/repositories/recommendations'
import type { CodedText } from '../../domain/coded-message'
import type { MissionProfile } from '../../domain/model'
import { ImportClient } from '../../db/import/import-client'
import { MAX_IMPORT_BYTES } from '../../import/limits'
import type { ImportContext } from '../../import/to-records'
import type { ImportStage, PreviewPayload, PreviewRow } from '../../db/import/worker-protocol'
import { unsavedUntil } from '../../platform/unsaved-work'
import { useCodedMessage } from '../../components/use-coded-message'
import { useNumberFormat } from './number-format'
import { useNames } from '../../components/use-names'
import { registerVocabulary } from './vocabulary'
import { findState } from '../../domain/states'

const ACCEPT = '.pdf,.txt,.docx,.xls,.xlsx,.csv'

type Phase =
  | { kind: 'idle' }
  | { kind: 'working'; stage: ImportStage; fraction: number; fileName: string }
  /** What went wrong: a sentence already in the interface language, or an importer's coded error. */
  | { kind: 'error'; message: string | CodedText }
  | { kind: 'preview'; payload: PreviewPayload; fileName: string }
  | { kind: 'done'; report: ImportReport }

/**
 * Import from UN documents and exports: a file, a drop or a paste; a preview of what was found, with the
 * review correctable and every warning listed; then, on confirm, one transaction run by the import
 * worker (the window stays responsive, a progress bar shows how far it is). Every request runs within
 * a time budget, and Cancel ends the worker at once: a cancelled or stopped import stores nothing.
 */
export function ImportPanel({ profile, onDone }: { profile: MissionProfile; onDone: () => void }) {
  const { t } = useTranslation()
  const say = useCodedMessage()
  // Counts are given formatted ("6,094"): the plural rules read "6,094" as many, "1" as one, as they should.
  const format = useNumberFormat()
  const id = useId()
  const { register } = useRepositories()
  const client = useRef<ImportClient | null>(null)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [pasted, setPasted] = useState('')
  const [sur, setSur] = useState('')
  const [session, setSession] = useState('')
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    client.current = new ImportClient()
    return () => client.current?.dispose()
  }, [])

  const context = (overrides: { sur?: string; session?: string } = {}): ImportContext => {
    const s = overrides.session ?? session
    return {
      ourStateIso3: profile.stateIso3,
      importedAt: new Date().toISOString(),
      stateUnderReviewIso3: (overrides.sur ?? sur) || null,
      session: s && /^\d+$/.test(s) ? Number(s) : null
    }
  }
  const progressOf = (fileName: string) => (stage: ImportStage, fraction: number) => setPhase({ kind: 'working', stage, fraction, fileName })

  /** What the person reads when a request gave no result: the worker's failure in words, or the error. */
  const failed = (error: unknown, fileName: string, storing: boolean): string => {
    const ended = jobFailureOf(error)
    if (ended) return jobFailureMessage(t, ended, fileName, { storing })
    const message = error instanceof Error ? error.message : String(error)
    return storing ? t('import.storeFailed', { message }) : message
  }

  async function run(task: () => Promise<PreviewPayload>, fileName: string) {
    setPhase({ kind: 'working', stage: 'reading', fraction: 0.05, fileName })
    try {
      const payload = await task()
      performance.mark('import-preview-received')
      if (payload.parsed.kind === 'error') setPhase({ kind: 'error', message: payload.parsed })
      else if (payload.parsed.kind === 'addendum') setPhase({ kind: 'error', message: t('import.addendumFirst') })
      else {
        const source = payload.parsed.result.source
        if (!sur && source.stateUnderReviewName) {
          // A French or Spanish report names the State in its language.
          const found = findState(source.stateUnderReviewName)
          if (found) setSur(found.iso3)
        }
        if (!session && source.session) setSession(String(source.session))
        setPhase({ kind: 'preview', payload, fileName })
      }
    } catch (error) {
      setPhase({ kind: 'error', message: failed(error, fileName, false) })
    }
  }

  async function readFile(file: File, role: 'main' | 'addendum') {
    if (file.size > MAX_IMPORT_BYTES) {
      setPhase({ kind: 'error', message: t('import.tooLarge', { name: file.name, size: Math.round(file.size / 1048576), max: MAX_IMPORT_BYTES / 1048576 }) })
      return
    }
    // Marks for the benchmark's timeline of an import (file chosen, bytes read, preview received).
    performance.mark('import-file-chosen')
    const bytes = new Uint8Array(await file.arrayBuffer())
    performance.mark('import-bytes-read')
    await run(() => client.current!.parse(role, file.name, { bytes }, context(), progressOf(file.name)), file.name)
  }

  async function readPaste() {
    if (!pasted.trim()) {
      setPhase({ kind: 'error', message: t('import.emptyPaste') })
      return
    }
    const name = t('import.pastedText')
    await run(() => client.current!.parse('main', name, { text: pasted }, context(), progressOf(name)), name)
  }

  async function correct(overrides: { sur?: string; session?: string }) {
    if (phase.kind !== 'preview') return
    const fileName = phase.fileName
    await run(() => client.current!.map(context(overrides), progressOf(fileName)), fileName)
  }

  async function confirm(fileName: string) {
    setPhase({ kind: 'working', stage: 'storing', fraction: 0, fileName })
    try {
      // A reload for a new version of the web app waits for the import to be stored.
      const report = await unsavedUntil(client.current!.store(progressOf(fileName)))
      // The register also learns of the write by itself; asking now makes it show sooner.
      void register.sync()
      setPhase({ kind: 'done', report })
    } catch (error) {
      setPhase({ kind: 'error', message: failed(error, fileName, true) })
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    if (file) void readFile(file, 'main')
  }

  return (
    <section className="import-panel" aria-labelledby={`${id}-title`}>
      <div className="detail-header">
        <h2 id={`${id}-title`}>{t('import.title')}</h2>
        <button type="button" onClick={onDone}>{t('import.close')}</button>
      </div>
      <p className="hint">{t('import.intro')}</p>
      <div className={`drop-zone${dragging ? ' is-dragging' : ''}`} onDragOver={(e) => { e.preventDefault(); setDragging(true) }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <label htmlFor={`${id}-file`}>{t('import.chooseFile')}</label>
        <input id={`${id}-file`} type="file" accept={ACCEPT} onChange={(e) => { const f = e.target.files?.[0]; if (f) void readFile(f, 'main'); e.target.value = '' }} />
        <p className="hint">{t('import.dropHint')}</p>
      </div>
      <details className="paste">
        <summary>{t('import.pasteSummary')}</summary>
        <label htmlFor={`${id}-paste`}>{t('import.pasteLabel')}</label>
        <textarea id={`${id}-paste`} rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <button type="button" onClick={readPaste}>{t('import.readPaste')}</button>
      </details>

      {phase.kind === 'working' ? (
        <div className="progress">
          <label htmlFor={`${id}-progress`}>{phase.stage === 'ready-to-commit' ? t('fileChecks.committing') : t(`import.stage.${phase.stage}`)}</label>
          <progress id={`${id}-progress`} max={1} value={phase.fraction} />
          {/* Once the records are being committed there is nothing left to cancel. */}
          {phase.stage !== 'ready-to-commit' ? (
            <button type="button" onClick={() => client.current?.cancel()}>
              {t('fileChecks.cancel')}
            </button>
          ) : null}
        </div>
      ) : null}
      {phase.kind === 'error' ? <p role="alert" className="field-error">{typeof phase.message === 'string' ? phase.message : say(phase.message)}</p> : null}
      {phase.kind === 'done' ? (
        <div role="status" className="import-done">
          <p>{t('import.done', { added: format(phase.report.added), updated: format(phase.report.updated), unchanged: format(phase.report.unchanged) })}</p>
          <button type="button" className="primary" onClick={onDone}>{t('import.showRegister')}</button>
        </div>
      ) : null}
      {phase.kind === 'preview' && phase.payload.parsed.kind === 'recommendations' ? (
        <Preview
          payload={phase.payload}
          fileName={phase.fileName}
          sur={sur}
          session={session}
          onSur={(v) => { setSur(v); void correct({ sur: v }) }}
          onSession={(v) => { setSession(v); if (v === '' || /^\d+$/.test(v)) void correct({ session: v }) }}
          onAddendum={(f) => void readFile(f, 'addendum')}
          onConfirm={() => void confirm(phase.fileName)}
        />
      ) : null}
    </section>
  )
}

interface PreviewProps {
  payload: PreviewPayload
  fileName: string
  sur: string
  session: string
  onSur: (v: string) => void
  onSession: (v: string) => void
  onAddendum: (file: File) => void
  onConfirm: () => void
}

function Preview({ payload, fileName, sur, session, onSur, onSession, onAddendum, onConfirm }: PreviewProps) {
  const { t } = useTranslation()
  const names = useNames()
  const say = useCodedMessage()
  // Counts are given formatted ("6,094"): the plural rules read "6,094" as many, "1" as one, as they should.
  const format = useNumberFormat()
  const id = useId()
  if (payload.parsed.kind !== 'recommendations') return null
  const { source, warnings } = payload.parsed.result
  const mapped = payload.mapped
  const rows = mapped?.rows ?? []
  const counts = mapped?.counts ?? { supported: 0, noted: 0, 'supported-in-part': 0, pending: 0 }
  const singleReview = source.kind === 'wg-report' || source.kind === 'ohchr-matrix'
  const allWarnings = [...warnings, ...payload.addendumWarnings, ...(mapped?.warnings ?? [])]

  return (
    <div className="preview">
      <h3>{t('import.preview.title', { file: fileName })}</h3>
      <p>
        {t(`import.kinds.${source.kind}`)}
        {source.symbol ? ` · ${source.symbol}` : ''}
        {' · '}
        {t('import.preview.found', { count: format(rows.length) })}
        {' · '}
        {t('register.countsByPosition', { supported: format(counts.supported), noted: format(counts.noted), partly: format(counts['supported-in-part']), pending: format(counts.pending) })}
      </p>
      {singleReview ? (
        <fieldset>
          <legend>{t('import.preview.review')}</legend>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-sur`}>{t('import.preview.stateUnderReview')}</label>
              <select id={`${id}-sur`} value={sur} onChange={(e) => onSur(e.target.value)}>
                <option value="">{t('import.preview.detected', { name: source.stateUnderReviewName ?? '?' })}</option>
                {registerVocabulary(names.language).states.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-session`}>{t('import.preview.session')}</label>
              <input id={`${id}-session`} inputMode="numeric" value={session} onChange={(e) => onSession(e.target.value.trim())} />
            </div>
          </div>
        </fieldset>
      ) : null}
      {source.kind === 'wg-report' ? (
        <div className="field">
          <label htmlFor={`${id}-addendum`}>{t('import.preview.addendum')}</label>
          <input id={`${id}-addendum`} type="file" accept=".pdf,.txt,.docx" onChange={(e) => { const f = e.target.files?.[0]; if (f) onAddendum(f); e.target.value = '' }} />
          {counts.pending > 0 ? <p className="hint">{t('import.preview.pendingHint', { count: format(counts.pending) })}</p> : null}
        </div>
      ) : null}
      {payload.addendumError ? <p role="alert" className="field-error">{say(payload.addendumError)}</p> : null}
      {payload.changes.length > 0 ? (
        <details open>
          <summary>{t('import.preview.changes', { count: payload.changes.length })}</summary>
          <ul className="changes">
            {payload.changes.slice(0, 400).map((c) => (
              <li key={c.number}>{`${c.number}: ${t(`positions.${c.from}`)} → ${t(`positions.${c.to}`)}`}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {mapped && mapped.unknownStates.length > 0 ? (
        <p className="warning">{t('import.preview.unknownStates', { names: mapped.unknownStates.map((u) => `${u.name} (${u.count})`).join('; ') })}</p>
      ) : null}
      {allWarnings.length > 0 ? (
        <details>
          <summary>{t('import.preview.warnings', { count: allWarnings.length })}</summary>
          <ul className="warnings">
            {allWarnings.slice(0, 500).map((w, i) => (
              <li key={i}>
                {/* A spreadsheet row says where more plainly than the line of the CSV text it came from. */}
                {w.at?.row ? `${t('import.preview.row', { row: w.at.row })} ` : w.at?.line ? `${t('import.preview.line', { line: w.at.line })} ` : ''}
                {say(w)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <PreviewList rows={rows} />
      <button type="button" className="primary" disabled={rows.length === 0} onClick={onConfirm}>
        {t('import.confirm', { count: format(rows.length) })}
      </button>
    </div>
  )
}

/** The records found, as a scrolling table (virtualised: an export can hold thousands of rows). */
function PreviewList({ rows }: { rows: PreviewRow[] }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => ref.current, estimateSize: () => 56, overscan: 6 })
  return (
    <div ref={ref} className="preview-list" role="list" aria-label={t('import.preview.listLabel')} tabIndex={0}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const r = rows[item.index]!
          return (
            <div key={item.index} role="listitem" className="preview-row" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}>
              <span className="register-number">{r.number ?? '—'}</span>
              <span className="register-text">
                <span className="register-text-main">{r.text}</span>
                <span className="register-meta">
                  {r.states.map((s) => (s.known ? s.name : `${s.name} (${t('import.preview.unknown')})`)).join(', ')}
                </span>
              </span>
              <span className={`position position-${r.position}`}>{t(`positions.${r.position}`)}</span>
            </div>
          )
        })}
      </div>
    </div>
  )
}
