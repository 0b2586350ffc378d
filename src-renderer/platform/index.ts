import { createBrowserPlatform } from './browser'
import { createElectronPlatform } from './electron'
import type { Platform } from './types'

export type { AttachmentCheckResult, AttachmentSaveResult, BackupInfo, BackupKind, BackupStore, FileFilter, OpenedArchive, Platform, SaveResult, UpdateChoice, UpdateNotice } from './types'

let current: Platform | undefined

/** The platform the app runs on: the Electron bridge when the preload exposed it, else the browser. */
export function getPlatform(): Platform {
  current ??= window.uprDesk ? createElectronPlatform(window.uprDesk) : createBrowserPlatform()
  return current
}
