import { isInterfaceLanguage, type InterfaceLanguage } from '../../domain/interface-languages'
import type { UprDeskDatabase } from '../schema/database'
import { nowIso } from '../../domain/ids'

/** The `appMeta` record that holds the language of the app (menus, buttons, messages). */
export const INTERFACE_LANGUAGE_ID = 'interfaceLanguage'

/**
 * The language of the app, a setting of its own: distinct from the mission profile's preferred language
 * for documents (a French-speaking delegate may well draft statements in English).
 */
export class InterfaceLanguageRepository {
  constructor(private readonly db: UprDeskDatabase) {}

  /** The chosen language, or undefined when none was chosen or the stored value is not a language the app offers. */
  async get(): Promise<InterfaceLanguage | undefined> {
    const entry = await this.db.appMeta.get(INTERFACE_LANGUAGE_ID)
    return isInterfaceLanguage(entry?.value) ? entry.value : undefined
  }

  /** Stores the chosen language (one record: a single put is atomic). */
  async set(language: InterfaceLanguage): Promise<void> {
    // The type says it is a language, but a caller's value may come from the page: refuse anything else.
    if (!isInterfaceLanguage(language)) throw new Error(`“${String(language)}” is not a language of the app (en, fr or es).`)
    await this.db.appMeta.put({ id: INTERFACE_LANGUAGE_ID, value: language, updatedAt: nowIso() })
  }
}
