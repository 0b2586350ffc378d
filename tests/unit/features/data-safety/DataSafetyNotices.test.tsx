import { testRepositories, type TestRepositories } from '../../db/test-repositories'
// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RepositoriesProvider } from '../../../../src-renderer/db/hooks/context'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { AUTO_BACKUP_INTERVAL_MS, REMINDER_AFTER_CHANGES, SCHEDULE_CHECK_MS } from '../../../../src-renderer/features/data-safety/backup-schedule'
import { DataSafetyNotices } from '../../../../src-renderer/features/data-safety/DataSafetyNotices'
import { initI18n } from '../../../../src-renderer/i18n'
import { fakePlatform, type FakePlatform } from './fake-platform'

const current = vi.hoisted(() => ({ platform: null as unknown }))
vi.mock('../../../../src-renderer/platform', () => ({ getPlatform: () => current.platform }))

const opened: { db: UprDeskDatabase; repos: TestRepositories }[] = []
let platform: FakePlatform

beforeEach(() => {
  platform = fakePlatform('browser')
  current.platform = platform
})

afterEach(async () => {
  cleanup()
  vi.useRealTimers()
  for (const { db, repos } of opened.splice(0)) {
    await repos.dataSafety.stop()
    db.close()
  }
})

async function renderNotices(): Promise<TestRepositories> {
  const result = await openDatabase(`notices-${crypto.randomUUID()}`)
  if (result.status !== 'ready') throw new Error(result.status)
  const repos = testRepositories(result.db)
  opened.push({ db: result.db, repos })
  const i18n = await initI18n('en')
  render(
    <I18nextProvider i18n={i18n}>
      <RepositoriesProvider repositories={repos}>
        <DataSafetyNotices missionName="Permanent Mission of Slovenia" />
      </RepositoriesProvider>
    </I18nextProvider>
  )
  // vi.waitFor also works under fake timers (it advances them).
  await vi.waitFor(() => expect(repos.dataSafety.getSnapshot().loaded).toBe(true))
  return repos
}

async function makeChanges(repos: TestRepositories, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await act(() => repos.db.tasks.put({ id: `task_${i}`, reviewId: null, stage: null, title: `Task ${i}`, owner: '', dueOn: null, done: false, createdAt: 'x', updatedAt: 'x' }))
}

describe('the browser’s reminder to save an archive', () => {
  it(`appears after ${REMINDER_AFTER_CHANGES} changes without an archive, saves one, and can be put off`, async () => {
    const repos = await renderNotices()
    await makeChanges(repos, REMINDER_AFTER_CHANGES - 1)
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).toBeNull()
    await makeChanges(repos, 1)
    const reminder = await screen.findByRole('complementary', { name: 'Backup reminder' })
    expect(reminder.textContent).toContain(`You have made ${REMINDER_AFTER_CHANGES} changes and have not saved an archive of your data yet`)

    fireEvent.click(screen.getByRole('button', { name: 'Remind me later' }))
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).toBeNull()
    await makeChanges(repos, REMINDER_AFTER_CHANGES)
    await screen.findByRole('complementary', { name: 'Backup reminder' })

    fireEvent.click(screen.getByRole('button', { name: 'Save an archive now' }))
    await screen.findByText(/^Archive saved: UPR Desk - Permanent Mission of Slovenia - /)
    expect(platform.saved).toHaveLength(1)
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).toBeNull())
  })
})

describe('a full disk', () => {
  it('is shown on every page with a way out: save an archive elsewhere, or dismiss', async () => {
    const repos = await renderNotices()
    const put = IDBObjectStore.prototype.put
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'tasks') throw new DOMException('The disk is full', 'QuotaExceededError')
      return put.apply(this, args)
    })
    await act(async () => {
      await repos.db.tasks.put({ id: 't', reviewId: null, stage: null, title: 'x', owner: '', dueOn: null, done: false, createdAt: 'x', updatedAt: 'x' }).catch(() => undefined)
    })
    spy.mockRestore()
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('The disk or the browser’s storage is full')
    expect(alert.textContent).toContain('nothing was lost')
    fireEvent.click(screen.getByRole('button', { name: 'Save an archive elsewhere' }))
    await screen.findByText(/^Archive saved: /)
    expect(platform.saved).toHaveLength(1)
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
  })
})

