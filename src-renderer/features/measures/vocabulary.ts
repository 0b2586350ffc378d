/** The option lists of the measures pickers and filters, from the reference taxonomies, in the interface language. */
import { CURRENCIES } from '../../../resources/reference/currencies'
import type { TagOption } from '../../components/TagPicker'
import { measureTags } from '../../domain/measures/measure-tags'
import type { LanguageCode } from '../../domain/model'
import { collatorFor, labelOf } from '../../domain/names'

/** The option lists of one language. */
export interface MeasureVocabulary {
  rights: readonly TagOption[]
  groups: readonly TagOption[]
  sdgTargets: readonly TagOption[]
  currencies: readonly TagOption[]
}

const CACHE = new Map<LanguageCode, MeasureVocabulary>()

/** Rights and groups in the language's alphabetical order, SDG targets in their own order, currencies by code. */
export function measureVocabulary(language: LanguageCode): MeasureVocabulary {
  const cached = CACHE.get(language)
  if (cached) return cached
  const collator = collatorFor(language)
  const sorted = (tags: readonly TagOption[]) => [...tags].sort((a, b) => collator.compare(a.label, b.label))
  const vocabulary: MeasureVocabulary = {
    rights: sorted(measureTags('rights', language)),
    groups: sorted(measureTags('groups', language)),
    sdgTargets: measureTags('sdgTargets', language),
    currencies: CURRENCIES.map((c) => ({ id: c.code, label: `${c.code} · ${labelOf('currency', c.code, language)}` }))
  }
  CACHE.set(language, vocabulary)
  return vocabulary
}
