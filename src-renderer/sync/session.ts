/**
 * Signing in to the mission's CouchDB: the server address check, the CouchDB session (`/_session`), the
 * check that the account may open the mission database, and an administrator's setup of that database.
 * Every failure comes back as a reason the interface can say in plain words. No PouchDB here.
 */
import { DATABASE_NAME_PATTERN, DESIGN_DOC_ID, designDocument, readerRole, securityObject, writerRole } from './server-setup'

/** Why signing in or setting up did not work. */
export type SyncProblem =
  | 'invalid-address'
  | 'not-https'
  | 'invalid-database'
  | 'unreachable'
  | 'wrong-password'
  | 'not-couchdb'
  | 'no-database'
  | 'no-access'
  | 'not-admin'
  | 'no-write'
  | 'wrong-passphrase'
  | 'passphrase-needed'
  | 'server-error'

/** A failure with its reason (and the server's words, for the log). */
export class SyncError extends Error {
  constructor(
    readonly problem: SyncProblem,
    message?: string
  ) {
    super(message ?? problem)
    this.name = 'SyncError'
  }
}

/** The server address as typed, checked: https only, except the local machine (127.0.0.1, localhost, ::1). */
export function checkServerAddress(input: string): { ok: true; url: string } | { ok: false; problem: 'invalid-address' | 'not-https' } {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return { ok: false, problem: 'invalid-address' }
  }
  if (url.username || url.password || url.search || url.hash) return { ok: false, problem: 'invalid-address' }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]'
  if (url.protocol === 'http:' && !local) return { ok: false, problem: 'not-https' }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'not-https' }
  return { ok: true, url: url.href.replace(/\/+$/, '') }
}

/** Whether a database name is one CouchDB accepts. */
export function isDatabaseName(name: string): boolean {
  return DATABASE_NAME_PATTERN.test(name)
}

/** Who is signed in: CouchDB's user context. */
export interface UserContext {
  name: string
  roles: string[]
}

/** Account and server: what a request needs. The password is kept in memory only (or in safeStorage, by the desktop app). */
export interface Credentials {
  server: string
  name: string
  password: string | null
}

type Fetch = typeof fetch

function authHeader(credentials: Credentials): Record<string, string> {
  if (credentials.password === null) return {}
  const bytes = new TextEncoder().encode(`${credentials.name}:${credentials.password}`)
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return { authorization: `Basic ${btoa(binary)}` }
}

/**
 * A fetch for PouchDB and for the requests below: the session cookie goes along (`credentials: include`),
 * and, while the password is known, Basic authentication too, so a session that expired during a long
 * time offline does not stop the sync.
 */
export function authenticatedFetch(credentials: Credentials, base: Fetch = fetch): Fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers)
    for (const [k, v] of Object.entries(authHeader(credentials))) if (!headers.has(k)) headers.set(k, v)
    return base(input, { ...init, headers, credentials: 'include' })
  }
}

async function request(fetcher: Fetch, url: string, init: RequestInit = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  let response: Response
  try {
    response = await fetcher(url, { ...init, headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers as Record<string, string> | undefined) } })
  } catch (error) {
    throw new SyncError('unreachable', error instanceof Error ? error.message : String(error))
  }
  let body: Record<string, unknown> = {}
  try {
    body = (await response.json()) as Record<string, unknown>
  } catch {
    if (response.ok) throw new SyncError('not-couchdb')
  }
  return { status: response.status, body }
}

/** Signs in: a CouchDB session for this name and password. */
export async function signIn(credentials: Credentials & { password: string }, base: Fetch = fetch): Promise<UserContext> {
  const { status, body } = await request(base, `${credentials.server}/_session`, {
    method: 'POST',
    body: JSON.stringify({ name: credentials.name, password: credentials.password }),
    credentials: 'include'
  })
  if (status === 401) throw new SyncError('wrong-password', String(body['reason'] ?? ''))
  if (status !== 200 || body['ok'] !== true) throw new SyncError(status === 404 ? 'not-couchdb' : 'server-error', `${status} ${String(body['reason'] ?? '')}`)
  const roles = Array.isArray(body['roles']) ? body['roles'].filter((r): r is string => typeof r === 'string') : []
  return { name: typeof body['name'] === 'string' ? body['name'] : credentials.name, roles }
}

