import { useTranslation } from 'react-i18next'
import { hrefOf } from '../../routes/location'
import type { ActionStatus } from './use-editor-action'

/** What the last action did (with a link to the register after a delivery), or why it failed. */
export function ActionMessages({ status, alert }: { status: ActionStatus | null; alert: string }) {
  const { t } = useTranslation()
  return (
    <>
      <p role="status" className="status-message">
        {status?.text ?? ''}
        {status?.link === 'register' ? (
          <>
            {' '}
            <a href={hrefOf('recommendations')}>{t('statements.delivery.showRegister')}</a>
          </>
        ) : null}
      </p>
      {alert ? (
        <p role="alert" className="field-error">
          {alert}
        </p>
      ) : null}
    </>
  )
}
