import { describe, expect, it } from 'vitest'
import type { LanguageCode } from '../../../src-renderer/domain/model'
import { currentSearchText, foldText, matchesQuery, parseQuery, searchableText, stem } from '../../../src-renderer/domain/search-text'

function matches(text: string, query: string, language?: LanguageCode): boolean {
  return matchesQuery(searchableText(text, language), parseQuery(query))
}

/** Searching either word finds a text holding the other: as typed (last word) and once finished (a space after it). */
function meet(a: string, b: string, language?: LanguageCode): boolean {
  return matches(b, a, language) && matches(a, b, language) && matches(b, `${a} `, language) && matches(a, `${b} `, language)
}

/** Pairs of word forms that MUST meet, both ways: [one, other, language of the texts]. */
const MUST_MEET: readonly (readonly [string, string, LanguageCode])[] = [
  // English, joined by Snowball (porter2)
  ['communities', 'community', 'en'],
  ['educate', 'education', 'en'],
  ['educational', 'education', 'en'],
  ['ratified', 'ratify', 'en'],
  ['ratifying', 'ratifies', 'en'],
  ['discriminate', 'discrimination', 'en'],
  ['discriminations', 'discrimination', 'en'],
  ['disabilities', 'disabled', 'en'],
  ['independence', 'independent', 'en'],
  ['implementation', 'implementing', 'en'],
  ['strengthened', 'strengthening', 'en'],
  ['committed', 'commit', 'en'],
  ['trafficking', 'trafficked', 'en'],
  ['journalists', 'journalist', 'en'],
  ['violations', 'violate', 'en'],
  ['refugees', 'refugee', 'en'],
  ['criminalization', 'criminalize', 'en'],
  // English, joined by our rules on top of Snowball (stemming.ts)
  ['ratify', 'ratification', 'en'],
  ['identify', 'identification', 'en'],
  ['intensify', 'intensification', 'en'],
  ['child', 'children', 'en'],
  ['women', 'woman', 'en'],
  ['men', 'man', 'en'],
  ['migrant', 'migration', 'en'],
  ['migrants', 'migration', 'en'],
  ['criminalise', 'criminalize', 'en'],
  ['organisation', 'organization', 'en'],
  ['recognised', 'recognized', 'en'],
  ['prioritise', 'prioritize', 'en'],
  ['harmonisation', 'harmonization', 'en'],
  ['NGOs', 'NGO', 'en'],
  ['NHRIs', 'NHRI', 'en'],
  ['SDGs', 'SDG', 'en'],
  // French, joined by Snowball
  ['droits', 'droit', 'fr'],
  ['enfants', 'enfant', 'fr'],
  ['femmes', 'femme', 'fr'],
  ['discrimination', 'discriminer', 'fr'],
  ['égalité', 'égalités', 'fr'],
  ['égalité', 'égal', 'fr'],
  ['violences', 'violence', 'fr'],
  ['personnes', 'personne', 'fr'],
  ['handicapées', 'handicap', 'fr'],
  ['journalistes', 'journaliste', 'fr'],
  ['nationaux', 'national', 'fr'],
  ['indépendance', 'indépendant', 'fr'],
  ['libertés', 'liberté', 'fr'],
  // French, joined by our rules
  ['ratifier', 'ratification', 'fr'],
  ['ratifié', 'ratification', 'fr'],
  ['intensifier', 'intensification', 'fr'],
  ['migrants', 'migration', 'fr'],
  // Spanish, joined by Snowball
  ['niños', 'niño', 'es'],
  ['niñas', 'niños', 'es'],
  ['derechos', 'derecho', 'es'],
  ['educación', 'educar', 'es'],
  ['discriminación', 'discriminar', 'es'],
  ['discriminación', 'discriminaciones', 'es'],
  ['personas', 'persona', 'es'],
  ['discapacidad', 'discapacidades', 'es'],
  ['nacionalidad', 'nacional', 'es'],
  ['políticas', 'política', 'es'],
  // Spanish, joined by our rules
  ['mujeres', 'mujer', 'es'],
  ['sociedades', 'sociedad', 'es'],
  ['libertades', 'libertad', 'es'],
  ['ratificar', 'ratificación', 'es'],
  ['migrantes', 'migración', 'es']
]

/**
 * Pairs that MUST NOT meet, both ways, as typed: [one, other, language of the texts]. Words that begin
 * another ("organ" / "organization") are checked once finished, below: while typed, they are a prefix.
 */
const MUST_NOT_MEET: readonly (readonly [string, string, LanguageCode])[] = [
  ['police', 'policy', 'en'],
  ['police', 'policies', 'en'],
  ['universal', 'university', 'en'],
  ['married', 'market', 'en'],
  ['internal', 'international', 'en'],
  ['communication', 'community', 'en'],
  ['general', 'generation', 'en'],
  ['organic', 'organization', 'en'],
  ['migratory', 'migration', 'en'],
  ['marché', 'mariage', 'fr'],
  ['police', 'politique', 'fr'],
  ['universel', 'université', 'fr'],
  ['policía', 'política', 'es'],
  ['universal', 'universidad', 'es']
]

/** Pairs that must not meet once the first word is finished (a space typed after it). */
const MUST_NOT_MEET_FINISHED: readonly (readonly [string, string, LanguageCode])[] = [
  ['organ', 'organization', 'en'],
  ['act', 'action', 'en'],
  ['not', 'noted', 'en'],
  ['them', 'themes', 'en'],
  ['man', 'mandate', 'en'],
  ['law', 'lawyer', 'en'],
  ['emerge', 'emergency', 'en']
]

