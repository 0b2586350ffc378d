import { vi, type Mock } from 'vitest'
import type { UpdaterHost } from '../../../src-renderer/platform/web-updates'

/** A service worker whose state the test moves along. */
export class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing'
  scriptURL = 'http://127.0.0.1/sw.js'
  postMessage = vi.fn()
  onstatechange = null
  onerror = null
  moveTo(state: ServiceWorkerState): void {
    this.state = state
    this.dispatchEvent(new Event('statechange'))
  }
}

/** A registration: the test sets `installing` and fires `updatefound`, or starts with a `waiting` worker. */
export class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null
  waiting: FakeWorker | null = null
  update = vi.fn(() => Promise.resolve())
  /** A new version is found and installs. */
  find(): FakeWorker {
    const worker = new FakeWorker()
    this.installing = worker
    this.dispatchEvent(new Event('updatefound'))
    return worker
  }
}

/** navigator.serviceWorker, with `controller` set when a version controls the page. */
export class FakeContainer extends EventTarget {
  registration = new FakeRegistration()
  register = vi.fn(() => Promise.resolve(this.registration as unknown as ServiceWorkerRegistration))
  constructor(public controller: FakeWorker | null) {
    super()
  }
  /** A version takes over the page. */
  takeOver(worker: FakeWorker): void {
    this.controller = worker
    this.dispatchEvent(new Event('controllerchange'))
  }
}

/** An updater host whose parts a test reaches. */
export interface FakeHost extends UpdaterHost {
  container: FakeContainer
  unsaved: { value: boolean }
  reload: Mock<() => void>
}

/** An updater host over a fake container, with unsaved work the test switches on and off. */
export function fakeHost(controlled: boolean): FakeHost {
  const unsaved = { value: false }
  return {
    container: new FakeContainer(controlled ? new FakeWorker() : null),
    unsaved,
    hasUnsavedWork: () => unsaved.value,
    reload: vi.fn<() => void>()
  }
}
