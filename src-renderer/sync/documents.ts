/**
 * A shared record as a CouchDB document. The record's fields live in `d`; `s` says in which revision each
 * field last changed (fields missing from `s` have not changed since the document's first revision, `c`);
 * `o` lists, per field, the older stamps a value is known to supersede (left by merges). An attachment
 * record's bytes travel as the CouchDB attachment `file`. Pure: no PouchDB here.
 */
import { base64ToBytes, bytesToBase64 } from '../archive/base64'
import { canonicalJson } from '../archive/record-hash'
import { childHistory, type RevisionHistory } from './revisions'
import { ATTACHMENT_NAME, ATTACHMENT_TABLE, LOCAL_ONLY_FIELDS, docIdOf, type SharedTable } from './tables'

/** An inline CouchDB attachment (base64 data) or a stub of one already stored. */
export interface DocAttachment {
  content_type: string
  data?: string
  digest?: string
  length?: number
  stub?: boolean
}

/** The JSON body of a shared record's document. */
export interface SyncDoc {
  _id: string
  _rev: string
  _deleted?: boolean
  _revisions?: RevisionHistory
  _attachments?: Record<string, DocAttachment>
  _conflicts?: string[]
  /** The table. */
  t: SharedTable
  /** The fields (without the id); confidential ones may be encrypted (`{ $enc: … }`). */
  d: Record<string, unknown>
  /** Field → the revision in which it last changed. */
  s: Record<string, string>
  /** The document's first revision: the stamp of every field not in `s`. */
  c: string
  /** Field → older stamps this value supersedes (from merges). */
  o?: Record<string, string[]>
}

/** A record as the sync layer sees it: plain JSON fields, bytes as base64 under `bytes`. */
export type RecordData = Record<string, unknown>

/** The fields a record shares (no id, no local-only fields; an attachment's bytes as base64). */
export function recordToData(table: SharedTable, record: Record<string, unknown>): RecordData {
  const localOnly = LOCAL_ONLY_FIELDS[table] ?? []
  const data: RecordData = {}
  for (const [key, value] of Object.entries(record)) {
    if (key === 'id' || value === undefined || localOnly.includes(key)) continue
    data[key] = value instanceof Uint8Array ? bytesToBase64(value) : value
  }
  return data
}

/** The record (as stored by the app) of a document's data; an attachment's bytes decoded. */
export function dataToRecord(table: SharedTable, id: string, data: RecordData): Record<string, unknown> {
  const record: Record<string, unknown> = { ...data, id }
  if (table === ATTACHMENT_TABLE && typeof data['bytes'] === 'string') record['bytes'] = base64ToBytes(data['bytes']) ?? new Uint8Array(0)
  return record
}

/** The document's data with the attachment's bytes read back into `bytes` (fetched with `attachments: true`). */
export function docData(doc: Pick<SyncDoc, 't' | 'd' | '_attachments'>): RecordData {
  const data = { ...doc.d }
  const file = doc._attachments?.[ATTACHMENT_NAME]
  if (doc.t === ATTACHMENT_TABLE && file?.data !== undefined) data['bytes'] = file.data
  return data
}

/** The stamp (revision of last change) of a field of a document. */
export function stampOf(doc: Pick<SyncDoc, 's' | 'c'>, field: string): string {
  return doc.s[field] ?? doc.c
}

/** The fields whose values differ between two versions of a record's data. */
export function changedFields(before: RecordData | null, after: RecordData): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  return [...keys].filter((k) => canonicalJson(before?.[k]) !== canonicalJson(after[k])).sort()
}

/** Splits `data` into the JSON body and the attachment (for the attachments table). */
function bodyAndAttachments(table: SharedTable, data: RecordData): { d: RecordData; attachments?: Record<string, DocAttachment> } {
  if (table !== ATTACHMENT_TABLE || typeof data['bytes'] !== 'string') return { d: data }
  const { bytes, ...rest } = data
  const mediaType = typeof rest['mediaType'] === 'string' ? rest['mediaType'] : 'application/octet-stream'
  return { d: rest, attachments: { [ATTACHMENT_NAME]: { content_type: mediaType, data: bytes as string } } }
}

/** What a new revision is built on: the parent document (null for a new record). */
export interface Parent {
  doc: SyncDoc
  data: RecordData
}

/**
 * The document of a local edit: `data` as the person left it, written as a child of `parent` (the revision
 * this laptop's copy was based on). Fields that differ from the parent get the new revision as stamp.
 * `encode` turns the shared data into the stored body (encryption of confidential fields).
 */
export function editDocument(table: SharedTable, id: string, rev: string, data: RecordData, parent: Parent | null, encoded: RecordData): SyncDoc {
  const { d, attachments } = bodyAndAttachments(table, encoded)
  const s: Record<string, string> = { ...(parent?.doc.s ?? {}) }
  if (parent) for (const field of changedFields(parent.data, data)) s[field] = rev
  const doc: SyncDoc = {
    _id: docIdOf(table, id),
    _rev: rev,
    _revisions: childHistory(rev, parent?.doc._revisions),
    t: table,
    d,
    s,
    c: parent?.doc.c ?? rev
  }
  if (parent?.doc.o) doc.o = parent.doc.o
  if (attachments) doc._attachments = attachments
  return doc
}

/** A tombstone: the record was deleted on top of `parent`. */
export function deletionDocument(parent: SyncDoc, rev: string): SyncDoc {
  return { _id: parent._id, _rev: rev, _deleted: true, _revisions: childHistory(rev, parent._revisions), t: parent.t, d: {}, s: {}, c: parent.c }
}
