// What the app has not stored yet, such as a statement's last words between two autosaves. A reload for a
// new version of the web app waits until this is empty, so it never throws away what was typed.

const sources = new Set<() => boolean>()

/** Declares work that may not be stored yet (`isUnsaved` is asked when it matters); returns the remover. */
export function trackUnsavedWork(isUnsaved: () => boolean): () => void {
  sources.add(isUnsaved)
  return () => {
    sources.delete(isUnsaved)
  }
}

/** True while any declared work is not stored yet. */
export function hasUnsavedWork(): boolean {
  for (const isUnsaved of sources) if (isUnsaved()) return true
  return false
}

/** Counts a write under way (such as the version kept when the editor closes) as unsaved until it settles. */
export function unsavedUntil<T>(write: Promise<T>): Promise<T> {
  const remove = trackUnsavedWork(() => true)
  write.then(remove, remove)
  return write
}
