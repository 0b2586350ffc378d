import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './App'
import { UpdatePrompt } from './components/UpdatePrompt'
import { RepositoriesProvider } from './db/hooks/context'
import { openDatabase } from './db/schema/open'
import { createRepositories } from './db/repositories'
import { InterfaceLanguageRepository } from './db/repositories/interface-language'
import { DatabaseErrorScreen } from './features/db-error/DatabaseErrorScreen'
import { initI18n, keepDocumentLanguage } from './i18n'
import { getPlatform } from './platform'
import { keepHostLanguage } from './platform/host-language'
import { requestPersistentStorage } from './platform/storage'
import { hostVault } from './platform/sync-vault'
import { startWebApp, webUpdates } from './platform/web-updates'
import './styles.css'

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!)
  const opened = await openDatabase()
  // The language is read before the first render, so the app never flashes English first. A database that
  // cannot be opened, or a failed read, leaves the app in English: the error screen must still show.
  const language = opened.status === 'ready' ? await new InterfaceLanguageRepository(opened.db).get().catch(() => undefined) : undefined
  const i18n = await initI18n(language ?? 'en')
  keepDocumentLanguage(i18n, document.documentElement)
  keepHostLanguage(i18n, getPlatform())
  if (opened.status === 'ready') {
    // Ask the browser to keep our data even under storage pressure (granted silently in Electron).
    void requestPersistentStorage()
  }
  // The web build's service worker: offline use and new versions (nothing in Electron).
  startWebApp()
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {opened.status === 'ready' ? (
          <RepositoriesProvider repositories={createRepositories(opened.db, { syncVault: hostVault() })}>
            <App />
          </RepositoriesProvider>
        ) : (
          <DatabaseErrorScreen problem={opened} />
        )}
        {webUpdates() && <UpdatePrompt />}
      </I18nextProvider>
    </StrictMode>
  )
  document.documentElement.dataset['ready'] = 'true'
}

void start()
