/** Header facts bound into the encryption, so an encrypted archive's header cannot be altered unnoticed. */
import type { ArchiveHeader } from './format'
import { canonicalJson } from './record-hash'

/** The AES-GCM additional data: the header without the two fields that describe the ciphertext itself. */
export function additionalDataOf(header: ArchiveHeader): Uint8Array {
  const { bytes: _bytes, sha256: _sha256, ...content } = header.content
  return new TextEncoder().encode(canonicalJson({ ...header, content }))
}
