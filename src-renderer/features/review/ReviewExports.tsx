import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import { LANGUAGES, type LanguageCode, type MissionProfile, type Task } from '../../domain/model'
import type { OwnReview } from '../../domain/review/cycle'
import type { Emblem } from '../../export/kit/document'
import { readImageInfo } from '../../export/kit/image'
import { safeFileName } from '../../export/review/file-names'
import { icsBytes } from '../../export/review/ics'
import { deadlinesCalendar } from '../../export/review/review-calendar'
import { formattingLocale } from '../../i18n'
import { documentPhraseBook } from '../../i18n/document-phrase-book'
import { DOCX_FILTERS, ICS_FILTERS, saveExport } from './save-export'

/** The review's exports: our deadlines as an .ics calendar, and the review briefing as a Word document. */
export function ReviewExports({ review, tasks, profile, stateName, today }: { review: OwnReview; tasks: readonly Task[]; profile: MissionProfile; stateName: string; today: string }) {
  const { t, i18n } = useTranslation()
  const language = (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as LanguageCode) : 'en'
  const { reviews, emblem } = useRepositories()
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
      async () => ({
        bytes: icsBytes(deadlinesCalendar({ ourIso3: profile.stateIso3, review, tasks, today, stamp: new Date(), words: documentPhraseBook(language) })),
        fileName: safeFileName(t('review.files.deadlines', { date: today, session: review.session.session, state: stateName }))
      }),
      ICS_FILTERS
    )

  const exportBriefing = () =>
    saveExport(
      t,
      async () => {
        // The summary covers this review's recommendations, or every one received when the register has none for it.
        const ofSession = await reviews.received(profile.stateIso3, review.session.session)
        const recommendations = ofSession.length > 0 ? ofSession : await reviews.received(profile.stateIso3, null)
        // The briefing is written in the interface language (the review strings are translated into each).
        // The Word writer loads on the first export, not with the page.
        const { reviewBriefingDocx } = await import('../../export/review/briefing')
        return reviewBriefingDocx({
          profile,
          review,
          tasks,
          recommendations,
          recommendationsOfSession: ofSession.length > 0,
          today,
          language,
          locale: formattingLocale(language),
          emblem: emblemOf(await emblem.get()),
          words: documentPhraseBook(language)
        })
      },
      DOCX_FILTERS
    )

  return (
    <section className="section review-exports" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{t('review.page.exportsHeading')}</h2>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void run(exportIcs)}>{t('review.page.exportIcs')}</button>
        <button type="button" disabled={busy} onClick={() => void run(exportBriefing)}>{t('review.page.exportBriefing')}</button>
      </div>
      <p role="status" className="status-message">{message}</p>
    </section>
  )
}

/** The emblem in the kit's terms, when the stored image is one the kit can place. */
function emblemOf(attachment: { bytes: Uint8Array } | undefined): Emblem | null {
  if (!attachment) return null
  const info = readImageInfo(attachment.bytes)
  return 'problem' in info ? null : { bytes: attachment.bytes, type: info.type, width: info.width, height: info.height }
}
