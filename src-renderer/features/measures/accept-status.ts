import { useCallback } from 'react'
import { useRepositories } from '../../db/hooks/context'
import type { ImplementationStatus } from '../../domain/model'

/**
 * Accepting a suggested implementation status: the stored recommendation is read again (so that nothing
 * else a person is editing is saved by accident), written through its repository, and the register is
 * reloaded so that its list shows the new status.
 */
export function useAcceptImplementationStatus(): (recommendationId: string, status: ImplementationStatus) => Promise<boolean> {
  const { recommendations, register } = useRepositories()
  return useCallback(
    async (recommendationId, status) => {
      const stored = await recommendations.get(recommendationId)
      if (!stored) return false
      await recommendations.updateAll([{ ...stored, implementationStatus: status }])
      await register.reload()
      return true
    },
    [recommendations, register]
  )
}
