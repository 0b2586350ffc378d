import type { TFunction } from 'i18next'
import type { CodedText } from '../../domain/coded-message'
import type { MeasureFields } from '../../domain/measures/measure-rows'
import { checkCurrency, parseAmount } from '../../domain/measures/money'
import type { RecoveryMeasure } from '../../domain/model'

/** The fields of the measure form that can be refused, with the message that says why. */
export type MeasureErrors = Partial<Record<'title' | 'amount' | 'currency' | 'endedOn', string>>

/**
 * Checks a measure before it is saved: a title, a budget given whole (amount and currency), an end after the
 * start. `say` puts a coded problem (why an amount is refused) into the interface language.
 */
export function checkMeasure(draft: MeasureFields, amount: string, currency: string, t: TFunction, say: (problem: CodedText) => string): { errors: MeasureErrors; budget: RecoveryMeasure['budget'] } {
  const found: MeasureErrors = {}
  let budget: RecoveryMeasure['budget'] = null
  if (!draft.title.trim()) found.title = t('measures.editor.errors.title')
  if (amount.trim() || currency) {
    const a = parseAmount(amount)
    const c = checkCurrency(currency)
    if (!amount.trim()) found.amount = t('measures.editor.errors.amountMissing')
    else if (!a.ok) found.amount = t('measures.editor.errors.amount', { problem: say(a.problem) })
    if (!c.ok) found.currency = t('measures.editor.errors.currency')
    if (a.ok && c.ok) budget = { amount: a.amount, currency: c.code }
  }
  if (draft.inForceFrom && draft.endedOn && draft.endedOn < draft.inForceFrom) found.endedOn = t('measures.editor.errors.endedBeforeStart')
  return { errors: found, budget }
}
