import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EnumSelect } from '../../components/EnumSelect'
import { PageTitle } from '../../components/PageTitle'
import { useStatements } from '../../db/hooks/statement-hooks'
import { STATEMENT_KINDS, STATEMENT_STATUSES, type MissionProfile, type StatementKind, type StatementStatus } from '../../domain/model'
import { EMPTY_STATEMENT_FILTER, filterStatements, type StatementFilter } from '../../domain/statements/statement-list'
import { formattingLocale } from '../../i18n'
import { NewStatementForm } from './NewStatementForm'
import { stateName } from './format'
import { useNames } from '../../components/use-names'
import { statementHref } from '../../routes/location'
import { useLocation } from '../../routes/use-location'

// The filters' first choice, "All", is the empty string the filter keeps for "any".
const KIND_FILTERS: readonly (StatementKind | '')[] = ['', ...STATEMENT_KINDS]
const STATUS_FILTERS: readonly (StatementStatus | '')[] = ['', ...STATEMENT_STATUSES]

/** The statements list: filters (kind, status, State under review, session), search, newest first. */
export function StatementList({ profile }: { profile: MissionProfile }) {
  const { t, i18n } = useTranslation()
  const names = useNames()
  const statements = useStatements()
  const [filter, setFilter] = useState<StatementFilter>(EMPTY_STATEMENT_FILTER)
  // A link from another page (the review cycle's "New statement") opens the form already filled in.
  const location = useLocation()
  const [request] = useState(() => (location.page === 'statements' ? location.newStatement : null))
  const [creating, setCreating] = useState(request !== null)
  const all = useMemo(() => statements ?? [], [statements])
  const visible = useMemo(() => filterStatements(all, filter, stateName), [all, filter])
  const states = useMemo(() => [...new Set(all.map((s) => s.stateUnderReview).filter((s): s is string => s !== null))].sort((a, b) => names.compare(names.state(a), names.state(b))), [all, names])
  const sessions = useMemo(() => [...new Set(all.map((s) => s.session).filter((s): s is number => s !== null))].sort((a, b) => b - a), [all])
  const locale = formattingLocale(i18n.language)
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

  useEffect(() => {
    document.querySelector<HTMLElement>('.statements h1')?.focus()
  }, [])

  return (
    <>
      <div className="statements-top">
        <PageTitle>{t('statements.title')}</PageTitle>
        <button type="button" className="primary" aria-expanded={creating} onClick={() => setCreating((v) => !v)}>
          {t('statements.newStatement')}
        </button>
      </div>
      {creating ? <NewStatementForm profile={profile} initial={request} onCancel={() => setCreating(false)} /> : null}
      {statements !== undefined && all.length === 0 ? (
        <div className="empty-state">
          <h2>{t('statements.list.emptyTitle')}</h2>
          <p>{t('statements.list.emptyText')}</p>
          {!creating ? (
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              {t('statements.newStatement')}
            </button>
          ) : null}
        </div>
      ) : (
        <>
          <div className="statements-toolbar">
            <div className="field field-search">
              <label htmlFor="statements-search">{t('statements.list.search')}</label>
              <input id="statements-search" type="search" value={filter.query} placeholder={t('statements.list.searchPlaceholder')} onChange={(e) => setFilter({ ...filter, query: e.target.value })} />
            </div>
            <EnumSelect
              className="field field-compact"
              id="statements-kind"
              label={t('statements.list.kind')}
              value={filter.kind}
              options={KIND_FILTERS}
              labelOf={(k) => (k === '' ? t('statements.list.all') : t(`statements.kindsShort.${k}`))}
              onChange={(kind) => setFilter({ ...filter, kind })}
            />
            <EnumSelect
              className="field field-compact"
              id="statements-status"
              label={t('statements.list.status')}
              value={filter.status}
              options={STATUS_FILTERS}
              labelOf={(s) => (s === '' ? t('statements.list.all') : t(`statements.statuses.${s}`))}
              onChange={(status) => setFilter({ ...filter, status })}
            />
            <div className="field field-compact">
              <label htmlFor="statements-sur">{t('statements.list.stateUnderReview')}</label>
              <select id="statements-sur" value={filter.stateUnderReview} onChange={(e) => setFilter({ ...filter, stateUnderReview: e.target.value })}>
                <option value="">{t('statements.list.all')}</option>
                {states.map((iso3) => (
                  <option key={iso3} value={iso3}>
                    {stateName(iso3)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field-compact">
              <label htmlFor="statements-session">{t('statements.list.session')}</label>
              <select id="statements-session" value={filter.session ?? ''} onChange={(e) => setFilter({ ...filter, session: e.target.value === '' ? null : Number(e.target.value) })}>
                <option value="">{t('statements.list.all')}</option>
                {sessions.map((n) => (
                  <option key={n} value={n}>
                    {t('statements.list.sessionOption', { session: n })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="register-counts" role="status">
            {t('statements.list.counts', { shown: visible.length, total: all.length })}
            {visible.length < all.length ? (
              <button type="button" className="link-button" onClick={() => setFilter(EMPTY_STATEMENT_FILTER)}>
                {t('statements.list.clear')}
              </button>
            ) : null}
          </p>
          {visible.length === 0 && all.length > 0 ? <p>{t('statements.list.noMatch')}</p> : null}
          {visible.length > 0 ? (
            <table className="table statements-table" aria-label={t('statements.list.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('statements.list.columns.title')}</th>
                  <th scope="col">{t('statements.list.columns.kind')}</th>
                  <th scope="col">{t('statements.list.columns.stateUnderReview')}</th>
                  <th scope="col">{t('statements.list.columns.session')}</th>
                  <th scope="col">{t('statements.list.columns.status')}</th>
                  <th scope="col">{t('statements.list.columns.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {visible.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <a href={statementHref(s.id)}>{s.title}</a>
                    </th>
                    <td>{t(`statements.kindsShort.${s.kind}`)}</td>
                    <td>{s.stateUnderReview ? stateName(s.stateUnderReview) : ''}</td>
                    <td>{s.session ?? ''}</td>
                    <td>
                      <span className={`status status-${s.status}`}>{t(`statements.statuses.${s.status}`)}</span>
                    </td>
                    <td>{when(s.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      )}
    </>
  )
}
