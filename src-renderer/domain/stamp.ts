import type { StoredRecord } from './model'
import { newId, nowIso } from './ids'

/** Input for a new record: everything but the stored fields, with an optional chosen id. */
export type NewRecord<T extends StoredRecord> = Omit<T, 'id' | 'createdAt' | 'updatedAt'> & { id?: string }

/** Gives a new record its id and timestamps. */
export function stampNew<T extends StoredRecord>(input: NewRecord<T>, prefix: string, at: string = nowIso()): T {
  return { ...input, id: input.id ?? newId(prefix), createdAt: at, updatedAt: at } as T
}

/** Marks a changed record with a fresh `updatedAt`, keeping its id and `createdAt`. */
export function stampChanged<T extends StoredRecord>(record: T, at: string = nowIso()): T {
  return { ...record, updatedAt: at }
}
