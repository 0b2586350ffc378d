import { createContext, useContext, type ReactNode } from 'react'
import type { Repositories } from '../repositories'

const RepositoriesContext = createContext<Repositories | null>(null)

/** Makes the open database's repositories available to the app. */
export function RepositoriesProvider({ repositories, children }: { repositories: Repositories; children: ReactNode }) {
  return <RepositoriesContext.Provider value={repositories}>{children}</RepositoriesContext.Provider>
}

/** The repositories of the open database. */
export function useRepositories(): Repositories {
  const repositories = useContext(RepositoriesContext)
  if (!repositories) throw new Error('useRepositories must be used inside RepositoriesProvider')
  return repositories
}
