/**
 * The words a recommendation is found by: its number, its text, its recommending States as printed and
 * every name of those States in English, French and Spanish ("Slovénie", "Eslovenia" find a
 * recommendation printed "(Slovenia)"). The register's search stems this text (`searchableText`).
 */
import type { Recommendation } from './model'
import { stateNamesInAllLanguages } from './names'

/** The text to index for a recommendation. */
export function recommendationSearchSource(record: Pick<Recommendation, 'number' | 'text' | 'recommendingStatesRaw' | 'recommendingStates'>): string {
  const printed = record.recommendingStatesRaw ?? []
  const names = (record.recommendingStates ?? []).flatMap(stateNamesInAllLanguages).filter((name) => !printed.includes(name))
  return `${record.number ?? ''} ${record.text ?? ''} ${printed.join(' ')}${names.length ? ` ${names.join(' ')}` : ''}`
}
