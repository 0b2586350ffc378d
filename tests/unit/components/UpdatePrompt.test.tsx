// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { UpdatePrompt } from '../../../src-renderer/components/UpdatePrompt'
import { initI18n, type InterfaceLanguage } from '../../../src-renderer/i18n'
import { WebUpdates } from '../../../src-renderer/platform/web-updates'
import { fakeHost } from '../platform/fake-service-worker'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

async function renderPrompt(language: InterfaceLanguage, updates: WebUpdates | null) {
  const i18n = await initI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <UpdatePrompt updates={updates} />
    </I18nextProvider>
  )
}

async function newVersion() {
  const host = fakeHost(true)
  const updates = new WebUpdates(host)
  await updates.register('./sw.js')
  return { host, updates, find: () => act(() => host.container.registration.find().moveTo('installed')) }
}

describe('UpdatePrompt', () => {
  it('is an empty status region without an updater (Electron) and until a new version is ready', async () => {
    vi.useFakeTimers()
    await renderPrompt('en', null)
    expect(screen.getByRole('status').textContent).toBe('')
    cleanup()
    const { updates, find } = await newVersion()
    await renderPrompt('en', updates)
    expect(screen.getByRole('status').textContent).toBe('')
    find()
    expect(screen.getByRole('status').textContent).toBe('A new version is ready.Reload')
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy()
  })

  it('in French: Reload waits for unsaved work and says so', async () => {
    vi.useFakeTimers()
    const { host, updates, find } = await newVersion()
    await renderPrompt('fr', updates)
    find()
    expect(screen.getByRole('status').textContent).toContain('Une nouvelle version est prête.')
    host.unsaved.value = true
    fireEvent.click(screen.getByRole('button', { name: 'Recharger' }))
    expect(screen.getByRole('status').textContent).toBe('La nouvelle version se chargera dès que votre travail sera enregistré.')
    expect(screen.queryByRole('button')).toBeNull()
    expect(host.reload).not.toHaveBeenCalled()
  })

  it('in Spanish', async () => {
    vi.useFakeTimers()
    const { updates, find } = await newVersion()
    await renderPrompt('es', updates)
    find()
    expect(screen.getByRole('status').textContent).toContain('Hay una nueva versión lista.')
    expect(screen.getByRole('button', { name: 'Recargar' })).toBeTruthy()
  })
})
