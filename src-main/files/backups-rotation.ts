// Which backups to keep: a pure function of the backups' times and now, tested without a disk.
import type { BackupKind } from '../ipc/contract'

/** A backup as the rotation sees it. */
export interface DatedBackup {
  name: string
  kind: BackupKind
  createdAt: Date
}

/** How many of today's backups are kept, and for how many days and months one a day / a month is. */
export const ROTATION = { today: 4, days: 14, months: 12 } as const

function dayKey(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`
}

function monthKey(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}`
}

/** The local calendar days before `now` (1 = yesterday … n). DST-safe: dates are built, not subtracted. */
function daysBefore(now: Date, n: number): Set<string> {
  const keys = new Set<string>()
  for (let k = 1; k <= n; k++) keys.add(dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - k, 12)))
  return keys
}

/** The local calendar months up to `now`, this month included. */
function monthsUpTo(now: Date, n: number): Set<string> {
  const keys = new Set<string>()
  for (let k = 0; k < n; k++) keys.add(monthKey(new Date(now.getFullYear(), now.getMonth() - k, 1, 12)))
  return keys
}

function keptOf(backups: readonly DatedBackup[], now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.name < b.name ? 1 : -1))
  const kept = new Set<string>()
  const today = dayKey(now)
  const days = daysBefore(now, ROTATION.days)
  const months = monthsUpTo(now, ROTATION.months)
  const dayTaken = new Set<string>()
  const monthTaken = new Set<string>()
  let todayKept = 0
  for (const backup of newestFirst) {
    const at = backup.createdAt
    // A backup dated in the future (the clock was changed) is kept: nothing says it is old.
    if (at.getTime() > now.getTime()) {
      kept.add(backup.name)
      continue
    }
    const day = dayKey(at)
    const month = monthKey(at)
    if (day === today && todayKept < ROTATION.today) {
      kept.add(backup.name)
      todayKept++
    }
    if (days.has(day) && !dayTaken.has(day)) {
      kept.add(backup.name)
      dayTaken.add(day)
    }
    if (months.has(month) && !monthTaken.has(month)) {
      kept.add(backup.name)
      monthTaken.add(month)
    }
  }
  return kept
}

/**
 * The backups to delete: of each series, the last 4 of today, the newest of each of the 14 days
 * before, and the newest of each of the last 12 months are kept. Safety backups (taken before a restore)
 * are their own series, so fifteen-minute backups never push them out.
 */
export function backupsToDelete(backups: readonly DatedBackup[], now: Date): string[] {
  const safety = backups.filter((b) => b.kind === 'safety')
  const regular = backups.filter((b) => b.kind !== 'safety')
  const kept = new Set([...keptOf(safety, now), ...keptOf(regular, now)])
  return backups.filter((b) => !kept.has(b.name)).map((b) => b.name)
}
