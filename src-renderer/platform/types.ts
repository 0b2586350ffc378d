import type { AttachmentCheckResult, AttachmentRefusal, BackupInfo, BackupKind, OpenedArchive, UpdateChoice, UpdateNotice } from '../../src-main/ipc/contract'

export type { AttachmentCheckResult, AttachmentRefusal, BackupInfo, BackupKind, OpenedArchive, UpdateChoice, UpdateNotice }

/** A file-type filter for save and open dialogs. */
export interface FileFilter {
  name: string
  extensions: string[]
}

export type SaveResult = { status: 'saved'; where: string } | { status: 'cancelled' }

/** Saving an attachment may also be refused (active content, a type UPR Desk does not keep). */
export type AttachmentSaveResult = SaveResult | { status: 'refused'; reason: AttachmentRefusal; extension: string }

/** Where backups are kept: the app's data folder (Electron) or the browser's own storage. */
export interface BackupStore {
  /**
   * `folder`: the app's data folder, with automatic backups every 15 minutes and on quit (Electron).
   * `browser`: the browser's storage, which keeps the safety copies taken before a restore.
   */
  kind: 'folder' | 'browser'
  /** The backups, newest first. */
  list(): Promise<BackupInfo[]>
  /** Keeps an archive as a backup (written atomically; old ones rotated out). */
  write(bytes: Uint8Array, kind: Exclude<BackupKind, 'quit'>): Promise<BackupInfo>
  /** The bytes of one backup. */
  read(name: string): Promise<Uint8Array>
}

/** The one seam between the app and its host: the Electron bridge or a plain browser. */
export interface Platform {
  kind: 'electron' | 'browser'
  /** Saves bytes as a file: a native dialog and an atomic write in Electron, a download in the browser. */
  saveFile(bytes: Uint8Array, suggestedName: string, filters: FileFilter[]): Promise<SaveResult>
  /** Opens an https link in the system browser (a new tab in the browser). */
  openExternal(url: string): Promise<boolean>
  /** The app's version (written into archives). */
  appVersion(): Promise<string>
  backups: BackupStore
  /**
   * Sets what builds the last backup when the window closes (Electron asks before quitting); resolves
   * the archive bytes, or null when nothing changed. A no-op in the browser. Returns the remover.
   */
  setQuitBackupProvider(provider: () => Promise<Uint8Array | null>): () => void
  /** Saves an attachment under its own name and type (Electron refuses active content and marks the file). */
  saveAttachment(bytes: Uint8Array, suggestedName: string): Promise<AttachmentSaveResult>
  /** Whether a file may be kept as an attachment (Electron's main process decides; the browser allows). */
  checkAttachment(name: string): Promise<AttachmentCheckResult>
  /** Tells the host the interface language (Electron's context menu speaks it). A no-op in the browser. */
  setInterfaceLanguage(language: 'en' | 'fr' | 'es'): void
  /** Calls `listener` with each archive opened from the system (Electron). Returns the remover. */
  onArchiveOpened(listener: (archive: OpenedArchive) => void): () => void
  /** Calls `listener` when a downloaded update waits for the delegate (Electron). Returns the remover. */
  onUpdateReady(listener: (notice: UpdateNotice) => void): () => void
  /** The delegate's choice for the waiting update; false when none waits. */
  chooseUpdate(choice: UpdateChoice): Promise<boolean>
}
