/**
 * Says a coded message (an importer's warning, a measures file problem) in the interface language: the
 * string `importMessages.<code>` with its values, numbers and dates formatted for the language, positions
 * named as the interface names them, nested reasons said the same way. Text from the file (State names,
 * excerpts, file names) is given as printed.
 */
import type { CodedMessage, MessageValue } from '../domain/coded-message'
import { formattingLocale } from './index'

/** i18next's `t`, as far as this needs it: a key, or keys tried in order (the first that has a string wins). */
export type Translate = (key: string | string[], options: Record<string, unknown>) => string

/** Where the strings of coded messages live: `importMessages.<code>`. */
export const MESSAGES_AREA = 'importMessages'

/** The key of a code's string. */
export function messageKey(code: string): string {
  return `${MESSAGES_AREA}.${code}`
}

/**
 * The text of a coded message in `language` (`translate` is i18next's `t` in that language). A code without
 * a string falls back to the message's English words, when it has them.
 */
export function codedMessageText(message: CodedMessage & { message?: string }, translate: Translate, language: string): string {
  const locale = formattingLocale(language)
  const numbers = new Intl.NumberFormat(locale)
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  const plurals = new Intl.PluralRules(locale)
  const say = (m: CodedMessage & { message?: string }): string => {
    const options: Record<string, unknown> = {}
    for (const [name, value] of Object.entries(m.values)) options[name] = valueText(value)
    if (m.message !== undefined) options['defaultValue'] = m.message
    const key = messageKey(m.code)
    // The plural form is chosen here, by the language's rules, so that the count can be shown formatted
    // (i18next chooses one only for a count given as a bare number): the form of the count's category,
    // else the "other" form, else the plain string.
    const count = m.values['count']
    const keys = typeof count === 'number' ? [`${key}_${plurals.select(count)}`, `${key}_other`, key] : [key]
    return translate(keys, options)
  }
  const valueText = (value: MessageValue): string => {
    if (typeof value === 'string') return value
    if (typeof value === 'number') return numbers.format(value)
    if ('date' in value) {
      const day = new Date(`${value.date}T00:00:00Z`)
      return Number.isNaN(day.getTime()) ? value.date : dates.format(day)
    }
    // A position inside a sentence, in lower case ("appuyée, puis prise en note").
    if ('position' in value) return translate(`positions.${value.position}`, {}).toLocaleLowerCase(locale)
    return say(value.message)
  }
  return say(message)
}
