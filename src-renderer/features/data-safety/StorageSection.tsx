import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDataSafetyStatus, useRecordCounts } from '../../db/hooks/data-safety-hooks'
import { formattingLocale } from '../../i18n'
import { requestPersistentStorage, storageStatus, type StorageStatus } from '../../platform/storage'
import { countsSummary, formatSize, formatWhen } from './describe'

/** Whether the browser keeps the data under pressure, the space used, the records, the last backup and archive. */
export function StorageSection() {
  const { t, i18n } = useTranslation()
  const locale = formattingLocale(i18n.language)
  const status = useDataSafetyStatus()
  const counts = useRecordCounts()
  const [storage, setStorage] = useState<StorageStatus | null>(null)

  const refresh = useCallback(() => {
    void storageStatus().then(setStorage)
  }, [])
  useEffect(refresh, [refresh, counts])

  const persistence =
    storage?.persisted === true ? t('dataSafety.storage.persisted') : storage?.persisted === false ? t('dataSafety.storage.notPersisted') : t('dataSafety.storage.persistedUnknown')
  const used =
    storage?.usageBytes == null
      ? t('dataSafety.storage.unknown')
      : storage.quotaBytes
        ? t('dataSafety.storage.usedOf', { used: formatSize(storage.usageBytes, locale, t), quota: formatSize(storage.quotaBytes, locale, t) })
        : t('dataSafety.storage.usedOnly', { used: formatSize(storage.usageBytes, locale, t) })
  const since = (when: string | null, atChange: number) =>
    when ? t('dataSafety.storage.changesSince', { when: formatWhen(when, locale), count: Math.max(0, status.changes - atChange) }) : t('dataSafety.never')

  return (
    <section className="card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('dataSafety.storage.title')}</h2>
      <dl className="facts">
        <dt>{t('dataSafety.storage.persistence')}</dt>
        <dd>
          {persistence}{' '}
          {storage?.persisted === false ? (
            <button type="button" className="link-button" onClick={() => void requestPersistentStorage().then(refresh)}>
              {t('dataSafety.storage.askAgain')}
            </button>
          ) : null}
        </dd>
        <dt>{t('dataSafety.storage.used')}</dt>
        <dd>{used}</dd>
        <dt>{t('dataSafety.storage.records')}</dt>
        <dd>{counts ? countsSummary(t, counts, locale) : '…'}</dd>
        <dt>{t('dataSafety.storage.lastBackup')}</dt>
        <dd>{since(status.lastBackupAt, status.backedUpAtChange)}</dd>
        <dt>{t('dataSafety.storage.lastArchive')}</dt>
        <dd>{since(status.lastExportAt, status.exportedAtChange)}</dd>
      </dl>
    </section>
  )
}
