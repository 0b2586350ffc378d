import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MissionProfile, Task } from '../../domain/model'
import type { OwnReview } from '../../domain/review/cycle'
import { safeFileName } from '../../export/review/file-names'
import { icsBytes } from '../../export/review/ics'
import { deadlinesCalendar } from '../../export/review/review-calendar'
import { ICS_FILTERS, saveExport } from './save-export'

/** The review's exports: our deadlines as an .ics calendar, and the review briefing as a Word document. */
export function ReviewExports({ review, tasks, profile, stateName, today }: { review: OwnReview; tasks: readonly Task[]; profile: MissionProfile; stateName: string; today: string }) {
  const { t } = useTranslation()
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  async function run(action: () => Promise<string>) {
    setBusy(true)
    setMessage('')
    setMessage(await action())
    setBusy(false)
  }

  const exportIcs = () =>
    saveExport(
      t,
      () => icsBytes(deadlinesCalendar({ ourIso3: profile.stateIso3, stateName, review, tasks, today, stamp: new Date(), t })),
      safeFileName(t('review.files.deadlines', { date: today, session: review.session.session, state: stateName })),
      ICS_FILTERS
    )

  return (
    <section className="section review-exports" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{t('review.page.exportsHeading')}</h2>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void run(exportIcs)}>{t('review.page.exportIcs')}</button>
      </div>
      <p role="status" className="status-message">{message}</p>
    </section>
  )
}
