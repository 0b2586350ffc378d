/**
 * Full-text search over the register table: an inverted index (for every stem, the rows that hold it),
 * built once per change of the table, so that a query touches only the rows of its words. Semantics
 * as in search-text.ts: every word must match (AND), by one of its stems (one per language), the last
 * word while typed also by the start of a stem ("viol" matches violence); "exact phrases" match stem
 * sequences in order.
 */
import { CHUNK_SLOTS, type RegisterTable, type Vocabulary } from './register-table'
import type { SearchQuery, SearchTerm } from './search-text'

/** For every vocabulary code, the global indexes of the rows that hold it (ascending, once each). */
export interface SearchIndex {
  offsets: Uint32Array
  rows: Uint32Array
}

/** The table's inverted index (remembered until the table changes). */
export function searchIndexOf(table: RegisterTable): SearchIndex {
  return table.derived('search-index', () => buildIndex(table))
}

function buildIndex(table: RegisterTable): SearchIndex {
  // The word being typed is matched by prefix through the first-letter buckets: build them with the index.
  table.vocabulary.prepareBuckets()
  const size = table.vocabulary.words.length
  const counts = new Uint32Array(size + 1)
  // The last row that counted a code: a stem repeated within a row is listed once.
  const last = new Int32Array(size).fill(-1)
  const chunks = table.chunkList()
  for (const c of chunks) {
    const base = c.id * CHUNK_SLOTS
    for (let i = 0; i < c.size; i++) {
      const row = base + i
      for (let k = c.tokenOffsets[i]!, end = c.tokenOffsets[i + 1]!; k < end; k++) {
        const code = c.tokens[k]!
        if (last[code] !== row) {
          last[code] = row
          counts[code]!++
        }
      }
    }
  }
  const offsets = new Uint32Array(size + 1)
  for (let v = 0; v < size; v++) offsets[v + 1] = offsets[v]! + counts[v]!
  const rows = new Uint32Array(offsets[size]!)
  const cursor = offsets.slice(0, size)
  last.fill(-1)
  for (const c of chunks) {
    const base = c.id * CHUNK_SLOTS
    for (let i = 0; i < c.size; i++) {
      const row = base + i
      for (let k = c.tokenOffsets[i]!, end = c.tokenOffsets[i + 1]!; k < end; k++) {
        const code = c.tokens[k]!
        if (last[code] !== row) {
          last[code] = row
          rows[cursor[code]!++] = row
        }
      }
    }
  }
  return { offsets, rows }
}

/** A query worked out against the table: which rows hold every word, and the phrases still to check. */
export interface SearchMatch {
  /** `hits[row] === needed` for a row that holds every word and every phrase's stems. */
  hits: Uint8Array
  needed: number
  /** Each phrase as code sequences (one per language found in the register), one of which a row must hold in order. */
  phrases: Uint32Array[][]
}

/** The codes a word matches: its stems that some row holds and, while it is typed, every stem it begins. */
function termCodes(vocabulary: Vocabulary, term: SearchTerm): Uint32Array {
  const codes = new Set<number>()
  for (const stem of term.stems) {
    const code = vocabulary.find(stem)
    if (code >= 0) codes.add(code)
  }
  if (term.prefix !== null) for (const code of vocabulary.startingWith(term.prefix)) codes.add(code)
  return Uint32Array.from(codes)
}

/** Matches a parsed query; null when some word or phrase is in no row at all. */
export function matchSearch(table: RegisterTable, query: SearchQuery): SearchMatch | null {
  const { vocabulary } = table
  const index = searchIndexOf(table)
  const groups: Uint32Array[] = query.terms.map((term) => termCodes(vocabulary, term))
  const phrases: Uint32Array[][] = []
  for (const variants of query.phrases) {
    // A phrase in each language: the ones whose every stem some row holds.
    const sequences: Uint32Array[] = []
    for (const phrase of variants) {
      const codes = phrase.trim().split(' ').map((stem) => vocabulary.find(stem))
      if (codes.every((c) => c >= 0)) sequences.push(Uint32Array.from(codes))
    }
    if (sequences.length === 0) return null
    phrases.push(sequences)
    // A row must hold every stem of one sequence: word by word, the stem of any of them (checked in order later).
    const length = sequences[0]!.length
    if (sequences.every((s) => s.length === length)) {
      for (let k = 0; k < length; k++) groups.push(Uint32Array.from(new Set(sequences.map((s) => s[k]!))))
    } else {
      groups.push(Uint32Array.from(new Set(sequences.flatMap((s) => [...s]))))
    }
  }
  if (groups.some((g) => g.length === 0)) return null
  if (groups.length > 255) return matchTooLong(table, groups, phrases, index)
  // Rarest first: the later passes only move rows that passed every earlier one.
  const sizeOf = (g: Uint32Array) => {
    let n = 0
    for (const code of g) n += index.offsets[code + 1]! - index.offsets[code]!
    return n
  }
  groups.sort((a, b) => sizeOf(a) - sizeOf(b))
  const hits = scratch(table, 'search-hits')
  for (let t = 0; t < groups.length; t++) {
    for (const code of groups[t]!) {
      for (let k = index.offsets[code]!, end = index.offsets[code + 1]!; k < end; k++) {
        const row = index.rows[k]!
        // A row moves on once per word, and only if it held all the words before.
        if (hits[row] === t) hits[row] = t + 1
      }
    }
  }
  return { hits, needed: groups.length, phrases }
}

/** More than 255 words (a pasted paragraph): the same AND, counted in a wider array. */
function matchTooLong(table: RegisterTable, groups: Uint32Array[], phrases: Uint32Array[][], index: SearchIndex): SearchMatch {
  const counts = new Uint16Array(table.capacity)
  groups.forEach((group, t) => {
    for (const code of group) for (let k = index.offsets[code]!; k < index.offsets[code + 1]!; k++) if (counts[index.rows[k]!] === t) counts[index.rows[k]!] = t + 1
  })
  const hits = new Uint8Array(table.capacity)
  for (let i = 0; i < counts.length; i++) if (counts[i] === groups.length) hits[i] = 1
  return { hits, needed: 1, phrases }
}

/**
 * A zeroed buffer of the table's capacity, reused from one query to the next (a query used to leave
 * hundreds of kilobytes for the garbage collector at every keystroke). Valid until the next query.
 */
export function scratch(table: RegisterTable, name: string): Uint8Array {
  const buffer = table.derived(`scratch:${name}`, () => new Uint8Array(table.capacity))
  buffer.fill(0)
  return buffer
}

/** True when the row's stems (tokens[from..to]) hold the phrase in order. */
export function hasSequence(tokens: Uint32Array, from: number, to: number, phrase: Uint32Array): boolean {
  const last = to - phrase.length
  outer: for (let k = from; k <= last; k++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[k + j] !== phrase[j]) continue outer
    return true
  }
  return false
}
