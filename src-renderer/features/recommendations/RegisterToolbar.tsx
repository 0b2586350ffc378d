import { useTranslation } from 'react-i18next'
import { EnumSelect } from '../../components/EnumSelect'
import { GROUP_KEYS, SORT_KEYS, type GroupKey, type SortKey } from '../../domain/register-view'

interface Props {
  query: string
  sort: SortKey
  group: GroupKey
  onQueryChange: (query: string) => void
  onSortChange: (sort: SortKey) => void
  onGroupChange: (group: GroupKey) => void
}

/** The register's search box and its sort and grouping. */
export function RegisterToolbar({ query, sort, group, onQueryChange, onSortChange, onGroupChange }: Props) {
  const { t } = useTranslation()
  return (
    <div className="register-toolbar">
      <div className="field field-search">
        <label htmlFor="register-search">{t('register.search')}</label>
        <input id="register-search" type="search" value={query} placeholder={t('register.searchPlaceholder')} onChange={(e) => onQueryChange(e.target.value)} />
      </div>
      <EnumSelect className="field field-compact" id="register-sort" label={t('register.sortBy')} value={sort} options={SORT_KEYS} labelOf={(k) => t(`register.sort.${k}`)} onChange={onSortChange} />
      <EnumSelect className="field field-compact" id="register-group" label={t('register.groupBy')} value={group} options={GROUP_KEYS} labelOf={(k) => t(`register.group.${k}`)} onChange={onGroupChange} />
    </div>
  )
}
