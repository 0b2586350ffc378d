import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import { useDemoLoaded } from '../../db/hooks/mission-hooks'
import { buildDemoMission } from '../../demo'
import { todayLocal } from '../../domain/dates'

/** Settings: load the demo mission (a labelled, project-written dataset) to try the app, or remove it. */
export function DemoMissionSection() {
  const { t } = useTranslation()
  const { demo, register } = useRepositories()
  const loaded = useDemoLoaded()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  async function run(action: () => Promise<{ records: number }>, done: string) {
    setBusy(true)
    setMessage('')
    try {
      const report = await action()
      await register.reload()
      setMessage(t(done, { count: report.records }))
    } catch (error) {
      setMessage(t('settings.demo.failed', { message: error instanceof Error ? error.message : String(error) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card settings-section" aria-labelledby="demo-heading">
      <h2 id="demo-heading">{t('settings.demo.title')}</h2>
      <p>{t('settings.demo.intro')}</p>
      {loaded ? <p className="badge badge-demo">{t('settings.demo.loaded')}</p> : null}
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void run(() => demo.load(buildDemoMission(todayLocal())), 'settings.demo.done')}>
          {loaded ? t('settings.demo.reload') : t('settings.demo.load')}
        </button>
        {loaded ? (
          <button type="button" disabled={busy} onClick={() => void run(() => demo.remove(), 'settings.demo.removed')}>
            {t('settings.demo.remove')}
          </button>
        ) : null}
      </div>
      <p role="status" className="status-message">
        {message}
      </p>
    </section>
  )
}
