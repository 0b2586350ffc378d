/** The measures import's worker job (measures.worker.ts): a file's bytes in, its rows and problems out. */

/** Reads one measures exchange file. */
export interface ReadMeasuresRequest {
  bytes: Uint8Array
  fileName: string
}

/** The time a measures file may take to read (10,000 measures read in well under a second). */
export const MEASURES_READ_TIME_LIMIT_MS = 60_000
