/**
 * The register in memory, compact: recommendations as rows in chunks of about 1,000, each chunk held
 * column by column (typed arrays, dictionary-coded values, search stems as numbers of one register-wide
 * vocabulary). A chunk is also what is stored in the register cache: 100 records of columns read back
 * in a fraction of the time 100,000 record objects take, and filters run over typed arrays.
 *
 * Pure: no storage here. A row is addressed by its global index, `chunk number * CHUNK_SLOTS + row`.
 */
import {
  IMPLEMENTATION_STATUSES,
  POSITIONS,
  type ActionCategory,
  type ImplementationStatus,
  type Iso3,
  type Position,
  type Recommendation
} from './model'
import { recommendationSearchSource } from './recommendation-search-source'
import { currentSearchText, preparedStems } from './search-text'

/** Rows a chunk takes before a new one is started. */
export const CHUNK_ROWS = 1000
/** Index space of one chunk (a power of two above CHUNK_ROWS): global index = chunk * CHUNK_SLOTS + row. */
export const CHUNK_SLOTS = 1024
const SLOT_BITS = 10
/** Version of the stored chunk layout and of its search stems; a cache in another one is rebuilt. */
export const CHUNK_FORMAT = 2

/** What the register shows, filters, sorts and searches of one recommendation. */
export interface RegisterRow {
  id: string
  number: string | null
  text: string
  stateUnderReview: Iso3
  session: number | null
  cycle: number | null
  recommendingStates: Iso3[]
  recommendingStatesRaw: string[]
  position: Position
  actionCategory: ActionCategory | null
  themes: string[]
  affectedPersons: string[]
  sdgTargets: string[]
  implementationStatus: ImplementationStatus
  madeByUs: boolean
  updatedAt: string
  /** Search stems of the number, the text, the States as printed and their names in three languages, in order (see `searchableText`). */
  stems: string[]
}

/** The register row of a stored recommendation. */
export function rowOf(record: Recommendation): RegisterRow {
  // The repository keeps `searchText` in step; a record written without it, or by an earlier stemmer, is prepared here.
  const prepared = currentSearchText(record.searchText, () => recommendationSearchSource(record))
  return {
    id: record.id,
    number: record.number ?? null,
    text: record.text ?? '',
    stateUnderReview: record.stateUnderReview,
    session: record.session ?? null,
    cycle: record.cycle ?? null,
    recommendingStates: record.recommendingStates ?? [],
    recommendingStatesRaw: record.recommendingStatesRaw ?? [],
    position: record.position,
    actionCategory: record.actionCategory ?? null,
    themes: record.themes ?? [],
    affectedPersons: record.affectedPersons ?? [],
    sdgTargets: record.sdgTargets ?? [],
    implementationStatus: record.implementationStatus,
    madeByUs: record.madeByUs === true,
    updatedAt: record.updatedAt,
    stems: preparedStems(prepared)
  }
}

/** Codes of a column of lists: row i holds `values[offsets[i] .. offsets[i + 1]]`, indexes into `dict`. */
export interface ListColumn {
  dict: string[]
  offsets: Uint32Array
  values: Uint16Array | Uint32Array
}

/** Codes of a column of single values: row i holds `dict[codes[i]]`. */
export interface ValueColumn {
  dict: string[]
  codes: Uint16Array | Uint32Array
}

/** One chunk of rows, column by column, as stored in the register cache (plain data, structured-cloneable). */
export interface RegisterChunkData {
  /** The chunk number. */
  id: number
  format: number
  size: number
  ids: string[]
  numbers: (string | null)[]
  texts: string[]
  updatedAt: string[]
  stateUnderReview: ValueColumn
  /** 0 = none. */
  session: Uint16Array
  /** 0 = none. */
  cycle: Uint8Array
  /** Index in POSITIONS. */
  position: Uint8Array
  /** 0 = none, else 1-5. */
  actionCategory: Uint8Array
  /** Index in IMPLEMENTATION_STATUSES. */
  implementationStatus: Uint8Array
  madeByUs: Uint8Array
  /** Numeric sort key of the printed number (see `numberSortKey`). */
  numberKey: Float64Array
  recommendingStates: ListColumn
  recommendingStatesRaw: ListColumn
  themes: ListColumn
  affectedPersons: ListColumn
  sdgTargets: ListColumn
  /** Row i's search stems are `tokens[tokenOffsets[i] .. tokenOffsets[i + 1]]`, numbers of the register's Vocabulary. */
  tokenOffsets: Uint32Array
  tokens: Uint32Array
}

