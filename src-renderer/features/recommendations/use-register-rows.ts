import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { RegisterTable } from '../../domain/register-table'
import { facetsOf, groupRows, queryRegister, type GroupKey, type RegisterFilter, type SortKey } from '../../domain/register-view'
import { stateByIso3 } from '../../domain/states'
import { useNames } from '../../components/use-names'

const regionOf = (iso3: string) => stateByIso3(iso3)?.region

/** The rows the register shows for a filter, sort and grouping, with the counts and the filters' choices. */
export function useRegisterRows(table: RegisterTable, filter: RegisterFilter, sort: SortKey, group: GroupKey) {
  const { t } = useTranslation()
  const names = useNames()
  // The table is changed in place (a large change a slice at a time): its revision says when.
  const { revision } = table
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `revision` changes when the rows inside `table` do
  const result = useMemo(() => queryRegister(table, filter, sort, regionOf), [table, revision, filter, sort])
  // eslint-disable-next-line react-hooks/exhaustive-deps -- as above
  const facets = useMemo(() => facetsOf(table), [table, revision])
  const groupLabel = useCallback(
    (key: string) => {
      if (key === '') return t('register.noValue')
      if (group === 'recommendingState') return names.state(key)
      if (group === 'theme') return names.label('uprInfoIssue', key)
      if (group === 'position') return t(`positions.${key}`)
      return key
    },
    [group, t, names]
  )
  const rows = useMemo(() => groupRows(table, result.indices, group, groupLabel, names.compare), [table, result, group, groupLabel, names])
  return { result, facets, groupLabel, rows }
}
