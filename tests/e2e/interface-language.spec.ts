/// <reference lib="dom" />
import { utils, write } from '@e965/xlsx'
import { expect, test } from '@playwright/test'
import { AppPage } from './app-page'

test.describe('language of the app', () => {
  test('switching to French in Settings changes the app at once and survives a reload, with no flash of English', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.completeSetup('Slovenia')
    await app.nav().getByRole('link', { name: 'Settings' }).click()

    await page.getByLabel('Language of the app').selectOption({ label: 'Français' })
    await expect(page.getByRole('heading', { name: 'Paramètres', level: 1 })).toBeVisible()
    await expect(page.getByText('UPR Desk est maintenant en français.')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    // The language of documents is a separate choice: still English.
    await expect(page.getByLabel('Langue des documents')).toHaveValue('en')

    // Record every navigation label the page ever shows while it reloads: none may be English.
    await page.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { navLabelsSeen: string[] }).navLabelsSeen = seen
      new MutationObserver(() => {
        for (const a of document.querySelectorAll('nav a')) seen.push(a.textContent ?? '')
      }).observe(document, { childList: true, subtree: true, characterData: true })
    })
    await page.reload()
    await expect(page.locator('html[data-ready="true"]')).toBeAttached()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    await expect(nav.getByRole('link')).toHaveText(['Tableau de bord', 'Notre examen', 'Autres examens', 'Recommandations', 'Déclarations', 'Mesures de relèvement', 'Données et sauvegardes', 'Paramètres'])
    const seen = await page.evaluate(() => (window as unknown as { navLabelsSeen: string[] }).navLabelsSeen)
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.filter((label) => ['Dashboard', 'Our review', 'Other reviews', 'Recommendations', 'Statements', 'Recovery measures', 'Data and backups', 'Settings'].includes(label))).toEqual([])

    await expect(page.getByRole('heading', { name: 'Paramètres', level: 1 })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Langue', level: 2 })).toBeVisible()
    await expect(page.getByLabel('Langue de l’application')).toHaveValue('fr')
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('settings-fr')

    await nav.getByRole('link', { name: 'Tableau de bord' }).click()
    await expect(page.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Votre mission' })).toBeVisible()
    await expect(page.getByRole('table', { name: /^Examens\s*:\s*Slovénie$/ })).toBeVisible()
    await expect(page.getByRole('columnheader', { name: 'Statut' })).toBeVisible()
    await expect(page.getByText(/Prochain examen\s*: session 62/)).toBeVisible()
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('dashboard-fr')

    // The register with the demo mission, to see the longer French labels in its narrow columns.
    await nav.getByRole('link', { name: 'Paramètres' }).click()
    await page.getByRole('button', { name: 'Charger la mission de démonstration' }).click()
    await expect(page.getByText(/^Mission de démonstration chargée\s*: \d+ enregistrements\.$/)).toBeVisible()
    await nav.getByRole('link', { name: 'Recommandations' }).click()
    await expect(page.getByRole('heading', { name: 'Recommandations', level: 1 })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /Qui ont recueilli l’appui\s*: \d+\s*; dont il a été pris note\s*: \d+/ })).toBeVisible()
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('register-fr')

    // The detail of one recommendation, in French, opened by keyboard.
    await page.getByRole('listbox', { name: 'Recommandations' }).focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    const detail = page.getByRole('form', { name: /^Recommandation / })
    await expect(detail.getByText(/Suggestion selon les règles d’UPR Info/)).toBeVisible()
    await expect(detail.getByLabel('État de la mise en œuvre')).toBeVisible()
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('register-detail-fr')
  })

  test('the setup page offers Español, and the whole first run is then in Spanish', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await expect(page.getByRole('heading', { name: 'Welcome to UPR Desk' })).toBeVisible()
    await page.getByLabel('Language of the app').selectOption({ label: 'Español' })
    await expect(page.getByRole('heading', { name: 'Le damos la bienvenida a UPR Desk', level: 1 })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('setup-es')

    // A mistake is reported in Spanish, next to the field.
    await page.getByRole('button', { name: 'Empezar a usar UPR Desk' }).click()
    await expect(page.getByText('Elija el Estado al que representa su misión.')).toBeVisible()
    await page.getByLabel('Estado representado').selectOption({ label: 'Eslovenia' })
    await page.getByRole('button', { name: 'Empezar a usar UPR Desk' }).click()

    await expect(page.getByRole('heading', { name: 'Panel', level: 1 })).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Navegación principal' })
    await expect(nav.getByRole('link')).toHaveText(['Panel', 'Nuestro examen', 'Otros exámenes', 'Recomendaciones', 'Declaraciones', 'Medidas de recuperación', 'Datos y copias de seguridad', 'Configuración'])
    await expect(page.getByRole('table', { name: 'Exámenes: Eslovenia' })).toBeVisible()
    await expect(page.getByText(/^Próximo examen: 62º período de sesiones/)).toBeVisible()
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('dashboard-es')

    await nav.getByRole('link', { name: 'Configuración' }).click()
    await expect(page.getByRole('heading', { name: 'Configuración', level: 1 })).toBeVisible()
    await expect(page.getByLabel('Idioma de la aplicación')).toHaveValue('es')
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('settings-es')

    await page.getByRole('button', { name: 'Cargar la misión de demostración' }).click()
    await expect(page.getByText(/^Misión de demostración cargada: \d+ registros\.$/)).toBeVisible()
    await nav.getByRole('link', { name: 'Recomendaciones' }).click()
    await expect(page.getByRole('status').filter({ hasText: /Que cuentan con el apoyo: \d+; de las que se ha tomado nota: \d+/ })).toBeVisible()
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('register-es')
    await nav.getByRole('link', { name: 'Configuración' }).click()

    // And back to English, which also stays after a reload.
    await page.getByLabel('Idioma de la aplicación').selectOption({ label: 'English' })
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test('the import preview of a damaged file says its warnings in French, with the rows they are in', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.completeSetup('Slovenia')
    await app.nav().getByRole('link', { name: 'Settings' }).click()
    await page.getByLabel('Language of the app').selectOption({ label: 'Français' })
    await expect(page.getByRole('heading', { name: 'Paramètres', level: 1 })).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    await nav.getByRole('link', { name: 'Recommandations' }).click()
    await page.getByRole('button', { name: 'Importer…' }).first().click()

    // An Excel workbook cut short (a download that stopped halfway): refused, and said so in French.
    const sheet = utils.aoa_to_sheet([['SuR', 'Recommendation', 'RS', 'Response'], ...Array.from({ length: 40 }, (_, i) => ['Slovenia', `Recommendation number ${i + 1}`, 'France', 'Supported'])])
    const book = utils.book_new()
    utils.book_append_sheet(book, sheet, 'Export')
    const whole = write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
    await page.getByLabel('Choisir un fichier').setInputFiles({ name: 'export.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: whole.subarray(0, Math.floor(whole.length * 0.6)) })
    await expect(page.getByRole('heading', { name: 'Aperçu de export.xlsx' })).toBeVisible()
    await page.getByText('1 avertissement', { exact: true }).click()
    await expect(page.getByRole('listitem').filter({ hasText: /^Impossible de lire export\.xlsx\s*: le fichier est endommagé ou tronqué\s*: ce n’est pas une archive ZIP complète/ })).toBeVisible()

    // A CSV export with a response the importer does not know, in two rows, and an action that is no category.
    const csv = [
      'SuR,Rgrp,Org,Recommendation,RS,Rgrp,Org,Response,Action,Issue,Session',
      'Slovenia,WEOG,,Ratify the Convention,France,WEOG,,Perhaps,4,Women,34',
      'Slovenia,WEOG,,Adopt a plan,France,WEOG,,Perhaps,9,Women,34',
      'Slovenia,WEOG,,Review the law,France,WEOG,,Supported,4,Women,34'
    ].join('\r\n')
    await page.getByLabel('Choisir un fichier').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
    await expect(page.getByRole('heading', { name: 'Aperçu de export.csv' })).toBeVisible()
    await page.getByText('2 avertissements', { exact: true }).click()
    const warnings = page.getByRole('list').filter({ hasText: 'Réponse inconnue' })
    await expect(warnings.getByRole('listitem')).toHaveText([
      /^Ligne 2 du tableur\s*: Réponse inconnue «\s*Perhaps\s*» dans la colonne Response, lue comme en attente — 2 lignes\s*: 2, 3\.$/,
      /^Ligne 3 du tableur\s*: L’action «\s*9\s*» n’est pas une catégorie de 1 à 5, laissée vide — ligne 3\.$/
    ])
    await app.expectNoSeriousA11yViolations()
    await app.screenshot('import-warnings-fr')
  })
})
