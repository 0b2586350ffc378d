/// <reference lib="dom" />
import { expect, test, type Page } from '@playwright/test'
import { dataSafetyEn } from '../../src-renderer/i18n/en-data-safety'
import { AppPage } from './app-page'

/** Every string of a strings object. */
function values(strings: unknown): string[] {
  return Object.values(strings as Record<string, unknown>).flatMap((v) => (typeof v === 'string' ? [v] : values(v)))
}

/** Words of the English data-safety strings that each translation spells the same (anything else in English leaked). */
const SAME_IN = { fr: ['session', 'Date', 'Actions'], es: ['bytes'] } as const

/** The English of the data-safety area that must not show once the interface is translated: each string cut at its placeholders. */
function englishPieces(language: keyof typeof SAME_IN): string[] {
  const same: readonly string[] = SAME_IN[language]
  const pieces = values(dataSafetyEn).flatMap((text) => text.split(/\{\{[^}]*\}\}/).map((piece) => piece.replace(/^[\s(),.:;]+|[\s(),.:;]+$/g, '')))
  return [...new Set(pieces)].filter((piece) => piece.length >= 3 && /[A-Za-z]{3}/.test(piece) && !same.includes(piece))
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Fails if any English piece of the area shows in the page's main area, as text or as an accessible label. */
async function expectNoEnglish(page: Page, pieces: string[]): Promise<void> {
  const shown = await page.locator('main').evaluate((main) => {
    const labels = [...main.querySelectorAll('[aria-label], [title], [placeholder]')].map((e) =>
      ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? '').join('\n')
    )
    return [(main as HTMLElement).innerText, ...labels].join('\n')
  })
  const leaked = pieces.filter((piece) => new RegExp(`(?<![\\p{L}])${escape(piece)}(?![\\p{L}])`, 'u').test(shown))
  expect(leaked).toEqual([])
}

/** Switches the interface language in Settings (the label is given in the language shown before). */
async function switchLanguage(app: AppPage, settings: string, label: string, language: string, heading: string): Promise<void> {
  await app.page.getByRole('link', { name: settings, exact: true }).click()
  await app.page.getByLabel(label).selectOption({ label: language })
  await expect(app.page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
}

/** Saves an archive from the Data page and returns the downloaded file's path. */
async function saveArchive(page: Page, region: string, button: string, saved: string): Promise<string> {
  const section = page.getByRole('region', { name: region })
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: button }).click()])
  await expect(section.getByRole('status')).toContainText(saved)
  const path = await download.path()
  expect(path).toBeTruthy()
  return path
}

