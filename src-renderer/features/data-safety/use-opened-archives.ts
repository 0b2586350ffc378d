/**
 * Archives opened from the system (a double-click on a .uprdesk file in Explorer or Finder): the app
 * shell listens on every page and goes to Data and backups; the open-archive section there takes the
 * archive and starts the same flow as choosing the file by hand. A tiny store in between, so an archive
 * that arrives before the section is shown waits for it.
 */
import { useEffect, useRef } from 'react'
import { navigate } from '../../routes/use-location'
import { getPlatform, type OpenedArchive } from '../../platform'

const waiting: OpenedArchive[] = []
const takers = new Set<() => void>()

/** Hands an archive to the open-archive section (now, or when it is next shown). */
export function offerOpenedArchive(archive: OpenedArchive): void {
  waiting.push(archive)
  for (const take of takers) take()
}

/** On every page: listens for archives opened from the system and shows Data and backups for them. */
export function useArchivesFromSystem(): void {
  useEffect(
    () =>
      getPlatform().onArchiveOpened((archive) => {
        offerOpenedArchive(archive)
        navigate('data')
      }),
    []
  )
}

/** In the open-archive section: calls `open` with each archive opened from the system, one after the other. */
export function useOpenedArchive(open: (archive: OpenedArchive) => void): void {
  const latest = useRef(open)
  useEffect(() => {
    latest.current = open
  })
  useEffect(() => {
    const take = () => {
      const archive = waiting.shift()
      if (archive) latest.current(archive)
    }
    takers.add(take)
    take()
    return () => {
      takers.delete(take)
    }
  }, [])
}
