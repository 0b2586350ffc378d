/**
 * PouchDB for the app (browser and Electron renderer): core, the IndexedDB adapter, http and replication.
 * Loaded on demand (dynamic import) only when sync is set up, so it stays out of the main bundle.
 */
import type { PouchConstructor } from './pouch-types'

let loading: Promise<PouchConstructor> | null = null

/** The PouchDB constructor with its plugins, loaded once. */
export function loadBrowserPouch(): Promise<PouchConstructor> {
  loading ??= (async () => {
    const [core, idb, http, replication] = await Promise.all([import('pouchdb-core'), import('pouchdb-adapter-idb'), import('pouchdb-adapter-http'), import('pouchdb-replication')])
    const PouchDB = core.default
    PouchDB.plugin(idb.default)
    PouchDB.plugin(http.default)
    PouchDB.plugin(replication.default)
    return PouchDB as unknown as PouchConstructor
  })()
  return loading
}

/** The adapter of the local copy in the app. */
export const LOCAL_ADAPTER = 'idb'