/** The session the browser still holds (after a reload the password is gone, the cookie may not be), or null. */
export async function currentSession(credentials: Credentials, base: Fetch = fetch): Promise<UserContext | null> {
  const { status, body } = await request(authenticatedFetch(credentials, base), `${credentials.server}/_session`)
  const ctx = body['userCtx'] as { name?: unknown; roles?: unknown } | undefined
  if (status !== 200 || !ctx || typeof ctx.name !== 'string') return null
  return { name: ctx.name, roles: Array.isArray(ctx.roles) ? ctx.roles.filter((r): r is string => typeof r === 'string') : [] }
}

/** Signs out: ends the CouchDB session (the cookie). Never fails: offline, the cookie simply expires. */
export async function signOut(server: string, base: Fetch = fetch): Promise<void> {
  await request(base, `${server}/_session`, { method: 'DELETE', credentials: 'include' }).catch(() => undefined)
}

/** What this account may do in the mission database: write, or only read. */
export type Access = 'write' | 'read'

/** Checks that the account may open the mission database, and whether it may write. */
export async function checkAccess(credentials: Credentials, database: string, user: UserContext, base: Fetch = fetch): Promise<Access> {
  const { status } = await request(authenticatedFetch(credentials, base), `${credentials.server}/${encodeURIComponent(database)}`)
  if (status === 404) throw new SyncError('no-database')
  // A CouchDB answers 403 to a signed-in non-member; the stand-in answers 401.
  if (status === 401 || status === 403) throw new SyncError('no-access')
  if (status !== 200) throw new SyncError('server-error', String(status))
  const admin = user.roles.includes('_admin') || user.roles.includes(`${database}-admin`)
  return admin || user.roles.includes(writerRole(database)) ? 'write' : 'read'
}

/**
 * An administrator sets the mission database up: creates it (if needed), sets who may read it (the writer
 * and reader roles), and installs the design document that refuses writes from readers and malformed
 * documents. Safe to run again: it brings an existing database's security and validation up to date.
 */
export async function setUpMissionDatabase(credentials: Credentials & { password: string }, database: string, base: Fetch = fetch): Promise<void> {
  if (!isDatabaseName(database)) throw new SyncError('invalid-database')
  const fetcher = authenticatedFetch(credentials, base)
  const dbUrl = `${credentials.server}/${encodeURIComponent(database)}`
  const created = await request(fetcher, dbUrl, { method: 'PUT' })
  if (created.status === 401 || created.status === 403) throw new SyncError('not-admin')
  if (created.status !== 201 && created.status !== 202 && created.status !== 412) throw new SyncError('server-error', String(created.status))
  const security = await request(fetcher, `${dbUrl}/_security`, { method: 'PUT', body: JSON.stringify(securityObject(database)) })
  if (security.status === 401 || security.status === 403) throw new SyncError('not-admin')
  if (security.status !== 200) throw new SyncError('server-error', String(security.status))
  const existing = await request(fetcher, `${dbUrl}/${DESIGN_DOC_ID}`)
  const rev = existing.status === 200 && typeof existing.body['_rev'] === 'string' ? { _rev: existing.body['_rev'] } : {}
  const design = await request(fetcher, `${dbUrl}/${DESIGN_DOC_ID}`, { method: 'PUT', body: JSON.stringify({ ...designDocument(database), ...rev }) })
  if (design.status === 401 || design.status === 403) throw new SyncError('not-admin')
  if (design.status !== 201 && design.status !== 202) throw new SyncError('server-error', String(design.status))
}

/** The two roles of a mission database, for the administrator's instructions. */
export function missionRoles(database: string): { writer: string; reader: string } {
  return { writer: writerRole(database), reader: readerRole(database) }
}
