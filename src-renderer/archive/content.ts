/**
 * The content of an archive, before compression: JSON lines, written and read as a stream so 100,000
 * records never have to sit in one giant string.
 *
 *   {"uprDeskContent":1,"scope":{"kind":"mission","id":null,"label":"…"}}
 *   {"table":"recommendations"}
 *   [{…},{…},…]            one line per chunk of records (byte arrays as tagged base64)
 *   {"table":"reviews"}
 *   …
 *   {"end":{"counts":{"recommendations":100000,"reviews":12}}}
 *
 * A table line with no chunk after it is a table that was empty: a restore empties it too.
 */
import { parseWithBytes, stringifyWithBytes } from './binary-json'
import { collectBytes, createCompressor, type Compressor } from './compressor'
import { ARCHIVE_SCOPES, type ArchiveContent, type ArchiveRecord, type ArchiveScope, type ArchiveTables } from './format'

export const CONTENT_VERSION = 1
/** About 4 MB of text per write to the compressor. */
const BATCH_CHARS = 4 * 1024 * 1024
const MAX_ID_LENGTH = 512

/** Some records of one table, in the order they are written. */
export type TableChunk = RecordsChunk | SerialisedChunk

/** Records as objects. */
export interface RecordsChunk {
  table: string
  records: readonly ArchiveRecord[]
}

/** Records already serialised (by a reader in a worker): `json` is their JSON array, byte arrays tagged. */
export interface SerialisedChunk {
  table: string
  count: number
  json: string
}

/** The records of a chunk, as objects. */
export function recordsOf(chunk: TableChunk): readonly ArchiveRecord[] {
  return 'records' in chunk ? chunk.records : (parseWithBytes(chunk.json) as ArchiveRecord[])
}

/** The compressed content and what went into it. */
export interface EncodedContent {
  compressed: Uint8Array
  uncompressedBytes: number
  counts: Record<string, number>
}

/** Thrown when content cannot be read; the message says what is wrong, for logs and tests. */
export class ContentError extends Error {}

/** Collects a readable byte stream into one array. */
export const collect = collectBytes

/** Writes the content lines of the chunks, gzip-compressed as they go (in a worker where there is one). */
export async function encodeContent(
  scope: ArchiveScope,
  chunks: AsyncIterable<TableChunk> | Iterable<TableChunk>,
  compressor: Compressor = createCompressor()
): Promise<EncodedContent> {
  const counts: Record<string, number> = {}
  const done = new Set<string>()
  let current: string | null = null
  // Lines are gathered into batches of a few megabytes: the compressor gets few, large pieces.
  let batch: string[] = []
  let batchLength = 0
  const flush = async () => {
    if (batch.length === 0) return
    const text = batch.join('')
    batch = []
    batchLength = 0
    await compressor.write(text)
  }
  const line = async (text: string) => {
    batch.push(text, '\n')
    batchLength += text.length + 1
    if (batchLength >= BATCH_CHARS) await flush()
  }
  try {
    await line(JSON.stringify({ uprDeskContent: CONTENT_VERSION, scope }))
    for await (const chunk of chunks) {
      if (chunk.table !== current) {
        if (done.has(chunk.table)) throw new ContentError(`table ${chunk.table} written twice`)
        if (current !== null) done.add(current)
        current = chunk.table
        counts[chunk.table] = 0
        await line(JSON.stringify({ table: chunk.table }))
      }
      const count = 'records' in chunk ? chunk.records.length : chunk.count
      if (count === 0) continue
      counts[chunk.table] = (counts[chunk.table] ?? 0) + count
      await line('records' in chunk ? stringifyWithBytes(chunk.records) : chunk.json)
    }
    await line(JSON.stringify({ end: { counts } }))
    await flush()
  } catch (error) {
    compressor.abort()
    throw error
  }
  const { compressed, uncompressedBytes } = await compressor.finish()
  return { compressed, uncompressedBytes, counts }
}

/** Encodes tables held in memory (selections, tests). */
export function encodeTables(scope: ArchiveScope, tables: ArchiveTables): Promise<EncodedContent> {
  return encodeContent(
    scope,
    Object.entries(tables).map(([table, records]) => ({ table, records }))
  )
}

function isScope(value: unknown): value is ArchiveScope {
  if (typeof value !== 'object' || value === null) return false
  const s = value as Record<string, unknown>
  return (
    (ARCHIVE_SCOPES as readonly unknown[]).includes(s['kind']) &&
    (s['id'] === null || (typeof s['id'] === 'string' && s['id'].length <= MAX_ID_LENGTH)) &&
    typeof s['label'] === 'string' &&
    s['label'].length <= 500
  )
}

interface DecodeOptions {
  /** Tables the archive's schema version has: any other table name is damage. */
  allowedTables: readonly string[]
  /** The uncompressed size the header states; more than this is refused (no gzip bombs). */
  maxBytes: number
  /** The records per table the header states: a table not listed, or holding more, is refused as it is read. */
  maxRecords?: Readonly<Record<string, number>>
}

