/**
 * What the Data and backups page and the background backups do, in one place: build archives and
 * backups, open archives, restore (after a safety backup) and merge. Uses the repositories (one
 * transaction each) and the platform (where files and backups go); no storage code of its own.
 * One operation at a time: a backup never runs in the middle of a restore.
 */
import type { TableChunk } from '../../archive/content'
import type { ArchiveContent, ArchiveHeader, ArchivePurpose, ArchiveScope, ArchiveTables } from '../../archive/format'
import { ARCHIVE_EXTENSION } from '../../archive/format'
import type { ConflictChoice, MergePlan, MergeReport } from '../../archive/merge-plan'
import type { Opened, Refused } from '../../archive/read-archive'
import { defaultArchiveOpener, type ArchiveOpener } from '../../db/data-safety/archive-open-client'
import { writeArchive } from '../../archive/write-archive'
import type { RestoreReport, Selection } from '../../db/data-safety/archive-repository'
import type { Repositories } from '../../db/repositories'
import { CURRENT_SCHEMA_VERSION } from '../../domain/stores'
import type { BackupInfo, Platform } from '../../platform'

/** Thrown when a restore was asked of an archive that holds only part of the mission. */
export class NotWholeMissionError extends Error {
  constructor() {
    super('Only an archive of the whole mission can replace all data; merge this one instead.')
    this.name = 'NotWholeMissionError'
  }
}

/** Thrown when the safety backup before a restore or merge could not be kept: nothing was changed. */
export class SafetyBackupError extends Error {
  constructor(readonly cause: unknown) {
    super('The safety backup could not be kept, so nothing was changed.')
    this.name = 'SafetyBackupError'
  }
}

/** A saved export. */
export type ExportResult = { status: 'saved'; where: string; header: ArchiveHeader } | { status: 'cancelled' }

/** The progress of a long operation, for the status line. */
export type Stage = 'reading' | 'safety-backup' | 'replacing' | 'merging' | 'saving'

