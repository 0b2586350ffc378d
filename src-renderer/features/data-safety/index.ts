/** What other parts of the app use from the Data and backups area (its page loads on its own): the notices, and the field-by-field merge view that sync's conflicts reuse. */
export { DataSafetyNotices } from './DataSafetyNotices'
export { Conflict } from './MergeReview'
