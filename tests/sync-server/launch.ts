/**
 * Starts the CouchDB-protocol stand-in (tests/sync-server/stand-in-server.cjs, express-pouchdb) in a child
 * process on 127.0.0.1, a free port and a temporary folder, and stops it by its process id. Used by the
 * sync contract tests, the property test, the e2e tests and the benchmark. When COUCHDB_URL is set (the
 * CouchDB 3.5 job of the GitHub workflow), nothing is started: the tests use that server instead.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** A running CouchDB-protocol server and its administrator. */
export interface SyncServer {
  url: string
  admin: { name: string; password: string }
  /** True for the stand-in (a non-member gets 401 where CouchDB answers 403). */
  standIn: boolean
  /** The stand-in's process id (null for a real CouchDB). */
  pid: number | null
  stop(): Promise<void>
}

const SCRIPT = fileURLToPath(new URL('./stand-in-server.cjs', import.meta.url))

/** A real CouchDB named by COUCHDB_URL (with COUCHDB_ADMIN / COUCHDB_PASSWORD), or null. */
export function realCouchDbFromEnv(env: NodeJS.ProcessEnv = process.env): SyncServer | null {
  const url = env['COUCHDB_URL']
  if (!url) return null
  return {
    url: url.replace(/\/+$/, ''),
    admin: { name: env['COUCHDB_ADMIN'] ?? 'admin', password: env['COUCHDB_PASSWORD'] ?? 'password' },
    standIn: false,
    pid: null,
    stop: async () => undefined
  }
}

interface Running {
  child: ChildProcess
  port: number
}

async function spawnStandIn(folder: string, admin: { name: string; password: string }, port: number): Promise<Running> {
  const child: ChildProcess = spawn(process.execPath, [SCRIPT, folder, admin.name, admin.password, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] })
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString()
  })
  const listening = await new Promise<number>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`the sync stand-in did not start in 20 s: ${errors}`)), 20_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (line) {
        clearTimeout(timer)
        resolve((JSON.parse(line) as { port: number }).port)
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the sync stand-in exited (${code}): ${errors}`))
    })
  })
  return { child, port: listening }
}

async function stopStandIn(running: Running): Promise<void> {
  const { child } = running
  const pid = child.pid
  if (child.exitCode !== null || child.signalCode !== null || pid === undefined) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  process.kill(pid, 'SIGTERM')
  const timer = setTimeout(() => {
    if (child.exitCode === null) process.kill(pid, 'SIGKILL')
  }, 5000)
  await exited
  clearTimeout(timer)
}

/** A server the tests can also take down and bring back (same port, same data): "the server stops". */
export interface RestartableSyncServer extends SyncServer {
  /** Stops the server process, keeping its data. */
  pause(): Promise<void>
  /** Starts it again on the same port with the same data. */
  resume(): Promise<void>
}

/** Starts the stand-in (or returns the real CouchDB of COUCHDB_URL). `port` 0 picks a free one. */
export async function startSyncServer(options: { port?: number } = {}): Promise<RestartableSyncServer> {
  const real = realCouchDbFromEnv()
  if (real) {
    return { ...real, pause: () => Promise.reject(new Error('a real CouchDB is not stopped by the tests')), resume: async () => undefined }
  }
  const folder = await mkdtemp(join(tmpdir(), 'upr-desk-couch-'))
  const admin = { name: 'admin', password: 'stand-in-admin-password' }
  let running: Running | null = await spawnStandIn(folder, admin, options.port ?? 0)
  const port = running.port
  const server: RestartableSyncServer = {
    url: `http://127.0.0.1:${port}`,
    admin,
    standIn: true,
    pid: running.child.pid ?? null,
    async pause() {
      if (running) await stopStandIn(running)
      running = null
    },
    async resume() {
      if (running) return
      running = await spawnStandIn(folder, admin, port)
      server.pid = running.child.pid ?? null
    },
    async stop() {
      if (running) await stopStandIn(running)
      running = null
      await rm(folder, { recursive: true, force: true })
    }
  }
  return server
}