const FORBIDDEN_IN_NAMES = /[\p{Cc}\p{Cf}<>:"/\\|?*]+/gu

/** A file name for an archive: label and time, with characters no system accepts replaced. */
export function archiveFileName(label: string, at: Date): string {
  const stamp = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')} ${String(at.getHours()).padStart(2, '0')}${String(at.getMinutes()).padStart(2, '0')}`
  const clean = label.replace(FORBIDDEN_IN_NAMES, '-').replace(/\s+/g, ' ').trim().slice(0, 120).replace(/[. ]+$/, '')
  return `UPR Desk - ${clean || 'archive'} - ${stamp}.${ARCHIVE_EXTENSION}`
}

/** The data-safety operations over one database and platform. */
export class DataSafetyService {
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly repos: Pick<Repositories, 'archives' | 'dataSafety' | 'register'>,
    private readonly platform: Platform,
    private readonly now: () => Date = () => new Date(),
    private readonly opener: ArchiveOpener = defaultArchiveOpener()
  ) {}

  // Runs operations one after another, whatever their outcome.
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** An archive of the chunks (all tables, bookkeeping included): what backups are made of. */
  private async archiveOf(purpose: ArchivePurpose, label: string, chunks: AsyncIterable<TableChunk> | Iterable<TableChunk>): Promise<Uint8Array> {
    const written = await writeArchive({
      appVersion: await this.platform.appVersion(),
      schemaVersion: CURRENT_SCHEMA_VERSION,
      purpose,
      scope: { kind: 'mission', id: null, label },
      chunks,
      createdAt: this.now()
    })
    return written.bytes
  }

  /** An archive of everything as it is now (one consistent snapshot). */
  private snapshotArchive(purpose: ArchivePurpose, label: string): Promise<Uint8Array> {
    return this.repos.archives.withSnapshot((chunks) => this.archiveOf(purpose, label, chunks))
  }

  /** A backup archive of everything as it is now. */
  private async backupArchive(label: string): Promise<{ bytes: Uint8Array; atChange: number }> {
    const atChange = this.repos.dataSafety.getSnapshot().changes
    return { bytes: await this.snapshotArchive('backup', label), atChange }
  }

  /** Writes a backup now (automatic, on request, or the last one on quit). */
  backUp(kind: 'auto' | 'manual', label: string): Promise<BackupInfo> {
    return this.exclusive(async () => {
      const { bytes, atChange } = await this.backupArchive(label)
      const info = await this.platform.backups.write(bytes, kind)
      await this.repos.dataSafety.markBackedUp(atChange)
      return info
    })
  }

  /** The last backup before the window closes, or null when nothing changed since the last one. */
  lastBackupBytes(label: string): Promise<Uint8Array | null> {
    return this.exclusive(async () => {
      const status = this.repos.dataSafety.getSnapshot()
      if (status.loaded && status.changes === status.backedUpAtChange) return null
      return (await this.backupArchive(label)).bytes
    })
  }

  /**
   * Saves an archive for the person (a download in the browser, a save dialog in Electron), optionally
   * encrypted. A whole-mission archive leaves this copy's app facts and merge bases out; once saved, its
   * records become the merge bases (what the colleague now has).
   */
  exportArchive(selection: Exclude<Selection, { kind: 'mission' }> | { kind: 'mission' }, scope: ArchiveScope, passphrase: string | undefined, fileType = 'UPR Desk archive'): Promise<ExportResult> {
    return this.exclusive(async () => {
      const atChange = this.repos.dataSafety.getSnapshot().changes
      const tables: ArchiveTables = await this.repos.archives.selection(selection.kind === 'mission' ? { kind: 'mission', withBookkeeping: false } : selection)
      const written = await writeArchive({
        appVersion: await this.platform.appVersion(),
        schemaVersion: CURRENT_SCHEMA_VERSION,
        purpose: 'export',
        scope,
        chunks: Object.entries(tables).map(([table, records]) => ({ table, records })),
        createdAt: this.now(),
        ...(passphrase ? { passphrase } : {})
      })
      const saved = await this.platform.saveFile(written.bytes, archiveFileName(scope.label, this.now()), [{ name: fileType, extensions: [ARCHIVE_EXTENSION] }])
      if (saved.status !== 'saved') return { status: 'cancelled' }
      try {
        await this.repos.archives.recordExchange(tables)
        if (selection.kind === 'mission') await this.repos.dataSafety.markExported(atChange)
      } catch (error) {
        // The archive is saved; only the bookkeeping failed (storage full?): the next merge asks more.
        console.warn('[data-safety] the exchange could not be noted', error)
      }
      return { status: 'saved', where: saved.where, header: written.header }
    })
  }

  /**
   * Opens an archive, a chosen file or bytes (checks everything, in a worker within a time budget;
   * writes nothing). Rejects with a JobError when the worker was ended (time, memory, cancel).
   */
  open(source: Blob | Uint8Array, passphrase?: string, signal?: AbortSignal): Promise<Opened | Refused> {
    return this.opener(source, { supportedSchemaVersion: CURRENT_SCHEMA_VERSION, ...(passphrase ? { passphrase } : {}), ...(signal ? { signal } : {}) })
  }

  /** The bytes of one backup (for restoring it or saving a copy elsewhere). */
  readBackup(name: string): Promise<Uint8Array> {
    return this.platform.backups.read(name)
  }

  /** The backups of this copy, newest first. */
  listBackups(): Promise<BackupInfo[]> {
    return this.platform.backups.list()
  }

  // Keeps the archive it is given as a safety backup; any failure becomes a SafetyBackupError.
  private async keepSafetyBackup(archive: () => Promise<Uint8Array>): Promise<BackupInfo> {
    try {
      return await this.platform.backups.write(await archive(), 'safety')
    } catch (error) {
      throw new SafetyBackupError(error)
    }
  }

  /**
   * Replaces all data with an archive of the whole mission, in one transaction that first keeps a
   * safety backup of everything it is about to replace (read in that same transaction), then writes.
   * The caller reloads the app afterwards.
   */
  restore(content: ArchiveContent, label: string, onStage: (stage: Stage) => void = () => undefined): Promise<{ report: RestoreReport; safety: BackupInfo }> {
    return this.exclusive(async () => {
      if (content.scope.kind !== 'mission') throw new NotWholeMissionError()
      onStage('safety-backup')
      let safety: BackupInfo | null = null
      const report = await this.repos.archives.replaceAll(content, async (current) => {
        safety = await this.keepSafetyBackup(() => this.archiveOf('safety', label, current))
        onStage('replacing')
      })
      this.repos.dataSafety.countChange()
      await this.repos.dataSafety.flush()
      if (!safety) throw new Error('the restore finished without its safety backup')
      return { report, safety }
    })
  }

  /** Plans a merge of an archive into our data (nothing is written). */
  planMerge(content: ArchiveContent): Promise<MergePlan> {
    return this.exclusive(() => this.repos.archives.planMerge(content))
  }

  /** Applies a planned merge with the person's choices, after a safety backup; refreshes the register. */
  applyMerge(plan: MergePlan, choices: ReadonlyMap<string, ConflictChoice>, label: string): Promise<MergeReport> {
    return this.exclusive(async () => {
      await this.keepSafetyBackup(() => this.snapshotArchive('safety', label))
      const report = await this.repos.archives.applyMerge(plan, choices)
      await this.repos.register.reload()
      return report
    })
  }
}
