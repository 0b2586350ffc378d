// The sync secrets (issue 15): the password and mission passphrase of each sync account, kept between
// starts in `<userData>/sync-secrets.json`, each encrypted with Electron's safeStorage (DPAPI on Windows,
// the Keychain on macOS, the secret service on Linux) and written atomically. When the system offers no
// protection, nothing is kept: the person signs in at each start. Pure of `electron`: the cipher is passed in.
import { readFile } from 'node:fs/promises'
import { writeFileAtomic } from './files/atomic-write'
import type { IpcArgs, SyncSecretResult } from './ipc/contract'

/** What main needs of safeStorage. */
export interface StringCipher {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
}

async function readAll(file: string): Promise<Record<string, string>> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {}
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'))
  } catch {
    return {}
  }
}

async function writeAll(file: string, entries: Record<string, string>): Promise<void> {
  await writeFileAtomic(file, new TextEncoder().encode(JSON.stringify(entries)))
}

/** Keeps, reads or forgets one account's secrets. Never throws for a damaged or foreign entry: it reads as none. */
export async function handleSyncSecret(args: IpcArgs<'sync:secret'>, file: string, cipher: StringCipher): Promise<SyncSecretResult> {
  const available = cipher.isEncryptionAvailable()
  if (args.op === 'remove') {
    const entries = await readAll(file)
    if (args.key in entries) {
      delete entries[args.key]
      await writeAll(file, entries)
    }
    return { available, secret: null }
  }
  if (!available) return { available, secret: null }
  if (args.op === 'save') {
    const entries = await readAll(file)
    entries[args.key] = cipher.encryptString(JSON.stringify(args.secret)).toString('base64')
    await writeAll(file, entries)
    return { available, secret: null }
  }
  const stored = (await readAll(file))[args.key]
  if (!stored) return { available, secret: null }
  try {
    const secret = JSON.parse(cipher.decryptString(Buffer.from(stored, 'base64'))) as { password?: unknown; passphrase?: unknown }
    if (typeof secret.password !== 'string' || typeof secret.passphrase !== 'string') return { available, secret: null }
    return { available, secret: { password: secret.password, passphrase: secret.passphrase } }
  } catch {
    return { available, secret: null }
  }
}
