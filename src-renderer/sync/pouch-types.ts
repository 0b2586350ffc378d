/**
 * The part of PouchDB's API the sync engine uses, typed here (PouchDB ships no types; the community
 * types lag behind version 9). Documents are plain JSON objects.
 */

/** A JSON document with its id and revision. */
export interface PouchDoc {
  _id: string
  _rev?: string
  _deleted?: boolean
  _conflicts?: string[]
  [key: string]: unknown
}

/** One row of the changes feed. */
export interface PouchChange {
  id: string
  seq: number | string
  deleted?: boolean
  changes: { rev: string }[]
  doc?: PouchDoc
}

/** A write's outcome (or error) in bulkDocs. */
export interface PouchWriteResult {
  ok?: boolean
  id?: string
  rev?: string
  error?: string | boolean
  reason?: string
  status?: number
}

/** The events of a replication. */
export interface PouchReplication {
  on(event: 'change', listener: (info: { docs_written?: number; pending?: number; last_seq?: number | string }) => void): PouchReplication
  on(event: 'paused', listener: (error?: unknown) => void): PouchReplication
  on(event: 'active', listener: () => void): PouchReplication
  on(event: 'denied', listener: (error: unknown) => void): PouchReplication
  on(event: 'error', listener: (error: unknown) => void): PouchReplication
  on(event: 'complete', listener: (info: unknown) => void): PouchReplication
  cancel(): void
}

/** Options of a replication. */
export interface ReplicateOptions {
  live?: boolean
  retry?: boolean
  batch_size?: number
  batches_limit?: number
  back_off_function?: (delay: number) => number
  checkpoint?: 'source' | 'target' | false
}

/** The live changes listener. */
export interface PouchChangesListener {
  on(event: 'change', listener: (change: PouchChange) => void): PouchChangesListener
  on(event: 'error', listener: (error: unknown) => void): PouchChangesListener
  cancel(): void
}

/** A PouchDB database (local or remote). */
export interface PouchDatabase {
  readonly name: string
  info(): Promise<{ update_seq: number | string; doc_count: number }>
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean; attachments?: boolean; open_revs?: string[] | 'all' }): Promise<unknown>
  put(doc: PouchDoc): Promise<PouchWriteResult>
  bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<PouchWriteResult[]>
  bulkGet(options: { docs: { id: string; rev?: string }[]; revs?: boolean; attachments?: boolean }): Promise<{
    results: { id: string; docs: ({ ok: PouchDoc } | { error: { error: string; reason?: string } })[] }[]
  }>
  allDocs(options: { keys?: string[]; include_docs?: boolean; conflicts?: boolean; attachments?: boolean; limit?: number; startkey?: string; endkey?: string }): Promise<{
    rows: { id: string; key: string; value?: { rev: string; deleted?: boolean }; doc?: PouchDoc; error?: string }[]
    total_rows: number
  }>
  changes(options: {
    since?: number | string
    limit?: number
    include_docs?: boolean
    conflicts?: boolean
    attachments?: boolean
    style?: 'main_only' | 'all_docs'
    live?: boolean
    return_docs?: boolean
  }): Promise<{ results: PouchChange[]; last_seq: number | string }> & PouchChangesListener
  replicate: {
    to(target: PouchDatabase, options?: ReplicateOptions): PouchReplication & Promise<unknown>
    from(source: PouchDatabase, options?: ReplicateOptions): PouchReplication & Promise<unknown>
  }
  close(): Promise<void>
  destroy(): Promise<void>
}

/** The PouchDB constructor with its adapters and plugins. */
export interface PouchConstructor {
  new (name: string, options?: { adapter?: string; fetch?: typeof fetch; skip_setup?: boolean; revs_limit?: number; auto_compaction?: boolean }): PouchDatabase
}
