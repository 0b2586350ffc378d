import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { syncSecretArgsSchema } from '../../../src-main/ipc/contract'
import { handleSyncSecret, type StringCipher } from '../../../src-main/sync-secrets'

/** A stand-in for safeStorage: reversible, and visibly not the clear text. */
const cipher: StringCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from(`sealed:${Buffer.from(plain).toString('hex')}`),
  decryptString: (sealed) => {
    const text = sealed.toString()
    if (!text.startsWith('sealed:')) throw new Error('not ours')
    return Buffer.from(text.slice(7), 'hex').toString()
  }
}

const folders: string[] = []
afterEach(async () => {
  for (const f of folders.splice(0)) await rm(f, { recursive: true, force: true })
})

async function file(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'sync-secrets-'))
  folders.push(folder)
  return join(folder, 'sync-secrets.json')
}

describe('sync secrets (safeStorage)', () => {
  it('keeps, reads and forgets an account’s secrets, never in clear on disk', async () => {
    const path = await file()
    const key = 'ana@https://sync.mission.example/mission-geneva'
    expect(await handleSyncSecret({ op: 'load', key }, path, cipher)).toEqual({ available: true, secret: null })
    await handleSyncSecret({ op: 'save', key, secret: { password: 'pa55word', passphrase: 'our mission' } }, path, cipher)
    expect(await readFile(path, 'utf8')).not.toContain('pa55word')
    expect((await handleSyncSecret({ op: 'load', key }, path, cipher)).secret).toEqual({ password: 'pa55word', passphrase: 'our mission' })
    await handleSyncSecret({ op: 'remove', key }, path, cipher)
    expect((await handleSyncSecret({ op: 'load', key }, path, cipher)).secret).toBeNull()
  })

  it('keeps nothing when the system offers no protection, and reads damaged files as nothing', async () => {
    const path = await file()
    const none: StringCipher = { ...cipher, isEncryptionAvailable: () => false }
    await handleSyncSecret({ op: 'save', key: 'k', secret: { password: 'p', passphrase: '' } }, path, none)
    expect(await handleSyncSecret({ op: 'load', key: 'k' }, path, cipher)).toEqual({ available: true, secret: null })
    for (const damaged of ['{', '[]', '{"k": 5}', '{"k": "bm90IG91cnM="}']) {
      await writeFile(path, damaged)
      expect((await handleSyncSecret({ op: 'load', key: 'k' }, path, cipher)).secret).toBeNull()
    }
  })

  it('refuses malformed arguments', () => {
    expect(syncSecretArgsSchema.safeParse({ op: 'load', key: 'a@b/c' }).success).toBe(true)
    for (const bad of [{ op: 'load' }, { op: 'load', key: '' }, { op: 'load', key: 'x'.repeat(601) }, { op: 'load', key: 'a\u0000b' }, { op: 'save', key: 'k' }, { op: 'save', key: 'k', secret: { password: 'p' } }, { op: 'drop', key: 'k' }, { op: 'load', key: 'k', extra: 1 }]) {
      expect(syncSecretArgsSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
    }
  })
})
