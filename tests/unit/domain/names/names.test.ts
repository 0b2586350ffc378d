import { describe, expect, it } from 'vitest'
import { STATES } from '../../../../resources/reference/states'
import {
  agreeWithState,
  capitalise,
  collatorFor,
  labelOf,
  labelsInAllLanguages,
  sortByText,
  stateName,
  stateNamesInAllLanguages,
  statePronoun
} from '../../../../src-renderer/domain/names'
import { findState, normaliseStateName } from '../../../../src-renderer/domain/states'

describe('stateName', () => {
  it('gives the bare UN short name in each language', () => {
    expect(stateName('SVN', 'en')).toBe('Slovenia')
    expect(stateName('SVN', 'fr')).toBe('Slovénie')
    expect(stateName('SVN', 'es')).toBe('Eslovenia')
    expect(stateName('NLD', 'es')).toBe('Países Bajos (Reino de los)')
  })

  it('puts the French article and its contracted forms', () => {
    expect(stateName('SVN', 'fr', 'definite')).toBe('la Slovénie')
    expect(stateName('PRT', 'fr', 'definite')).toBe('le Portugal')
    expect(stateName('ARE', 'fr', 'definite')).toBe('les Émirats arabes unis')
    // A short name with a bracketed descriptor is written descriptor first in a sentence, with its head noun's grammar.
    expect(stateName('NLD', 'fr')).toBe('Pays-Bas (Royaume des)')
    expect(stateName('NLD', 'fr', 'definite')).toBe('le Royaume des Pays-Bas')
    expect(stateName('BOL', 'fr', 'of')).toBe('de l’État plurinational de Bolivie')
    expect(stateName('IRN', 'fr', 'to')).toBe('à la République islamique d’Iran')
    expect(stateName('FSM', 'fr', 'of')).toBe('des États fédérés de Micronésie')
    expect(stateName('VEN', 'fr', 'definite')).toBe('la République bolivarienne du Venezuela')
    expect(stateName('AFG', 'fr', 'definite')).toBe('l’Afghanistan')
    expect(stateName('CUB', 'fr', 'definite')).toBe('Cuba')
    expect(stateName('PRT', 'fr', 'of')).toBe('du Portugal')
    expect(stateName('SVN', 'fr', 'of')).toBe('de la Slovénie')
    expect(stateName('NLD', 'fr', 'of')).toBe('du Royaume des Pays-Bas')
    expect(stateName('ARE', 'fr', 'of')).toBe('des Émirats arabes unis')
    expect(stateName('AFG', 'fr', 'of')).toBe('de l’Afghanistan')
    expect(stateName('ISR', 'fr', 'of')).toBe('d’Israël')
    expect(stateName('HTI', 'fr', 'of')).toBe('d’Haïti')
    expect(stateName('CUB', 'fr', 'of')).toBe('de Cuba')
    expect(stateName('HND', 'fr', 'of')).toBe('du Honduras')
    expect(stateName('PRT', 'fr', 'to')).toBe('au Portugal')
    expect(stateName('NLD', 'fr', 'to')).toBe('au Royaume des Pays-Bas')
    expect(stateName('ARE', 'fr', 'to')).toBe('aux Émirats arabes unis')
    expect(stateName('SVN', 'fr', 'to')).toBe('à la Slovénie')
    expect(stateName('SVN', 'fr', 'in')).toBe('en Slovénie')
    expect(stateName('AFG', 'fr', 'in')).toBe('en Afghanistan')
    expect(stateName('PRT', 'fr', 'in')).toBe('au Portugal')
    expect(stateName('CUB', 'fr', 'in')).toBe('à Cuba')
  })

  it('puts the Spanish article where UN usage has one, with del and al', () => {
    expect(stateName('SVN', 'es', 'definite')).toBe('Eslovenia')
    expect(stateName('SVN', 'es', 'of')).toBe('de Eslovenia')
    expect(stateName('NLD', 'es', 'of')).toBe('del Reino de los Países Bajos')
    expect(stateName('NLD', 'es', 'to')).toBe('al Reino de los Países Bajos')
    expect(stateName('ARE', 'es', 'of')).toBe('de los Emiratos Árabes Unidos')
    expect(stateName('VEN', 'es', 'of')).toBe('de la República Bolivariana de Venezuela')
    expect(stateName('PER', 'es', 'of')).toBe('del Perú')
    expect(stateName('ARG', 'es', 'of')).toBe('de la Argentina')
    expect(stateName('GBR', 'es', 'to')).toBe('al Reino Unido de Gran Bretaña e Irlanda del Norte')
    expect(stateName('BHS', 'es', 'definite')).toBe('las Bahamas')
  })

  it('keeps English as it is, and an unknown code as written', () => {
    expect(stateName('SVN', 'en', 'of')).toBe('of Slovenia')
    expect(stateName('XXX', 'fr', 'of')).toBe('XXX')
  })

  it('names every State in the three languages', () => {
    for (const s of STATES) {
      for (const language of ['en', 'fr', 'es'] as const) expect(stateName(s.iso3, language)).not.toBe(s.iso3)
    }
  })
})

