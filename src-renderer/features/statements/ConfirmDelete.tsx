import { useTranslation } from 'react-i18next'

/** Asks before deleting the statement: delete it, or keep it. */
export function ConfirmDelete({ title, busy, onDelete, onKeep }: { title: string; busy: boolean; onDelete: () => void; onKeep: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="confirm card" role="group" aria-label={t('statements.editor.delete')}>
      <p>{t('statements.editor.confirmDelete', { title })}</p>
      <div className="button-row">
        <button type="button" className="danger" disabled={busy} onClick={onDelete}>
          {t('statements.editor.confirmDeleteButton')}
        </button>
        <button type="button" onClick={onKeep}>
          {t('statements.editor.keep')}
        </button>
      </div>
    </div>
  )
}
