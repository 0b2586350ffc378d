import type { Attachment } from '../../domain/model'
import type { UprDeskDatabase } from '../schema/database'
import { nowIso } from '../../domain/ids'
import { storableName } from '../../archive/record-schemas'

/** The owner of the mission's own files in the attachments table. */
export const MISSION_OWNER = 'mission'
/** The id of the mission's emblem: there is one, replaced by a new upload. */
export const EMBLEM_ID = 'mission-emblem'

/** The mission's emblem (letterhead image), kept in the database so it travels with backups. */
export class EmblemRepository {
  constructor(private readonly db: UprDeskDatabase) {}

  /** The emblem, if one was uploaded (the delegate's own wins over a demo one). */
  async get(): Promise<Attachment | undefined> {
    const files = await this.db.attachments.where('ownerId').equals(MISSION_OWNER).toArray()
    return files.find((f) => f.id === EMBLEM_ID) ?? files.find((f) => f.mediaType.startsWith('image/'))
  }

  /** Stores (or replaces) the emblem. The caller has checked that the bytes are an image. */
  async save(file: { name: string; mediaType: string; bytes: Uint8Array }): Promise<Attachment> {
    const at = nowIso()
    const existing = await this.db.attachments.get(EMBLEM_ID)
    const record: Attachment = {
      id: EMBLEM_ID,
      ownerId: MISSION_OWNER,
      name: storableName(file.name),
      mediaType: file.mediaType,
      size: file.bytes.byteLength,
      bytes: file.bytes,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at
    }
    await this.db.attachments.put(record)
    return record
  }

  /**
   * Removes the emblem: the delegate's and the demo's alike (Settings shows whichever is used), so that
   * documents then carry the mission's name alone. Other files of the mission are kept.
   */
  async remove(): Promise<void> {
    await this.db.transaction('rw', this.db.attachments, async () => {
      const files = await this.db.attachments.where('ownerId').equals(MISSION_OWNER).toArray()
      await this.db.attachments.bulkDelete(files.filter((f) => f.id === EMBLEM_ID || f.mediaType.startsWith('image/')).map((f) => f.id))
    })
  }
}
