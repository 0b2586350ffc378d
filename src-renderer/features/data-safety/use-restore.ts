/** Restoring an archive of the whole mission, shared by "Open an archive" and the backups list. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArchiveContent } from '../../archive/format'
import { operationError } from './describe'
import { useDataSafetyService } from './use-data-safety'

/** Where the message of a finished restore waits for the page after the reload. */
export const RESTORED_MESSAGE_KEY = 'upr-desk:data-safety:restored'

/** Runs a restore with its progress, then reloads the app (every page reads the restored data afresh). */
export function useRestore(missionName: string) {
  const { t } = useTranslation()
  const service = useDataSafetyService()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')

  async function run(content: ArchiveContent): Promise<void> {
    setBusy(true)
    setError('')
    try {
      const { report } = await service.restore(content, missionName, (stage) => setMessage(t(`dataSafety.working.${stage}`)))
      const done = t('dataSafety.import.restored', { written: report.written, deleted: report.deleted, unchanged: report.unchanged })
      setMessage(done)
      sessionStorage.setItem(RESTORED_MESSAGE_KEY, done)
      window.location.reload()
    } catch (e) {
      setMessage('')
      setError(t('dataSafety.import.failed', { message: operationError(t, e) }))
      setBusy(false)
    }
  }

  return { busy, message, error, run }
}
