import { useTranslation } from 'react-i18next'
import type { SaveState } from './use-autosave'

/** Says, as an alert, that the words typed could not be saved, and why. */
export function AutosaveFailure({ saveState, saveError }: { saveState: SaveState; saveError: string }) {
  const { t } = useTranslation()
  if (saveState !== 'failed') return null
  return (
    <p role="alert" className="field-error">
      {t('statements.editor.autosave.failed', { message: saveError })}
    </p>
  )
}
