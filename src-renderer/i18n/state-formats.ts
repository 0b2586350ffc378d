/**
 * i18next formats that put a State's name in the grammatical form a sentence needs, as the documents'
 * phrase book does: `{{state, of}}` is "de la Slovénie", "du Portugal", "del Perú"; `{{state, to}}` "à la
 * Slovénie", "al Perú"; `{{state, definite}}` "la Slovénie"; `startDefinite` capitalises it to start a
 * sentence. The value may be an ISO3 code or a State's name in any of the three languages.
 *
 * `{{state, agree(one: prend; other: prennent)}}` is the verb that agrees with the State's name: "la
 * Slovénie prend", "les Pays-Bas prennent", "los Países Bajos toman". English names take `one`.
 */
import type { i18n } from 'i18next'
import { agreeInNumber, capitalise, stateName, type StateNameForm } from '../domain/names'
import { stateOf } from '../domain/states'

const FORMS: readonly StateNameForm[] = ['bare', 'definite', 'of', 'to', 'in']

function languageOf(lng: string | undefined): 'en' | 'fr' | 'es' {
  const code = (lng ?? 'en').slice(0, 2)
  return code === 'fr' || code === 'es' ? code : 'en'
}

/** The State's name in a form and language; any other value as written. */
export function formatStateName(value: unknown, lng: string | undefined, form: StateNameForm, start: boolean): string {
  const text = String(value)
  const iso3 = stateOf(text)?.iso3
  if (!iso3) return text
  const name = stateName(iso3, languageOf(lng), form)
  return start ? capitalise(name) : name
}

/** Registers the State formats on an i18next instance (after `init`). */
export function addStateFormats(instance: i18n): void {
  const formatter = instance.services.formatter
  if (!formatter) return
  for (const form of FORMS) {
    formatter.add(form, (value: unknown, lng: string | undefined) => formatStateName(value, lng, form, false))
    formatter.add(`start${form}`, (value: unknown, lng: string | undefined) => formatStateName(value, lng, form, true))
  }
  formatter.add('agree', (value: unknown, lng: string | undefined, options: { one?: unknown; other?: unknown }) => {
    const text = String(value)
    const iso3 = stateOf(text)?.iso3 ?? text
    return agreeInNumber(iso3, languageOf(lng), { one: String(options.one ?? ''), other: String(options.other ?? options.one ?? '') })
  })
}
