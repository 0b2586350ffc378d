/** File names for the review area's exports: readable, dated, and safe on Windows, macOS and Linux. */

/** Removes the characters no file system accepts, control characters and trailing dots or spaces. */
export function safeFileName(name: string): string {
  return (
    name
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[. ]+$/, '')
      .slice(0, 180)
  )
}
