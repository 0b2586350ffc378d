import { useId, useMemo, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import { useEmblem } from '../../db/hooks/statement-hooks'
import { MAX_EMBLEM_BYTES, readImageInfo, type ImageType } from '../../export/kit/image'
import './emblem.css'

const MEDIA_TYPES: Record<ImageType, string> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp' }

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Settings: the emblem above the mission's name in every Word document's letterhead. */
export function EmblemSection() {
  const { t } = useTranslation()
  const id = useId()
  const { emblem: repo } = useRepositories()
  const emblem = useEmblem()
  const [message, setMessage] = useState('')
  const [problem, setProblem] = useState('')
  const info = emblem ? readImageInfo(emblem.bytes) : null
  // A data URL: no object URL to revoke, and the emblem is small (2 MB at most).
  const url = useMemo(() => (emblem ? `data:${emblem.mediaType};base64,${toBase64(emblem.bytes)}` : null), [emblem])

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setMessage('')
    setProblem('')
    const size = (file.size / (1024 * 1024)).toFixed(1)
    // Refuse a huge file before reading it into memory.
    if (file.size > MAX_EMBLEM_BYTES) {
      setProblem(t('statements.emblem.problems.too-large', { name: file.name, size }))
      return
    }
    const bytes = new Uint8Array(await file.arrayBuffer())
    const read = readImageInfo(bytes)
    if ('problem' in read) {
      setProblem(t(`statements.emblem.problems.${read.problem}`, { name: file.name, size }))
      return
    }
    try {
      await repo.save({ name: file.name, mediaType: MEDIA_TYPES[read.type], bytes })
      setMessage(t('statements.emblem.saved', { name: file.name }))
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    }
  }

  async function remove() {
    setProblem('')
    await repo.remove()
    setMessage(t('statements.emblem.removed'))
  }

  return (
    <section className="card settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('statements.emblem.title')}</h2>
      <p>{t('statements.emblem.intro')}</p>
      {emblem && info && !('problem' in info) ? (
        <div className="emblem-current">
          {url ? <img className="emblem-preview" src={url} alt={t('statements.emblem.preview')} /> : null}
          <p>{t('statements.emblem.current', { name: emblem.name, width: info.width, height: info.height })}</p>
        </div>
      ) : (
        <p className="hint">{t('statements.emblem.none')}</p>
      )}
      <div className="button-row">
        <label className="file-button">
          {t('statements.emblem.choose')}
          <input type="file" accept="image/png,image/jpeg,image/gif,image/bmp" onChange={(e) => void choose(e)} />
        </label>
        {emblem ? (
          <button type="button" onClick={() => void remove()}>
            {t('statements.emblem.remove')}
          </button>
        ) : null}
      </div>
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
      <p role="status" className="status-message">
        {message}
      </p>
    </section>
  )
}
