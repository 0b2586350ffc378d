// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { writeArchive } from '../../../../src-renderer/archive/write-archive'
import { RepositoriesProvider } from '../../../../src-renderer/db/hooks/context'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { createRepositories } from '../../../../src-renderer/db/repositories'
import { CURRENT_SCHEMA_VERSION } from '../../../../src-renderer/domain/stores'
import { BackupsSection } from '../../../../src-renderer/features/data-safety/BackupsSection'
import { RESTORED_MESSAGE_KEY } from '../../../../src-renderer/features/data-safety/use-restore'
import { initI18n } from '../../../../src-renderer/i18n'
import { sampleRecordFor } from '../../db/sample-tables'
import { fakePlatform } from './fake-platform'

const current = vi.hoisted(() => ({ platform: null as unknown }))
vi.mock('../../../../src-renderer/platform', () => ({ getPlatform: () => current.platform }))

const opened: UprDeskDatabase[] = []
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  for (const db of opened.splice(0)) db.close()
})

describe('the backups list in the desktop app', () => {
  it('backs up on request, lists backups by kind, and restores one after confirmation', async () => {
    const platform = fakePlatform('electron')
    current.platform = platform
    const result = await openDatabase(`backups-${crypto.randomUUID()}`)
    if (result.status !== 'ready') throw new Error(result.status)
    opened.push(result.db)
    const repos = createRepositories(result.db)
    await repos.dataSafety.start()
    // An earlier automatic backup holding one review.
    const earlier = await writeArchive({ appVersion: '0.1.0', schemaVersion: CURRENT_SCHEMA_VERSION, purpose: 'backup', scope: { kind: 'mission', id: null, label: 'M' }, chunks: [{ table: 'reviews', records: [sampleRecordFor('reviews', 1)] }] })
    await platform.backups.write(earlier.bytes, 'auto')
    await result.db.tasks.put(sampleRecordFor('tasks', 1) as never)
    const reload = vi.fn()
    Object.defineProperty(window, 'location', { configurable: true, value: { ...window.location, reload } })

    const i18n = await initI18n('en')
    render(
      <I18nextProvider i18n={i18n}>
        <RepositoriesProvider repositories={repos}>
          <BackupsSection missionName="Permanent Mission of Slovenia" />
        </RepositoriesProvider>
      </I18nextProvider>
    )
    expect(screen.getByText(/every 15 minutes when something changed, and when you close it/)).toBeTruthy()
    const table = await screen.findByRole('table', { name: 'Backups' })
    expect(within(table).getAllByRole('row')).toHaveLength(2)
    expect(within(table).getByText('Automatic')).toBeTruthy()
    expect(within(table).getByText('1 review')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }))
    await screen.findByText(/^Backup written: upr-desk-backup-/)
    expect(platform.backups.write).toHaveBeenLastCalledWith(expect.any(Uint8Array), 'manual')
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Backups' })).getAllByRole('row')).toHaveLength(3))

    const autoRow = within(screen.getByRole('table', { name: 'Backups' })).getByText('Automatic').closest('tr')!
    fireEvent.click(within(autoRow).getByRole('button', { name: /^Restore the backup of/ }))
    fireEvent.click(await screen.findByRole('button', { name: 'Replace all my data' }))
    await waitFor(() => expect(reload).toHaveBeenCalled())
    expect(sessionStorage.getItem(RESTORED_MESSAGE_KEY)).toMatch(/^Your data was replaced with the archive/)
    expect((await result.db.reviews.toArray()).map((r) => r.id)).toEqual(['rev_1'])
    expect(await result.db.tasks.count()).toBe(0)
    expect(platform.backups.write).toHaveBeenLastCalledWith(expect.any(Uint8Array), 'safety')
    await repos.dataSafety.stop()
  })
})
