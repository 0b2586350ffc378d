import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getPlatform, type UpdateChoice, type UpdateNotice as Notice } from '../platform'

/**
 * "Version x is ready": shown when the desktop app has downloaded an update (never in the browser).
 * The delegate reads what changed and chooses: install when quitting, or later. Nothing is installed
 * without that choice.
 */
export function UpdateNotice() {
  const { t } = useTranslation()
  const id = useId()
  const [notice, setNotice] = useState<Notice | null>(null)
  const [chosen, setChosen] = useState<UpdateChoice | null>(null)

  useEffect(
    () =>
      getPlatform().onUpdateReady((next) => {
        setNotice(next)
        setChosen(null)
      }),
    []
  )

  if (notice === null || chosen === 'later') return null

  async function choose(choice: UpdateChoice) {
    if (await getPlatform().chooseUpdate(choice)) setChosen(choice)
  }

  if (chosen === 'install-on-quit') {
    return (
      <p role="status" className="notice">
        {t('updates.willInstall', { version: notice.version })}
      </p>
    )
  }
  return (
    <section className="notice update-notice" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>{t('updates.ready', { version: notice.version })}</p>
      <details>
        <summary>{t('updates.whatChanged')}</summary>
        <p style={{ whiteSpace: 'pre-line' }}>{notice.notes || t('updates.noNotes')}</p>
      </details>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void choose('install-on-quit')}>
          {t('updates.installOnQuit')}
        </button>
        <button type="button" onClick={() => void choose('later')}>
          {t('updates.later')}
        </button>
      </div>
    </section>
  )
}
