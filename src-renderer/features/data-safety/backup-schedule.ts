/** When to back up and when to remind: pure rules over the data-safety status. */
import type { DataSafetyStatus } from '../../db/data-safety/data-safety-state'

/** Automatic backups (Electron): at most one every 15 minutes, and only when something changed. */
export const AUTO_BACKUP_INTERVAL_MS = 15 * 60 * 1000
/** How often the schedule is looked at. */
export const SCHEDULE_CHECK_MS = 60 * 1000
/** The browser reminds after this many changes without a saved archive. */
export const REMINDER_AFTER_CHANGES = 25

/** True when an automatic backup is due: changes since the last one, and 15 minutes since it (or since start). */
export function isBackupDue(status: DataSafetyStatus, now: number, startedAt: number): boolean {
  if (!status.loaded || status.changes <= status.backedUpAtChange) return false
  const last = status.lastBackupAt ? Date.parse(status.lastBackupAt) : NaN
  const since = Number.isNaN(last) || last > now ? startedAt : last
  return now - since >= AUTO_BACKUP_INTERVAL_MS
}

/** Changes made since the last saved archive. */
export function changesSinceExport(status: DataSafetyStatus): number {
  return Math.max(0, status.changes - status.exportedAtChange)
}

/** True when the browser should remind the person to save an archive (unless snoozed at `snoozedAtChange`). */
export function needsReminder(status: DataSafetyStatus, snoozedAtChange: number | null, threshold = REMINDER_AFTER_CHANGES): boolean {
  if (!status.loaded) return false
  const from = Math.max(status.exportedAtChange, snoozedAtChange ?? 0)
  return status.changes - from >= threshold
}