describe('pronouns and agreement', () => {
  it('says "elle" for la Slovénie, "il" for le Portugal and le Royaume des Pays-Bas, "ils" for les Émirats arabes unis', () => {
    expect(statePronoun('SVN', 'fr')).toBe('elle')
    expect(statePronoun('PRT', 'fr')).toBe('il')
    expect(statePronoun('ARE', 'fr')).toBe('ils')
    expect(statePronoun('NLD', 'fr')).toBe('il')
    expect(statePronoun('PHL', 'fr')).toBe('elles')
    expect(statePronoun('SVN', 'es')).toBe('ella')
    expect(statePronoun('PER', 'es')).toBe('él')
    expect(statePronoun('SVN', 'en')).toBe('it')
  })

  it('agrees a word with the State', () => {
    const forms = { m: 'préoccupé', f: 'préoccupée' }
    expect(agreeWithState('SVN', 'fr', forms)).toBe('préoccupée')
    expect(agreeWithState('PRT', 'fr', forms)).toBe('préoccupé')
    expect(agreeWithState('ARE', 'fr', forms)).toBe('préoccupés')
    expect(agreeWithState('IRN', 'fr', forms)).toBe('préoccupée')
    expect(agreeWithState('SVN', 'en', { m: 'concerned', f: 'concerned' })).toBe('concerned')
  })

  it('capitalises the start of a sentence', () => {
    expect(capitalise(stateName('SVN', 'fr', 'definite'))).toBe('La Slovénie')
    expect(capitalise(stateName('AFG', 'fr', 'definite'))).toBe('L’Afghanistan')
  })
})

describe('findState in three languages', () => {
  it('finds a State by its French or Spanish name, with or without its article', () => {
    expect(findState('Slovénie')?.iso3).toBe('SVN')
    expect(findState('la Slovénie')?.iso3).toBe('SVN')
    expect(findState('Eslovenia')?.iso3).toBe('SVN')
    expect(findState('les Pays-Bas')?.iso3).toBe('NLD')
    expect(findState('Países Bajos (Reino de los)')?.iso3).toBe('NLD')
    expect(findState('l’Iran (République islamique d’)')?.iso3).toBe('IRN')
    expect(findState('Turquie')?.iso3).toBe('TUR')
    expect(findState('Reino Unido')?.iso3).toBe('GBR')
    expect(findState('El Salvador')?.iso3).toBe('SLV')
    expect(findState('Allemagne')?.iso3).toBe('DEU')
  })

  it('never lets a French or Spanish name point to another State than its own', () => {
    for (const s of STATES) {
      for (const name of stateNamesInAllLanguages(s.iso3)) expect(findState(name)?.iso3, name).toBe(s.iso3)
    }
    // and no French or Spanish name folds onto another State's English key
    const owner = new Map(STATES.flatMap((s) => [s.name, ...s.aliases].map((n) => [normaliseStateName(n), s.iso3] as const)))
    for (const s of STATES) {
      for (const name of stateNamesInAllLanguages(s.iso3)) {
        const other = owner.get(normaliseStateName(name))
        if (other) expect(other, name).toBe(s.iso3)
      }
    }
  })
})

describe('labelOf', () => {
  it('labels the taxonomies in each language', () => {
    expect(labelOf('right', 'health', 'fr')).toBe('Droit à la santé')
    expect(labelOf('right', 'health', 'es')).toBe('Derecho a la salud')
    expect(labelOf('right', 'health', 'en')).toBe('Right to health')
    expect(labelOf('sdgGoal', 3, 'es')).toBe('Salud y bienestar')
    expect(labelOf('sdgTarget', '3.8', 'fr')).toBe('Couverture sanitaire universelle')
    expect(labelOf('uprInfoIssue', 'Death penalty', 'fr')).toBe('Peine de mort')
    expect(labelOf('actionCategory', 5, 'es')).toBe('Acción específica')
    expect(labelOf('region', 'African', 'fr')).toBe('Groupe des États d’Afrique')
    expect(labelOf('affectedPersons', 'older-persons', 'es')).toBe('Personas de edad')
    expect(labelOf('uhriTheme', 'right-to-life', 'fr')).toBe('Droit à la vie')
  })

  it('names currencies from CLDR, keeping English for a code it does not know', () => {
    expect(labelOf('currency', 'EUR', 'en')).toBe('Euro')
    expect(labelOf('currency', 'EUR', 'fr')).toBe('Euro')
    expect(labelOf('currency', 'CHF', 'fr')).toBe('Franc suisse')
    expect(labelOf('currency', 'USD', 'es')).toBe('Dólar estadounidense')
  })

  it('returns an unknown id as it is, and every language’s label for search', () => {
    expect(labelOf('uhriTheme', 'Something imported', 'fr')).toBe('Something imported')
    expect(labelsInAllLanguages('right', 'health')).toEqual(['Right to health', 'Droit à la santé', 'Derecho a la salud'])
  })
})

describe('collation', () => {
  it('sorts in the language’s order, accents with their letters and numbers as numbers', () => {
    const names = ['Zambie', 'Égypte', 'Espagne', 'Afghanistan']
    expect(sortByText(names, (n) => n, 'fr')).toEqual(['Afghanistan', 'Égypte', 'Espagne', 'Zambie'])
    expect(['UPR 10', 'UPR 9'].sort(collatorFor('en').compare)).toEqual(['UPR 9', 'UPR 10'])
  })
})
