import { useId, useState, type FormEvent } from 'react'
import { useNames } from '../../components/use-names'
import { useTranslation } from 'react-i18next'
import type { ArchiveScope } from '../../archive/format'
import { useArchiveChoices } from '../../db/hooks/data-safety-hooks'
import { formattingLocale } from '../../i18n'
import { countsSummary, operationError } from './describe'
import { useDataSafetyService } from './use-data-safety'

/** Shortest passphrase accepted for an encrypted archive. */
export const MIN_PASSPHRASE_LENGTH = 8

type Kind = 'mission' | 'review' | 'statement'

/** Save an archive: the whole mission, one review or one statement, optionally encrypted. */
export function ExportSection({ missionName }: { missionName: string }) {
  const { t, i18n } = useTranslation()
  const names = useNames()
  const locale = formattingLocale(i18n.language)
  const id = useId()
  const service = useDataSafetyService()
  const { reviews, statements } = useArchiveChoices()
  const [kind, setKind] = useState<Kind>('mission')
  const [reviewId, setReviewId] = useState('')
  const [statementId, setStatementId] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [problem, setProblem] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  const reviewLabel = (r: (typeof reviews)[number]) => t('dataSafety.export.reviewOption', { state: names.state(r.stateIso3), session: r.session })

  async function submit(event: FormEvent) {
    event.preventDefault()
    setMessage('')
    if (passphrase !== '' && passphrase.length < MIN_PASSPHRASE_LENGTH) return setProblem(t('dataSafety.export.tooShort', { min: MIN_PASSPHRASE_LENGTH }))
    if (passphrase !== '' && passphrase !== confirm) return setProblem(t('dataSafety.export.mismatch'))
    const review = reviews.find((r) => r.id === reviewId)
    const statement = statements.find((s) => s.id === statementId)
    if (kind === 'review' && !review) return setProblem(t('dataSafety.export.chooseReview'))
    if (kind === 'statement' && !statement) return setProblem(t('dataSafety.export.chooseStatement'))
    setProblem('')
    const scope: ArchiveScope =
      kind === 'review' && review
        ? { kind, id: review.id, label: reviewLabel(review) }
        : kind === 'statement' && statement
          ? { kind, id: statement.id, label: statement.title }
          : { kind: 'mission', id: null, label: missionName }
    setBusy(true)
    setMessage(t('dataSafety.working.saving'))
    try {
      const selection = scope.kind === 'mission' ? { kind: 'mission' as const } : { kind: scope.kind, id: scope.id ?? '' }
      const result = await service.exportArchive(selection, scope, passphrase || undefined, t('dataSafety.fileType'))
      if (result.status === 'saved') {
        const summary = countsSummary(t, result.header.counts, locale)
        setMessage(t(passphrase ? 'dataSafety.export.savedEncrypted' : 'dataSafety.export.saved', { where: result.where, summary }))
        setPassphrase('')
        setConfirm('')
      } else setMessage(t('dataSafety.export.cancelled'))
    } catch (error) {
      setMessage(t('dataSafety.export.failed', { message: operationError(t, error) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('dataSafety.export.title')}</h2>
      <p className="intro">{t('dataSafety.export.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>{t('dataSafety.export.what')}</legend>
          <label className="choice">
            <input type="radio" name={`${id}-kind`} checked={kind === 'mission'} onChange={() => setKind('mission')} />
            {t('dataSafety.export.mission')}
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-kind`} checked={kind === 'review'} onChange={() => setKind('review')} />
            {t('dataSafety.export.review')}
          </label>
          {kind === 'review' ? (
            <div className="nested field">
              <label htmlFor={`${id}-review`}>{t('dataSafety.export.reviewLabel')}</label>
              {reviews.length === 0 ? (
                <p className="hint">{t('dataSafety.export.noReviews')}</p>
              ) : (
                <select id={`${id}-review`} value={reviewId} onChange={(e) => setReviewId(e.target.value)}>
                  <option value="">—</option>
                  {reviews.map((r) => (
                    <option key={r.id} value={r.id}>
                      {reviewLabel(r)}
                    </option>
                  ))}
                </select>
              )}
            </div>
          ) : null}
          <label className="choice">
            <input type="radio" name={`${id}-kind`} checked={kind === 'statement'} onChange={() => setKind('statement')} />
            {t('dataSafety.export.statement')}
          </label>
          {kind === 'statement' ? (
            <div className="nested field">
              <label htmlFor={`${id}-statement`}>{t('dataSafety.export.statementLabel')}</label>
              {statements.length === 0 ? (
                <p className="hint">{t('dataSafety.export.noStatements')}</p>
              ) : (
                <select id={`${id}-statement`} value={statementId} onChange={(e) => setStatementId(e.target.value)}>
                  <option value="">—</option>
                  {statements.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.title}
                    </option>
                  ))}
                </select>
              )}
            </div>
          ) : null}
        </fieldset>
        <div className="passphrase-row">
          <div className="field">
            <label htmlFor={`${id}-pass`}>{t('dataSafety.export.passphrase')}</label>
            <input id={`${id}-pass`} type="password" autoComplete="new-password" value={passphrase} aria-describedby={`${id}-pass-hint`} onChange={(e) => setPassphrase(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-confirm`}>{t('dataSafety.export.confirm')}</label>
            <input id={`${id}-confirm`} type="password" autoComplete="new-password" value={confirm} disabled={passphrase === ''} onChange={(e) => setConfirm(e.target.value)} />
          </div>
        </div>
        <p id={`${id}-pass-hint`} className="hint">
          {t('dataSafety.export.passphraseHint')}
        </p>
        {problem ? (
          <p role="alert" className="error-message">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {t('dataSafety.export.save')}
        </button>
      </form>
      <p role="status" className="status-message">
        {message}
      </p>
    </section>
  )
}
