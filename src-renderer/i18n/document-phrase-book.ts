/**
 * The phrase book of a document written with the interface's strings (the review briefing, the
 * calendars, the good-practice brief): the language's strings, then English for what it lacks.
 */
import type { LanguageCode } from '../domain/model'
import { phraseBook, type Dictionary, type PhraseBook } from '../domain/words/phrase-book'
import { stringsOf } from './index'

/** The strings of a language as a phrase book, with English as fallback. */
export function documentPhraseBook(language: LanguageCode): PhraseBook {
  const own = stringsOf(language) as Dictionary
  return phraseBook(language, language === 'en' ? [own] : [own, stringsOf('en') as Dictionary])
}
