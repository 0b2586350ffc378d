import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { encodeRescueCopy, readRescueCopy, type DatabaseProblem } from '../../db/data-safety/rescue'
import { getPlatform } from '../../platform'

/** Shown when the data cannot be opened: says why, deletes nothing, and offers to save a copy. */
export function DatabaseErrorScreen({ problem }: { problem: DatabaseProblem }) {
  const { t } = useTranslation()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  async function saveCopy() {
    setBusy(true)
    setMessage(t('dbError.saving'))
    try {
      const copy = await readRescueCopy()
      const stamp = copy.takenAt.slice(0, 10)
      const result = await getPlatform().saveFile(encodeRescueCopy(copy), `UPR Desk data copy ${stamp}.json`, [
        { name: 'JSON', extensions: ['json'] }
      ])
      setMessage(result.status === 'saved' ? t('dbError.saved', { where: result.where }) : t('dbError.cancelled'))
    } catch (error) {
      setMessage(t('dbError.saveFailed', { message: error instanceof Error ? error.message : String(error) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <main id="main" className="setup">
      <div className="setup-card" role="alert">
        <h1 className="page-title">{t('dbError.title')}</h1>
        <p>
          {problem.status === 'newer'
            ? t('dbError.newer', { found: problem.foundVersion, supported: problem.supportedVersion })
            : t('dbError.failed', { message: problem.message })}
        </p>
        <p>{t('dbError.nothingDeleted')}</p>
        <button type="button" className="primary" onClick={saveCopy} disabled={busy}>
          {t('dbError.saveCopy')}
        </button>
        <p role="status" className="status-message">
          {message}
        </p>
      </div>
    </main>
  )
}
