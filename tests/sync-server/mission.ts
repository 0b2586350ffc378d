/** The server of the sync tests: a fresh mission database (and its accounts) on the stand-in or COUCHDB_URL. */
import type { SyncServer } from './launch'
import { setUpMissionDatabase, missionRoles } from '../../src-renderer/sync/session'

export interface MissionServer {
  server: SyncServer
  /** The mission database's URL. */
  dbUrl: string
  database: string
  writer: { server: string; name: string; password: string }
  writer2: { server: string; name: string; password: string }
  reader: { server: string; name: string; password: string }
}

function basic(name: string, password: string): string {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`
}

/** Creates (or updates) a CouchDB user with roles, as an administrator. */
export async function putUser(server: SyncServer, name: string, password: string, roles: string[]): Promise<void> {
  const url = `${server.url}/_users/org.couchdb.user:${encodeURIComponent(name)}`
  const headers = { authorization: basic(server.admin.name, server.admin.password), 'content-type': 'application/json' }
  const existing = await fetch(url, { headers })
  const rev = existing.ok ? { _rev: ((await existing.json()) as { _rev: string })._rev } : {}
  const res = await fetch(url, { method: 'PUT', headers, body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, roles, type: 'user', ...rev }) })
  if (!res.ok) throw new Error(`user ${name}: ${res.status} ${await res.text()}`)
}

/** A mission database with a writer, a second writer and a reader. */
export async function missionOn(server: SyncServer, database = `mission-${crypto.randomUUID().slice(0, 8)}`): Promise<MissionServer> {
  await setUpMissionDatabase({ server: server.url, name: server.admin.name, password: server.admin.password }, database)
  const roles = missionRoles(database)
  const suffix = database.replace(/[^a-z0-9]/g, '')
  const writer = { server: server.url, name: `ana-${suffix}`, password: 'ana-password' }
  const writer2 = { server: server.url, name: `ben-${suffix}`, password: 'ben-password' }
  const reader = { server: server.url, name: `cap-${suffix}`, password: 'capital-password' }
  await putUser(server, writer.name, writer.password, [roles.writer])
  await putUser(server, writer2.name, writer2.password, [roles.writer])
  await putUser(server, reader.name, reader.password, [roles.reader])
  return { server, dbUrl: `${server.url}/${database}`, database, writer, writer2, reader }
}
