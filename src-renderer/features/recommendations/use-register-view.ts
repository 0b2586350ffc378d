import { useState } from 'react'
import type { SavedView } from '../../domain/model'
import { EMPTY_FILTER, GROUP_KEYS, normaliseFilter, SORT_KEYS, type GroupKey, type RegisterFilter, type SortKey } from '../../domain/register-view'
import { useLocation } from '../../routes/use-location'

/**
 * How the register is looked at: the filter (taken from the address when another page links here with
 * one), the sort, the grouping, and a saved view that sets all three.
 */
export function useRegisterView() {
  // Other pages link here with a filter in the URL (the review cycle: "what we recommended to this State").
  const location = useLocation()
  const asked = location.page === 'recommendations' ? location.filter : null
  const [filter, setFilter] = useState<RegisterFilter>(() => asked ?? EMPTY_FILTER)
  // A later link with a filter (the address changed while the page is open) replaces the filter in use.
  const [followed, setFollowed] = useState(asked)
  if (asked !== followed) {
    setFollowed(asked)
    if (asked) setFilter(asked)
  }
  const [sort, setSort] = useState<SortKey>('register')
  const [group, setGroup] = useState<GroupKey>('none')

  /** Shows a saved view; a sort or grouping this version does not know falls back to the default. */
  function applyView(view: SavedView) {
    setFilter(normaliseFilter(view.filter))
    setSort(SORT_KEYS.find((k) => k === view.sort) ?? 'register')
    setGroup(GROUP_KEYS.find((k) => k === view.group) ?? 'none')
  }

  return { filter, setFilter, sort, setSort, group, setGroup, applyView }
}
