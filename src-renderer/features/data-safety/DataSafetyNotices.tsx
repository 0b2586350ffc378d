import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import { useDataSafetyStatus } from '../../db/hooks/data-safety-hooks'
import { hrefOf } from '../../routes/location'
import { getPlatform } from '../../platform'
import { AUTO_BACKUP_INTERVAL_MS, changesSinceExport, isBackupDue, needsReminder, SCHEDULE_CHECK_MS } from './backup-schedule'
import { operationError } from './describe'
import { useDataSafetyService } from './use-data-safety'
import { useArchivesFromSystem } from './use-opened-archives'
import './data-safety.css'

/**
 * Data safety in the background, on every page: counts changes, backs up every 15 minutes when
 * something changed and gives main the last backup before quitting (Electron), reminds the person to
 * save an archive (browser), and says so when the disk or the browser's storage is full.
 */
export function DataSafetyNotices({ missionName }: { missionName: string }) {
  const { t } = useTranslation()
  const { dataSafety } = useRepositories()
  const service = useDataSafetyService()
  const status = useDataSafetyStatus()
  const [snoozedAtChange, setSnoozedAtChange] = useState<number | null>(null)
  const [message, setMessage] = useState('')
  const [backupProblem, setBackupProblem] = useState('')
  const [busy, setBusy] = useState(false)
  useArchivesFromSystem()

  useEffect(() => {
    void dataSafety.start()
  }, [dataSafety])

  useEffect(() => {
    const platform = getPlatform()
    if (platform.backups.kind !== 'folder') return
    const startedAt = Date.now()
    const removeProvider = platform.setQuitBackupProvider(() => service.lastBackupBytes(missionName))
    let running = false
    // After a failure (a full disk), the next attempt waits a whole interval rather than a minute.
    let retryAfter = 0
    const timer = setInterval(() => {
      const now = Date.now()
      if (running || now < retryAfter || !isBackupDue(dataSafety.getSnapshot(), now, startedAt)) return
      running = true
      service
        .backUp('auto', missionName)
        .then(
          () => setBackupProblem(''),
          (error: unknown) => {
            console.warn('[data-safety] automatic backup failed', error)
            retryAfter = Date.now() + AUTO_BACKUP_INTERVAL_MS
            setBackupProblem(operationError(t, error))
          }
        )
        .finally(() => (running = false))
    }, SCHEDULE_CHECK_MS)
    return () => {
      removeProvider()
      clearInterval(timer)
    }
  }, [service, dataSafety, missionName, t])

  async function saveArchive(done: string, failed: string) {
    setBusy(true)
    try {
      const result = await service.exportArchive({ kind: 'mission' }, { kind: 'mission', id: null, label: missionName }, undefined, t('dataSafety.fileType'))
      setMessage(result.status === 'saved' ? t(done, { where: result.where }) : '')
      if (result.status === 'saved') dataSafety.dismissStorageFull()
    } catch (error) {
      setMessage(t(failed, { message: operationError(t, error) }))
    } finally {
      setBusy(false)
    }
  }

  const remind = getPlatform().kind === 'browser' && needsReminder(status, snoozedAtChange)
  return (
    <>
      {status.storageFull ? (
        <div role="alert" className="notice notice-error">
          <h2>{t('dataSafety.storageFull.title')}</h2>
          <p>{t('dataSafety.storageFull.text')}</p>
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void saveArchive('dataSafety.storageFull.saved', 'dataSafety.storageFull.failed')}>
              {t('dataSafety.storageFull.save')}
            </button>
            <button type="button" onClick={() => dataSafety.dismissStorageFull()}>
              {t('dataSafety.storageFull.dismiss')}
            </button>
          </div>
        </div>
      ) : null}
      {backupProblem ? (
        <div role="alert" className="notice notice-error">
          <h2>{t('dataSafety.backupFailed.title')}</h2>
          <p>{t('dataSafety.backupFailed.text', { message: backupProblem })}</p>
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void saveArchive('dataSafety.storageFull.saved', 'dataSafety.storageFull.failed')}>
              {t('dataSafety.storageFull.save')}
            </button>
            <button type="button" onClick={() => setBackupProblem('')}>
              {t('dataSafety.storageFull.dismiss')}
            </button>
          </div>
        </div>
      ) : null}
      {remind ? (
        <aside className="notice notice-reminder" aria-label={t('dataSafety.reminder.label')}>
          <p>
            {t(status.lastExportAt ? 'dataSafety.reminder.text' : 'dataSafety.reminder.text_never', { count: changesSinceExport(status) })}{' '}
            <a href={hrefOf('data')}>{t('dataSafety.title')}</a>
          </p>
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void saveArchive('dataSafety.reminder.saved', 'dataSafety.export.failed')}>
              {t('dataSafety.reminder.save')}
            </button>
            <button type="button" onClick={() => setSnoozedAtChange(status.changes)}>
              {t('dataSafety.reminder.later')}
            </button>
          </div>
        </aside>
      ) : null}
      {message ? (
        <p role="status" className="notice-status">
          {message}
        </p>
      ) : null}
    </>
  )
}
