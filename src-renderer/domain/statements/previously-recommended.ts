/**
 * "Previously recommended": recommendations already made to the same State under review at earlier
 * reviews (by us or by others), ranked by how close their text is to a draft. Text similarity is a
 * cosine over word stems weighted by rarity (TF-IDF over the earlier recommendations to that State), so
 * that "water", "sanitation" and "Roma" weigh more than "ensure" or "measures".
 */
import { cycleOfSessionOrNull } from '../calendar'
import type { Iso3, Recommendation } from '../model'
import { stemsOf } from '../search-text'

// Words that say nothing about the subject of a recommendation (stems, as `stemsOf` makes them).
const STOP_WORDS = new Set(
  stemsOf(
    `a an the and or of to in on for with by at from as its it their this that these those be is are
    all any other such including include particular especially also further more its own which who whom
    ensure take measure step effort continue strengthen promote state government country national
    adopt implement necessary appropriate relevant effective full fully including view line order
    recommend recommendation previous cycle review universal periodic`,
    'en'
  )
)

/** What a recommendation is about: its content stems. */
export function contentStems(text: string): string[] {
  return stemsOf(text).filter((s) => s.length > 2 && !STOP_WORDS.has(s) && !/^\d+$/.test(s))
}

/** A recommendation made earlier, with how close it is to the draft (0-1). */
export interface EarlierMatch {
  recommendation: Recommendation
  score: number
  /** The content words the two share, for the delegate to see why. */
  shared: string[]
}

/** Which earlier recommendations count: same State under review, an earlier session (or cycle). */
export interface EarlierScope {
  stateUnderReview: Iso3
  /** The session of the draft; earlier sessions (hence earlier cycles) are searched. */
  session: number | null
  /** Records that came from this statement are left out (they are the draft itself once delivered). */
  statementId?: string
}

/** The recommendations made to the State under review before the draft's session. */
export function earlierRecommendations(records: readonly Recommendation[], scope: EarlierScope): Recommendation[] {
  const cycle = scope.session === null ? null : cycleOfSessionOrNull(scope.session)
  const ownKey = scope.statementId ? `${scope.statementId}#` : null
  return records.filter((r) => {
    if (r.stateUnderReview !== scope.stateUnderReview) return false
    if (ownKey && r.origin.key.startsWith(ownKey)) return false
    if (scope.session === null) return true
    if (r.session !== null) return r.session < scope.session
    return r.cycle !== null && cycle !== null && r.cycle < cycle
  })
}

interface Vector {
  weights: Map<string, number>
  norm: number
}

function vectorOf(stems: readonly string[], idf: ReadonlyMap<string, number>, fallbackIdf: number): Vector {
  const counts = new Map<string, number>()
  for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1)
  const weights = new Map<string, number>()
  let sum = 0
  for (const [s, n] of counts) {
    const w = (1 + Math.log(n)) * (idf.get(s) ?? fallbackIdf)
    weights.set(s, w)
    sum += w * w
  }
  return { weights, norm: Math.sqrt(sum) }
}

/** The similarity index of the earlier recommendations to one State: built once, queried per draft. */
export class EarlierIndex {
  private readonly idf = new Map<string, number>()
  private readonly fallbackIdf: number
  private readonly entries: { recommendation: Recommendation; vector: Vector }[]

  constructor(readonly records: readonly Recommendation[]) {
    const stems = records.map((r) => contentStems(r.text))
    const df = new Map<string, number>()
    for (const list of stems) for (const s of new Set(list)) df.set(s, (df.get(s) ?? 0) + 1)
    const n = records.length
    for (const [s, d] of df) this.idf.set(s, Math.log(1 + n / d))
    // A word no earlier recommendation uses is as rare as can be.
    this.fallbackIdf = Math.log(1 + Math.max(1, n))
    this.entries = records.map((recommendation, i) => ({ recommendation, vector: vectorOf(stems[i]!, this.idf, this.fallbackIdf) }))
  }

  /** The earlier recommendations closest to a draft, best first, from `minScore` on. */
  similarTo(draft: string, options: { limit?: number; minScore?: number } = {}): EarlierMatch[] {
    const limit = options.limit ?? 5
    const minScore = options.minScore ?? 0.3
    const query = vectorOf(contentStems(draft), this.idf, this.fallbackIdf)
    if (query.norm === 0) return []
    const matches: EarlierMatch[] = []
    for (const { recommendation, vector } of this.entries) {
      if (vector.norm === 0) continue
      let dot = 0
      const shared: string[] = []
      for (const [s, w] of query.weights) {
        const other = vector.weights.get(s)
        if (other !== undefined) {
          dot += w * other
          shared.push(s)
        }
      }
      const score = dot / (query.norm * vector.norm)
      if (score >= minScore) matches.push({ recommendation, score, shared })
    }
    return matches.sort((a, b) => b.score - a.score || (b.recommendation.session ?? 0) - (a.recommendation.session ?? 0)).slice(0, limit)
  }
}

/** The earlier recommendations closest to a draft (convenience for one query). */
export function findPreviouslyRecommended(draft: string, records: readonly Recommendation[], scope: EarlierScope, options: { limit?: number; minScore?: number } = {}): EarlierMatch[] {
  return new EarlierIndex(earlierRecommendations(records, scope)).similarTo(draft, options)
}

/** The phrase that says a recommendation repeats an earlier one, in the statement's language. */
export function asPreviouslyRecommendedPhrase(language: 'en' | 'fr' | 'es'): string {
  return language === 'fr' ? 'comme recommandé lors du cycle précédent' : language === 'es' ? 'como se recomendó en el ciclo anterior' : 'as recommended in the previous cycle'
}

/** A draft with the "as recommended in the previous cycle" phrase added once, before its final full stop. */
export function withPreviouslyRecommendedPhrase(draft: string, language: 'en' | 'fr' | 'es'): string {
  const phrase = asPreviouslyRecommendedPhrase(language)
  const text = draft.trim()
  if (text.toLowerCase().includes(phrase.toLowerCase())) return text
  const stop = /[.;]$/.exec(text)?.[0] ?? ''
  const body = stop ? text.slice(0, -1).trimEnd() : text
  return `${body}, ${phrase}${stop}`
}
