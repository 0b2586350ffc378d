import { useId, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../db/hooks/context'
import { useSessionCorrections } from '../../db/hooks/mission-hooks'
import { useRecommendationsTo } from '../../db/hooks/statement-hooks'
import { allSessions, reviewsOfState, type Session, type SessionCorrection } from '../../domain/calendar'
import { formatDateRange, todayLocal } from '../../domain/dates'
import { LANGUAGES, STATEMENT_KINDS, type LanguageCode, type MissionProfile, type StatementKind } from '../../domain/model'
import { recommendationsOfReview, reportSymbolOf } from '../../domain/statements/register-parts'
import { serialiseRichDoc } from '../../domain/statements/rich-text'
import { defaultTitle, isOwnReviewKind, templateFor, type TemplateContext } from '../../domain/statements/templates'
import { memberStates, observerStates } from '../../domain/states'
import { formattingLocale } from '../../i18n'
import { compareStateNames, messageOf, stateName } from './format'
import type { NewStatementRequest } from '../../routes/location'
import { navigate } from '../../routes/use-location'

type Field = 'session' | 'stateUnderReview' | 'title'

/** The session a new document of a kind is most likely about. */
function defaultSession(kind: StatementKind, sessions: readonly Session[], own: readonly Session[], today: string): number | null {
  const upcoming = (list: readonly Session[]) => list.find((s) => (s.end ?? s.start ?? today) >= today)
  const past = (list: readonly Session[]) => [...list].reverse().find((s) => s.end !== null && s.end < today)
  switch (kind) {
    case 'recommending-state':
      return upcoming(sessions)?.session ?? null
    case 'opening':
    case 'concluding-remarks':
      return (upcoming(own) ?? past(own))?.session ?? null
    case 'plenary-adoption':
    case 'mid-term-report':
    case 'thematic-list':
      return (past(own) ?? upcoming(own))?.session ?? null
    case 'position-paper':
      return null
  }
}

/** Creates a statement from the template of its kind, pre-filled from the calendar and the register. */
export function NewStatementForm({ profile, initial = null, onCancel }: { profile: MissionProfile; initial?: NewStatementRequest | null; onCancel: () => void }) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const { statements } = useRepositories()
  const corrections = useSessionCorrections()
  const ownRecommendations = useRecommendationsTo(profile.stateIso3)
  const today = todayLocal()
  const sessions = useMemo(() => allSessions(corrections.map((c) => ({ session: Number(c.key), ...c.value }) as SessionCorrection)), [corrections])
  const own = useMemo(() => reviewsOfState(profile.stateIso3, sessions), [profile.stateIso3, sessions])
  const [kind, setKind] = useState<StatementKind>(initial?.kind ?? 'recommending-state')
  const [language, setLanguage] = useState<LanguageCode>(profile.language)
  const [session, setSession] = useState<number | null>(() => initial?.session ?? defaultSession(initial?.kind ?? 'recommending-state', sessions, own, today))
  const [sur, setSur] = useState(initial?.stateUnderReview ?? '')
  const [title, setTitle] = useState<string | null>(null)
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [failure, setFailure] = useState('')
  const [busy, setBusy] = useState(false)

  const ownKind = isOwnReviewKind(kind)
  const sessionChoices = ownKind ? own : sessions
  const chosen = sessions.find((s) => s.session === session)
  const surChoices = useMemo(() => {
    if (kind === 'recommending-state') return (chosen?.states ?? []).map((s) => s.iso3).filter((iso3) => iso3 !== profile.stateIso3)
    if (kind === 'plenary-adoption') return (chosen?.states ?? []).map((s) => s.iso3)
    if (kind === 'position-paper') return chosen ? chosen.states.map((s) => s.iso3) : [...memberStates(), ...observerStates()].map((s) => s.iso3).sort(compareStateNames)
    return []
  }, [kind, chosen, profile.stateIso3])
  const effectiveSur = ownKind ? profile.stateIso3 : surChoices.includes(sur) ? sur : ''
  const context: TemplateContext = {
    kind,
    language,
    ourState: { iso3: profile.stateIso3, name: stateName(profile.stateIso3) },
    stateUnderReview: effectiveSur ? { iso3: effectiveSur, name: stateName(effectiveSur) } : null,
    session,
    date: kind === 'position-paper' || kind === 'mid-term-report' || kind === 'thematic-list' ? today : null,
    reportSymbol: session === null ? '' : reportSymbolOf(recommendationsOfReview(ownRecommendations ?? [], profile.stateIso3, session))
  }
  const shownTitle = title ?? defaultTitle(context)

  function chooseKind(next: StatementKind) {
    setKind(next)
    setSession(defaultSession(next, sessions, own, today))
    setSur(next === 'plenary-adoption' ? profile.stateIso3 : '')
    setErrors({})
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found: Partial<Record<Field, string>> = {}
    if (kind !== 'position-paper' && session === null) found.session = 'statements.create.sessionRequired'
    if ((kind === 'recommending-state' || kind === 'plenary-adoption') && !effectiveSur) found.stateUnderReview = 'statements.create.stateRequired'
    if (!shownTitle.trim()) found.title = 'statements.create.titleRequired'
    setErrors(found)
    const first = (['session', 'stateUnderReview', 'title'] as const).find((f) => found[f])
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus()
      return
    }
    setBusy(true)
    setFailure('')
    try {
      const template = templateFor(context)
      const created = await statements.create({
        kind,
        title: shownTitle.trim(),
        language,
        stateUnderReview: effectiveSur || null,
        session,
        reviewId: null,
        status: 'draft',
        content: serialiseRichDoc(template.content),
        fields: template.fields,
        recommendations: [],
        deliveredOn: null
      })
      navigate({ page: 'statements', statementId: created.id, newStatement: null })
    } catch (error) {
      setFailure(messageOf(error))
      setBusy(false)
    }
  }

  const locale = formattingLocale(i18n.language)
  const sessionLabel = (s: Session) => (s.start ? t('statements.create.sessionOption', { session: s.session, dates: formatDateRange(s.start, s.end, locale) }) : t('statements.create.sessionUndated', { session: s.session }))
  const invalid = (f: Field) => (errors[f] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${f}-error` } : {})
  const errorOf = (f: Field) =>
    errors[f] ? (
      <p className="field-error" id={`${id}-${f}-error`}>
        {t(errors[f])}
      </p>
    ) : null

  return (
    <form className="card new-statement" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('statements.create.title')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('statements.create.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => chooseKind(e.target.value as StatementKind)}>
            {STATEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`statements.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('statements.create.language')}</label>
          <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value as LanguageCode)}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`languages.${code}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-session`}>{t('statements.create.session')}</label>
          <select id={`${id}-session`} value={session ?? ''} onChange={(e) => setSession(e.target.value === '' ? null : Number(e.target.value))} {...invalid('session')}>
            {kind === 'position-paper' || session === null ? <option value="">{t('statements.create.sessionNone')}</option> : null}
            {sessionChoices.map((s) => (
              <option key={s.session} value={s.session}>
                {sessionLabel(s)}
              </option>
            ))}
          </select>
          {ownKind ? <p className="hint">{t('statements.create.ownReviewHint', { state: stateName(profile.stateIso3) })}</p> : null}
          {errorOf('session')}
        </div>
        {ownKind ? null : (
          <div className="field">
            <label htmlFor={`${id}-stateUnderReview`}>{t('statements.create.stateUnderReview')}</label>
            <select id={`${id}-stateUnderReview`} value={effectiveSur} onChange={(e) => setSur(e.target.value)} {...invalid('stateUnderReview')}>
              <option value="">{kind === 'position-paper' ? t('statements.create.noState') : t('statements.create.chooseState')}</option>
              {surChoices.map((iso3) => (
                <option key={iso3} value={iso3}>
                  {iso3 === profile.stateIso3 ? t('statements.create.ownState', { state: stateName(iso3) }) : stateName(iso3)}
                </option>
              ))}
            </select>
            {errorOf('stateUnderReview')}
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('statements.create.titleLabel')}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={shownTitle}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={[`${id}-title-hint`, errors.title ? `${id}-title-error` : ''].filter(Boolean).join(' ')}
        />
        <p className="hint" id={`${id}-title-hint`}>
          {t('statements.create.titleHint')}
        </p>
        {errorOf('title')}
      </div>
      {failure ? (
        <p role="alert" className="field-error">
          {failure}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {t('statements.create.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('statements.create.cancel')}
        </button>
      </div>
    </form>
  )
}
