import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { hrefOf } from '../../routes/location'
import { useSharesRegister } from './use-shares-register'

/**
 * The last step before all data is replaced (a restore from an archive or a backup): the question, then
 * Replace or Cancel. On a laptop that shares the register with its mission (a sync server or folder), a
 * replace would send its removals to every colleague: it is refused, and the person is pointed to a merge,
 * or to stop sharing first.
 */
export function ConfirmReplace({ busy, onConfirm, onCancel, before }: { busy: boolean; onConfirm: () => void; onCancel: () => void; before?: ReactNode }) {
  const { t } = useTranslation()
  const id = useId()
  const shared = useSharesRegister()
  return (
    <div className="confirm" role="group" aria-labelledby={id}>
      {before}
      {shared ? (
        <p id={id} role="alert">
          {t('dataSafety.import.replaceShared')} <a href={hrefOf('sync')}>{t('dataSafety.import.replaceSharedLink')}</a>.
        </p>
      ) : (
        <p id={id}>{t('dataSafety.import.confirmReplace')}</p>
      )}
      <div className="button-row">
        {shared ? null : (
          <button type="button" className="danger" disabled={busy} onClick={onConfirm}>
            {t('dataSafety.import.replaceConfirmed')}
          </button>
        )}
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('dataSafety.import.cancel')}
        </button>
      </div>
    </div>
  )
}
