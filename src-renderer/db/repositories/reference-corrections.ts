import type { ReferenceCorrection } from '../../domain/model'
import type { UprDeskDatabase } from '../schema/database'
import { nowIso, newId } from '../../domain/ids'

/** A user's corrections to the shipped reference data, one per corrected item. */
export class ReferenceCorrectionRepository {
  constructor(private readonly db: UprDeskDatabase) {}

  /** Records (or replaces) the correction of one item. */
  set(kind: ReferenceCorrection['kind'], key: string, value: Record<string, unknown>): Promise<ReferenceCorrection> {
    return this.db.transaction('rw', this.db.referenceCorrections, async () => {
      const existing = await this.db.referenceCorrections.where('[kind+key]').equals([kind, key]).first()
      const at = nowIso()
      const record: ReferenceCorrection = {
        id: existing?.id ?? newId('cor'),
        kind,
        key,
        value,
        createdAt: existing?.createdAt ?? at,
        updatedAt: at
      }
      await this.db.referenceCorrections.put(record)
      return record
    })
  }

  /** Every correction of one kind. */
  all(kind: ReferenceCorrection['kind']): Promise<ReferenceCorrection[]> {
    return this.db.referenceCorrections.where('kind').equals(kind).toArray()
  }

  /** Removes a correction: the shipped value applies again. */
  async remove(kind: ReferenceCorrection['kind'], key: string): Promise<void> {
    await this.db.referenceCorrections.where('[kind+key]').equals([kind, key]).delete()
  }
}
