import { decodeSingleByte } from '../../../src-renderer/import/detect-format'

/** Encodes text in a single-byte code page, from the decoder's own table (fails on characters it lacks). */
export function encodeSingleByte(text: string, encoding: 'windows-1252' | 'macintosh'): Uint8Array {
  const all = decodeSingleByte(Uint8Array.from({ length: 256 }, (_, i) => i), encoding)
  const byChar = new Map<string, number>()
  for (let b = 0; b < 256; b++) byChar.set(all[b] ?? '', b)
  return Uint8Array.from(Array.from(text), (c) => {
    const b = byChar.get(c)
    if (b === undefined) throw new Error(`${c} is not in ${encoding}`)
    return b
  })
}
