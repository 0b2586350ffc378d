/**
 * How an exchange file names the recommendations a measure answers: "UPR47 105.12" (session and
 * paragraph number, as people cite them), a bare "105.12" when only one session has that number, or the
 * record id for a recommendation without a number.
 */
import type { CodedText } from '../coded-message'
import type { Recommendation } from '../model'
import { measureText } from './messages'

/** What is needed of a recommendation to name it and find it again. */
export type RecommendationKey = Pick<Recommendation, 'id' | 'number' | 'session'>

/** The reference written in a file for a recommendation. */
export function formatRecommendationRef(r: RecommendationKey): string {
  if (r.number && r.session !== null) return `UPR${r.session} ${r.number}`
  return r.id
}

export type RefResolution = { ok: true; id: string } | { ok: false; problem: CodedText }

/** Finds recommendations by the references people write; built once per import. */
export class RecommendationRefIndex {
  private readonly byId = new Map<string, RecommendationKey>()
  private readonly bySessionNumber = new Map<string, string>()
  private readonly byNumber = new Map<string, RecommendationKey[]>()

  constructor(pool: readonly RecommendationKey[]) {
    for (const r of pool) {
      this.byId.set(r.id, r)
      if (!r.number) continue
      if (r.session !== null) this.bySessionNumber.set(`${r.session}|${r.number}`, r.id)
      const list = this.byNumber.get(r.number) ?? []
      list.push(r)
      this.byNumber.set(r.number, list)
    }
  }

  /** The recommendation a reference names, or why none (or more than one) does. */
  resolve(written: string): RefResolution {
    const ref = written.trim()
    const byId = this.byId.get(ref)
    if (byId) return { ok: true, id: byId.id }
    const withSession = /^(?:UPR|session|S)?\s*(\d{1,3})\s*[:/ ]\s*(\d{1,4}(?:\.\d{1,4}){1,2})\.?$/i.exec(ref)
    if (withSession) {
      const [, session, number] = withSession
      const id = this.bySessionNumber.get(`${Number(session)}|${number}`)
      if (id) return { ok: true, id }
      return {
        ok: false,
        problem: measureText('refs.notInSession', { number: number!, session: Number(session) }, `recommendation ${number} of session ${Number(session)} is not in the register`)
      }
    }
    const bare = /^(\d{1,4}(?:\.\d{1,4}){1,2})\.?$/.exec(ref)
    if (bare) {
      const found = this.byNumber.get(bare[1]!) ?? []
      if (found.length === 1) return { ok: true, id: found[0]!.id }
      if (found.length === 0) return { ok: false, problem: measureText('refs.notInRegister', { number: bare[1]! }, `recommendation ${bare[1]} is not in the register`) }
      const sessions = [...new Set(found.map((r) => r.session))].filter((s) => s !== null).sort((a, b) => a - b)
      const latest = `UPR${sessions[sessions.length - 1]} ${bare[1]}`
      return {
        ok: false,
        problem: measureText(
          'refs.inSeveralSessions',
          { number: bare[1]!, sessions: sessions.join(', '), latest },
          `recommendation ${bare[1]} exists in sessions ${sessions.join(' and ')}: write it as ${latest}`
        )
      }
    }
    return {
      ok: false,
      problem: measureText('refs.notAReference', { value: ref }, `"${ref}" does not name a recommendation: write the session and number, such as UPR47 105.12`)
    }
  }
}