function codeArray(size: number, dictSize: number): Uint16Array | Uint32Array {
  return dictSize <= 0xffff ? new Uint16Array(size) : new Uint32Array(size)
}

function listColumn(lists: readonly (readonly string[])[]): ListColumn {
  const codes = new Map<string, number>()
  const dict: string[] = []
  let total = 0
  for (const list of lists) total += list.length
  const raw = new Uint32Array(total)
  const offsets = new Uint32Array(lists.length + 1)
  let k = 0
  for (let i = 0; i < lists.length; i++) {
    offsets[i] = k
    for (const value of lists[i]!) {
      let code = codes.get(value)
      if (code === undefined) {
        code = dict.length
        codes.set(value, code)
        dict.push(value)
      }
      raw[k++] = code
    }
  }
  offsets[lists.length] = k
  const values = codeArray(total, dict.length)
  values.set(raw)
  return { dict, offsets, values }
}

function valueColumn(values: readonly string[]): ValueColumn {
  const index = new Map<string, number>()
  const dict: string[] = []
  const codes = codeArray(values.length, values.length)
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    let code = index.get(value)
    if (code === undefined) {
      code = dict.length
      index.set(value, code)
      dict.push(value)
    }
    codes[i] = code
  }
  return { dict, codes }
}

function listAt(column: ListColumn, i: number): string[] {
  const out: string[] = []
  for (let k = column.offsets[i]!; k < column.offsets[i + 1]!; k++) out.push(column.dict[column.values[k]!]!)
  return out
}

const POSITION_CODE = new Map<string, number>(POSITIONS.map((p, i) => [p, i]))
const STATUS_CODE = new Map<string, number>(IMPLEMENTATION_STATUSES.map((s, i) => [s, i]))

/** A sortable value for a printed number: "121.10" after "121.2", "102.1." like "102.1"; none last. */
export function numberSortKey(number: string | null): number {
  if (!number) return Number.MAX_SAFE_INTEGER
  const [a = '', b = '', c = ''] = number.split('.')
  return (Number.parseInt(a, 10) || 0) * 1e8 + (Number.parseInt(b, 10) || 0) * 1e4 + (Number.parseInt(c, 10) || 0)
}

/** Encodes rows as one chunk; their stems are numbered in (and added to) the vocabulary. */
export function encodeChunk(id: number, rows: readonly RegisterRow[], vocabulary: Vocabulary): RegisterChunkData {
  const n = rows.length
  const session = new Uint16Array(n)
  const cycle = new Uint8Array(n)
  const position = new Uint8Array(n)
  const actionCategory = new Uint8Array(n)
  const implementationStatus = new Uint8Array(n)
  const madeByUs = new Uint8Array(n)
  const numberKey = new Float64Array(n)
  const tokenOffsets = new Uint32Array(n + 1)
  let total = 0
  for (let i = 0; i < n; i++) {
    const r = rows[i]!
    session[i] = r.session !== null && r.session > 0 && r.session <= 0xffff ? r.session : 0
    cycle[i] = r.cycle !== null && r.cycle > 0 && r.cycle <= 0xff ? r.cycle : 0
    // Values this version does not know are shown as pending / not started rather than lost from view.
    position[i] = POSITION_CODE.get(r.position) ?? POSITIONS.indexOf('pending')
    actionCategory[i] = r.actionCategory ?? 0
    implementationStatus[i] = STATUS_CODE.get(r.implementationStatus) ?? 0
    madeByUs[i] = r.madeByUs ? 1 : 0
    numberKey[i] = numberSortKey(r.number)
    tokenOffsets[i] = total
    total += r.stems.length
  }
  tokenOffsets[n] = total
  const tokens = new Uint32Array(total)
  for (let i = 0, k = 0; i < n; i++) for (const stem of rows[i]!.stems) tokens[k++] = vocabulary.intern(stem)
  return {
    id,
    format: CHUNK_FORMAT,
    size: n,
    ids: rows.map((r) => r.id),
    numbers: rows.map((r) => r.number),
    texts: rows.map((r) => r.text),
    updatedAt: rows.map((r) => r.updatedAt),
    stateUnderReview: valueColumn(rows.map((r) => r.stateUnderReview)),
    session,
    cycle,
    position,
    actionCategory,
    implementationStatus,
    madeByUs,
    numberKey,
    recommendingStates: listColumn(rows.map((r) => r.recommendingStates)),
    recommendingStatesRaw: listColumn(rows.map((r) => r.recommendingStatesRaw)),
    themes: listColumn(rows.map((r) => r.themes)),
    affectedPersons: listColumn(rows.map((r) => r.affectedPersons)),
    sdgTargets: listColumn(rows.map((r) => r.sdgTargets)),
    tokenOffsets,
    tokens
  }
}

