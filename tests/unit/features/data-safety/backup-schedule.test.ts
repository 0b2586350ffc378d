import { describe, expect, it } from 'vitest'
import type { DataSafetyStatus } from '../../../../src-renderer/db/data-safety/data-safety-state'
import { AUTO_BACKUP_INTERVAL_MS, REMINDER_AFTER_CHANGES, changesSinceExport, isBackupDue, needsReminder } from '../../../../src-renderer/features/data-safety/backup-schedule'

const status = (s: Partial<DataSafetyStatus>): DataSafetyStatus => ({ loaded: true, changes: 0, backedUpAtChange: 0, lastBackupAt: null, exportedAtChange: 0, lastExportAt: null, storageFull: null, ...s })
const t0 = Date.parse('2026-11-27T10:00:00.000Z')

describe('automatic backups', () => {
  it('are due 15 minutes after the last one, only when something changed', () => {
    const last = new Date(t0).toISOString()
    expect(isBackupDue(status({ changes: 5, backedUpAtChange: 5, lastBackupAt: last }), t0 + AUTO_BACKUP_INTERVAL_MS * 4, t0)).toBe(false)
    expect(isBackupDue(status({ changes: 6, backedUpAtChange: 5, lastBackupAt: last }), t0 + AUTO_BACKUP_INTERVAL_MS - 1, t0)).toBe(false)
    expect(isBackupDue(status({ changes: 6, backedUpAtChange: 5, lastBackupAt: last }), t0 + AUTO_BACKUP_INTERVAL_MS, t0)).toBe(true)
  })

  it('count from the start of the session when there was never a backup, and not before the data is loaded', () => {
    expect(isBackupDue(status({ changes: 1 }), t0 + 60_000, t0)).toBe(false)
    expect(isBackupDue(status({ changes: 1 }), t0 + AUTO_BACKUP_INTERVAL_MS, t0)).toBe(true)
    expect(isBackupDue(status({ loaded: false, changes: 9 }), t0 + AUTO_BACKUP_INTERVAL_MS * 2, t0)).toBe(false)
  })

  it('do not wait forever when the last backup is dated in the future (the clock was changed)', () => {
    expect(isBackupDue(status({ changes: 2, lastBackupAt: '2030-01-01T00:00:00.000Z' }), t0 + AUTO_BACKUP_INTERVAL_MS, t0)).toBe(true)
  })
})

describe('the reminder to save an archive (browser)', () => {
  it(`appears after ${REMINDER_AFTER_CHANGES} changes without an archive, and can be put off`, () => {
    expect(needsReminder(status({ changes: REMINDER_AFTER_CHANGES - 1 }), null)).toBe(false)
    expect(needsReminder(status({ changes: REMINDER_AFTER_CHANGES }), null)).toBe(true)
    expect(needsReminder(status({ changes: REMINDER_AFTER_CHANGES + 3, exportedAtChange: 10 }), null)).toBe(false)
    expect(needsReminder(status({ changes: 40 }), 30)).toBe(false)
    expect(needsReminder(status({ changes: 30 + REMINDER_AFTER_CHANGES }), 30)).toBe(true)
    expect(changesSinceExport(status({ changes: 40, exportedAtChange: 12 }))).toBe(28)
  })
})
