import { describe, expect, it } from 'vitest'
import { englishStem, guessLanguage, stemToken, unaccentedVariantStems } from '../../../src-renderer/domain/stemming'

// Stems given by the Snowball project's own stemmers (3.1.1, Python snowballstemmer), for the words whose
// English stem changed in Snowball 3.0, which our English stemmer follows.
const SNOWBALL_3_ENGLISH: Record<string, string> = {
  universal: 'universal', universally: 'universal', university: 'universiti', universities: 'universiti', universe: 'univers',
  internal: 'internal', internally: 'internal', international: 'internat', internationally: 'internat', interned: 'intern',
  organ: 'organ', organs: 'organ', organic: 'organic', organism: 'organism', organisms: 'organism', organization: 'organiz',
  organizations: 'organiz', organize: 'organiz', organized: 'organiz', emergency: 'emergenc', emergencies: 'emergenc',
  emerge: 'emerg', emerged: 'emerg', emerging: 'emerg', emergence: 'emergenc', later: 'later', laterally: 'lateral',
  past: 'past', pasta: 'pasta', paste: 'paste', generation: 'generat', general: 'general', generous: 'generous',
  communication: 'communic', communities: 'communiti', community: 'communiti', arsenal: 'arsenal'
}
const SNOWBALL_FRENCH: Record<string, string> = { droits: 'droit', enfants: 'enfant', femmes: 'femm', égalité: 'égal', nationalité: 'national', discrimination: 'discrimin', politique: 'polit' }
const SNOWBALL_SPANISH: Record<string, string> = { derechos: 'derech', niños: 'niñ', educación: 'educ', discriminación: 'discrimin', política: 'polit', violencia: 'violenci' }
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')

describe('stemming', () => {
  it('stems English as Snowball 3 does', () => {
    for (const [word, stem] of Object.entries(SNOWBALL_3_ENGLISH)) expect(englishStem(word), word).toBe(stem)
  })

  it('stems French and Spanish as Snowball does, then folds the stem and tags its language', () => {
    for (const [word, stem] of Object.entries(SNOWBALL_FRENCH)) expect(stemToken(word, 'fr'), word).toEqual([`${fold(stem)}:fr`])
    for (const [word, stem] of Object.entries(SNOWBALL_SPANISH)) expect(stemToken(word, 'es'), word).toEqual([`${fold(stem)}:es`])
  })

  it('keeps numbers as they are, and splits a word that folding splits', () => {
    expect(stemToken('2030', 'fr')).toEqual(['2030'])
    expect(stemToken('œuvres', 'fr')).toEqual(['oeuvr:fr'])
    expect(stemToken('мир', 'en')).toEqual([])
  })

  it('stems words that are also names of object properties like any other word', () => {
    expect(stemToken('constructor', 'en')).toEqual(['constructor'])
    expect(stemToken('tostring', 'fr')).toEqual(['tostring:fr'])
    expect(stemToken('hasownproperty', 'es')).toEqual(['hasownproperty:es'])
  })

  it('adds the stems of a French or Spanish word typed without its accents', () => {
    expect(unaccentedVariantStems('egalite')).toContain('egal:fr')
    expect(unaccentedVariantStems('educacion')).toContain('educ:es')
    expect(unaccentedVariantStems('égalité')).toEqual([])
    expect(unaccentedVariantStems('rights')).toEqual([])
  })

  it('guesses a text’s language from its stop-words', () => {
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
    expect(guessLanguage(words('Ratify the Optional Protocol to the Convention against Torture'))).toBe('en')
    expect(guessLanguage(words('Ratifier le Protocole facultatif se rapportant à la Convention contre la torture'))).toBe('fr')
    expect(guessLanguage(words('Ratificar el Protocolo Facultativo de la Convención contra la Tortura'))).toBe('es')
    expect(guessLanguage(words('Ensure access to justice in Côte d’Ivoire'))).toBe('en')
    expect(guessLanguage(words('Torture'))).toBe('en')
  })
})
