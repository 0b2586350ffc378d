/**
 * Checksums and passphrase encryption with WebCrypto only (browser, worker and Node alike).
 * PBKDF2-SHA-256 turns the passphrase and a random salt into a master secret; HKDF splits that into
 * the AES-256-GCM key and a separate check value. The check value lets a reader say "wrong passphrase"
 * without confusing it with a damaged file, and reveals nothing about the key.
 */
import { bytesToHex } from './base64'

const encoder = new TextEncoder()

// WebCrypto's types want ArrayBuffer-backed views; copy when a view sits on a shared or larger buffer.
function buffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes)
}

/** SHA-256 of bytes, as lower-case hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return bytesToHex(await sha256(bytes))
}

/** SHA-256 of bytes. */
export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', buffer(bytes)))
}

/** Random bytes from the platform's secure generator. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length))
}

/** The AES key and the passphrase check value derived from one passphrase and salt. */
export interface PassphraseKeys {
  key: CryptoKey
  check: Uint8Array
}

/** Derives the encryption key and check value from a passphrase (slow on purpose: PBKDF2). */
export async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number): Promise<PassphraseKeys> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits'])
  const master = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: buffer(salt), iterations }, material, 256)
  const hkdf = await crypto.subtle.importKey('raw', master, 'HKDF', false, ['deriveBits', 'deriveKey'])
  const info = (label: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(label) })
  const key = await crypto.subtle.deriveKey(info('upr-desk archive key v1'), hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
  const check = new Uint8Array(await crypto.subtle.deriveBits(info('upr-desk passphrase check v1'), hkdf, 256))
  return { key, check }
}

/** Encrypts with AES-256-GCM (the 16-byte tag is appended by WebCrypto). */
export async function encrypt(key: CryptoKey, iv: Uint8Array, plaintext: Uint8Array, additionalData: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(additionalData) }, key, buffer(plaintext)))
}

/** Decrypts AES-256-GCM, or returns null when the tag does not match (damaged data or wrong key). */
export async function decrypt(key: CryptoKey, iv: Uint8Array, ciphertext: Uint8Array, additionalData: Uint8Array): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(additionalData) }, key, buffer(ciphertext)))
  } catch {
    return null
  }
}

/** Compares two byte arrays without an early exit. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}
