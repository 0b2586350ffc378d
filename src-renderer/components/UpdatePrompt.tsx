import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { webUpdates, type UpdateStatus, type WebUpdates } from '../platform/web-updates'
import './update-prompt.css'

const noUpdates = {
  subscribe: () => () => undefined,
  getStatus: (): UpdateStatus => 'none'
}

const MESSAGE_KEY: Record<Exclude<UpdateStatus, 'none'>, string> = {
  ready: 'webApp.update.ready',
  'waiting-for-save': 'webApp.update.waitingForSave',
  reloading: 'webApp.update.reloading'
}

/**
 * "A new version is ready: Reload" in the web build. The status region is always there (empty until a
 * version arrives) so screen readers announce it; focus is never moved from what the delegate is doing.
 */
export function UpdatePrompt({ updates = webUpdates() }: { updates?: WebUpdates | null }) {
  const { t } = useTranslation()
  const source = updates ?? noUpdates
  const status = useSyncExternalStore(source.subscribe, source.getStatus)
  return (
    <div className="update-prompt" role="status" data-open={status !== 'none'}>
      {status !== 'none' && (
        <>
          <span>{t(MESSAGE_KEY[status])}</span>
          {status === 'ready' && (
            <button type="button" className="primary" onClick={() => updates?.reloadWhenSaved()}>
              {t('webApp.update.reload')}
            </button>
          )}
        </>
      )}
    </div>
  )
}
