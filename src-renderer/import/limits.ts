/** Largest file the importers accept (a Working Group report PDF is about 0.5 MB; exports a few MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/**
 * Most pages a PDF may have (a Working Group report has about 30, an addendum about 10): a PDF beyond
 * this is not a UPR document, and reading it would only spend the import's time budget.
 */
export const MAX_PDF_PAGES = 2_000
