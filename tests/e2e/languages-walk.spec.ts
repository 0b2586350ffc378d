/// <reference lib="dom" />
/**
 * A walk of every page in French and in Spanish, with the demo mission loaded from Settings so that the
 * pages have content: no English sentence may reach the interface. The mission's own data (the demo's
 * recommendations, measures, statements, tasks and notes, written in English) and proper nouns are
 * allowed; everything else (labels, State names, themes, rights, SDGs, messages) must be in the language.
 */
import { expect, test, type Page } from '@playwright/test'
import { buildDemoMission } from '../../src-renderer/demo'
import { labelsInAllLanguages, type LabelKind } from '../../src-renderer/domain/names'
import { findState } from '../../src-renderer/domain/states'
import { AFFECTED_PERSONS } from '../../resources/reference/affected-persons'
import { RIGHTS } from '../../resources/reference/rights'
import { UHRI_THEMES } from '../../resources/reference/uhri-themes'
import { UPR_INFO_ISSUES } from '../../resources/reference/upr-info-issues'
import { AppPage } from './app-page'

interface Language {
  code: 'fr' | 'es'
  option: string
  welcome: string
  state: string
  submit: string
  dashboard: string
  nav: string
  settings: string
  load: string
  loaded: RegExp
  pages: readonly string[]
  measures: string
  measureViews: string
  views: readonly string[]
  recommendingState: string
  filters: string
  spain: string
}

const LANGUAGES: readonly Language[] = [
  {
    code: 'fr',
    option: 'Français',
    welcome: 'Bienvenue dans UPR Desk',
    state: 'État représenté',
    submit: 'Commencer à utiliser UPR Desk',
    dashboard: 'Tableau de bord',
    nav: 'Navigation principale',
    settings: 'Paramètres',
    load: 'Charger la mission de démonstration',
    loaded: /^Mission de démonstration chargée\s*: \d+ enregistrements\.$/,
    pages: ['Tableau de bord', 'Notre examen', 'Autres examens', 'Recommandations', 'Déclarations', 'Mesures de relèvement', 'Données et sauvegardes', 'Paramètres'],
    measures: 'Mesures de relèvement',
    measureViews: 'Vues des mesures',
    views: ['Par droit', 'Par groupe', 'Chronologie', 'Graphiques'],
    recommendingState: 'État recommandant',
    filters: 'Filtres',
    spain: 'Espagne'
  },
  {
    code: 'es',
    option: 'Español',
    welcome: 'Le damos la bienvenida a UPR Desk',
    state: 'Estado representado',
    submit: 'Empezar a usar UPR Desk',
    dashboard: 'Panel',
    nav: 'Navegación principal',
    settings: 'Configuración',
    load: 'Cargar la misión de demostración',
    loaded: /^Misión de demostración cargada: \d+ registros\.$/,
    pages: ['Panel', 'Nuestro examen', 'Otros exámenes', 'Recomendaciones', 'Declaraciones', 'Medidas de recuperación', 'Datos y copias de seguridad', 'Configuración'],
    measures: 'Medidas de recuperación',
    measureViews: 'Vistas de las medidas',
    views: ['Por derecho', 'Por grupo', 'Cronología', 'Gráficos'],
    recommendingState: 'Estado recomendante',
    filters: 'Filtros',
    spain: 'España'
  }
]

/**
 * Words and phrases that are English and neither French nor Spanish: one of them in a label means an
 * untranslated string. (Whole words, case-sensitive where a capital marks a label.)
 */
