import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { WebUpdates } from '../../../src-renderer/platform/web-updates'
import { fakeHost, type FakeHost, type FakeWorker } from './fake-service-worker'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

/** A page controlled by a version, with a new version installed and waiting. */
async function withNewVersion() {
  const host = fakeHost(true)
  const updates = new WebUpdates(host)
  await updates.register('./sw.js')
  const incoming = host.container.registration.find()
  incoming.moveTo('installed')
  return { host, updates, incoming }
}

function activate(host: FakeHost, worker: FakeWorker): void {
  worker.moveTo('activating')
  host.container.takeOver(worker)
  worker.moveTo('activated')
}

describe('WebUpdates', () => {
  it('registers sw.js next to the page, always fetched from the server', async () => {
    const host = fakeHost(false)
    await new WebUpdates(host).register('./sw.js')
    expect(host.container.register).toHaveBeenCalledWith('./sw.js', { scope: './', updateViaCache: 'none' })
  })

  it('says nothing on the first visit: the first version installs and takes over the page', async () => {
    const host = fakeHost(false)
    const updates = new WebUpdates(host)
    await updates.register('./sw.js')
    const first = host.container.registration.find()
    first.moveTo('installed')
    activate(host, first)
    expect(updates.getStatus()).toBe('none')
    // A later version is then a new version.
    host.container.registration.find().moveTo('installed')
    expect(updates.getStatus()).toBe('ready')
    expect(host.reload).not.toHaveBeenCalled()
  })

  it('offers a version that was already waiting when the page opened', async () => {
    const host = fakeHost(true)
    const waiting = host.container.registration.find()
    waiting.state = 'installed'
    host.container.registration.waiting = waiting
    const updates = new WebUpdates(host)
    await updates.register('./sw.js')
    expect(updates.getStatus()).toBe('ready')
  })

  it('a new version waits for the delegate; Reload activates it and reloads once', async () => {
    const { host, updates, incoming } = await withNewVersion()
    const seen: string[] = []
    updates.subscribe(() => seen.push(updates.getStatus()))
    await vi.advanceTimersByTimeAsync(10 * 60 * 1000)
    expect(incoming.postMessage).not.toHaveBeenCalled()
    expect(host.reload).not.toHaveBeenCalled()

    updates.reloadWhenSaved()
    expect(incoming.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' })
    expect(host.reload).not.toHaveBeenCalled()
    activate(host, incoming)
    expect(host.reload).toHaveBeenCalledTimes(1)
    expect(seen).toEqual(['reloading'])
  })

  it('never reloads over unsaved work: it says so, and reloads once the work is saved', async () => {
    const { host, updates, incoming } = await withNewVersion()
    host.unsaved.value = true
    updates.reloadWhenSaved()
    expect(updates.getStatus()).toBe('waiting-for-save')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(incoming.postMessage).not.toHaveBeenCalled()
    expect(host.reload).not.toHaveBeenCalled()

    host.unsaved.value = false
    await vi.advanceTimersByTimeAsync(300)
    expect(incoming.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' })
    expect(updates.getStatus()).toBe('reloading')
    activate(host, incoming)
    expect(host.reload).toHaveBeenCalledTimes(1)
  })

  it('waits again when words are typed while the new version takes over', async () => {
    const { host, updates, incoming } = await withNewVersion()
    updates.reloadWhenSaved()
    host.unsaved.value = true
    activate(host, incoming)
    expect(host.reload).not.toHaveBeenCalled()
    expect(updates.getStatus()).toBe('waiting-for-save')
    host.unsaved.value = false
    await vi.advanceTimersByTimeAsync(300)
    expect(host.reload).toHaveBeenCalledTimes(1)
  })

  it('when another window took the new version, this one offers to reload and reloads without asking the worker', async () => {
    const { host, updates, incoming } = await withNewVersion()
    // Another window clicked Reload: the new version takes over every window of the app.
    activate(host, incoming)
    expect(host.reload).not.toHaveBeenCalled()
    expect(updates.getStatus()).toBe('ready')
    updates.reloadWhenSaved()
    expect(host.reload).toHaveBeenCalledTimes(1)
    expect(incoming.postMessage).not.toHaveBeenCalled()
  })

  it('does nothing on Reload when there is no new version', async () => {
    const host = fakeHost(true)
    const updates = new WebUpdates(host)
    await updates.register('./sw.js')
    updates.reloadWhenSaved()
    expect(updates.getStatus()).toBe('none')
    expect(host.reload).not.toHaveBeenCalled()
  })

  it('asks the server for a new version every hour, and an offline check is harmless', async () => {
    const host = fakeHost(true)
    host.container.registration.update.mockRejectedValue(new TypeError('Failed to fetch'))
    await new WebUpdates(host).register('./sw.js')
    await vi.advanceTimersByTimeAsync(2 * 60 * 60 * 1000)
    expect(host.container.registration.update).toHaveBeenCalledTimes(2)
  })
})
