import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Recommendation } from '../../domain/model'
import type { StatementDocument } from '../../domain/statements/document-data'
import { FIELD, rationaleKey } from '../../domain/statements/fields'
import { MAX_TABLE_ROWS } from '../../export/kit/problem'
import { stateName } from './format'
import { useNames } from '../../components/use-names'

interface PlenaryProps {
  doc: Extract<StatementDocument, { kind: 'plenary-adoption' }>
  /** The recommendations of the review (State under review and session). */
  review: readonly Recommendation[]
  stateUnderReview: string
  session: number | null
  fields: Readonly<Record<string, string>>
  disabled: boolean
  onFieldChange: (name: string, value: string) => void
}

/** The plenary statement's part from the register: the counts it reads, the noted recommendations with their rationale. */
export function PlenaryParts({ doc, review, stateUnderReview, session, fields, disabled, onFieldChange }: PlenaryProps) {
  const { t } = useTranslation()
  const id = useId()
  // The noted list belongs to the State under review's own statement (the document data says when).
  const own = doc.noted.length > 0 ? review.filter((r) => r.position === 'noted') : []
  const missing = own.filter((r) => !(fields[rationaleKey(r.id)] ?? '').trim()).length
  return (
    <section className="card register-parts" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('statements.register.plenaryTitle')}</h2>
      {review.length === 0 ? (
        <p className="warning">{t('statements.register.noRecommendations', { state: stateName(stateUnderReview), session: session ?? '?' })}</p>
      ) : (
        <>
          <p className="hint">{t('statements.register.counts')}</p>
          <blockquote className="register-quote">{doc.counts}</blockquote>
        </>
      )}
      {doc.noted.length > 0 ? (
        <fieldset className="plain" disabled={disabled}>
          <h3>{t('statements.register.noted')}</h3>
          {missing > 0 ? <p className="warning">{t('statements.register.rationaleMissing', { count: missing })}</p> : null}
          <ol className="noted-list">
            {own.map((r) => (
              <li key={r.id} className="field">
                <label htmlFor={`${id}-${r.id}`}>{t('statements.register.rationale', { number: r.number ?? r.text.slice(0, 40) })}</label>
                <p className="hint">{r.text}</p>
                <textarea id={`${id}-${r.id}`} rows={2} value={fields[rationaleKey(r.id)] ?? ''} onChange={(e) => onFieldChange(rationaleKey(r.id), e.target.value)} />
              </li>
            ))}
          </ol>
        </fieldset>
      ) : null}
    </section>
  )
}

/** What the mid-term report or the thematic list will hold: how many recommendations, in which themes, with linked measures. */
export function TablesSummary({ doc, stateUnderReview, session }: { doc: Extract<StatementDocument, { kind: 'mid-term-report' | 'thematic-list' }>; stateUnderReview: string; session: number | null }) {
  const { t } = useTranslation()
  const id = useId()
  const rows = doc.groups.reduce((n, g) => n + g.rows.length, 0)
  const withMeasures = doc.kind === 'mid-term-report' ? doc.groups.reduce((n, g) => n + g.rows.filter((r) => r.measures.length > 0).length, 0) : 0
  return (
    <section className="card register-parts" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('statements.register.tablesTitle')}</h2>
      {rows === 0 ? (
        <p className="warning">{t('statements.register.noRecommendations', { state: stateName(stateUnderReview), session: session ?? '?' })}</p>
      ) : (
        <>
          <p>{t('statements.register.tables', { count: rows, state: stateName(stateUnderReview), session: session ?? '?', groups: doc.groups.length })}</p>
          {doc.kind === 'mid-term-report' ? <p className="hint">{withMeasures > 0 ? t('statements.register.withMeasures', { count: withMeasures }) : t('statements.register.noMeasures')}</p> : null}
          {rows > MAX_TABLE_ROWS ? <p className="warning">{t('statements.register.tooMany', { count: rows, max: MAX_TABLE_ROWS })}</p> : null}
          <details>
            <summary>{t('statements.register.themes')}</summary>
            <ul className="theme-counts">
              {doc.groups.map((g) => (
                <li key={g.heading}>{t('statements.register.themeCount', { theme: g.heading, count: g.rows.length })}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  )
}

/** The position paper's annex: none, every earlier recommendation to the State under review, or one theme. */
export function AnnexChooser({ doc, earlier, stateUnderReview, fields, disabled, onFieldChange }: { doc: Extract<StatementDocument, { kind: 'position-paper' }>; earlier: readonly Recommendation[]; stateUnderReview: string | null; fields: Readonly<Record<string, string>>; disabled: boolean; onFieldChange: (name: string, value: string) => void }) {
  const { t } = useTranslation()
  const names = useNames()
  const id = useId()
  const themes = [...new Set(earlier.flatMap((r) => r.themes))].sort((a, b) => names.compare(names.label('uprInfoIssue', a), names.label('uprInfoIssue', b)))
  const value = fields[FIELD.annexTheme] ?? ''
  return (
    <section className="card register-parts" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('statements.register.annex')}</h2>
      {stateUnderReview ? (
        <div className="field">
          <label htmlFor={`${id}-annex`}>{t('statements.register.annex')}</label>
          <select id={`${id}-annex`} value={value} disabled={disabled} onChange={(e) => onFieldChange(FIELD.annexTheme, e.target.value)}>
            <option value="">{t('statements.register.annexNone')}</option>
            <option value="*">{t('statements.register.annexAll', { state: stateName(stateUnderReview) })}</option>
            {themes.map((theme) => (
              <option key={theme} value={theme}>
                {t('statements.register.annexTheme', { theme: names.label('uprInfoIssue', theme) })}
              </option>
            ))}
          </select>
          {value !== '' ? <p className="hint">{t('statements.register.annexCount', { count: doc.annex?.rows.length ?? 0 })}</p> : null}
        </div>
      ) : (
        <p className="hint">{t('statements.register.annexNoState')}</p>
      )}
    </section>
  )
}
