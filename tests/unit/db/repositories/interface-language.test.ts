import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { INTERFACE_LANGUAGE_ID, InterfaceLanguageRepository } from '../../../../src-renderer/db/repositories/interface-language'
import type { InterfaceLanguage } from '../../../../src-renderer/i18n'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

async function open(name: string): Promise<UprDeskDatabase> {
  const result = await openDatabase(name)
  if (result.status !== 'ready') throw new Error(result.status)
  opened.push(result.db)
  return result.db
}

describe('interface language repository', () => {
  it('has no language before one is chosen, and keeps the chosen one across a reopen', async () => {
    const name = `interface-language-${crypto.randomUUID()}`
    const db = await open(name)
    const repository = new InterfaceLanguageRepository(db)
    expect(await repository.get()).toBeUndefined()
    await repository.set('fr')
    await repository.set('es')
    db.close()

    const reopened = new InterfaceLanguageRepository(await open(name))
    expect(await reopened.get()).toBe('es')
  })

  it('stores it in appMeta under its own id, apart from the mission profile', async () => {
    const db = await open(`interface-language-${crypto.randomUUID()}`)
    await new InterfaceLanguageRepository(db).set('fr')
    const entry = await db.appMeta.get(INTERFACE_LANGUAGE_ID)
    expect(entry).toMatchObject({ id: 'interfaceLanguage', value: 'fr' })
    expect(Number.isNaN(Date.parse(entry!.updatedAt))).toBe(false)
    expect(await db.missionProfile.count()).toBe(0)
  })

  it('reads a stored value the app does not offer as no choice, and refuses to store one', async () => {
    const db = await open(`interface-language-${crypto.randomUUID()}`)
    const repository = new InterfaceLanguageRepository(db)
    await db.appMeta.put({ id: INTERFACE_LANGUAGE_ID, value: 'de', updatedAt: new Date().toISOString() })
    expect(await repository.get()).toBeUndefined()
    await db.appMeta.put({ id: INTERFACE_LANGUAGE_ID, value: 42, updatedAt: new Date().toISOString() })
    expect(await repository.get()).toBeUndefined()

    await repository.set('en')
    await expect(repository.set('de' as InterfaceLanguage)).rejects.toThrow('“de” is not a language of the app')
    expect(await repository.get()).toBe('en')
  })
})
