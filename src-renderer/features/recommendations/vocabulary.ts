/** The option lists of the register's pickers and filters, from the reference taxonomies. */
import { AFFECTED_PERSONS } from '../../../resources/reference/affected-persons'
import { SDG_TARGETS } from '../../../resources/reference/sdgs'
import { UPR_INFO_ISSUES } from '../../../resources/reference/upr-info-issues'
import type { TagOption } from '../../components/TagPicker'
import { memberStates, observerStates } from '../../domain/states'

export const THEME_OPTIONS: readonly TagOption[] = UPR_INFO_ISSUES.filter((i) => !i.sameAs)
  .map((i) => ({ id: i.id, label: i.label }))
  .sort((a, b) => a.label.localeCompare(b.label))

export const AFFECTED_PERSON_OPTIONS: readonly TagOption[] = AFFECTED_PERSONS.map((p) => ({ id: p.id, label: p.label }))

export const SDG_TARGET_OPTIONS: readonly TagOption[] = SDG_TARGETS.map((t) => ({ id: t.id, label: `${t.id} ${t.title}` }))

export const STATE_OPTIONS: readonly TagOption[] = [...memberStates(), ...observerStates()]
  .map((s) => ({ id: s.iso3, label: s.name }))
  .sort((a, b) => a.label.localeCompare(b.label))

/** The label of a tag from any of the lists, or the tag itself. */
export function tagLabel(options: readonly TagOption[], id: string): string {
  return options.find((o) => o.id === id)?.label ?? id
}
