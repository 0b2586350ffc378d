/**
 * Folder mode: a shared drive or OneDrive folder instead of a server, with the same engine. Each laptop
 * writes its own change files into the folder (`<device>-<sequence>.uprsync`, encrypted with the mission
 * key, written under a temporary name then renamed), reads the other laptops' files and loads their
 * revisions with `new_edits: false` (so the winner and the conflicts are the ones CouchDB would pick), and
 * never touches another laptop's files. The local PouchDB's changes feed then reaches the app's store
 * through the engine (engine.ts, target `none`), conflicts included.
 */
import type { FieldCipher } from './cipher'
import type { PouchDatabase, PouchDoc } from './pouch-types'

/** The folder, as the host offers it (Node fs, the browser's File System Access API, Electron's main). */
export interface FolderPort {
  /** The names of the files in the folder. */
  list(): Promise<string[]>
  /** A file's bytes, or null when it is gone. */
  read(name: string): Promise<Uint8Array | null>
  /** Writes a file under a temporary name, then renames it to `name` (readers never see half a file). */
  writeAtomic(name: string, bytes: Uint8Array): Promise<void>
}

/** A change file's name: the device, then its sequence, zero-padded so names sort in order. */
export function changeFileName(device: string, sequence: number): string {
  return `${device}-${String(sequence).padStart(9, '0')}.uprsync`
}

/** The device and sequence of a change file's name, or null for any other file (temporary files included). */
export function parseChangeFileName(name: string): { device: string; sequence: number } | null {
  const match = /^([a-z0-9]{8,40})-(\d{9})\.uprsync$/.exec(name)
  return match ? { device: match[1]!, sequence: Number(match[2]) } : null
}

/** What this laptop remembers of the folder (a `_local` document: never replicated). */
interface FolderState {
  _id: '_local/upr-desk-folder'
  _rev?: string
  /** The local sequence exported so far. */
  exportedSeq: number | string
  /** This device's last file. */
  sequence: number
  /** For every other device, the last file loaded. */
  loaded: Record<string, number>
}

/** One change file's content (before encryption). */
interface ChangeFile {
  format: 'upr-desk-folder-sync'
  version: 1
  device: string
  sequence: number
  /** Every leaf revision of every document changed, with its history and attachments. */
  docs: PouchDoc[]
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** What a round did. */
export interface FolderRound {
  written: string | null
  loaded: string[]
  /** Files that could not be read (damaged, another mission's key): left as they are, tried again later. */
  unreadable: string[]
}

/** The exchange of one laptop with the shared folder. */
export class FolderSync {
  constructor(
    private readonly local: PouchDatabase,
    private readonly folder: FolderPort,
    private readonly device: string,
    private readonly cipher: FieldCipher
  ) {
    if (!/^[a-z0-9]{8,40}$/.test(device)) throw new Error('a device id is 8 to 40 lower-case letters and digits')
  }

  private async state(): Promise<FolderState> {
    try {
      return (await this.local.get('_local/upr-desk-folder')) as FolderState
    } catch {
      return { _id: '_local/upr-desk-folder', exportedSeq: 0, sequence: 0, loaded: {} }
    }
  }

  private async save(state: FolderState): Promise<void> {
    const result = await this.local.put(state as unknown as PouchDoc)
    state._rev = result.rev
  }

  /** Loads the other laptops' new files, then writes this laptop's changes (if any) as one new file. */
  async round(): Promise<FolderRound> {
    const state = await this.state()
    const loaded: string[] = []
    const unreadable: string[] = []
    const names = (await this.folder.list()).flatMap((name) => {
      const parsed = parseChangeFileName(name)
      return parsed && parsed.device !== this.device && parsed.sequence > (state.loaded[parsed.device] ?? 0) ? [{ name, ...parsed }] : []
    })
    names.sort((a, b) => a.device.localeCompare(b.device) || a.sequence - b.sequence)
    for (const file of names) {
      // A device's files load in order: after a gap or an unreadable file, wait for the next round.
      if (file.sequence !== (state.loaded[file.device] ?? 0) + 1) continue
      const content = await this.readFile(file.name)
      if (!content || content.device !== file.device || content.sequence !== file.sequence) {
        unreadable.push(file.name)
        continue
      }
      if (content.docs.length > 0) {
        const results = await this.local.bulkDocs(content.docs, { new_edits: false })
        const failed = results.find((r) => r.error)
        if (failed) throw new Error(`${file.name}: ${String(failed.reason ?? failed.error)}`)
      }
      state.loaded[file.device] = file.sequence
      loaded.push(file.name)
    }
    // What was loaded is in the local changes feed too: it is not exported again (the others have it),
    // but it is harmless if it is (new_edits: false ignores revisions already held).
    const written = await this.export(state)
    await this.save(state)
    return { written, loaded, unreadable }
  }

  private async export(state: FolderState): Promise<string | null> {
    const feed = await this.local.changes({ since: state.exportedSeq, style: 'all_docs' })
    const ids = [...new Set(feed.results.map((c) => c.id))].filter((id) => !id.startsWith('_'))
    state.exportedSeq = feed.last_seq
    if (ids.length === 0) return null
    const docs: PouchDoc[] = []
    for (const id of ids) {
      const leaves = (await this.local.get(id, { open_revs: 'all', revs: true, attachments: true })) as { ok?: PouchDoc }[]
      for (const leaf of leaves) if (leaf.ok) docs.push(leaf.ok)
    }
    const sequence = state.sequence + 1
    const name = changeFileName(this.device, sequence)
    const content: ChangeFile = { format: 'upr-desk-folder-sync', version: 1, device: this.device, sequence, docs }
    const sealed = await this.cipher.encrypt('folder-sync', name, content)
    await this.folder.writeAtomic(name, encoder.encode(JSON.stringify(sealed)))
    state.sequence = sequence
    return name
  }

  private async readFile(name: string): Promise<ChangeFile | null> {
    const bytes = await this.folder.read(name)
    if (!bytes) return null
    try {
      const sealed = JSON.parse(decoder.decode(bytes)) as { $enc?: unknown }
      if (typeof sealed.$enc !== 'string') return null
      const content = (await this.cipher.decrypt('folder-sync', name, { $enc: sealed.$enc })) as ChangeFile | undefined
      if (!content || content.format !== 'upr-desk-folder-sync' || !Array.isArray(content.docs)) return null
      return content
    } catch {
      return null
    }
  }
}

/** The mission key file of a folder (salt, iterations and check value; never the key). */
export const FOLDER_KEY_FILE = 'upr-desk-mission-key.json'

/**
 * The cipher of a shared folder for this passphrase: the folder's key file is read (a wrong passphrase
 * gives null), or written by the first laptop when the folder has none.
 */
export async function folderCipher(folder: FolderPort, passphrase: string, iterations?: number): Promise<FieldCipher | null> {
  const { createMissionKey, unlockMissionKey } = await import('./cipher')
  const bytes = await folder.read(FOLDER_KEY_FILE)
  if (bytes) {
    try {
      return await unlockMissionKey(JSON.parse(decoder.decode(bytes)) as Parameters<typeof unlockMissionKey>[0], passphrase)
    } catch {
      return null
    }
  }
  const made = await createMissionKey(passphrase, iterations)
  await folder.writeAtomic(FOLDER_KEY_FILE, encoder.encode(JSON.stringify(made.doc)))
  return made.cipher
}
