/** Largest file the importers accept (a Working Group report PDF is about 0.5 MB; exports a few MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
