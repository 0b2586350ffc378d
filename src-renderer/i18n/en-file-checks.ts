/**
 * English strings of the budgets every file is read within (`t('fileChecks.…')`): the Cancel button of
 * long reads, and what the person reads when a worker was ended (time budget, memory, crash) or an
 * archive's record was refused. French and Spanish files mirror this shape.
 */
export const fileChecksEn = {
  cancel: 'Cancel',
  cancelling: 'Cancelling…',
  committing: 'Saving the records (this can no longer be cancelled)…',
  reading: 'Reading {{name}}…',
  cancelled: 'Import cancelled: nothing was stored.',
  readCancelled: 'Cancelled: {{name}} was not read, and nothing was changed.',
  timedOut: 'UPR Desk stopped reading {{name}} after {{seconds}} seconds: the file is larger than a UPR document can be, or damaged. Nothing was stored.',
  storeTimedOut: 'Storing took longer than {{seconds}} seconds, so UPR Desk stopped: nothing was stored. Try again, or import a smaller file.',
  outOfMemory: '{{name}} needs more memory than UPR Desk gives one file: it is larger than a UPR document can be, or damaged. Nothing was stored.',
  crashed: 'Reading {{name}} stopped unexpectedly ({{detail}}). Nothing was stored; the rest of UPR Desk is unaffected.',
  failed: '{{name}} could not be read: {{message}}',
  archiveRecord: 'This archive was not opened: record {{id}} of the {{table}} has a field "{{field}}" that is not valid ({{problem}}). Nothing was changed.',
  archiveRecordNoField: 'This archive was not opened: record {{id}} of the {{table}} is not valid ({{problem}}). Nothing was changed.',
  archiveTooLarge: 'This archive was not opened: {{problem}} Nothing was changed.'
}
