// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import type { i18n as I18n } from 'i18next'
import { RepositoriesProvider } from '../../../../src-renderer/db/hooks/context'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { createRepositories } from '../../../../src-renderer/db/repositories'
import { InterfaceLanguageRepository } from '../../../../src-renderer/db/repositories/interface-language'
import { InterfaceLanguageSection } from '../../../../src-renderer/features/settings/InterfaceLanguageSection'
import { initI18n } from '../../../../src-renderer/i18n'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  cleanup()
  for (const db of opened.splice(0)) db.close()
})

async function renderSection(language: 'en' | 'fr' | 'es' = 'en'): Promise<{ db: UprDeskDatabase; i18n: I18n }> {
  const result = await openDatabase(`picker-${crypto.randomUUID()}`)
  if (result.status !== 'ready') throw new Error(result.status)
  opened.push(result.db)
  const i18n = await initI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <RepositoriesProvider repositories={createRepositories(result.db)}>
        <InterfaceLanguageSection />
      </RepositoriesProvider>
    </I18nextProvider>
  )
  return { db: result.db, i18n }
}

describe('Language of the app', () => {
  it('offers each language in its own name, marked with its lang', async () => {
    await renderSection('es')
    const select = screen.getByLabelText('Idioma de la aplicación')
    expect(select).toHaveProperty('value', 'es')
    const options = [...select.querySelectorAll('option')].map((o) => `${o.lang}:${o.textContent}`)
    expect(options).toEqual(['en:English', 'fr:Français', 'es:Español'])
    expect(screen.getByRole('heading', { name: 'Idioma' })).toBeTruthy()
  })

  it('switches the app at once, says so in the new language, and stores the choice', async () => {
    const { db, i18n } = await renderSection('en')
    await userEvent.selectOptions(screen.getByLabelText('Language of the app'), 'fr')
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('UPR Desk est maintenant en français.'))
    expect(screen.getByRole('heading', { name: 'Langue' })).toBeTruthy()
    expect(screen.getByLabelText('Langue de l’application')).toHaveProperty('value', 'fr')
    expect(i18n.language).toBe('fr')
    expect(await new InterfaceLanguageRepository(db).get()).toBe('fr')
  })

  it('stays in its language and says why when the choice cannot be stored', async () => {
    const { db, i18n } = await renderSection('en')
    db.close()
    await userEvent.selectOptions(screen.getByLabelText('Language of the app'), 'es')
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^The language could not be saved, nothing was changed: /))
    expect(i18n.language).toBe('en')
    expect(screen.getByLabelText('Language of the app')).toHaveProperty('value', 'en')
  })
})
