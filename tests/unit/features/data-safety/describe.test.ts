import { beforeAll, describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import type { Refused } from '../../../../src-renderer/archive/read-archive'
import { DataChangedError } from '../../../../src-renderer/db/data-safety/archive-repository'
import { NotWholeMissionError, SafetyBackupError } from '../../../../src-renderer/features/data-safety/data-safety-service'
import { countsSummary, displayFieldValue, displayValue, fieldName, formatSize, humanize, operationError, recordLabel, refusalMessage, tableName } from '../../../../src-renderer/features/data-safety/describe'
import { initI18n } from '../../../../src-renderer/i18n'

let t: TFunction
beforeAll(async () => {
  t = (await initI18n('en')).t
})

const refused = (reason: Refused['reason'], writtenBy?: Refused['writtenBy']): Refused => ({ ok: false, reason, detail: 'x', ...(writtenBy ? { writtenBy } : {}) })

describe('words for the archive code', () => {
  it('gives each refusal its own message', () => {
    const messages = (['not-an-archive', 'truncated', 'corrupted', 'newer-format', 'newer-schema', 'needs-passphrase', 'wrong-passphrase'] as const).map((r) => refusalMessage(t, refused(r), 3))
    expect(new Set(messages).size).toBe(messages.length)
    expect(messages.every((m) => !m.includes('dataSafety.'))).toBe(true)
    expect(refusalMessage(t, refused('newer-schema', { appVersion: '0.9.0', formatVersion: 1, schemaVersion: 4 }), 3)).toBe(
      'This archive was written by a newer version of UPR Desk (0.9.0) with data this version does not know (data version 4; this version reads up to 3). Update UPR Desk to open it. Nothing was changed.'
    )
    expect(refusalMessage(t, refused('newer-format'), 3)).toContain('(an unknown version)')
  })

  it('counts records in words, without the app’s own bookkeeping', () => {
    expect(countsSummary(t, { recommendations: 1200, reviews: 1, tasks: 0, appMeta: 4, syncBases: 90 }, 'en-GB')).toBe('1,200 recommendations, 1 review')
    expect(countsSummary(t, { appMeta: 4 }, 'en-GB')).toBe('none yet')
    expect(tableName(t, 'someFutureTable')).toBe('some future table')
  })

  it('labels records and fields in the person’s words', () => {
    expect(recordLabel(t, 'recommendations', { id: 'r', number: '122.7', text: 'Ratify the Convention' }, 'r')).toBe('122.7 Ratify the Convention')
    expect(recordLabel(t, 'reviews', { id: 'v', stateIso3: 'GHA', session: 42 }, 'v')).toBe('Review of Ghana, session 42')
    expect(recordLabel(t, 'statements', { id: 's', title: 'Statement at the review of Ghana' }, 's')).toBe('Statement at the review of Ghana')
    expect(recordLabel(t, 'tasks', { id: 'task_1' }, 'task_1')).toBe('task_1')
    expect(recordLabel(t, 'missionProfile', { id: 'mission', missionName: 'x' }, 'mission')).toBe('')
    expect(humanize('recommendingStatesRaw')).toBe('Recommending states raw')
    expect(fieldName(t, 'updatedAt')).toBe('Last changed')
    expect(fieldName(t, 'headOfDelegation')).toBe('Head of delegation')
  })

  it('shows values briefly', () => {
    expect(displayValue(t, null)).toBe('(empty)')
    expect(displayValue(t, true)).toBe('yes')
    expect(displayValue(t, ['PRT', 'ESP'])).toBe('PRT, ESP')
    expect(displayValue(t, new Uint8Array(12))).toBe('12 bytes')
    expect(displayValue(t, '2026-11-27T10:15:30.000Z', 'en-GB')).toMatch(/27 Nov 2026.*\d{2}:\d{2}:\d{2}/)
    expect(displayValue(t, 'x'.repeat(1000)).length).toBe(400)
    expect(formatSize(3_355_443, 'en-GB')).toBe('3.2 MB')
  })

  it('says stored ids in words in a conflict: positions, statuses, States, categories, themes, rights and groups', async () => {
    expect(displayFieldValue(t, 'recommendations', 'position', 'supported-in-part')).toBe('Supported in part')
    expect(displayFieldValue(t, 'recommendations', 'implementationStatus', 'in-progress')).toBe('In progress')
    expect(displayFieldValue(t, 'recommendations', 'recommendingStates', ['PRT', 'NLD'])).toBe('Portugal, Netherlands (Kingdom of the)')
    expect(displayFieldValue(t, 'recommendations', 'actionCategory', 5)).not.toBe('5')
    expect(displayFieldValue(t, 'recoveryMeasures', 'type', 'programme')).toBe('Programme')
    expect(displayFieldValue(t, 'recoveryMeasures', 'rights', [])).toBe('(empty)')
    // A field without labels, and an id no taxonomy knows, are shown as stored.
    expect(displayFieldValue(t, 'recommendations', 'number', '122.7')).toBe('122.7')
    expect(displayFieldValue(t, 'recommendations', 'themes', ['not a theme'])).toBe('not a theme')
    const french = (await initI18n('fr')).t
    expect(displayFieldValue(french, 'recommendations', 'position', 'noted', 'fr-FR', 'fr')).toBe('Prise en note')
    expect(displayFieldValue(french, 'recommendations', 'stateUnderReview', 'SVN', 'fr-FR', 'fr')).toBe('Slovénie')
    expect(displayFieldValue(french, 'recoveryMeasures', 'status', 'in-force', 'fr-FR', 'fr')).not.toBe('In force')
  })

  it('gives sizes and record counts in the interface language, with its units and plurals', async () => {
    expect(formatSize(3_355_443, 'en-GB', t)).toBe('3.2 MB')
    expect(formatSize(1, 'en-GB', t)).toBe('1 byte')
    const fr = (await initI18n('fr')).t
    expect(formatSize(3_355_443, 'fr-CH', fr)).toBe('3,2\u00a0Mo')
    expect(formatSize(25_907, 'fr-CH', fr)).toBe('25,3\u00a0Ko')
    expect(formatSize(1, 'fr-CH', fr)).toBe('1 octet')
    expect(formatSize(0, 'fr-CH', fr)).toBe('0 octet')
    expect(countsSummary(fr, { recommendations: 1200, reviews: 1, missionProfile: 1 }, 'fr-CH')).toBe(`${(1200).toLocaleString('fr-CH')} recommandations, 1 examen, 1 profil de la mission`)
    const es = (await initI18n('es')).t
    expect(formatSize(3_355_443, 'es-ES', es)).toBe('3,2 MB')
    expect(formatSize(0, 'es-ES', es)).toBe('0 bytes')
    expect(countsSummary(es, { recommendations: 1, reviews: 0, tasks: 2 }, 'es-ES')).toBe('1 recomendación, 2 tareas')
  })

  it('explains failures in words a person can act on', () => {
    expect(operationError(t, new SafetyBackupError(new Error('backups:write failed (ENOSPC)')))).toBe('a safety backup of your current data could not be kept first (the disk is full: free some space and try again), so nothing was changed')
    expect(operationError(t, new DataChangedError())).toContain('your data changed')
    expect(operationError(t, new NotWholeMissionError())).toContain('merge this one instead')
    expect(operationError(t, new DOMException('full', 'QuotaExceededError'))).toBe('the disk is full: free some space and try again')
  })
})
