import { describe, expect, it } from 'vitest'
import { daysBetween, formatDate, formatDateRange, parseCalendarDate, todayLocal, toCalendarDate } from '../../../src-renderer/domain/dates'

describe('calendar dates', () => {
  it('parses valid dates and rejects malformed or impossible ones', () => {
    expect(parseCalendarDate('2025-01-28')).toBe(Date.UTC(2025, 0, 28))
    for (const bad of ['', '2025-1-28', '2025-02-30', '2025-13-01', '28/01/2025', '2025-01-28T00:00', ' 2025-01-28']) {
      expect(parseCalendarDate(bad)).toBeNull()
    }
  })

  it('round-trips without time-zone drift', () => {
    expect(toCalendarDate(parseCalendarDate('2024-02-29')!)).toBe('2024-02-29')
    expect(todayLocal(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27')
  })

  it('counts days between dates', () => {
    expect(daysBetween('2025-01-20', '2025-01-31')).toBe(11)
    expect(daysBetween('2025-01-31', '2025-01-20')).toBe(-11)
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1)
    expect(daysBetween('nonsense', '2025-01-01')).toBeNaN()
  })

  it('formats dates and ranges in the reader’s language', () => {
    expect(formatDate('2025-01-28', 'en-GB')).toBe('28 January 2025')
    expect(formatDateRange('2025-01-20', '2025-01-31', 'en-GB')).toMatch(/^20\s*–\s*31 January 2025$/)
    expect(formatDateRange('2025-01-20', '2025-01-31', 'fr')).toMatch(/janvier 2025/)
    expect(formatDateRange('2025-01-20', null, 'en-GB')).toBe('20 January 2025')
  })
})
