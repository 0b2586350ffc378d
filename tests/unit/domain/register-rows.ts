import type { RegisterRow } from '../../../src-renderer/domain/register-table'
import { preparedStems, searchableText } from '../../../src-renderer/domain/search-text'

/** A register row written for the tests. */
export function row(n: number, overrides: Partial<RegisterRow> = {}): RegisterRow {
  const text = overrides.text ?? `Ratify the Optional Protocol to the Convention against Torture, recommendation ${n}`
  return {
    id: `rec_${String(n).padStart(6, '0')}`,
    number: `122.${n}`,
    text,
    stateUnderReview: 'SVN',
    session: 34,
    cycle: 3,
    recommendingStates: ['PRT'],
    recommendingStatesRaw: ['Portugal'],
    position: 'supported',
    actionCategory: 5,
    themes: ['International instruments'],
    affectedPersons: [],
    sdgTargets: ['16.10'],
    implementationStatus: 'not-started',
    madeByUs: false,
    updatedAt: '2026-11-27T10:00:00.000Z',
    stems: preparedStems(searchableText(`122.${n} ${text} Portugal`)),
    ...overrides
  }
}
