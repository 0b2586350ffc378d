import { describe, expect, it } from 'vitest'
import { ARCHIVE_SIGNATURE, MAX_HEADER_BYTES as MAIN_MAX_HEADER, headerFactsOf } from '../../../src-main/files/backup-header'
import { ARCHIVE_MAGIC, MAX_HEADER_BYTES } from '../../../src-renderer/archive/format'
import { CURRENT_SCHEMA_VERSION } from '../../../src-renderer/domain/stores'
import { sampleArchive } from './archive-fixtures'

/** Main reads backup headers with its own small reader (it never imports the renderer): both must agree. */
describe('the backups list reads the archives the renderer writes', () => {
  it('uses the same signature and header bound', () => {
    expect(ARCHIVE_SIGNATURE).toEqual(ARCHIVE_MAGIC)
    expect(MAIN_MAX_HEADER).toBe(MAX_HEADER_BYTES)
  })

  it('reads counts, versions and encryption from real archives', async () => {
    expect(headerFactsOf(await sampleArchive())).toEqual({
      appVersion: '0.1.0',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      counts: { missionProfile: 1, reviews: 1, recommendations: 2, attachments: 1, tasks: 0, appMeta: 1 },
      encrypted: false
    })
    expect(headerFactsOf(await sampleArchive({ passphrase: 'a passphrase' }))?.encrypted).toBe(true)
  })
})
