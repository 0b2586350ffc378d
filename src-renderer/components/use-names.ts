/**
 * State names and taxonomy labels in the interface language, for every list, filter, picker, chart and
 * pane: `const names = useNames(); names.state('SVN')` is "Slovénie" when the interface speaks French.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { LanguageCode } from '../domain/model'
import { collatorFor, labelOf, stateName, type LabelKind, type StateNameForm } from '../domain/names'

/** The interface language as a document language code (English for anything else). */
export function interfaceLanguageOf(language: string | undefined): LanguageCode {
  const code = (language ?? 'en').slice(0, 2)
  return code === 'fr' || code === 'es' ? code : 'en'
}

/** What `useNames` gives: names, labels and comparison in the interface language. */
export interface Names {
  language: LanguageCode
  state: (iso3: string, form?: StateNameForm) => string
  label: (kind: LabelKind, id: string | number) => string
  compare: (a: string, b: string) => number
}

/** Names, labels and the collator of the interface language; a new object only when the language changes. */
export function useNames(): Names {
  const { i18n } = useTranslation()
  const language = interfaceLanguageOf(i18n.language)
  return useMemo(() => namesIn(language), [language])
}

/** The same outside React (option lists built once per language). */
export function namesIn(language: LanguageCode): Names {
  const collator = collatorFor(language)
  return {
    language,
    state: (iso3, form) => stateName(iso3, language, form),
    label: (kind, id) => labelOf(kind, id, language),
    compare: (a, b) => collator.compare(a, b)
  }
}