/** Reads compressed content back into tables, checking every line; throws ContentError on damage. */
export async function decodeContent(compressed: Uint8Array, options: DecodeOptions): Promise<ArchiveContent> {
  const gunzip = new DecompressionStream('gzip')
  const writer = gunzip.writable.getWriter()
  // Feed the bytes and close; a damaged stream makes the reads below fail, which is what is handled.
  writer.write(compressed.buffer instanceof ArrayBuffer ? (compressed as Uint8Array<ArrayBuffer>) : new Uint8Array(compressed)).then(
    () => writer.close(),
    () => undefined
  ).catch(() => undefined)
  const reader = gunzip.readable.getReader()
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const state = new ContentReader(options.allowedTables, options.maxRecords)
  // Pieces of the line being read: newlines are looked for in each new piece only, never in the
  // whole pending text (a chunk line is megabytes long).
  const parts: string[] = []
  const feed = (piece: string) => {
    let start = 0
    let newline = piece.indexOf('\n')
    while (newline >= 0) {
      parts.push(piece.slice(start, newline))
      const line = parts.join('')
      parts.length = 0
      state.line(line)
      start = newline + 1
      newline = piece.indexOf('\n', start)
    }
    if (start < piece.length) parts.push(piece.slice(start))
  }
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > options.maxBytes) throw new ContentError('content is larger than the header says')
      feed(decoder.decode(value, { stream: true }))
    }
    feed(decoder.decode())
  } catch (error) {
    await reader.cancel().catch(() => undefined)
    if (error instanceof ContentError) throw error
    throw new ContentError(`content cannot be unpacked: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (parts.length > 0) throw new ContentError('content ends in the middle of a line')
  return state.finish()
}

/** The line-by-line reader behind decodeContent. */
class ContentReader {
  private scope: ArchiveScope | null = null
  private readonly tables: ArchiveTables = {}
  private current: string | null = null
  private ids = new Set<string>()
  private ended: Record<string, unknown> | null = null

  constructor(
    private readonly allowed: readonly string[],
    private readonly maxRecords?: Readonly<Record<string, number>>
  ) {}

  line(text: string): void {
    if (this.ended !== null) throw new ContentError('content continues after its end')
    let value: unknown
    try {
      value = parseWithBytes(text)
    } catch (error) {
      throw new ContentError(`a line is not valid JSON (${error instanceof Error ? error.message : String(error)})`)
    }
    if (this.scope === null) {
      const first = value as Record<string, unknown> | null
      if (typeof first !== 'object' || first === null || first['uprDeskContent'] !== CONTENT_VERSION || !isScope(first['scope'])) {
        throw new ContentError('content does not start with its description')
      }
      this.scope = { kind: first['scope'].kind, id: first['scope'].id, label: first['scope'].label }
      return
    }
    if (Array.isArray(value)) return this.records(value)
    if (typeof value !== 'object' || value === null) throw new ContentError('unexpected line')
    const object = value as Record<string, unknown>
    if (typeof object['table'] === 'string' && Object.keys(object).length === 1) return this.table(object['table'])
    if (typeof object['end'] === 'object' && object['end'] !== null && Object.keys(object).length === 1) {
      this.ended = object['end'] as Record<string, unknown>
      return
    }
    throw new ContentError('unexpected line')
  }

  private table(name: string): void {
    if (!this.allowed.includes(name)) throw new ContentError(`unknown table "${name.slice(0, 60)}"`)
    if (Object.hasOwn(this.tables, name)) throw new ContentError(`table ${name} appears twice`)
    if (this.maxRecords && !Object.hasOwn(this.maxRecords, name)) throw new ContentError(`table ${name} is not in the header`)
    this.current = name
    this.ids = new Set()
    this.tables[name] = []
  }

  private records(values: unknown[]): void {
    if (this.current === null) throw new ContentError('records before any table')
    const list = this.tables[this.current]!
    // Never hold more records than the header declared (itself checked against the hard limits).
    const max = this.maxRecords?.[this.current]
    if (max !== undefined && list.length + values.length > max) throw new ContentError(`table ${this.current} holds more records than the header says`)
    for (const value of values) {
      if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) {
        throw new ContentError(`a record of ${this.current} is not an object`)
      }
      const id = (value as Record<string, unknown>)['id']
      if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) throw new ContentError(`a record of ${this.current} has no valid id`)
      if (this.ids.has(id)) throw new ContentError(`two records of ${this.current} have the id ${id.slice(0, 60)}`)
      this.ids.add(id)
      list.push(value as ArchiveRecord)
    }
  }

  finish(): ArchiveContent {
    if (this.scope === null) throw new ContentError('content is empty')
    if (this.ended === null) throw new ContentError('content has no end: it was cut short')
    const stated = this.ended['counts']
    if (typeof stated !== 'object' || stated === null) throw new ContentError('content end has no counts')
    const actual = Object.fromEntries(Object.entries(this.tables).map(([name, records]) => [name, records.length]))
    const statedEntries = Object.entries(stated as Record<string, unknown>)
    if (statedEntries.length !== Object.keys(actual).length || statedEntries.some(([name, n]) => actual[name] !== n)) {
      throw new ContentError('record counts do not match the records')
    }
    return { scope: this.scope, tables: this.tables }
  }
}
