import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArchiveContent } from '../../archive/format'
import { CURRENT_SCHEMA_VERSION } from '../../domain/stores'
import { formattingLocale } from '../../i18n'
import { getPlatform, type BackupInfo } from '../../platform'
import { ConfirmReplace } from './ConfirmReplace'
import { countsSummary, formatSize, formatWhen, operationError, refusalMessage } from './describe'
import { useDataSafetyService } from './use-data-safety'
import { useRestore } from './use-restore'

/** The backups (Electron: the data folder; browser: the safety copies), each restorable or savable. */
export function BackupsSection({ missionName }: { missionName: string }) {
  const { t, i18n } = useTranslation()
  const locale = formattingLocale(i18n.language)
  const service = useDataSafetyService()
  const restore = useRestore(missionName)
  const platform = getPlatform()
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [confirming, setConfirming] = useState<{ name: string; content: ArchiveContent } | null>(null)
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const refresh = useCallback(() => {
    service.listBackups().then(setBackups, (e: unknown) => {
      setBackups([])
      setError(t('dataSafety.backups.loadFailed', { message: operationError(t, e) }))
    })
  }, [service, t])
  useEffect(refresh, [refresh])

  async function backUpNow() {
    setBusy(true)
    setError('')
    try {
      const info = await service.backUp('manual', missionName)
      setMessage(t('dataSafety.backups.done', { name: info.name }))
      refresh()
    } catch (e) {
      setError(t('dataSafety.backups.failed', { message: operationError(t, e) }))
    } finally {
      setBusy(false)
    }
  }

  async function askRestore(backup: BackupInfo) {
    setError('')
    setMessage(t('dataSafety.working.reading'))
    try {
      const opened = await service.open(await service.readBackup(backup.name))
      setMessage('')
      if (!opened.ok) return setError(refusalMessage(t, opened, CURRENT_SCHEMA_VERSION))
      setConfirming({ name: backup.name, content: opened.content })
    } catch (e) {
      setMessage('')
      setError(operationError(t, e))
    }
  }

  async function saveCopy(backup: BackupInfo) {
    setError('')
    try {
      const saved = await platform.saveFile(await service.readBackup(backup.name), backup.name, [{ name: t('dataSafety.fileType'), extensions: ['uprdesk'] }])
      if (saved.status === 'saved') setMessage(t('dataSafety.backups.copySaved', { where: saved.where }))
    } catch (e) {
      setError(operationError(t, e))
    }
  }

  return (
    <section className="card" aria-labelledby="backups-heading">
      <h2 id="backups-heading">{t('dataSafety.backups.title')}</h2>
      <p className="intro">{platform.backups.kind === 'folder' ? t('dataSafety.backups.introFolder') : t('dataSafety.backups.introBrowser')}</p>
      {platform.backups.kind === 'folder' ? (
        <button type="button" className="primary" disabled={busy || restore.busy} onClick={() => void backUpNow()}>
          {t('dataSafety.backups.now')}
        </button>
      ) : null}
      {backups === null ? (
        <p>…</p>
      ) : backups.length === 0 ? (
        <p>{t('dataSafety.backups.none')}</p>
      ) : (
        <table className="table backups-table" aria-labelledby="backups-heading">
          <thead>
            <tr>
              <th scope="col">{t('dataSafety.backups.date')}</th>
              <th scope="col">{t('dataSafety.backups.kind')}</th>
              <th scope="col">{t('dataSafety.backups.size')}</th>
              <th scope="col">{t('dataSafety.backups.records')}</th>
              <th scope="col">{t('dataSafety.backups.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => {
              const date = formatWhen(backup.createdAt, locale)
              return (
                <tr key={backup.name}>
                  <th scope="row" className="nowrap">
                    {date}
                  </th>
                  <td>{t(`dataSafety.backups.kinds.${backup.kind}`)}</td>
                  <td className="nowrap">{formatSize(backup.size, locale, t)}</td>
                  <td className="records">{backup.counts ? countsSummary(t, backup.counts, locale) : t('dataSafety.backups.unreadable')}</td>
                  <td>
                    <div className="button-row">
                      <button type="button" aria-label={t('dataSafety.backups.restoreLabel', { date })} disabled={restore.busy || backup.counts === null} onClick={() => void askRestore(backup)}>
                        {t('dataSafety.backups.restore')}
                      </button>
                      <button type="button" aria-label={t('dataSafety.backups.saveCopyLabel', { date })} onClick={() => void saveCopy(backup)}>
                        {t('dataSafety.backups.saveCopy')}
                      </button>
                    </div>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {confirming ? <ConfirmReplace busy={restore.busy} onConfirm={() => void restore.run(confirming.content)} onCancel={() => setConfirming(null)} /> : null}
      {error || restore.error ? (
        <p role="alert" className="error-message">
          {restore.error || error}
        </p>
      ) : null}
      <p role="status" className="status-message">
        {restore.message || message}
      </p>
    </section>
  )
}
