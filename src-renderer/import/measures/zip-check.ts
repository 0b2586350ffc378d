/**
 * A first look inside a ZIP file (an .xlsx) before anything is unpacked: the directory says how many
 * parts it has and how big they claim to be, so a workbook that admits to being huge is refused with a
 * plain message. The claims can lie (a part may declare 0 bytes): the reading layer's unpacking is
 * what enforces the budget, part by part, on the bytes actually produced.
 */
import type { ReadProblem } from '../formats/problems'
import { openZip } from '../formats/zip'

/** What the central directory says, or why it cannot be read. */
export type ZipSummary = { ok: true; entries: number; uncompressedBytes: number } | { ok: false; problem: ReadProblem }

/** Reads the entry count and the total declared unpacked size from a ZIP's directory; never throws. */
export function summariseZip(bytes: Uint8Array): ZipSummary {
  const opened = openZip(bytes, { limits: { maxZipEntries: 0xfffe } })
  if (!opened.ok) return { ok: false, problem: opened.problem }
  let total = 0
  for (const entry of opened.value.entries) total += entry.size
  return { ok: true, entries: opened.value.entries.length, uncompressedBytes: total }
}
