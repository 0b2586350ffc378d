import type { Transaction } from 'dexie'
import { STORE_VERSIONS } from '../../domain/stores'
import { trustRegisterTransaction } from '../register/register-journal'

/**
 * Every Dexie schema version of UPR Desk, in one place: the stores (domain/stores.ts) with the function
 * that moves older data into each. A change is a new entry (never an edit of an old one) with a named
 * upgrade function and a test that upgrades from every older version with data.
 */

/**
 * Upgrade to version 4: the register has no cache yet, so the journal starts with "everything changed",
 * and the first start builds the cache from the recommendations already stored.
 */
export async function startRegisterJournal(tx: Transaction): Promise<void> {
  trustRegisterTransaction(tx.idbtrans)
  await tx.table('registerJournal').add({ all: true })
}

/** A schema version: its stores, and the function that moves older data into it (if any). */
export interface SchemaVersion {
  version: number
  stores: Readonly<Record<string, string>>
  upgrade?: (tx: Transaction) => Promise<void>
}

const UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {
  4: startRegisterJournal
}

/** The schema versions, oldest first, each with its upgrade function (if any). The last one is current. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = STORE_VERSIONS.map(({ version, stores }) => {
  const upgrade = UPGRADES[version]
  return upgrade ? { version, stores, upgrade } : { version, stores }
})
