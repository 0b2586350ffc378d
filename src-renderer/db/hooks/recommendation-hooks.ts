import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { Recommendation } from '../../domain/model'
import { useRepositories } from './context'

/** One recommendation, live (it follows writes made anywhere): `undefined` while loading or when gone. */
export function useRecommendation(id: string | null): Recommendation | undefined {
  const { recommendations } = useRepositories()
  return useLiveQuery(() => (id === null ? undefined : recommendations.get(id)), [recommendations, id])
}

/**
 * The whole records of one State's reviews, plus any other ids asked for, live: for the pages that link
 * to recommendations (the register itself keeps only what its list shows). `loaded` is false until
 * the first read is done.
 */
export function useRecommendationsToLink(stateIso3: string, alsoIds: readonly string[] = []): { loaded: boolean; records: Recommendation[] } {
  const { recommendations } = useRepositories()
  const key = [...alsoIds].sort().join('|')
  const found = useLiveQuery(async () => {
    const own = await recommendations.forStateUnderReview(stateIso3)
    const ids = new Set(own.map((r) => r.id))
    const others = await recommendations.getMany(key ? key.split('|').filter((id) => !ids.has(id)) : [])
    return [...own, ...others]
  }, [recommendations, stateIso3, key])
  return useMemo(() => ({ loaded: found !== undefined, records: found ?? [] }), [found])
}
