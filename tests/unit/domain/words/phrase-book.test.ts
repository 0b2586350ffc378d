import { describe, expect, it } from 'vitest'
import { documentWords } from '../../../../src-renderer/domain/statements/document-words'
import { phraseBook } from '../../../../src-renderer/domain/words/phrase-book'

const counts = (received: number, states: number) => ({ received, states, supported: received, supportedInPart: 0, noted: 0, pending: 0 })

describe('phraseBook', () => {
  it('chooses plural variants with the language’s rules (French 0 and 1 are singular)', () => {
    const dictionary = { items_one: '{{count}} item', items_other: '{{count}} items' }
    expect(phraseBook('en', [dictionary]).t('items', { count: 1 })).toBe('1 item')
    expect(phraseBook('en', [dictionary]).t('items', { count: 0 })).toBe('0 items')
    expect(phraseBook('fr', [dictionary]).t('items', { count: 0 })).toBe('0 item')
    expect(phraseBook('fr', [dictionary]).t('items', { count: 2 })).toBe('2 items')
  })

  it('writes ordinals with Intl.PluralRules ordinal categories', () => {
    const en = phraseBook('en', [])
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 47, 101].map((n) => en.ordinal(n))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '47th', '101st'])
    const fr = phraseBook('fr', [])
    expect([fr.ordinal(1), fr.ordinal(1, 'f'), fr.ordinal(2), fr.ordinal(47, 'f')]).toEqual(['1er', '1re', '2e', '47e'])
    const es = phraseBook('es', [])
    expect([es.ordinal(4), es.ordinal(1, 'f')]).toEqual(['4º', '1ª'])
  })

  it('names States in a form given in the template, capitalised at the start of a sentence', () => {
    const book = phraseBook('fr', [{ a: '{{state, startDefinite}} a reçu le soutien {{other, of}}.' }])
    expect(book.t('a', { state: 'SVN', other: 'PRT' })).toBe('La Slovénie a reçu le soutien du Portugal.')
  })

  it('agrees a verb in number with the State: le Portugal partage, les Émirats arabes unis partagent, las Bahamas comparten', () => {
    const fr = phraseBook('fr', [{ about: 'que {{state, definite}} {{state, agree(one: partage; other: partagent)}} comme bonnes pratiques' }])
    expect(fr.t('about', { state: 'PRT' })).toBe('que le Portugal partage comme bonnes pratiques')
    expect(fr.t('about', { state: 'ARE' })).toBe('que les Émirats arabes unis partagent comme bonnes pratiques')
    expect(fr.t('about', { state: 'NLD' })).toBe('que le Royaume des Pays-Bas partage comme bonnes pratiques')
    const es = phraseBook('es', [{ about: 'que {{state, definite}} {{state, agree(one: comparte; other: comparten)}}' }])
    expect(es.t('about', { state: 'BHS' })).toMatch(/^que las Bahamas comparten$/)
    expect(es.t('about', { state: 'PER' })).toBe('que el Perú comparte')
  })

  it('falls back to the next dictionary, then to the key', () => {
    const book = phraseBook('fr', [{ a: 'un' }, { a: 'one', b: 'two' }])
    expect([book.t('a'), book.t('b'), book.t('c')]).toEqual(['un', 'two', 'c'])
  })
})

describe('statement counts', () => {
  it('says "1 recommendation from 1 State", never "1 recommendations from 1 States"', () => {
    expect(documentWords('en').ownCounts('SVN', counts(1, 1))).toBe('Slovenia received 1 recommendation from 1 State. It supports 1 and notes 0.')
    expect(documentWords('en').ownCounts('SVN', counts(12, 8))).toContain('received 12 recommendations from 8 States. Of these, it')
  })

  it('agrees the French pronoun with the State', () => {
    expect(documentWords('fr').ownCounts('SVN', counts(12, 8))).toBe('La Slovénie a reçu 12 recommandations de 8 États. Elle en a accepté 12 et a pris note de 0.')
    expect(documentWords('fr').ownCounts('PRT', counts(1, 1))).toBe('Le Portugal a reçu 1 recommandation de 1 État. Il en a accepté 1 et a pris note de 0.')
    expect(documentWords('fr').ownCounts('ARE', counts(3, 2))).toBe('Les Émirats arabes unis ont reçu 3 recommandations de 2 États. Ils en ont accepté 3 et ont pris note de 0.')
    expect(documentWords('fr').ownCounts('NLD', counts(3, 2))).toBe('Le Royaume des Pays-Bas a reçu 3 recommandations de 2 États. Il en a accepté 3 et a pris note de 0.')
  })

  it('writes Spanish counts with the article', () => {
    expect(documentWords('es').ownCounts('PER', counts(5, 3))).toBe('El Perú recibió 5 recomendaciones de 3 Estados. De ellas, apoya 5 y toma nota de 0.')
  })
})

describe('the interface’s State formats', () => {
  it('put a State’s name in its form in French and Spanish i18next strings', async () => {
    const { initI18n } = await import('../../../../src-renderer/i18n')
    const fr = await initI18n('fr')
    expect(fr.t('dashboard.ownReviewsIntro', { state: 'Portugal' })).toContain('l’examen du Portugal a eu lieu')
    expect(fr.t('dashboard.noReviews', { state: 'Slovénie' })).toBe('Aucune session du calendrier ne prévoit l’examen de la Slovénie.')
    expect(fr.t('review.page.noReviews', { state: 'NLD' })).toMatch(/^Le Royaume des Pays-Bas /)
    const es = await initI18n('es')
    expect(es.t('dashboard.noReviews', { state: 'Perú' })).toBe('Ningún período de sesiones del calendario prevé el examen del Perú.')
    expect(es.t('statements.previous.title', { state: 'Portugal' })).toBe('Recomendado antes a Portugal')
  })
})
