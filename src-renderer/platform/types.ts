/** A file-type filter for save and open dialogs. */
export interface FileFilter {
  name: string
  extensions: string[]
}

export type SaveResult = { status: 'saved'; where: string } | { status: 'cancelled' }

/** The one seam between the app and its host: the Electron bridge or a plain browser. */
export interface Platform {
  kind: 'electron' | 'browser'
  /** Saves bytes as a file: a native dialog and an atomic write in Electron, a download in the browser. */
  saveFile(bytes: Uint8Array, suggestedName: string, filters: FileFilter[]): Promise<SaveResult>
  /** Opens an https link in the system browser (a new tab in the browser). */
  openExternal(url: string): Promise<boolean>
}
