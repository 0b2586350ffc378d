/** The data-safety service of the open database, shared by the page and the background backups. */
import { useMemo } from 'react'
import { useRepositories } from '../../db/hooks/context'
import type { Repositories } from '../../db/repositories'
import { getPlatform } from '../../platform'
import { DataSafetyService } from './data-safety-service'

const services = new WeakMap<Repositories, DataSafetyService>()

/** One service per set of repositories (so one operation queue for the whole app). */
export function serviceFor(repositories: Repositories): DataSafetyService {
  let service = services.get(repositories)
  if (!service) services.set(repositories, (service = new DataSafetyService(repositories, getPlatform())))
  return service
}

/** The data-safety service. */
export function useDataSafetyService(): DataSafetyService {
  const repositories = useRepositories()
  return useMemo(() => serviceFor(repositories), [repositories])
}
