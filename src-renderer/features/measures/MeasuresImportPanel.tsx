import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCodedMessage } from '../../components/use-coded-message'
import { jobFailureMessage, jobFailureOf } from '../../components/job-failure'
import { useRepositories } from '../../db/hooks/context'
import { readMeasuresInWorker } from '../../db/import/measures-client'
import type { MeasureImportPlan } from '../../domain/measures/import-plan'
import type { MeasureRowsResult, TableProblem } from '../../domain/measures/measure-rows'
import type { MissionProfile } from '../../domain/model'
import { ColumnDocs } from './ColumnDocs'
import { ownRecommendationKeys } from './recommendation-keys'

interface Preview {
  fileName: string
  read: MeasureRowsResult
  plan: MeasureImportPlan
}

/**
 * Import of measures from CSV or Excel: the file is read in a worker of its own (within a time budget,
 * with a Cancel that ends it at once, so no file can freeze the window), then a preview with every
 * problem (row and column), then one transaction.
 */
export function MeasuresImportPanel({ profile, onClose }: { profile: MissionProfile; onClose: () => void }) {
  const { t } = useTranslation()
  const say = useCodedMessage()
  const { recoveryMeasures, recommendations } = useRepositories()
  const id = useId()
  const [preview, setPreview] = useState<Preview | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState('')
  const [reading, setReading] = useState<string | null>(null)
  const [failure, setFailure] = useState('')
  const reader = useRef<AbortController | null>(null)

  // Closing the panel ends a read still running.
  useEffect(() => () => reader.current?.abort(), [])

  async function keys() {
    return ownRecommendationKeys(await recommendations.forStateUnderReview(profile.stateIso3), profile.stateIso3)
  }

  async function choose(file: File) {
    const controller = new AbortController()
    reader.current = controller
    setBusy(true)
    setDone('')
    setFailure('')
    setPreview(null)
    setReading(file.name)
    try {
      const bytes = new Uint8Array(await file.arrayBuffer())
      const read = await readMeasuresInWorker(bytes, file.name, { signal: controller.signal })
      const plan = await recoveryMeasures.previewImport(read.items, read.problems, await keys())
      setPreview({ fileName: file.name, read, plan })
    } catch (error) {
      const ended = jobFailureOf(error)
      setFailure(ended ? jobFailureMessage(t, ended, file.name, { cancelledKey: 'readCancelled' }) : t('measures.import.failed', { message: error instanceof Error ? error.message : String(error) }))
    } finally {
      if (reader.current === controller) reader.current = null
      setReading(null)
      setBusy(false)
    }
  }

  async function confirm() {
    if (!preview) return
    setBusy(true)
    try {
      const plan = await recoveryMeasures.importRows(preview.read.items, preview.read.problems, await keys())
      if (plan.blocked) setPreview({ ...preview, plan })
      else {
        setPreview(null)
        setDone(t('measures.import.done', { added: plan.added, updated: plan.updated, unchanged: plan.unchanged }))
      }
    } catch (error) {
      setDone(t('measures.import.failed', { message: error instanceof Error ? error.message : String(error) }))
    } finally {
      setBusy(false)
    }
  }

  const errors = preview?.plan.problems.filter((p) => p.severity === 'error') ?? []
  const warnings = preview?.plan.problems.filter((p) => p.severity === 'warning') ?? []
  const where = (p: TableProblem) =>
    p.row !== null && p.column ? t('measures.import.rowColumn', { row: p.row, column: p.column }) : p.row !== null ? t('measures.import.row', { row: p.row }) : ''
  // The problem in the interface language, and the sheet it is in when the file is a workbook.
  const text = (p: TableProblem) => (p.sheet !== undefined ? `${say(p)} ${t('importMessages.place.inSheet', { sheet: p.sheet })}` : say(p))

  return (
    <section className="import-panel" aria-labelledby={`${id}-title`}>
      <div className="detail-header">
        <h2 id={`${id}-title`}>{t('measures.import.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('measures.import.close')}
        </button>
      </div>
      <p>{t('measures.import.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('measures.import.choose')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.xlsx,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void choose(file)
          }}
        />
      </div>
      {reading !== null ? (
        <div className="progress" role="status">
          <p>{t('fileChecks.reading', { name: reading })}</p>
          <button type="button" onClick={() => reader.current?.abort()}>
            {t('fileChecks.cancel')}
          </button>
        </div>
      ) : null}
      {failure ? (
        <p role="alert" className="field-error">
          {failure}
        </p>
      ) : null}
      {preview ? (
        <div className="preview">
          <h3>{t('measures.import.previewTitle', { file: preview.fileName })}</h3>
          {/* A file refused as a whole has no rows to count: its reason says it all. */}
          {preview.read.items.length > 0 || errors.length === 0 ? (
            <p>{t('measures.import.summary', { count: preview.read.items.length, added: preview.plan.added, updated: preview.plan.updated, unchanged: preview.plan.unchanged })}</p>
          ) : null}
          {errors.length ? (
            <div role="alert" className="import-errors">
              <p>
                <strong>{t('measures.import.blocked', { count: errors.length })}</strong>
              </p>
              <ul>
                {errors.map((p, i) => (
                  <li key={i}>
                    {where(p)} {text(p)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {warnings.length ? (
            <div className="warning">
              <p>{t('measures.import.warnings', { count: warnings.length })}</p>
              <ul>
                {warnings.map((p, i) => (
                  <li key={i}>
                    {where(p)} {text(p)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {errors.length === 0 ? (
            <button type="button" className="primary" disabled={busy} onClick={() => void confirm()}>
              {t('measures.import.confirm', { count: preview.read.items.length })}
            </button>
          ) : null}
        </div>
      ) : null}
      <p role="status" className="status-message">
        {done}
      </p>
      <ColumnDocs />
    </section>
  )
}
