import { useMemo, useState } from 'react'
import { useSessionCorrections } from '../../db/hooks/mission-hooks'
import { useRecommendationsTo } from '../../db/hooks/statement-hooks'
import { allSessions, reviewsOfState, type SessionCorrection } from '../../domain/calendar'
import { todayLocal } from '../../domain/dates'
import type { LanguageCode, MissionProfile, StatementKind } from '../../domain/model'
import { recommendationsOfReview, reportSymbolOf } from '../../domain/statements/register-parts'
import { defaultTitle, isOwnReviewKind, type TemplateContext } from '../../domain/statements/templates'
import { memberStates, observerStates } from '../../domain/states'
import type { NewStatementRequest } from '../../routes/location'
import { defaultSession } from './default-session'
import { compareStateNames, stateName } from './format'

/**
 * The choices of a new statement (kind, language, session, State under review, title), each following the
 * ones before it: a kind proposes its likely session, a session offers the States it reviews.
 */
export function useNewStatement(profile: MissionProfile, initial: NewStatementRequest | null) {
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

  /** Another kind: its likely session, and no State chosen yet (ours for the plenary adoption). */
  function chooseKind(next: StatementKind) {
    setKind(next)
    setSession(defaultSession(next, sessions, own, today))
    setSur(next === 'plenary-adoption' ? profile.stateIso3 : '')
  }

  return { kind, chooseKind, language, setLanguage, session, setSession, setSur, setTitle, ownKind, sessionChoices, surChoices, effectiveSur, context, shownTitle: title ?? defaultTitle(context) }
}

/** The choices of a new statement, as `useNewStatement` gives them. */
export type NewStatementChoices = ReturnType<typeof useNewStatement>