/** Row i of a chunk, as a plain row again. */
export function decodeRow(chunk: RegisterChunkData, i: number, vocabulary: Vocabulary): RegisterRow {
  const session = chunk.session[i]!
  const cycle = chunk.cycle[i]!
  const category = chunk.actionCategory[i]!
  const stems: string[] = []
  for (let k = chunk.tokenOffsets[i]!; k < chunk.tokenOffsets[i + 1]!; k++) stems.push(vocabulary.words[chunk.tokens[k]!] ?? '')
  return {
    id: chunk.ids[i]!,
    number: chunk.numbers[i] ?? null,
    text: chunk.texts[i]!,
    stateUnderReview: chunk.stateUnderReview.dict[chunk.stateUnderReview.codes[i]!]!,
    session: session === 0 ? null : session,
    cycle: cycle === 0 ? null : cycle,
    recommendingStates: listAt(chunk.recommendingStates, i),
    recommendingStatesRaw: listAt(chunk.recommendingStatesRaw, i),
    position: POSITIONS[chunk.position[i]!] ?? 'pending',
    actionCategory: category === 0 ? null : (category as ActionCategory),
    themes: listAt(chunk.themes, i),
    affectedPersons: listAt(chunk.affectedPersons, i),
    sdgTargets: listAt(chunk.sdgTargets, i),
    implementationStatus: IMPLEMENTATION_STATUSES[chunk.implementationStatus[i]!] ?? 'not-started',
    madeByUs: chunk.madeByUs[i] === 1,
    updatedAt: chunk.updatedAt[i]!,
    stems
  }
}

/** True when a stored value has the shape of a chunk of this format (the cache is checked before use). */
export function isChunkData(value: unknown): value is RegisterChunkData {
  if (typeof value !== 'object' || value === null) return false
  const c = value as Partial<RegisterChunkData>
  return (
    c.format === CHUNK_FORMAT &&
    typeof c.id === 'number' &&
    typeof c.size === 'number' &&
    Array.isArray(c.ids) &&
    c.ids.length === c.size &&
    Array.isArray(c.texts) &&
    c.texts.length === c.size &&
    c.session instanceof Uint16Array &&
    c.session.length === c.size &&
    c.numberKey instanceof Float64Array &&
    c.tokens instanceof Uint32Array &&
    c.tokenOffsets instanceof Uint32Array &&
    c.tokenOffsets.length === c.size + 1
  )
}

/**
 * Every search stem of the register, numbered once. Stored with the cache as a plain list; the lookup
 * map and the first-letter buckets are built on first use (a start that only lists and filters never
 * pays for them).
 */
export class Vocabulary {
  private readonly codes = new Map<string, number>()
  /** Words [0, mapped) are in `codes`. */
  private mapped = 0
  private byFirst: Map<string, number[]> | null = null
  private readonly prefixCache = new Map<string, { size: number; ids: Uint32Array }>()

  constructor(readonly words: string[] = []) {}

  /** The number of a stem, adding it if new. */
  intern(word: string): number {
    const codes = this.lookup()
    let code = codes.get(word)
    if (code === undefined) {
      code = this.words.length
      codes.set(word, code)
      this.words.push(word)
      this.mapped = this.words.length
      if (this.byFirst) {
        const first = word.charAt(0)
        const bucket = this.byFirst.get(first)
        if (bucket) bucket.push(code)
        else this.byFirst.set(first, [code])
      }
    }
    return code
  }

  /** The number of a stem, or -1 when no row has it. */
  codeOf(word: string): number {
    return this.lookup().get(word) ?? -1
  }

  /**
   * The number of a stem, or -1, for a search: through the lookup map once it is built (in idle time
   * after a start), until then through the first-letter buckets that the search index builds, so that
   * a search typed at once after a start does not wait for a map of 100,000 words.
   */
  find(word: string): number {
    if (this.mapped >= this.words.length) return this.codes.get(word) ?? -1
    const bucket = this.buckets().get(word.charAt(0))
    if (bucket) for (const code of bucket) if (this.words[code] === word) return code
    return -1
  }

