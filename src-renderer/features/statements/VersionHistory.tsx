import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatementVersion } from '../../domain/model'
import { formattingLocale } from '../../i18n'

interface Props {
  versions: readonly StatementVersion[]
  /** The version whose words the editor shows now (no restore offered for it). */
  currentVersion: number | null
  disabled: boolean
  onRestore: (version: StatementVersion) => void
}

/** The saved versions, newest first, each restorable (a restore is itself a new version, so it can be undone). */
export function VersionHistory({ versions, currentVersion, disabled, onRestore }: Props) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const format = new Intl.DateTimeFormat(formattingLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' })
  const newestFirst = [...versions].reverse()
  return (
    <section className="card side-card history" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('statements.history.title')}</h2>
      {newestFirst.length === 0 ? <p className="hint">{t('statements.history.empty')}</p> : null}
      <ol className="history-list" reversed>
        {newestFirst.map((v) => (
          <li key={v.id}>
            <span>
              <strong>{t('statements.history.version', { version: v.version })}</strong>
              {` · ${t(`statements.history.reasons.${v.reason ?? 'saved'}`)}`}
              {v.restoredFrom ? ` (${t('statements.history.restoredFrom', { version: v.restoredFrom })})` : ''}
              <br />
              <span className="hint">{format.format(new Date(v.createdAt))}</span>
            </span>
            {v.version === currentVersion ? (
              <span className="badge">{t('statements.history.current')}</span>
            ) : (
              <button type="button" disabled={disabled} aria-label={t('statements.history.restore', { version: v.version })} onClick={() => onRestore(v)}>
                {t('statements.history.restoreShort')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
