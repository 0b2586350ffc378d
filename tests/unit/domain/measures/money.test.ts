import { describe, expect, it } from 'vitest'
import { checkCurrency, formatMoney, isActiveCurrency, parseAmount, totalsByCurrency } from '../../../../src-renderer/domain/measures/money'
import { CURRENCIES } from '../../../../resources/reference/currencies'

describe('currencies', () => {
  it('ships the active ISO 4217 list, without withdrawn, testing or "no currency" codes', () => {
    expect(CURRENCIES.length).toBeGreaterThan(170)
    expect(new Set(CURRENCIES.map((c) => c.code)).size).toBe(CURRENCIES.length)
    for (const code of ['EUR', 'USD', 'CHF', 'XOF', 'SLE', 'ZWG', 'VES']) expect(isActiveCurrency(code)).toBe(true)
    for (const code of ['HRK', 'ZWL', 'XTS', 'XXX', 'DEM', 'eur']) expect(isActiveCurrency(code)).toBe(false)
  })

  it('accepts a code in any case and explains a refused one', () => {
    expect(checkCurrency(' eur ')).toEqual({ ok: true, code: 'EUR' })
    expect(checkCurrency('HRK')).toMatchObject({
      ok: false,
      problem: { code: 'money.withdrawn', values: { code: 'HRK', since: { date: '2023-01-01' }, replacedBy: 'EUR' }, message: expect.stringContaining('use EUR') }
    })
    expect(checkCurrency('EURO')).toMatchObject({ ok: false, problem: { code: 'money.notIso', values: { value: 'EURO' }, message: expect.stringContaining('three letters') } })
    expect(checkCurrency('ABC')).toMatchObject({
      ok: false,
      problem: { code: 'money.notActive', values: { code: 'ABC' }, message: '"ABC" is not an active ISO 4217 currency code' }
    })
    expect(checkCurrency('')).toMatchObject({ ok: false })
  })
})

describe('amounts', () => {
  it('reads the ways people write amounts', () => {
    for (const [text, amount] of [['1200000', 1_200_000], ['1,200,000.50', 1_200_000.5], ["1'200'000", 1_200_000], ['1 200 000,50', 1_200_000.5], ['1200000,5', 1_200_000.5], ['0', 0], ['12.75', 12.75]] as const) {
      expect(parseAmount(text)).toEqual({ ok: true, amount })
    }
    expect(parseAmount(2500)).toEqual({ ok: true, amount: 2500 })
  })

  it('refuses negative, non-numeric and currency-laden amounts', () => {
    for (const text of ['-5', '(5)', '−5', 'abc', '€ 100', '1.2.3', '12e3', '']) expect(parseAmount(text).ok).toBe(false)
    expect(parseAmount(-1)).toMatchObject({ ok: false, problem: { code: 'money.negative', values: { amount: -1 }, message: expect.stringContaining('negative') } })
    expect(parseAmount(Number.NaN).ok).toBe(false)
  })

  it('never adds different currencies together', () => {
    const totals = totalsByCurrency([{ amount: 10, currency: 'EUR' }, null, { amount: 5, currency: 'USD' }, { amount: 7, currency: 'EUR' }])
    expect(totals).toEqual([{ currency: 'EUR', amount: 17 }, { currency: 'USD', amount: 5 }])
    expect(formatMoney({ amount: 1_200_000, currency: 'EUR' }, 'en-GB')).toBe('EUR 1,200,000')
  })
})