const ENGLISH = new RegExp(
  `(?<!\\p{L})(${[
    'the',
    'and',
    'of',
    'with',
    'your',
    'you',
    'this',
    'these',
    'which',
    'for',
    'from',
    'is',
    'are',
    'not',
    'has',
    'have',
    'been',
    'will',
    'there',
    'here',
    'Save',
    'Delete',
    'Add',
    'Export',
    'Import',
    'Search',
    'Filter',
    'Filters',
    'Show',
    'Open',
    'Close',
    'New',
    'Edit',
    'Cancel',
    'Loading',
    'Settings',
    'Dashboard',
    'Recommendations',
    'Statements',
    'Measures',
    'Review',
    'Reviews',
    'State',
    'States',
    'Group',
    'Right to',
    'Persons',
    'Women',
    'Children',
    'Supported',
    'Noted',
    'Pending',
    'Not started',
    'In progress',
    'Goal',
    'Target',
    'Other',
    'None',
    'Yes',
    'Export',
    'Download',
    'Choose',
    'Select',
    'Back',
    'Next',
    'Previous',
    'Today',
    'Week',
    'Month',
    'Year',
    'Draft',
    'Delivered',
    'Title',
    'Language',
    'Region',
    'African',
    'Asian',
    'Eastern European',
    'Latin American',
    'Western European',
    'Slovenia',
    'Netherlands',
    'Germany',
    'Spain',
    'Switzerland',
    'Norway',
    'United Kingdom',
    'United States',
    'Russian Federation',
    'Türkiye is'
  ].join('|')})(?!\\p{L})`,
  'u'
)

/** Text the interface may show in English on purpose. */
const ALLOWED = [
  'UPR Desk',
  'UPR Info',
  'English', // the language picker names each language in its own language
  'COVID-19'
]

/** Every string of the demo mission (its own data, in English), long enough to be recognised in the page. */
function demoStrings(): string[] {
  const found = new Set<string>()
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.length >= 6) {
        found.add(value)
        // Rich text is stored as JSON; its runs are data too.
        if (value.startsWith('{')) {
          try {
            walk(JSON.parse(value))
          } catch {
            /* not JSON */
          }
        }
        for (const line of value.split(/\n+/)) if (line.trim().length >= 6) found.add(line.trim())
      }
    } else if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object' && !(value instanceof Uint8Array)) Object.values(value).forEach(walk)
  }
  walk(buildDemoMission(new Date().toISOString().slice(0, 10)))
  // A State's name or a taxonomy's label stored in a record is not the mission's prose: the interface must
  // show it in its language, so it stays subject to the check.
  const taxonomy = new Set(
    (
      [
        ['uprInfoIssue', UPR_INFO_ISSUES.map((i) => i.id)],
        ['uhriTheme', UHRI_THEMES.map((t) => t.id)],
        ['right', RIGHTS.map((r) => r.id)],
        ['affectedPersons', AFFECTED_PERSONS.map((p) => p.id)]
      ] as [LabelKind, string[]][]
    ).flatMap(([kind, ids]) => ids.flatMap((id) => [id, ...labelsInAllLanguages(kind, id)]))
  )
  return [...found].filter((text) => !taxonomy.has(text) && !findState(text)).sort((a, b) => b.length - a.length)
}

const DATA = demoStrings()

/** The visible text nodes and the accessible names in attributes, each on its own. */
async function textsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    const visible = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        const style = getComputedStyle(e)
        if (style.display === 'none' || style.visibility === 'hidden') return false
      }
      return true
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? ''
      const parent = node.parentElement
      if (!text || !parent || parent.closest('script, style, textarea, [contenteditable="true"]')) continue
      // An <option> of a closed select is not displayed but is read out: keep it.
      if (parent.tagName !== 'OPTION' && !visible(parent)) continue
      out.push(text)
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name)?.trim()
        if (value) out.push(value)
      }
    }
    return out
  })
}

/** The texts that still read as English once the mission's data and the allowed words are taken out. */
function englishIn(texts: readonly string[]): string[] {
  const problems = new Set<string>()
  for (const original of texts) {
    let text = original
    for (const data of DATA) if (text.includes(data)) text = text.split(data).join(' ')
    // A text node that is part of the data (a clipped recommendation, one run of a statement).
    // (Long enough to be prose: a label such as "Slovenia" inside a data sentence is still checked.)
    if (text.trim().length >= 25 && DATA.some((data) => data.includes(text.trim()))) continue
    for (const allowed of ALLOWED) text = text.split(allowed).join(' ')
    if (ENGLISH.test(text)) problems.add(original.length > 160 ? `${original.slice(0, 160)}…` : original)
  }
  return [...problems]
}

