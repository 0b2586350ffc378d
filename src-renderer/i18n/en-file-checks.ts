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
  archiveTooLarge: 'This archive was not opened: {{problem}} Nothing was changed.',
  /** Why a field of an archive's record was refused ({{problem}} above). */
  problems: {
    missing: 'it is missing or empty',
    type: 'it holds the wrong kind of value',
    'too-long': 'it is longer than {{limit, number}} characters',
    'too-many': 'it lists more than {{limit, number}} items',
    'out-of-range': 'its number is out of range',
    value: 'its value is not one UPR Desk knows',
    date: 'it is not a date (YYYY-MM-DD)',
    instant: 'it is not a date and time',
    format: 'it is not written the way UPR Desk writes it',
    link: 'it is not an https link',
    characters: 'it holds invisible control or text-direction characters, which can disguise a file name',
    'media-type': 'the emblem must be a PNG, JPEG, GIF or BMP image, and its bytes must be one',
    size: 'its size does not match its content, or is over {{limit, number}} bytes'
  },
  /** What an archive's header declared beyond what UPR Desk opens ({{problem}} of archiveTooLarge). */
  sizes: {
    'file-bytes': 'it is {{declared, number}} bytes, more than the {{limit, number}} UPR Desk opens.',
    'content-bytes': 'it would unpack to {{declared, number}} bytes, more than the {{limit, number}} UPR Desk opens.',
    'table-records': 'it announces {{declared, number}} {{table}}, more than the {{limit, number}} UPR Desk opens.',
    records: 'it announces {{declared, number}} records, more than the {{limit, number}} UPR Desk opens.'
  }
}
