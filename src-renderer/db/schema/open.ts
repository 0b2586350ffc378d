import { UprDeskDatabase } from './database'
import type { DatabaseProblem } from '../data-safety/rescue'
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME } from '../../domain/stores'

/** The outcome of opening the database: ready, or a reason the app must not touch it. */
export type OpenResult = { status: 'ready'; db: UprDeskDatabase } | DatabaseProblem

/** Dexie stores version N as IndexedDB version N * 10. */
const DEXIE_VERSION_FACTOR = 10

/**
 * Opens the database. A database written by a newer app (higher schema version) is refused: Dexie 4
 * would open it silently, and this version of the app could misread or damage what it does not know.
 * Nothing is deleted or upgraded in that case.
 */
export async function openDatabase(name: string = DATABASE_NAME, factory: IDBFactory = indexedDB): Promise<OpenResult> {
  // Look before Dexie opens: Dexie 4 would open a newer database and even add its own missing tables.
  let installed: number | null
  try {
    installed = await peekVersion(name, factory)
  } catch (error) {
    return { status: 'failed', message: describeError(error) }
  }
  if (installed !== null && installed / DEXIE_VERSION_FACTOR > CURRENT_SCHEMA_VERSION) {
    return { status: 'newer', foundVersion: Math.floor(installed / DEXIE_VERSION_FACTOR), supportedVersion: CURRENT_SCHEMA_VERSION }
  }
  const db = new UprDeskDatabase(name, { indexedDB: factory })
  try {
    await db.open()
  } catch (error) {
    db.close()
    return { status: 'failed', message: describeError(error) }
  }
  return { status: 'ready', db }
}

/** The IndexedDB version of an existing database, or null when there is none; changes nothing. */
export function peekVersion(name: string, factory: IDBFactory = indexedDB): Promise<number | null> {
  return new Promise((resolve, reject) => {
    let missing = false
    const request = factory.open(name)
    request.onupgradeneeded = () => {
      // No such database: abort, so that looking does not create it.
      missing = true
      request.transaction?.abort()
    }
    request.onsuccess = () => {
      const version = request.result.version
      request.result.close()
      resolve(version)
    }
    request.onerror = (event) => {
      if (missing) {
        event.preventDefault()
        resolve(null)
      } else {
        reject(request.error ?? new Error('The database could not be opened.'))
      }
    }
  })
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}