test('the check itself finds English and lets data, proper nouns and French through', () => {
  expect(englishIn(['Save the file', 'Recommendations', 'Slovenia'])).toEqual(['Save the file', 'Recommendations', 'Slovenia'])
  expect(englishIn(['Gestion durable des forêts', 'Enregistrer', 'UPR Desk', DATA[0]!, 'Examen périodique universel'])).toEqual([])
})

for (const language of LANGUAGES) {
  test(`every page in ${language.option} speaks ${language.option}`, async ({ page }) => {
    test.setTimeout(180_000)
    const app = new AppPage(page)
    await app.open()
    await page.getByLabel('Language of the app').selectOption({ label: language.option })
    await expect(page.getByRole('heading', { name: language.welcome, level: 1 })).toBeVisible()
    await page.getByLabel(language.state).selectOption({ value: 'PRT' })
    await page.getByRole('button', { name: language.submit }).click()
    await expect(page.getByRole('heading', { name: language.dashboard, level: 1 })).toBeVisible()
    const nav = page.getByRole('navigation', { name: language.nav })
    await nav.getByRole('link', { name: language.settings }).click()
    await page.getByRole('button', { name: language.load }).click()
    await expect(page.getByText(language.loaded)).toBeVisible({ timeout: 30_000 })

    const found: Record<string, string[]> = {}
    const check = async (name: string) => {
      await expect(page.locator('h1')).toBeVisible()
      // Let lazy parts (charts, the register's rows) settle.
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(300)
      const texts = await textsOf(page)
      // The walk reads real pages: each has its title, its navigation and its content.
      expect(texts.length, name).toBeGreaterThan(20)
      const english = englishIn(texts)
      if (english.length > 0) found[name] = english
      await app.expectNoSeriousA11yViolations()
    }

    for (const name of language.pages) {
      await nav.getByRole('link', { name, exact: true }).click()
      await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()
      await check(name)
      await app.screenshot(`walk-${language.code}-${language.pages.indexOf(name)}`)
    }
    // The measures' other views.
    await nav.getByRole('link', { name: language.measures, exact: true }).click()
    for (const view of language.views) {
      await page.getByRole('navigation', { name: language.measureViews }).getByRole('link', { name: view }).click()
      await check(`${language.measures} · ${view}`)
      await app.screenshot(`walk-${language.code}-measures-${language.views.indexOf(view)}`)
    }
    // The detail pane of a recommendation, and of a statement.
    await nav.getByRole('link', { name: language.pages[3]!, exact: true }).click()
    // The register's filter of recommending States: the names in the language, in its alphabetical order.
    const recommending = page.getByLabel(language.recommendingState, { exact: true })
    const options = (await recommending.locator('option').allTextContents()).slice(1)
    expect(options).toContain(language.spain)
    expect(options).not.toContain('Spain')
    expect(options).toEqual([...options].sort(new Intl.Collator(language.code === 'fr' ? 'fr-CH' : 'es-ES', { numeric: true }).compare))
    await recommending.selectOption({ label: language.spain })
    await page
      .getByRole('heading', { name: language.filters, exact: true })
      .locator('xpath=ancestor::*[self::section or self::aside or self::form][1]')
      .screenshot({ path: `test-results/screenshots/walk-${language.code}-register-filters.png` })
    await page.getByRole('listbox').first().focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('form')).toBeVisible()
    await check(`${language.pages[3]} · detail`)
    await app.screenshot(`walk-${language.code}-register-detail`)

    expect(found).toEqual({})
  })
}
