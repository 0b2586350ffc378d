import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import type { ReviewKey } from '../../db/repositories/reviews'
import type { ReviewDocument, ReviewStage } from '../../domain/model'
import { checkAttachment, checkDocument, MAX_ATTACHMENT_BYTES } from '../../domain/review/validation'
import { safeFileName } from '../../export/review/file-names'
import { getPlatform } from '../../platform'
import { messagesByField, saveFailedMessage } from './problems'

/** The documents of one stage: UN symbol and title, with a link or a file kept in the app's data. */
export function StageDocuments({ stage, documents, reviewId, reviewKey }: { stage: ReviewStage; documents: readonly ReviewDocument[]; reviewId: string | null; reviewKey: ReviewKey }) {
  const { t } = useTranslation()
  const { reviews } = useRepositories()
  const [symbol, setSymbol] = useState('')
  const [title, setTitle] = useState('')
  const [url, setUrl] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState('')
  const fileInput = useRef<HTMLInputElement>(null)
  const id = (field: string) => `doc-${stage}-${field}`
  const nameOf = (d: Pick<ReviewDocument, 'symbol' | 'title'>) => [d.symbol, d.title].filter(Boolean).join(' · ')

  async function add(event: FormEvent) {
    event.preventDefault()
    setMessage('')
    const problems = checkDocument({ symbol, title, url })
    const file = fileInput.current?.files?.[0] ?? null
    let bytes: Uint8Array | null = null
    if (file) {
      // Main refuses programs, scripts and shortcuts (and types it does not keep); say why here.
      const verdict = await getPlatform().checkAttachment(file.name)
      if (!verdict.allowed) {
        problems.push({ field: 'file', key: verdict.reason === 'active-content' ? 'attachmentActive' : 'attachmentTypeNotAllowed', params: { name: file.name, extension: verdict.extension } })
      }
      try {
        bytes = new Uint8Array(await file.arrayBuffer())
      } catch {
        // Unreadable (damaged, moved, locked): reported by checkAttachment below.
        bytes = null
      }
      problems.push(...checkAttachment({ name: file.name, size: file.size, bytes }))
    }
    const found = messagesByField(t, problems)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      document.getElementById(id(found['symbol'] ? 'symbol' : found['url'] ? 'url' : 'file'))?.focus()
      return
    }
    try {
      await reviews.addDocument(
        reviewKey,
        { stage, symbol: symbol.trim(), title: title.trim(), url: url.trim() || null },
        file && bytes ? { name: file.name, mediaType: file.type, bytes } : null
      )
      setMessage(t('review.documents.added', { name: nameOf({ symbol: symbol.trim(), title: title.trim() }) }))
      setSymbol('')
      setTitle('')
      setUrl('')
      if (fileInput.current) fileInput.current.value = ''
    } catch (error) {
      setMessage(saveFailedMessage(t, error))
    }
  }

  async function download(document: ReviewDocument) {
    if (!document.attachmentId) return
    try {
      const attachment = await reviews.attachment(document.attachmentId)
      if (!attachment) {
        setMessage(t('review.documents.missingFile'))
        return
      }
      const result = await getPlatform().saveAttachment(attachment.bytes, safeFileName(attachment.name))
      if (result.status === 'refused') setMessage(t('review.errors.attachmentNotSaved', { name: attachment.name, extension: result.extension }))
    } catch (error) {
      setMessage(saveFailedMessage(t, error))
    }
  }

  async function remove(document: ReviewDocument) {
    if (!reviewId) return
    try {
      await reviews.removeDocument(reviewId, document.id)
      setMessage(t('review.documents.removed', { name: nameOf(document) }))
    } catch (error) {
      setMessage(saveFailedMessage(t, error))
    }
  }

  const error = (field: string) => (errors[field] ? <p id={id(`${field}-error`)} className="field-error">{errors[field]}</p> : null)
  const invalid = (field: string) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': id(`${field}-error`) } : {})

  return (
    <section className="stage-documents" aria-labelledby={`documents-${stage}-heading`}>
      <h4 id={`documents-${stage}-heading`}>{t('review.documents.heading')}</h4>
      {documents.length === 0 ? <p className="hint">{t('review.documents.none')}</p> : null}
      <ul className="document-list">
        {documents.map((d) => (
          <li key={d.id}>
            <span className="document-name">{nameOf(d)}</span>
            {d.url ? (
              <button type="button" className="link-button" aria-label={t('review.documents.open', { name: nameOf(d) })} onClick={() => void getPlatform().openExternal(d.url!)}>
                {d.url}
              </button>
            ) : null}
            {d.attachmentId ? (
              <button type="button" className="link-button" aria-label={t('review.documents.download', { file: d.attachmentName ?? '' })} onClick={() => void download(d)}>
                {d.attachmentName}
              </button>
            ) : null}
            <button type="button" className="link-button" aria-label={t('review.documents.remove', { name: nameOf(d) })} onClick={() => void remove(d)}>✕</button>
          </li>
        ))}
      </ul>
      <form className="document-form" onSubmit={(e) => void add(e)} noValidate>
        <fieldset>
          <legend>{t('review.documents.addLegend')}</legend>
          <div className="field-row">
            <div className="field">
              <label htmlFor={id('symbol')}>{t('review.documents.symbol')}</label>
              <input id={id('symbol')} value={symbol} placeholder={t('review.documents.symbolHint')} onChange={(e) => setSymbol(e.target.value)} {...invalid('symbol')} />
              {error('symbol')}
            </div>
            <div className="field">
              <label htmlFor={id('title')}>{t('review.documents.title')}</label>
              <input id={id('title')} value={title} onChange={(e) => setTitle(e.target.value)} />
            </div>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={id('url')}>{t('review.documents.url')}</label>
              <input id={id('url')} type="url" value={url} onChange={(e) => setUrl(e.target.value)} {...invalid('url')} />
              {error('url')}
            </div>
            <div className="field">
              <label htmlFor={id('file')}>{t('review.documents.file')}</label>
              <input id={id('file')} ref={fileInput} type="file" onChange={() => setErrors({ ...errors, file: '' })} aria-describedby={[id('file-hint'), errors['file'] ? id('file-error') : ''].filter(Boolean).join(' ')} aria-invalid={errors['file'] ? true : undefined} />
              <p id={id('file-hint')} className="hint">{t('review.documents.fileHint', { max: MAX_ATTACHMENT_BYTES / (1024 * 1024) })}</p>
              {error('file')}
            </div>
          </div>
          <button type="submit">{t('review.documents.add')}</button>
        </fieldset>
      </form>
      <p role="status" className="status-message">{message}</p>
    </section>
  )
}
