import { describe, expect, it } from 'vitest'
import { backupsToDelete, type DatedBackup } from '../../../src-main/files/backups-rotation'
import type { BackupKind } from '../../../src-main/ipc/contract'

// Local times, so the test holds in every time zone.
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min)
const b = (date: Date, kind: BackupKind = 'auto'): DatedBackup => ({ name: `${date.toISOString()}-${kind}`, kind, createdAt: date })

function kept(backups: DatedBackup[], now: Date): string[] {
  const doomed = new Set(backupsToDelete(backups, now))
  return backups.filter((x) => !doomed.has(x.name)).map((x) => x.name)
}

describe('backup rotation', () => {
  const now = at(2026, 11, 27, 16, 0)

  it('keeps the last 4 of today', () => {
    const today = [9, 10, 11, 12, 13, 14].map((h) => b(at(2026, 11, 27, h)))
    expect(kept(today, now)).toEqual(today.slice(2).map((x) => x.name))
  })

  it('keeps the newest of each of the 14 days before today, not more', () => {
    const days = Array.from({ length: 20 }, (_, i) => [b(at(2026, 11, 26 - i, 9)), b(at(2026, 11, 26 - i, 18))]).flat()
    const result = kept(days, now)
    // Days 1-14 before today: their 18:00 backup. Older days in November still count for the month.
    for (let i = 0; i < 14; i++) expect(result).toContain(b(at(2026, 11, 26 - i, 18)).name)
    for (let i = 0; i < 20; i++) expect(result).not.toContain(b(at(2026, 11, 26 - i, 9)).name)
    expect(result).toHaveLength(14)
  })

  it('keeps the newest of each of the last 12 months, and nothing older', () => {
    const months = Array.from({ length: 16 }, (_, i) => [b(at(2026, 11 - i, 3)), b(at(2026, 11 - i, 20))]).flat()
    const result = kept(months.filter((x) => x.createdAt < at(2026, 11, 1)), now)
    // October 2026 back to December 2025: 11 months before this one, newest of each (the 20th).
    expect(result).toEqual(Array.from({ length: 11 }, (_, i) => b(at(2026, 10 - i, 20)).name))
  })

  it('combines the rules without keeping anything twice', () => {
    const backups = [b(at(2026, 11, 27, 15)), b(at(2026, 11, 26, 10)), b(at(2026, 11, 2, 10)), b(at(2026, 10, 31, 10)), b(at(2025, 11, 30, 10)), b(at(2025, 11, 1, 10))]
    expect(kept(backups, now)).toEqual([backups[0]!.name, backups[1]!.name, backups[3]!.name])
  })

  it('keeps safety backups in their own series, so frequent backups never push them out', () => {
    const safety = b(at(2026, 11, 27, 9), 'safety')
    const autos = [10, 11, 12, 13, 14, 15].map((h) => b(at(2026, 11, 27, h)))
    expect(kept([safety, ...autos], now)).toContain(safety.name)
  })

  it('keeps backups dated in the future (the clock was changed)', () => {
    const future = b(at(2027, 1, 1))
    expect(backupsToDelete([future], now)).toEqual([])
  })

  it('keeps everything when there are few backups', () => {
    const few = [b(at(2026, 11, 27, 8)), b(at(2026, 11, 20)), b(at(2026, 6, 1))]
    expect(backupsToDelete(few, now)).toEqual([])
  })

  it('keeps day and month boundaries right across a change to summer time', () => {
    const march = at(2026, 3, 30, 12)
    const around = [b(at(2026, 3, 28, 23, 30)), b(at(2026, 3, 29, 0, 30)), b(at(2026, 3, 29, 3, 30)), b(at(2026, 3, 29, 23, 59))]
    // One per day before today: the newest of the 28th and of the 29th.
    expect(kept(around, march)).toEqual([around[0]!.name, around[3]!.name])
  })
})
