/**
 * End-to-end encryption of confidential fields with the mission passphrase (AES-256-GCM, key from
 * PBKDF2-SHA-256 then HKDF, as the archives do). The server keeps only the salt, the iteration count and
 * a check value that tells a wrong passphrase from a right one; it never sees the key or the text.
 */
import { base64ToBytes, bytesToBase64 } from '../archive/base64'
import { decrypt, deriveKeys, encrypt, randomBytes, sameBytes } from '../archive/crypto'
import type { RecordData } from './documents'
import { CONFIDENTIAL_FIELDS, MISSION_KEY_DOC_ID, type SharedTable } from './tables'

/** The mission key document (shared, readable by members): how to derive the key, never the key. */
export interface MissionKeyDoc {
  _id: typeof MISSION_KEY_DOC_ID
  _rev?: string
  t: 'mission-key'
  salt: string
  iterations: number
  check: string
}

/** An encrypted field value as stored on the server. */
export interface EncryptedValue {
  $enc: string
}

/** Encrypts and decrypts the confidential fields of one mission. */
export interface FieldCipher {
  encrypt(docId: string, field: string, value: unknown): Promise<EncryptedValue>
  /** The clear value, or undefined when it cannot be decrypted (damaged, or another key). */
  decrypt(docId: string, field: string, value: EncryptedValue): Promise<unknown>
}

/** Iterations of PBKDF2 for a new mission key (as the archives). */
export const MISSION_KEY_ITERATIONS = 600_000

const encoder = new TextEncoder()
const decoder = new TextDecoder()

function isEncrypted(value: unknown): value is EncryptedValue {
  return typeof value === 'object' && value !== null && typeof (value as { $enc?: unknown }).$enc === 'string'
}

function cipherOf(key: CryptoKey): FieldCipher {
  const aad = (docId: string, field: string) => encoder.encode(`upr-desk sync v1\n${docId}\n${field}`)
  return {
    async encrypt(docId, field, value) {
      const iv = randomBytes(12)
      const sealed = await encrypt(key, iv, encoder.encode(JSON.stringify(value ?? null)), aad(docId, field))
      const out = new Uint8Array(iv.length + sealed.length)
      out.set(iv)
      out.set(sealed, iv.length)
      return { $enc: bytesToBase64(out) }
    },
    async decrypt(docId, field, value) {
      const bytes = base64ToBytes(value.$enc)
      if (!bytes || bytes.length < 13) return undefined
      const clear = await decrypt(key, bytes.subarray(0, 12), bytes.subarray(12), aad(docId, field))
      if (!clear) return undefined
      try {
        return JSON.parse(decoder.decode(clear)) as unknown
      } catch {
        return undefined
      }
    }
  }
}

/** A new mission key from a passphrase: the document to store on the server, and the cipher. */
export async function createMissionKey(passphrase: string, iterations = MISSION_KEY_ITERATIONS): Promise<{ doc: MissionKeyDoc; cipher: FieldCipher }> {
  const salt = randomBytes(16)
  const { key, check } = await deriveKeys(passphrase, salt, iterations)
  return { doc: { _id: MISSION_KEY_DOC_ID, t: 'mission-key', salt: bytesToBase64(salt), iterations, check: bytesToBase64(check) }, cipher: cipherOf(key) }
}

/** The cipher of the mission key document for this passphrase, or null when the passphrase is wrong. */
export async function unlockMissionKey(doc: MissionKeyDoc, passphrase: string): Promise<FieldCipher | null> {
  const salt = base64ToBytes(doc.salt)
  const expected = base64ToBytes(doc.check)
  if (!salt || !expected) return null
  const { key, check } = await deriveKeys(passphrase, salt, doc.iterations)
  return sameBytes(check, expected) ? cipherOf(key) : null
}

/** The body to store: confidential fields encrypted when the mission has a key. */
export async function encodeData(table: SharedTable, docId: string, data: RecordData, cipher: FieldCipher | null): Promise<RecordData> {
  const fields = CONFIDENTIAL_FIELDS[table] ?? []
  if (!cipher || fields.length === 0) return data
  const out = { ...data }
  for (const field of fields) if (field in out) out[field] = await cipher.encrypt(docId, field, out[field])
  return out
}

/**
 * The clear data of a stored body. An encrypted field this laptop cannot read (no key, another key) comes
 * back as `undefined` and is left out, so that it is never written over by mistake.
 */
export async function decodeData(docId: string, data: RecordData, cipher: FieldCipher | null): Promise<RecordData> {
  let out: RecordData | null = null
  for (const [field, value] of Object.entries(data)) {
    if (!isEncrypted(value)) continue
    out ??= { ...data }
    const clear = cipher ? await cipher.decrypt(docId, field, value) : undefined
    if (clear === undefined) delete out[field]
    else out[field] = clear
  }
  return out ?? data
}
