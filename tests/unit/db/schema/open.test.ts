import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { readRescueCopy } from '../../../../src-renderer/db/data-safety/rescue'
import { CURRENT_SCHEMA_VERSION } from '../../../../src-renderer/domain/stores'

describe('openDatabase', () => {
  it('refuses a database written by a newer app, and deletes nothing', async () => {
    const name = `newer-${crypto.randomUUID()}`
    const future = new Dexie(name)
    future.version(CURRENT_SCHEMA_VERSION + 1).stores({ missionProfile: 'id', futureTable: 'id' })
    await future.open()
    await future.table('missionProfile').put({ id: 'mission', stateIso3: 'PRT' })
    await future.table('futureTable').put({ id: 'x', secret: 'keep me' })
    future.close()

    const result = await openDatabase(name)
    expect(result).toEqual({ status: 'newer', foundVersion: CURRENT_SCHEMA_VERSION + 1, supportedVersion: CURRENT_SCHEMA_VERSION })

    const copy = await readRescueCopy(name)
    expect(copy.stores['futureTable']).toEqual([{ id: 'x', secret: 'keep me' }])
    expect(copy.stores['missionProfile']).toEqual([{ id: 'mission', stateIso3: 'PRT' }])
    expect(copy.idbVersion).toBe((CURRENT_SCHEMA_VERSION + 1) * 10)
  })

  it('creates a fresh database at the current version', async () => {
    const result = await openDatabase(`fresh-${crypto.randomUUID()}`)
    expect(result.status).toBe('ready')
    if (result.status === 'ready') {
      expect(result.db.verno).toBe(CURRENT_SCHEMA_VERSION)
      result.db.close()
    }
  })
})
