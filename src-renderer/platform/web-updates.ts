// The web build's service worker (generated at build time by vite.web.config.ts): it keeps every file of
// the app so that it opens and works with the network off, and it brings new versions. A new version
// waits until the delegate asks for it, and the page reloads only once nothing typed is left unsaved.
// Never in Electron: the Electron build has no service worker, and the bridge is checked as well.
import { hasUnsavedWork } from './unsaved-work'

/** What the update prompt shows: nothing, a new version, a reload waiting for a save, a reload under way. */
export type UpdateStatus = 'none' | 'ready' | 'waiting-for-save' | 'reloading'

/** The parts of the browser the updater uses (fakes in unit tests). */
export interface UpdaterHost {
  container: Pick<ServiceWorkerContainer, 'controller' | 'register' | 'addEventListener'>
  hasUnsavedWork: () => boolean
  reload: () => void
}

/** How often a reload waiting for a save looks again (ms). */
const SAVE_POLL_MS = 250
/** How often an open window asks the server for a new version (ms); the browser also asks at each start. */
const UPDATE_CHECK_MS = 60 * 60 * 1000

/** Registers the service worker and turns what it reports into the prompt's status. */
export class WebUpdates {
  private status: UpdateStatus = 'none'
  private readonly listeners = new Set<() => void>()
  private waiting: ServiceWorker | null = null
  private requested = false
  private reloaded = false
  private controlled: boolean
  private poll: ReturnType<typeof setInterval> | undefined

  constructor(private readonly host: UpdaterHost) {
    this.controlled = host.container.controller !== null
    host.container.addEventListener('controllerchange', () => this.onControllerChange())
  }

  /** Calls `listener` whenever the status changes; returns the remover (for useSyncExternalStore). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /** The status now. */
  getStatus = (): UpdateStatus => this.status

  /** Registers the service worker at `scriptUrl` and watches it for new versions. */
  async register(scriptUrl: string): Promise<ServiceWorkerRegistration> {
    // 'none': sw.js and what it imports are always fetched from the server, whatever its cache headers say.
    const registration = await this.host.container.register(scriptUrl, { scope: './', updateViaCache: 'none' })
    if (registration.waiting && this.controlled) this.offer(registration.waiting)
    registration.addEventListener('updatefound', () => {
      const incoming = registration.installing
      incoming?.addEventListener('statechange', () => {
        // Installed while a version controls the page: a new version. Without one, it is the first visit.
        if (incoming.state === 'installed' && this.controlled) this.offer(incoming)
      })
    })
    setInterval(() => registration.update().catch(() => undefined), UPDATE_CHECK_MS)
    return registration
  }

  /** The delegate asked for the new version: it is loaded once nothing is left unsaved. */
  reloadWhenSaved(): void {
    if (this.status !== 'ready') return
    this.requested = true
    this.whenSaved(() => {
      this.set('reloading')
      const waiting = this.waiting
      if (!waiting) {
        // Another window already took the new version: only this page is behind.
        this.reloadNow()
        return
      }
      // The page reloads when the new version takes over (controllerchange), or once it is active.
      waiting.addEventListener('statechange', () => {
        if (waiting.state === 'activated') this.whenSaved(() => this.reloadNow())
      })
      waiting.postMessage({ type: 'SKIP_WAITING' })
    })
  }

  private whenSaved(then: () => void): void {
    clearInterval(this.poll)
    this.poll = undefined
    if (!this.host.hasUnsavedWork()) {
      then()
      return
    }
    this.set('waiting-for-save')
    this.poll = setInterval(() => {
      if (this.host.hasUnsavedWork()) return
      clearInterval(this.poll)
      this.poll = undefined
      then()
    }, SAVE_POLL_MS)
  }

  private onControllerChange(): void {
    if (!this.controlled) {
      // The first visit is claimed by the version it was loaded from: nothing new.
      this.controlled = true
      return
    }
    if (this.requested) {
      this.whenSaved(() => this.reloadNow())
      return
    }
    // Another window of the app took a new version: this page still runs the old one and says so.
    this.waiting = null
    if (this.status === 'none') this.set('ready')
  }

  private offer(worker: ServiceWorker): void {
    this.waiting = worker
    if (this.status === 'none') this.set('ready')
  }

  private reloadNow(): void {
    if (this.reloaded) return
    this.reloaded = true
    this.set('reloading')
    this.host.reload()
  }

  private set(status: UpdateStatus): void {
    if (status === this.status) return
    this.status = status
    for (const listener of this.listeners) listener()
  }
}

let current: WebUpdates | null = null

/** The web build's updater, or null (Electron, a browser without service workers, a development server). */
export function webUpdates(): WebUpdates | null {
  return current
}

/** Starts the service worker of the web build, once the page has loaded (never in Electron). */
export function startWebApp(): void {
  if (import.meta.env.VITE_WEB_APP !== 'true' || current) return
  if (window.uprDesk || !('serviceWorker' in navigator)) return
  const updates = new WebUpdates({ container: navigator.serviceWorker, hasUnsavedWork, reload: () => window.location.reload() })
  current = updates
  const register = () => {
    // Refused outside a secure context (plain http other than localhost) or by policy: the app works, online only.
    updates.register('./sw.js').catch((error: unknown) => console.warn('UPR Desk: no offline use, the service worker was refused:', error))
  }
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