  /** The numbers of every stem that starts with `prefix` (remembered until new stems arrive). */
  startingWith(prefix: string): Uint32Array {
    const cached = this.prefixCache.get(prefix)
    if (cached && cached.size === this.words.length) return cached.ids
    const bucket = this.buckets().get(prefix.charAt(0)) ?? []
    const found: number[] = []
    for (const code of bucket) if (this.words[code]!.startsWith(prefix)) found.push(code)
    const ids = Uint32Array.from(found)
    if (this.prefixCache.size > 200) this.prefixCache.clear()
    this.prefixCache.set(prefix, { size: this.words.length, ids })
    return ids
  }

  /**
   * Builds some of the lookup map ahead of need, for at most `budgetMs`; true when all is built. Called
   * in idle time, so that no single task builds a map of 100,000 words.
   */
  prepare(budgetMs: number): boolean {
    const until = performance.now() + budgetMs
    while (this.mapped < this.words.length) {
      const end = Math.min(this.words.length, this.mapped + 2000)
      for (let i = this.mapped; i < end; i++) this.codes.set(this.words[i]!, i)
      this.mapped = end
      if (performance.now() > until) break
    }
    return this.mapped >= this.words.length
  }

  private lookup(): Map<string, number> {
    for (let i = this.mapped; i < this.words.length; i++) this.codes.set(this.words[i]!, i)
    this.mapped = this.words.length
    return this.codes
  }

  /** Builds the first-letter buckets of prefix matching now (with the search index, in idle time). */
  prepareBuckets(): void {
    this.buckets()
  }

  private buckets(): Map<string, number[]> {
    if (!this.byFirst) {
      this.byFirst = new Map()
      for (let i = 0; i < this.words.length; i++) {
        const first = this.words[i]!.charAt(0)
        let bucket = this.byFirst.get(first)
        if (!bucket) this.byFirst.set(first, (bucket = []))
        bucket.push(i)
      }
    }
    return this.byFirst
  }
}

/** What a change did to the chunks, so that only those are stored again. */
export interface ChunkChanges {
  changed: number[]
  removed: number[]
}

/**
 * Every row of the register, in chunks. Mutable: `apply` changes rows in place and bumps `revision`;
 * derived values (sort orders, facets) are worked out again on demand after a change.
 */
export class RegisterTable {
  private readonly chunks: (RegisterChunkData | undefined)[] = []
  /** id -> global index, built when first needed. */
  private whereCache: Map<string, number> | null = null
  private readonly derivedCache = { revision: -1, values: new Map<string, unknown>() }
  revision = 0
  size = 0

  constructor(readonly vocabulary: Vocabulary = new Vocabulary()) {}

  /**
   * A table of stored chunks (their numbers are kept) and the vocabulary their tokens number; the
   * register order, when it was stored with them, saves sorting again.
   */
  static fromChunks(chunks: readonly RegisterChunkData[], words: string[], registerOrder?: Uint32Array | null): RegisterTable {
    const table = new RegisterTable(new Vocabulary(words))
    for (const data of chunks) table.put(data)
    if (registerOrder && registerOrder.length === table.size) table.derived('order:register', () => registerOrder)
    return table
  }

  /** A table of rows, filled chunk after chunk in the given order. */
  static fromRows(rows: readonly RegisterRow[]): RegisterTable {
    const table = new RegisterTable()
    table.apply(rows, [])
    return table
  }

  /** The chunks, by chunk number. */
  chunkList(): RegisterChunkData[] {
    return this.chunks.filter((c): c is RegisterChunkData => c !== undefined)
  }

  /** One chunk by number. */
  chunk(number: number): RegisterChunkData | undefined {
    return this.chunks[number]
  }

  /** The index space in use: every global index is below this. */
  get capacity(): number {
    return this.chunks.length * CHUNK_SLOTS
  }

  /** The global index of a recommendation, if it is in the register. */
  indexOf(id: string): number | undefined {
    return this.where().get(id)
  }

  /** The chunk and row of a global index, or undefined for an empty slot. */
  locate(index: number): { chunk: RegisterChunkData; row: number } | undefined {
    const chunk = this.chunks[index >>> SLOT_BITS]
    const row = index & (CHUNK_SLOTS - 1)
    if (!chunk || row >= chunk.size) return undefined
    return { chunk, row }
  }