test('the Data and backups page in French: storage, archive, merge with a conflict, backups and restore', async ({ page }) => {
  const app = new AppPage(page)
  const english = englishPieces('fr')
  await app.open()
  await app.completeSetup('Slovenia')
  await switchLanguage(app, 'Settings', 'Language of the app', 'Français', 'Paramètres')
  const nav = page.getByRole('navigation', { name: 'Navigation principale' })
  const openDataPage = async () => {
    await nav.getByRole('link', { name: 'Données et sauvegardes' }).click()
    await expect(page.getByRole('heading', { name: 'Données et sauvegardes', level: 1 })).toBeVisible()
  }
  const rename = async (name: string) => {
    await nav.getByRole('link', { name: 'Paramètres' }).click()
    await page.getByLabel('Nom de la mission').fill(name)
    await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click()
    await expect(page.getByText('Paramètres enregistrés.')).toBeVisible()
  }

  await openDataPage()
  for (const heading of ['Stockage', 'Enregistrer une archive', 'Ouvrir une archive', 'Sauvegardes']) {
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible()
  }
  const storage = page.getByRole('region', { name: 'Stockage' })
  await expect(storage).toContainText('1 profil de la mission')
  await expect(storage).toContainText(/Accordé|Non accordé|n’indique pas/)
  await expect(storage).toContainText(/\d\s?(Ko|Mo|Go)|inconnu/)
  await expect(page.getByRole('radio', { name: 'Toute la mission' })).toBeChecked()
  await expect(page.getByLabel('Phrase secrète (facultative)')).toBeVisible()
  await expect(page.getByText('Aucune sauvegarde pour l’instant.')).toBeVisible()
  await expectNoEnglish(page, english)
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('data-safety-fr')

  // Both sides change the mission after an exchange: the merge shows the conflict, in French.
  const first = await saveArchive(page, 'Enregistrer une archive', 'Enregistrer l’archive…', 'Archive enregistrée')
  await rename('Mission de Slovénie, deuxième nom')
  await openDataPage()
  await saveArchive(page, 'Enregistrer une archive', 'Enregistrer l’archive…', 'Archive enregistrée')
  await rename('Mission de Slovénie, dernier nom')
  await openDataPage()
  const open = page.getByRole('region', { name: 'Ouvrir une archive' })
  await open.getByLabel('Choisir une archive (.uprdesk)').setInputFiles(first)
  await expect(open.getByText(/^Archive de toute la mission, enregistrée le .+ par UPR Desk 0\.1\.0\s*: 1 profil de la mission\.$/)).toBeVisible()
  await open.getByRole('button', { name: 'Fusionner avec mes données' }).click()
  await expect(open.getByRole('heading', { name: 'Ce que fera la fusion' })).toBeVisible()
  await expect(open.getByText('1 modifié des deux côtés, à vous de trancher')).toBeVisible()
  const conflict = open.getByRole('group', { name: 'Profil de la mission' })
  await expect(conflict.getByRole('row', { name: /Nom de la mission/ })).toContainText('Mission de Slovénie, dernier nom')
  await expect(conflict.getByRole('columnheader', { name: 'Dans l’archive' })).toBeVisible()
  await expect(conflict.getByLabel('Garder la mienne')).toBeChecked()
  await expectNoEnglish(page, english)
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('data-safety-merge-fr')
  await open.getByRole('button', { name: 'Reprendre toutes celles de l’archive' }).click()
  await expect(conflict.getByLabel('Reprendre celle de l’archive')).toBeChecked()
  await open.getByRole('button', { name: 'Appliquer la fusion' }).click()
  await expect(open.getByRole('status')).toContainText(/^Fusion effectuée\. Ajoutés\s*: 0, mis à jour\s*: 1, ignorés\s*: 0, conflits résolus\s*: 1/)

  // Replacing all data asks first, then reloads and says what happened, in French.
  await open.getByLabel('Choisir une archive (.uprdesk)').setInputFiles(first)
  await open.getByRole('button', { name: 'Remplacer toutes mes données…' }).click()
  await expect(open.getByText(/^Remplacer toutes vos données par cette archive\s*\?/)).toBeVisible()
  await expectNoEnglish(page, english)
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('data-safety-confirm-restore-fr')
  await open.getByRole('button', { name: 'Remplacer toutes mes données', exact: true }).click()
  await expect(page.getByText(/^Vos données ont été remplacées par l’archive/)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Données et sauvegardes', level: 1 })).toBeVisible()

  // The safety copies kept before the merge and before the restore are in the list of backups, their size in Ko.
  const backups = page.getByRole('region', { name: 'Sauvegardes' })
  const safety = backups.getByRole('row', { name: /De sécurité \(avant une restauration ou une fusion\)/ })
  await expect(safety).toHaveCount(2)
  await expect(safety.first()).toContainText(/\d\s?Ko/)
  await expect(safety.first()).toContainText('1 profil de la mission')
  for (const column of ['Date', 'Type', 'Taille', 'Enregistrements', 'Actions']) {
    await expect(backups.getByRole('columnheader', { name: column })).toBeVisible()
  }
  await expect(safety.first().getByRole('button', { name: /^Restaurer la sauvegarde du / })).toBeVisible()
  await expectNoEnglish(page, english)
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('data-safety-backups-fr')
})

test('the Data and backups page in Spanish, with the demo mission: storage, archive, merge and backups', async ({ page }) => {
  // The demo mission makes a larger archive, read and written twice: more than the default 30 s on a busy machine.
  test.setTimeout(60_000)
  const app = new AppPage(page)
  const english = englishPieces('es')
  await app.open()
  await app.completeSetup('Slovenia')
  await switchLanguage(app, 'Settings', 'Language of the app', 'Español', 'Configuración')
  await page.getByRole('button', { name: 'Cargar la misión de demostración' }).click()
  await expect(page.getByText(/^Misión de demostración cargada: \d+ registros\.$/)).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'Navegación principal' })
  await nav.getByRole('link', { name: 'Datos y copias de seguridad' }).click()
  await expect(page.getByRole('heading', { name: 'Datos y copias de seguridad', level: 1 })).toBeVisible()

  for (const heading of ['Almacenamiento', 'Guardar un archivo', 'Abrir un archivo', 'Copias de seguridad']) {
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible()
  }
  const storage = page.getByRole('region', { name: 'Almacenamiento' })
  await expect(storage).toContainText(/\d+ recomendaciones/)
  await expect(storage).toContainText(/\d+ medidas de recuperación/)
  await page.getByRole('radio', { name: 'Un examen, con sus tareas, documentos y recomendaciones' }).check()
  await expect(page.getByLabel('Examen', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Guardar el archivo…' })).toBeVisible()
  await expectNoEnglish(page, english)
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('data-safety-es')
  await page.getByRole('radio', { name: 'Toda la misión' }).check()

  const archive = await saveArchive(page, 'Guardar un archivo', 'Guardar el archivo…', 'Archivo guardado')
  const open = page.getByRole('region', { name: 'Abrir un archivo' })
  await open.getByLabel('Elegir un archivo (.uprdesk)').setInputFiles(archive)
  await expect(open.getByText(/^Archivo de toda la misión, guardado el .+ por UPR Desk 0\.1\.0: .*\d+ recomendaciones/)).toBeVisible()
  await open.getByRole('button', { name: 'Combinar con mis datos' }).click()
  await expect(open.getByRole('heading', { name: 'Qué hará la combinación' })).toBeVisible()
  await expect(open.getByText(/^\d+ ya iguales$/)).toBeVisible()
  await expect(open.getByText('Nada que combinar: ya tiene todo lo que contiene este archivo.')).toBeVisible()
  await expectNoEnglish(page, english)
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('data-safety-merge-es')

  // Replacing all data keeps a safety copy first: it is listed, with its records in Spanish.
  // The same file chosen again is no change to the input: clear it first, as a person would choose another.
  await open.getByLabel('Elegir un archivo (.uprdesk)').setInputFiles([])
  await open.getByLabel('Elegir un archivo (.uprdesk)').setInputFiles(archive)
  await open.getByRole('button', { name: 'Sustituir todos mis datos…' }).click()
  await expect(open.getByText(/^¿Sustituir todos sus datos por este archivo\?/)).toBeVisible()
  await open.getByRole('button', { name: 'Sustituir todos mis datos', exact: true }).click()
  await expect(page.getByText(/^Sus datos se han sustituido por el archivo/)).toBeVisible()
  const backups = page.getByRole('region', { name: 'Copias de seguridad' })
  const safety = backups.getByRole('row', { name: /De seguridad \(antes de restaurar o combinar\)/ })
  await expect(safety).toHaveCount(1)
  await expect(safety).toContainText(/\d+ recomendaciones/)
  await expect(safety).toContainText(/\d\s?(KB|MB)/)
  for (const column of ['Fecha', 'Tipo', 'Tamaño', 'Registros', 'Acciones']) {
    await expect(backups.getByRole('columnheader', { name: column })).toBeVisible()
  }
  await expect(safety.getByRole('button', { name: /^Guardar una copia de la copia de seguridad del / })).toBeVisible()
  await expectNoEnglish(page, english)
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('data-safety-backups-es')
})
