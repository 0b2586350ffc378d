/**
 * What importers and file readers say to people, as data: a code with its values, which the page
 * translates into the interface language (numbers, dates and positions formatted there), and an English
 * sentence kept beside it for logs and the headless `npm run parse`.
 */
import type { CalendarDate, Position } from './model'

/**
 * A value a message names: text as printed in the source (a State name, an excerpt, a file name, a
 * recommendation number such as "122.7"), a quantity, a calendar date, a position, or another message
 * (a reason inside a sentence).
 */
export type MessageValue = string | number | { date: CalendarDate } | { position: Position } | { message: CodedMessage }

/** A message as a code and its values; the page looks the code up under `importMessages.<code>`. */
export interface CodedMessage {
  code: string
  values: Readonly<Record<string, MessageValue>>
}

/** A coded message with its English sentence (the fallback, and what logs and `npm run parse` show). */
export interface CodedText extends CodedMessage {
  message: string
}

/** The value names each code of a catalogue takes, e.g. `{ 'report.noState': ['number', 'excerpt'] }`. */
export type MessageCatalogue = Readonly<Record<string, readonly string[]>>

/** The values a code of a catalogue needs, by name. */
export type ValuesOf<M extends MessageCatalogue, C extends keyof M> = { readonly [K in M[C][number]]: MessageValue }

/** A nested message as a value ("Cannot read x: {{reason}}"); only its code and values, never its English. */
export function nested(message: CodedMessage): { message: CodedMessage } {
  return { message: { code: message.code, values: message.values } }
}

/** The two ways of saying a catalogue's message, typed by its codes and their values. */
export interface CatalogueSayings<M extends MessageCatalogue> {
  /** A message without English (a nested reason, a value). */
  message<C extends keyof M & string>(code: C, values: ValuesOf<M, C>): CodedMessage
  /** A message with its English sentence. */
  text<C extends keyof M & string>(code: C, values: ValuesOf<M, C>, message: string): CodedText
}

/** The message makers of one catalogue (importers, measures file), so that each code takes exactly its values. */
export function sayingsOf<M extends MessageCatalogue>(): CatalogueSayings<M> {
  return {
    message: (code, values) => ({ code, values: values as Readonly<Record<string, MessageValue>> }),
    text: (code, values, message) => ({ code, values: values as Readonly<Record<string, MessageValue>>, message })
  }
}