  /** The id at a global index. */
  idAt(index: number): string | undefined {
    const at = this.locate(index)
    return at ? at.chunk.ids[at.row] : undefined
  }

  /** The row at a global index, decoded. */
  rowAt(index: number): RegisterRow | undefined {
    const at = this.locate(index)
    return at ? decodeRow(at.chunk, at.row, this.vocabulary) : undefined
  }

  /**
   * Adds or replaces rows (matched by id) and removes ids, chunk by chunk: a chunk that changes is
   * encoded again whole (rows keep their places; new rows fill the last chunk, then new chunks).
   */
  apply(upserts: readonly RegisterRow[], deletes: readonly string[]): ChunkChanges {
    type Edit = { put: Map<string, RegisterRow>; remove: Set<string>; append: RegisterRow[] }
    const where = this.where()
    const perChunk = new Map<number, Edit>()
    const edit = (chunk: number): Edit => {
      let e = perChunk.get(chunk)
      if (!e) perChunk.set(chunk, (e = { put: new Map(), remove: new Set(), append: [] }))
      return e
    }
    const removed = new Set(deletes)
    // Rows not in the table yet, once each (the last version of a row given twice wins).
    const fresh = new Map<string, RegisterRow>()
    for (const row of upserts) {
      if (removed.has(row.id)) continue
      const at = where.get(row.id)
      if (at !== undefined) edit(at >>> SLOT_BITS).put.set(row.id, row)
      else fresh.set(row.id, row)
    }
    for (const id of removed) {
      const at = where.get(id)
      if (at !== undefined) edit(at >>> SLOT_BITS).remove.add(id)
    }
    // New rows go to the last chunk while it has room, then to new chunks.
    let last = this.chunks.length - 1
    let room = last >= 0 ? CHUNK_ROWS - (this.chunks[last]?.size ?? CHUNK_ROWS) : 0
    for (const row of fresh.values()) {
      if (room <= 0) {
        last++
        room = CHUNK_ROWS
      }
      edit(last).append.push(row)
      room--
    }
    const changes: ChunkChanges = { changed: [], removed: [] }
    for (const [number, e] of perChunk) {
      const old = this.chunks[number]
      const rows: RegisterRow[] = []
      if (old) {
        for (let i = 0; i < old.size; i++) {
          const id = old.ids[i]!
          if (e.remove.has(id)) continue
          rows.push(e.put.get(id) ?? decodeRow(old, i, this.vocabulary))
        }
      }
      rows.push(...e.append)
      if (rows.length === 0) {
        this.drop(number)
        changes.removed.push(number)
      } else {
        this.put(encodeChunk(number, rows, this.vocabulary))
        changes.changed.push(number)
      }
    }
    while (this.chunks.length > 0 && this.chunks[this.chunks.length - 1] === undefined) this.chunks.pop()
    return changes
  }

  /** A value derived from the rows, worked out once per revision (sort orders, counts, facets). */
  derived<T>(key: string, compute: () => T): T {
    const cache = this.derivedCache
    if (cache.revision !== this.revision) {
      cache.values.clear()
      cache.revision = this.revision
    }
    if (cache.values.has(key)) return cache.values.get(key) as T
    const value = compute()
    cache.values.set(key, value)
    return value
  }

  /** A remembered sort order (global indexes), worked out again after a change. */
  order(key: string, compute: () => Uint32Array): Uint32Array {
    return this.derived(`order:${key}`, compute)
  }

  private where(): Map<string, number> {
    if (!this.whereCache) {
      this.whereCache = new Map()
      for (const chunk of this.chunks) {
        if (!chunk) continue
        const base = chunk.id * CHUNK_SLOTS
        for (let i = 0; i < chunk.size; i++) this.whereCache.set(chunk.ids[i]!, base + i)
      }
    }
    return this.whereCache
  }

  private put(data: RegisterChunkData): void {
    this.drop(data.id)
    while (this.chunks.length < data.id) this.chunks.push(undefined)
    this.chunks[data.id] = data
    if (this.whereCache) {
      const base = data.id * CHUNK_SLOTS
      for (let i = 0; i < data.size; i++) this.whereCache.set(data.ids[i]!, base + i)
    }
    this.size += data.size
    this.revision++
  }

  private drop(number: number): void {
    const previous = this.chunks[number]
    if (!previous) return
    if (this.whereCache) for (const id of previous.ids) this.whereCache.delete(id)
    this.size -= previous.size
    this.chunks[number] = undefined
    this.revision++
  }
}
