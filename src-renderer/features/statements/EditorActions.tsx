import { useTranslation } from 'react-i18next'
import type { Statement } from '../../domain/model'
import type { SaveState } from './use-autosave'

/** The confirmation open under the actions, if any. */
export type Confirming = 'delete' | 'deliver' | null

interface Props {
  status: Statement['status']
  busy: boolean
  locked: boolean
  saveState: SaveState
  confirming: Confirming
  onConfirm: (next: Confirming) => void
  onExport: () => void
  onSaveVersion: () => void
  onDuplicate: () => void
  onSetFinal: (next: 'draft' | 'final') => void
}

/** The editor's buttons (export, save a version, duplicate, final or draft, deliver, delete) and where autosave stands. */
export function EditorActions({ status, busy, locked, saveState, confirming, onConfirm, onExport, onSaveVersion, onDuplicate, onSetFinal }: Props) {
  const { t } = useTranslation()
  // Each confirmation button opens its own question and closes it again.
  const toggle = (which: Exclude<Confirming, null>) => onConfirm(confirming === which ? null : which)
  return (
    <div className="editor-actions" role="group" aria-label={t('statements.editor.actions')}>
      <button type="button" className="primary" disabled={busy} onClick={onExport}>
        {t('statements.export.button')}
      </button>
      <button type="button" disabled={busy || locked} onClick={onSaveVersion}>
        {t('statements.editor.saveVersion')}
      </button>
      <button type="button" disabled={busy} onClick={onDuplicate}>
        {t('statements.editor.duplicate')}
      </button>
      {status === 'draft' ? (
        <button type="button" disabled={busy} onClick={() => onSetFinal('final')}>
          {t('statements.editor.markFinal')}
        </button>
      ) : (
        <button type="button" disabled={busy} onClick={() => onSetFinal('draft')}>
          {t('statements.editor.backToDraft')}
        </button>
      )}
      {!locked ? (
        <button type="button" disabled={busy} aria-expanded={confirming === 'deliver'} onClick={() => toggle('deliver')}>
          {t('statements.delivery.markDelivered')}
        </button>
      ) : null}
      <button type="button" disabled={busy} aria-expanded={confirming === 'delete'} onClick={() => toggle('delete')}>
        {t('statements.editor.delete')}
      </button>
      <span className={`autosave autosave-${saveState}`} role="status">
        {locked ? '' : saveState === 'saving' ? t('statements.editor.autosave.saving') : saveState === 'saved' ? t('statements.editor.autosave.saved') : ''}
      </span>
    </div>
  )
}
