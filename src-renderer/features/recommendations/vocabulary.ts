/** The option lists of the register's pickers and filters, from the reference taxonomies, in the interface language. */
import { AFFECTED_PERSONS } from '../../../resources/reference/affected-persons'
import { SDG_TARGETS } from '../../../resources/reference/sdgs'
import { UPR_INFO_ISSUES } from '../../../resources/reference/upr-info-issues'
import type { TagOption } from '../../components/TagPicker'
import type { LanguageCode } from '../../domain/model'
import { collatorFor, labelOf, stateName } from '../../domain/names'
import { memberStates, observerStates } from '../../domain/states'

/** The option lists of one language. */
export interface RegisterVocabulary {
  themes: readonly TagOption[]
  affectedPersons: readonly TagOption[]
  sdgTargets: readonly TagOption[]
  states: readonly TagOption[]
}

const CACHE = new Map<LanguageCode, RegisterVocabulary>()

/** The register's option lists in a language, sorted in its order where the reference order means nothing. */
export function registerVocabulary(language: LanguageCode): RegisterVocabulary {
  const cached = CACHE.get(language)
  if (cached) return cached
  const collator = collatorFor(language)
  const byLabel = (a: TagOption, b: TagOption) => collator.compare(a.label, b.label)
  const vocabulary: RegisterVocabulary = {
    themes: UPR_INFO_ISSUES.filter((i) => !i.sameAs)
      .map((i) => ({ id: i.id, label: labelOf('uprInfoIssue', i.id, language) }))
      .sort(byLabel),
    affectedPersons: AFFECTED_PERSONS.map((p) => ({ id: p.id, label: labelOf('affectedPersons', p.id, language) })),
    sdgTargets: SDG_TARGETS.map((t) => ({ id: t.id, label: `${t.id} ${labelOf('sdgTarget', t.id, language)}` })),
    states: [...memberStates(), ...observerStates()].map((s) => ({ id: s.iso3, label: stateName(s.iso3, language) })).sort(byLabel)
  }
  CACHE.set(language, vocabulary)
  return vocabulary
}

/** The label of a tag from any of the lists, or the tag itself. */
export function tagLabel(options: readonly TagOption[], id: string): string {
  return options.find((o) => o.id === id)?.label ?? id
}
