import type { SavedView } from '../../domain/model'
import type { UprDeskDatabase } from '../schema/database'
import { newId, nowIso } from '../../domain/ids'

/** Named views of the register. Saving under an existing name replaces that view. */
export class SavedViewRepository {
  constructor(private readonly db: UprDeskDatabase) {}

  /** Saves a view under a name (trimmed; replacing one of the same name). */
  save(name: string, view: Pick<SavedView, 'filter' | 'sort' | 'group'>): Promise<SavedView> {
    const trimmed = name.trim()
    if (!trimmed) return Promise.reject(new Error('A saved view needs a name.'))
    return this.db.transaction('rw', this.db.savedViews, async () => {
      const existing = await this.db.savedViews.where('name').equals(trimmed).first()
      const at = nowIso()
      const record: SavedView = { ...view, id: existing?.id ?? newId('view'), name: trimmed, createdAt: existing?.createdAt ?? at, updatedAt: at }
      await this.db.savedViews.put(record)
      return record
    })
  }

  /** Every saved view, by name. */
  all(): Promise<SavedView[]> {
    return this.db.savedViews.orderBy('name').toArray()
  }

  /** Deletes a saved view. */
  remove(id: string): Promise<void> {
    return this.db.savedViews.delete(id)
  }
}