/**
 * Pairs Snowball does not join and we left apart (derivations that change the ending, not forms of one
 * word): recorded so that a change that joins them is noticed.
 */
const APART: readonly (readonly [string, string, LanguageCode])[] = [
  ['discrimination', 'discriminatory', 'en'],
  ['abolish', 'abolition', 'en'],
  ['people', 'person', 'en'],
  ['marriage', 'married', 'en'],
  ['discriminación', 'discriminatorio', 'es'],
  ['igualdad', 'igual', 'es'],
  ['mariage', 'marié', 'fr'],
  ['éducation', 'éduquer', 'fr'],
  ['protection', 'protéger', 'fr']
]

describe('search text', () => {
  it('folds case, accents and ligatures', () => {
    expect(foldText('Côte d’Ivoire ÉDUCATION')).toBe("cote d'ivoire education")
    expect(foldText('Œuvre')).toBe('oeuvre')
  })

  it('gives forms of one word the same stem', () => {
    const groups = [
      ['ratify', 'ratified', 'ratifies', 'ratifying', 'ratification'],
      ['child', 'children'],
      ['discrimination', 'discriminations'],
      ['strengthen', 'strengthened', 'strengthening', 'strengthens'],
      ['commit', 'committed'],
      ['implement', 'implementing', 'implemented', 'implements']
    ]
    for (const group of groups) {
      expect(new Set(group.map(stem)).size, group.join(', ')).toBe(1)
    }
  })

  it('matches words in any order, accents and case ignored, and word forms', () => {
    const text = 'Ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure'
    expect(matches(text, 'ratified protocol')).toBe(true)
    expect(matches(text, 'CHILDREN')).toBe(true)
    expect(matches(text, 'protocol ratify')).toBe(true)
    expect(matches(text, 'torture')).toBe(false)
    expect(matches('Éducation pour tous', 'education')).toBe(true)
    expect(matches(text, '"optional protocol"')).toBe(true)
    expect(matches(text, '"protocol optional"')).toBe(false)
    expect(matches(text, '"optional protocols"')).toBe(true)
    expect(matches(text, '"rights of the children"')).toBe(true)
  })

  it('matches the start of the last word while it is typed, and a finished word whole', () => {
    expect(matches('Combat domestic violence', 'viol')).toBe(true)
    expect(matches('Combat domestic violence', 'domestic viol')).toBe(true)
    // A word followed by another is finished: "dom" is not "domestic" (it matched by prefix before).
    expect(matches('Combat domestic violence', 'dom viol')).toBe(false)
    expect(matches('Combat domestic violence', 'viol ')).toBe(false)
    expect(matches('Combat domestic violence', '"domestic viol"')).toBe(false)
    expect(matches('Combat domestic violence', 'viol"')).toBe(false)
  })

  it.each(MUST_MEET)('%s meets %s (%s)', (a, b, language) => {
    expect(meet(a, b, language)).toBe(true)
  })

  it.each(MUST_NOT_MEET)('%s does not meet %s (%s), even while typed', (a, b, language) => {
    expect(matches(b, a, language)).toBe(false)
    expect(matches(a, b, language)).toBe(false)
  })

  it.each(MUST_NOT_MEET_FINISHED)('%s, once finished, does not find %s (%s)', (a, b, language) => {
    expect(matches(b, `${a} `, language)).toBe(false)
    expect(matches(a, b, language)).toBe(false)
  })

  it.each(APART)('%s and %s (%s) stay apart: Snowball does not join them', (a, b, language) => {
    expect(matches(b, `${a} `, language) || matches(a, `${b} `, language)).toBe(false)
  })

  it('stems a text in its language, guessed from its stop-words', () => {
    expect(matches('Protéger les droits des enfants et des femmes', 'droit enfant femme')).toBe(true)
    expect(matches('Garantizar los derechos de las mujeres y de los niños', 'mujer niño derecho')).toBe(true)
    // The French stem of "noted" is "not": an English text with "not" is not found by it.
    expect(matches('States that have not yet ratified the Convention', 'noted ')).toBe(false)
    expect(matches('The recommendation was noted', 'noted')).toBe(true)
  })

  it('finds French and Spanish words typed without their accents', () => {
    expect(matches('Garantizar el derecho a la educación', 'educacion')).toBe(true)
    expect(matches('Combatir la discriminación contra las mujeres', 'discriminacion mujeres')).toBe(true)
    expect(matches('Promouvoir l’égalité entre les femmes et les hommes', 'egalite')).toBe(true)
    expect(matches('Renforcer la sécurité des journalistes', 'securite journaliste')).toBe(true)
    expect(matches('Renforcer la sécurité des journalistes', 'Sécurité')).toBe(true)
  })

  it('matches quoted phrases in the text’s language', () => {
    expect(matches('Respecter les droits de l’enfant', '"droits de l\'enfant"')).toBe(true)
    expect(matches('Respecter les droits de l’enfant', '"droit de l’enfant"')).toBe(true)
    expect(matches('Respecter les droits de l’enfant', '"enfant droits"')).toBe(false)
  })

  it('prepares again a text an earlier stemmer prepared', () => {
    const current = searchableText('Ratify the Convention')
    expect(currentSearchText(current, () => 'something else')).toBe(current)
    expect(currentSearchText(' ratifi the convent ', () => 'Ratify the Convention')).toBe(current)
    expect(currentSearchText(undefined, () => 'Ratify the Convention')).toBe(current)
  })
})
