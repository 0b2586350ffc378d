/**
 * A form's edits saved over the record as it is stored now, not as it was when the form opened: on a shared
 * register a colleague's change can arrive while the form is open, and a field the person did not touch must
 * keep that change. Values are plain data (strings, numbers, arrays, small objects), compared by content.
 */

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

/** The fields whose value the person changed: those that differ between the record the form opened and the edited one. */
export function editedFields<T extends object>(opened: T, edited: T): (keyof T)[] {
  const keys = new Set([...Object.keys(opened), ...Object.keys(edited)] as (keyof T)[])
  return [...keys].filter((key) => !sameValue(opened[key], edited[key]))
}

/** The stored record with the person's edits laid over it: every other field keeps its stored value. */
export function applyEdits<T extends object>(opened: T, edited: T, current: T): T {
  const merged = { ...current }
  for (const key of editedFields(opened, edited)) {
    if (edited[key] === undefined) delete merged[key]
    else merged[key] = edited[key]
  }
  return merged
}
