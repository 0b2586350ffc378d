import { describe, expect, it } from 'vitest'
import { STATES } from '../../../resources/reference/states'
import { SDG_GOALS, SDG_TARGETS } from '../../../resources/reference/sdgs'
import { ACTION_CATEGORIES } from '../../../resources/reference/action-categories'
import { RIGHTS } from '../../../resources/reference/rights'
import { AFFECTED_PERSONS } from '../../../resources/reference/affected-persons'
import { UPR_INFO_ISSUES } from '../../../resources/reference/upr-info-issues'
import { UHRI_THEMES } from '../../../resources/reference/uhri-themes'
import { STATE_NAMES_FR } from '../../../resources/reference/translations/states-fr'
import { STATE_NAMES_ES } from '../../../resources/reference/translations/states-es'
import { LABELS_FR } from '../../../resources/reference/translations/labels-fr'
import { LABELS_ES } from '../../../resources/reference/translations/labels-es'
import type { TaxonomyLabels } from '../../../resources/reference/translations/types'

const sorted = (keys: Iterable<string | number>) => [...keys].map(String).sort()

describe.each([
  ['fr', STATE_NAMES_FR, LABELS_FR],
  ['es', STATE_NAMES_ES, LABELS_ES]
] as const)('%s reference data', (_language, states, labels: TaxonomyLabels) => {
  it('names every State, and no other', () => {
    expect(sorted(Object.keys(states))).toEqual(sorted(STATES.map((s) => s.iso3)))
    for (const [iso3, [name]] of Object.entries(states)) expect(name.trim(), iso3).not.toBe('')
  })

  it('labels every entry of every taxonomy, and no other', () => {
    expect(sorted(Object.keys(labels.regions))).toEqual(sorted(new Set(STATES.flatMap((s) => (s.region ? [s.region] : [])))))
    expect(sorted(Object.keys(labels.actionCategories))).toEqual(sorted(ACTION_CATEGORIES.map((c) => c.category)))
    expect(sorted(Object.keys(labels.uprInfoIssues))).toEqual(sorted(UPR_INFO_ISSUES.map((i) => i.id)))
    expect(sorted(Object.keys(labels.uhriThemes))).toEqual(sorted(UHRI_THEMES.map((t) => t.id)))
    expect(sorted(Object.keys(labels.rights))).toEqual(sorted(RIGHTS.map((r) => r.id)))
    expect(sorted(Object.keys(labels.affectedPersons))).toEqual(sorted(AFFECTED_PERSONS.map((p) => p.id)))
    expect(sorted(Object.keys(labels.sdgGoals))).toEqual(sorted(SDG_GOALS.map((g) => g.number)))
    expect(sorted(Object.keys(labels.sdgTargets))).toEqual(sorted(SDG_TARGETS.map((t) => t.id)))
    expect(Object.keys(labels.sdgTargets)).toHaveLength(169)
  })

  it('has no empty label and no English left over in the long lists', () => {
    const all = [
      ...Object.values(labels.uhriThemes),
      ...Object.values(labels.rights),
      ...Object.values(labels.sdgTargets),
      ...Object.values(labels.sdgGoals).flatMap((g) => [g.title, g.statement])
    ]
    for (const label of all) {
      expect(label.trim()).not.toBe('')
      expect(label).not.toMatch(/\b(the|and|of|right to|persons)\b/i)
    }
  })
})

describe('French State names', () => {
  it('carry the article and gender UNTERM gives', () => {
    expect(STATE_NAMES_FR.SVN).toEqual(['Slovénie', 'la', 'f'])
    expect(STATE_NAMES_FR.PRT).toEqual(['Portugal', 'le', 'm'])
    expect(STATE_NAMES_FR.NLD?.slice(0, 3)).toEqual(['Pays-Bas (Royaume des)', 'les', 'm'])
    expect(STATE_NAMES_FR.AFG).toEqual(['Afghanistan', 'l’', 'm'])
    expect(STATE_NAMES_FR.CUB).toEqual(['Cuba', null, 'f'])
    expect(STATE_NAMES_FR.TUR?.[0]).toBe('Türkiye')
    expect(STATE_NAMES_FR.VAT?.[0]).toBe('Saint-Siège')
  })

  it('use the elided article only before a vowel or a mute h, and "le"/"la" never there', () => {
    for (const [iso3, [name, article]] of Object.entries(STATE_NAMES_FR)) {
      // "la Hongrie", "le Honduras": an aspirated h takes the full article.
      const vowel = /^[aeiouàâéèêëîïôöûü]/i.test(name.normalize('NFC'))
      if (article === 'l’') expect(vowel, iso3).toBe(true)
      if (article === 'le' || article === 'la') expect(vowel, iso3).toBe(false)
    }
  })
})

describe('Spanish State names', () => {
  it('carry the article UN usage gives', () => {
    expect(STATE_NAMES_ES.SVN).toEqual(['Eslovenia', null, 'f'])
    expect(STATE_NAMES_ES.NLD?.slice(0, 3)).toEqual(['Países Bajos (Reino de los)', 'los', 'm'])
    expect(STATE_NAMES_ES.GBR?.slice(0, 2)).toEqual(['Reino Unido de Gran Bretaña e Irlanda del Norte', 'el'])
    expect(STATE_NAMES_ES.PER).toEqual(['Perú', 'el', 'm'])
    expect(STATE_NAMES_ES.ARG).toEqual(['Argentina', 'la', 'f'])
  })
})

describe('SDG labels', () => {
  it('use the UN names of the goals', () => {
    expect(LABELS_FR.sdgGoals[1]?.title).toBe('Pas de pauvreté')
    expect(LABELS_ES.sdgGoals[1]?.title).toBe('Fin de la pobreza')
    expect(LABELS_FR.sdgGoals[16]?.title).toBe('Paix, justice et institutions efficaces')
    expect(LABELS_ES.sdgGoals[5]?.title).toBe('Igualdad de género')
    expect(LABELS_FR.sdgTargets['3.8']).toBe('Couverture sanitaire universelle')
    expect(LABELS_ES.sdgTargets['3.8']).toBe('Cobertura sanitaria universal')
  })
})
