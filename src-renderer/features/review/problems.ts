/** Turns input problems (domain/review/validation) into messages by field, for the forms. */
import type { TFunction } from 'i18next'
import { InputRejected } from '../../db/repositories/reviews'
import type { InputProblem } from '../../domain/review/validation'

/** The message of each field's first problem. */
export function messagesByField(t: TFunction, problems: readonly InputProblem[]): Record<string, string> {
  const messages: Record<string, string> = {}
  for (const p of problems) messages[p.field] ??= t(`review.errors.${p.key}`, p.params ?? {})
  return messages
}

/** The message of an error thrown while saving (a rejected input says what was wrong). */
export function saveFailedMessage(t: TFunction, error: unknown): string {
  if (error instanceof InputRejected) return Object.values(messagesByField(t, error.problems)).join(' ')
  return t('review.errors.saveFailed', { message: error instanceof Error ? error.message : String(error) })
}
