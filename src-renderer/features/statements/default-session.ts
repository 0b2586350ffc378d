import type { Session } from '../../domain/calendar'
import type { StatementKind } from '../../domain/model'

/** The session a new document of a kind is most likely about. */
export function defaultSession(kind: StatementKind, sessions: readonly Session[], own: readonly Session[], today: string): number | null {
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
