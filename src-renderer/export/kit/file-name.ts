/** File names a delegate recognises: "2025-01-28 UPR48 Slovenia - Statement by Portugal.docx". */

// Characters no file system or dialog should see: controls, format characters, Windows' forbidden set.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}<>:"/\\|?*]/gu
const MAX_STEM = 150

/** A safe, recognisable file name from the parts a document has (missing parts are left out). */
export function suggestedFileName(parts: { date?: string | null; session?: number | null; subject?: string | null; title: string; extension?: string }): string {
  const clean = (s: string) => s.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim()
  const head = [parts.date ?? '', parts.session ? `UPR${parts.session}` : '', clean(parts.subject ?? '')].filter(Boolean).join(' ')
  const title = clean(parts.title) || 'Document'
  let stem = head ? `${head} - ${title}` : title
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).trim()
  stem = stem.replace(/[. ]+$/, '')
  return `${stem}.${parts.extension ?? 'docx'}`
}