describe('automatic backups (Electron)', () => {
  it('registers the last backup before quitting, and backs up every 15 minutes when something changed', async () => {
    platform = fakePlatform('electron')
    current.platform = platform
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    vi.setSystemTime(new Date('2026-11-27T10:00:00.000Z'))
    const repos = await renderNotices()
    expect(platform.setQuitBackupProvider).toHaveBeenCalledTimes(1)
    const provider = vi.mocked(platform.setQuitBackupProvider).mock.calls[0]![0]
    expect(await provider()).toBeNull()

    await act(() => vi.advanceTimersByTimeAsync(AUTO_BACKUP_INTERVAL_MS + SCHEDULE_CHECK_MS))
    expect(platform.backups.write).not.toHaveBeenCalled()
    await makeChanges(repos, 2)
    expect(await provider()).toBeInstanceOf(Uint8Array)
    await act(() => vi.advanceTimersByTimeAsync(SCHEDULE_CHECK_MS))
    await vi.waitFor(() => expect(platform.backups.write).toHaveBeenCalledWith(expect.any(Uint8Array), 'auto'))
    await vi.waitFor(() => expect(repos.dataSafety.getSnapshot().backedUpAtChange).toBe(2))
    // Nothing changed since: the next checks write nothing.
    await act(() => vi.advanceTimersByTimeAsync(AUTO_BACKUP_INTERVAL_MS * 2))
    expect(platform.backups.write).toHaveBeenCalledTimes(1)
  })

  it('says so when an automatic backup cannot be written, and tries again an interval later, not every minute', async () => {
    platform = fakePlatform('electron')
    current.platform = platform
    platform.failWrites = new Error('backups:write failed (ENOSPC)')
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    vi.setSystemTime(new Date('2026-11-27T10:00:00.000Z'))
    const repos = await renderNotices()
    await makeChanges(repos, 1)
    await act(() => vi.advanceTimersByTimeAsync(AUTO_BACKUP_INTERVAL_MS + SCHEDULE_CHECK_MS))
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('The automatic backup could not be written'))
    expect(screen.getByRole('alert').textContent).toContain('the disk is full')
    expect(platform.backups.write).toHaveBeenCalledTimes(1)
    await act(() => vi.advanceTimersByTimeAsync(SCHEDULE_CHECK_MS * 5))
    expect(platform.backups.write).toHaveBeenCalledTimes(1)
    platform.failWrites = null
    await act(() => vi.advanceTimersByTimeAsync(AUTO_BACKUP_INTERVAL_MS))
    await vi.waitFor(() => expect(platform.backups.write).toHaveBeenCalledTimes(2))
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
  })
})

describe('an archive opened from Explorer or Finder', () => {
  it('shows Data and backups and is handed to the open-archive section', async () => {
    window.location.hash = '#/dashboard'
    await renderNotices()
    const listen = vi.mocked(platform.onArchiveOpened)
    expect(listen).toHaveBeenCalledTimes(1)
    const deliver = listen.mock.calls[0]![0]
    const archive = { status: 'opened' as const, name: 'Mission.uprdesk', bytes: new Uint8Array([1, 2]) }
    act(() => deliver(archive))
    expect(window.location.hash).toBe('#/data')
    const { useOpenedArchive } = await import('../../../../src-renderer/features/data-safety/use-opened-archives')
    const { renderHook } = await import('@testing-library/react')
    const open = vi.fn()
    renderHook(() => useOpenedArchive(open))
    expect(open).toHaveBeenCalledWith(archive)
  })
})
