import { useState } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  /** A stored measure can be deleted; a new one only added. */
  stored: boolean
  /** How many recommendations the measure answers (the delete question says they lose the link). */
  linkCount: number
  status: string
  onDelete: () => void
}

/** "Save" (or "Add the measure"), "Delete" with its question, and what the last save did. */
export function MeasureActions({ stored, linkCount, status, onDelete }: Props) {
  const { t } = useTranslation()
  const [confirmDelete, setConfirmDelete] = useState(false)
  return (
    <div className="detail-actions">
      <button type="submit" className="primary">
        {stored ? t('measures.editor.save') : t('measures.editor.create')}
      </button>
      {stored ? (
        confirmDelete ? (
          <span className="confirm" role="group" aria-label={t('measures.editor.confirmDeleteLabel')}>
            {linkCount === 0 ? t('measures.editor.confirmDeleteUnlinked') : t('measures.editor.confirmDelete', { count: linkCount })}{' '}
            <button type="button" className="danger" onClick={onDelete}>
              {t('measures.editor.deleteNow')}
            </button>{' '}
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('measures.editor.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirmDelete(true)}>
            {t('measures.editor.delete')}
          </button>
        )
      ) : null}
      <p role="status" className="status-message">
        {status}
      </p>
    </div>
  )
}
