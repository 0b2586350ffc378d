/** The option lists of the measures pickers and filters, from the reference taxonomies. */
import { CURRENCIES } from '../../../resources/reference/currencies'
import type { TagOption } from '../../components/TagPicker'
import { measureTags } from '../../domain/measures/measure-tags'

export const RIGHT_OPTIONS: readonly TagOption[] = measureTags('rights')
export const GROUP_OPTIONS: readonly TagOption[] = measureTags('groups')
export const SDG_TARGET_OPTIONS: readonly TagOption[] = measureTags('sdgTargets')
export const CURRENCY_OPTIONS: readonly TagOption[] = CURRENCIES.map((c) => ({ id: c.code, label: `${c.code} · ${c.name}` }))
