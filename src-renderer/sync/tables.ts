/**
 * What the mission shares through sync, and how a record of UPR Desk becomes a CouchDB document id.
 * Pure: no Dexie, no PouchDB.
 */

/** The tables whose records every laptop of the mission shares. Everything else stays on this laptop. */
export const SHARED_TABLES = [
  'recommendations',
  'recoveryMeasures',
  'recommendationMeasureLinks',
  'statements',
  'statementVersions',
  'reviews',
  'tasks',
  'participations',
  'attachments',
  'savedViews'
] as const
export type SharedTable = (typeof SHARED_TABLES)[number]

/** Whether a table name is one of the shared tables. */
export function isSharedTable(name: string): name is SharedTable {
  return (SHARED_TABLES as readonly string[]).includes(name)
}

/** Fields kept on this laptop only (derived, recomputed when a record arrives). */
export const LOCAL_ONLY_FIELDS: Readonly<Partial<Record<SharedTable, readonly string[]>>> = {
  recommendations: ['searchText']
}

/**
 * Confidential text: encrypted end to end when the mission has a passphrase, so that the server and its
 * administrators never see it in clear (statement bodies and every notes field).
 */
export const CONFIDENTIAL_FIELDS: Readonly<Partial<Record<SharedTable, readonly string[]>>> = {
  statements: ['content'],
  statementVersions: ['content'],
  recommendations: ['notes'],
  reviews: ['notes'],
  participations: ['notes'],
  tasks: [],
  recoveryMeasures: ['lessonsLearned']
}

/** The table records whose bytes travel as a CouchDB attachment rather than in the JSON body. */
export const ATTACHMENT_TABLE: SharedTable = 'attachments'
/** The name of that CouchDB attachment. */
export const ATTACHMENT_NAME = 'file'

/** The document that holds the mission key's salt and check value (never the key). */
export const MISSION_KEY_DOC_ID = 'upr-desk:mission-key'

/** The key of a record in the sync layer and its CouchDB document id: `<table>:<record id>`. */
export function docIdOf(table: SharedTable, id: string): string {
  return `${table}:${id}`
}

/** The table and record id of a document id, or null for documents that are not records (design documents, the key). */
export function parseDocId(docId: string): { table: SharedTable; id: string } | null {
  const colon = docId.indexOf(':')
  if (colon <= 0) return null
  const table = docId.slice(0, colon)
  const id = docId.slice(colon + 1)
  if (!isSharedTable(table) || id === '') return null
  return { table, id }
}
