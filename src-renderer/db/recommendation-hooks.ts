import { useLiveQuery } from 'dexie-react-hooks'
import type { Recommendation } from '../domain/model'
import { useRepositories } from './context'

/** One recommendation, live (it follows writes made anywhere): `undefined` while loading or when gone. */
export function useRecommendation(id: string | null): Recommendation | undefined {
  const { recommendations } = useRepositories()
  return useLiveQuery(() => (id === null ? undefined : recommendations.get(id)), [recommendations, id])
}
