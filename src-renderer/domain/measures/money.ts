/**
 * Budgets of recovery measures: reading amounts written by people (and spreadsheets), checking ISO 4217
 * codes, and adding budgets up without ever adding different currencies together.
 */
import { CURRENCIES, WITHDRAWN_CURRENCIES } from '../../../resources/reference/currencies'
import type { CodedText } from '../coded-message'
import type { Money } from '../model'
import { measureText } from './messages'

const ACTIVE = new Set(CURRENCIES.map((c) => c.code))
const WITHDRAWN = new Map(WITHDRAWN_CURRENCIES.map((w) => [w.code, w]))

/** True for an active ISO 4217 code, e.g. "EUR" (upper case, as the standard writes it). */
export function isActiveCurrency(code: string): boolean {
  return ACTIVE.has(code)
}

/** The English name of an active currency, or null. */
export function currencyName(code: string): string | null {
  return CURRENCIES.find((c) => c.code === code)?.name ?? null
}

export type CurrencyCheck = { ok: true; code: string } | { ok: false; problem: CodedText }

/** Checks a currency as typed ("eur", " EUR "): the normalised code, or why it is not accepted. */
export function checkCurrency(input: string): CurrencyCheck {
  const code = input.trim().toUpperCase()
  if (code === '') return { ok: false, problem: measureText('money.noCurrency', {}, 'no currency given') }
  if (ACTIVE.has(code)) return { ok: true, code }
  const withdrawn = WITHDRAWN.get(code)
  if (withdrawn) {
    return {
      ok: false,
      problem: measureText(
        'money.withdrawn',
        { code, since: { date: withdrawn.since }, replacedBy: withdrawn.replacedBy },
        `"${code}" is no longer an active ISO 4217 code (since ${withdrawn.since}, ${withdrawn.why}): use ${withdrawn.replacedBy}`
      )
    }
  }
  if (!/^[A-Z]{3}$/.test(code)) {
    return { ok: false, problem: measureText('money.notIso', { value: input.trim() }, `"${input.trim()}" is not an ISO 4217 code (three letters, such as EUR or USD)`) }
  }
  return { ok: false, problem: measureText('money.notActive', { code }, `"${code}" is not an active ISO 4217 currency code`) }
}

export type AmountCheck = { ok: true; amount: number } | { ok: false; problem: CodedText }

// Accepted ways of writing an amount. Thousands separators: comma (1,200,000.50), or space, narrow
// space or apostrophe (1 200 000,50; 1'200'000.50, as in Switzerland). A lone comma followed by one or
// two digits is a decimal comma (1200000,5). "1,200" is read as one thousand two hundred.
const PLAIN = /^\d+(?:\.\d+)?$/
const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/
const SPACED_THOUSANDS = /^\d{1,3}(?:[ '\u00a0\u202f’]\d{3})+(?:[.,]\d+)?$/
const DECIMAL_COMMA = /^\d+,\d{1,2}$/

/** Reads a budget amount (a number from a spreadsheet, or text): never negative, never NaN. */
export function parseAmount(input: string | number): AmountCheck {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, problem: measureText('money.notANumber', {}, 'the amount is not a number') }
    if (input < 0) return { ok: false, problem: measureText('money.negative', { amount: input }, `the amount ${input} is negative: a budget is zero or more`) }
    return { ok: true, amount: input }
  }
  const text = input.trim()
  if (text === '') return { ok: false, problem: measureText('money.noAmount', {}, 'no amount given') }
  if (/^[-−–(]/.test(text) || /\)$/.test(text)) {
    return { ok: false, problem: measureText('money.negativeText', { value: text }, `the amount "${text}" is negative: a budget is zero or more`) }
  }
  let normalised: string | null = null
  if (PLAIN.test(text)) normalised = text
  else if (COMMA_THOUSANDS.test(text)) normalised = text.replace(/,/g, '')
  else if (SPACED_THOUSANDS.test(text)) normalised = text.replace(/[ '\u00a0\u202f’]/g, '').replace(',', '.')
  else if (DECIMAL_COMMA.test(text)) normalised = text.replace(',', '.')
  if (normalised === null) {
    return {
      ok: false,
      problem: measureText('money.notAnAmount', { value: text }, `"${text}" is not an amount: write digits only, such as 1200000 or 1,200,000.50, without the currency`)
    }
  }
  const amount = Number(normalised)
  if (!Number.isFinite(amount)) return { ok: false, problem: measureText('money.tooLarge', { value: text }, `"${text}" is too large to be an amount`) }
  return { ok: true, amount }
}

/** Totals per currency, largest first: different currencies are never added together. */
export function totalsByCurrency(budgets: readonly (Money | null)[]): Money[] {
  const totals = new Map<string, number>()
  for (const budget of budgets) {
    if (!budget) continue
    totals.set(budget.currency, (totals.get(budget.currency) ?? 0) + budget.amount)
  }
  return [...totals].map(([currency, amount]) => ({ currency, amount })).sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency))
}

/** An amount for people: "EUR 1,200,000" in the given locale, with the ISO code (no symbol guessing). */
export function formatMoney(money: Money, locale: string): string {
  const digits = Number.isInteger(money.amount) ? 0 : 2
  return `${money.currency} ${money.amount.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: 2 })}`
}
