/**
 * Persistent storage: asked for at start, so the browser does not clear the data under storage
 * pressure (Electron grants it silently), and shown on the Data page with the space used.
 */

/** What the browser says about the app's storage (null where it does not say). */
export interface StorageStatus {
  persisted: boolean | null
  usageBytes: number | null
  quotaBytes: number | null
}

/** Asks the browser to keep the app's data even when space runs low; resolves whether it will. */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean | null> {
  if (!storage?.persist) return null
  try {
    if (storage.persisted && (await storage.persisted())) return true
    return await storage.persist()
  } catch {
    return null
  }
}

/** Whether storage is persistent, and how much is used of how much. */
export async function storageStatus(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageStatus> {
  const status: StorageStatus = { persisted: null, usageBytes: null, quotaBytes: null }
  if (!storage) return status
  try {
    if (storage.persisted) status.persisted = await storage.persisted()
    if (storage.estimate) {
      const estimate = await storage.estimate()
      status.usageBytes = estimate.usage ?? null
      status.quotaBytes = estimate.quota ?? null
    }
  } catch {
    // Some browsers refuse in private windows: the status stays unknown.
  }
  return status
}
