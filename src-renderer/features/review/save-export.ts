/** Saves an export through the platform (native dialog in Electron, download in the browser) and says how it went. */
import type { TFunction } from 'i18next'
import { DocumentProblem } from '../../export/kit/problem'
import { getPlatform, type FileFilter } from '../../platform'

/** Builds and saves a file; returns the message for the status line (saved, cancelled, or what failed). */
export async function saveExport(t: TFunction, build: () => Promise<{ bytes: Uint8Array; fileName: string }>, filters: FileFilter[]): Promise<string> {
  try {
    const { bytes, fileName } = await build()
    const result = await getPlatform().saveFile(bytes, fileName, filters)
    return result.status === 'saved' ? t('review.page.exported', { where: result.where }) : t('review.page.exportCancelled')
  } catch (error) {
    // A DocumentProblem carries a translatable reason; its English message is the fallback.
    const message =
      error instanceof DocumentProblem
        ? t(error.key, { ...error.params, defaultValue: error.message })
        : error instanceof Error
          ? error.message
          : String(error)
    return t('review.page.exportFailed', { message })
  }
}

export const ICS_FILTERS: FileFilter[] = [{ name: 'iCalendar', extensions: ['ics'] }]
export const DOCX_FILTERS: FileFilter[] = [{ name: 'Word document', extensions: ['docx'] }]
