/**
 * The labels of the reference taxonomies in English, French and Spanish, by kind and stored id: what a
 * list, a filter, a chart or a document shows for "health", "3.8", "Death penalty" or "EUR".
 */
import { ACTION_CATEGORIES } from '../../../resources/reference/action-categories'
import { AFFECTED_PERSONS } from '../../../resources/reference/affected-persons'
import { CURRENCIES } from '../../../resources/reference/currencies'
import { RIGHTS } from '../../../resources/reference/rights'
import { SDG_GOALS, SDG_TARGETS } from '../../../resources/reference/sdgs'
import type { RegionalGroup } from '../../../resources/reference/states'
import { LABELS_ES } from '../../../resources/reference/translations/labels-es'
import { LABELS_FR } from '../../../resources/reference/translations/labels-fr'
import type { TaxonomyLabels } from '../../../resources/reference/translations/types'
import { UHRI_THEMES } from '../../../resources/reference/uhri-themes'
import { UPR_INFO_ISSUES } from '../../../resources/reference/upr-info-issues'
import type { LanguageCode } from '../model'
import { localeOf } from './collation'

/** The kinds of reference labels. */
export type LabelKind =
  | 'region'
  | 'actionCategory'
  | 'actionCategoryDescription'
  | 'uprInfoIssue'
  | 'uhriTheme'
  | 'right'
  | 'affectedPersons'
  | 'sdgGoal'
  | 'sdgGoalStatement'
  | 'sdgTarget'
  | 'currency'

const REGIONS_EN: Record<RegionalGroup, string> = {
  African: 'African Group',
  'Asia-Pacific': 'Asia-Pacific Group',
  'Eastern European': 'Eastern European Group',
  'Latin American and Caribbean': 'Latin American and Caribbean Group',
  'Western European and others': 'Western European and others Group'
}

const byId = <T>(items: readonly T[], id: (item: T) => string, label: (item: T) => string): Record<string, string> =>
  Object.fromEntries(items.map((item) => [id(item), label(item)]))

const ENGLISH: Record<Exclude<LabelKind, 'currency'>, Record<string, string>> = {
  region: REGIONS_EN,
  actionCategory: byId(ACTION_CATEGORIES, (c) => String(c.category), (c) => c.label),
  actionCategoryDescription: byId(ACTION_CATEGORIES, (c) => String(c.category), (c) => c.description),
  uprInfoIssue: byId(UPR_INFO_ISSUES, (i) => i.id, (i) => i.label),
  uhriTheme: byId(UHRI_THEMES, (t) => t.id, (t) => t.label),
  right: byId(RIGHTS, (r) => r.id, (r) => r.label),
  affectedPersons: byId(AFFECTED_PERSONS, (p) => p.id, (p) => p.label),
  sdgGoal: byId(SDG_GOALS, (g) => String(g.number), (g) => g.title),
  sdgGoalStatement: byId(SDG_GOALS, (g) => String(g.number), (g) => g.statement),
  sdgTarget: byId(SDG_TARGETS, (t) => t.id, (t) => t.title)
}

function translated(labels: TaxonomyLabels): Record<Exclude<LabelKind, 'currency'>, Record<string, string>> {
  const categories = Object.entries(labels.actionCategories)
  const goals = Object.entries(labels.sdgGoals)
  return {
    region: labels.regions,
    actionCategory: Object.fromEntries(categories.map(([n, c]) => [n, c.label])),
    actionCategoryDescription: Object.fromEntries(categories.map(([n, c]) => [n, c.description])),
    uprInfoIssue: labels.uprInfoIssues,
    uhriTheme: labels.uhriThemes,
    right: labels.rights,
    affectedPersons: labels.affectedPersons,
    sdgGoal: Object.fromEntries(goals.map(([n, g]) => [n, g.title])),
    sdgGoalStatement: Object.fromEntries(goals.map(([n, g]) => [n, g.statement])),
    sdgTarget: labels.sdgTargets
  }
}

const LABELS: Record<LanguageCode, Record<Exclude<LabelKind, 'currency'>, Record<string, string>>> = {
  en: ENGLISH,
  fr: translated(LABELS_FR),
  es: translated(LABELS_ES)
}

const CURRENCY_EN = new Map(CURRENCIES.map((c) => [c.code, c.name]))
const currencyNames = new Map<LanguageCode, Intl.DisplayNames | null>()

function displayNames(language: LanguageCode): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([localeOf(language)], { type: 'currency', fallback: 'none' })
  } catch {
    return null
  }
}

function currencyName(code: string, language: LanguageCode): string | undefined {
  const english = CURRENCY_EN.get(code)
  if (language === 'en') return english
  if (!currencyNames.has(language)) {
    // CLDR's currency names, shipped with Chromium and Node; a runtime without them keeps English.
    currencyNames.set(language, displayNames(language))
  }
  const named = currencyNames.get(language)?.of(code)
  // CLDR writes names in lower case in running text ("euro", "dólar estadounidense"); a label starts with a capital.
  return named ? named.charAt(0).toLocaleUpperCase(localeOf(language)) + named.slice(1) : english
}

/** Whether a taxonomy knows an id. */
export function hasLabel(kind: LabelKind, id: string | number): boolean {
  const key = String(id)
  return kind === 'currency' ? CURRENCY_EN.has(key) : key in ENGLISH[kind]
}

/**
 * The label of a stored id in a language: `labelOf('right', 'health', 'fr')` is "Droit à la santé",
 * `labelOf('sdgGoal', 3, 'es')` "Salud y bienestar". An id the taxonomy does not know comes back as it is
 * (imported free text stays readable).
 */
export function labelOf(kind: LabelKind, id: string | number, language: LanguageCode): string {
  const key = String(id)
  if (kind === 'currency') return currencyName(key, language) ?? key
  return LABELS[language][kind][key] ?? ENGLISH[kind][key] ?? key
}

/** Every label of an id in the three languages, for search and for reading files written in any of them. */
export function labelsInAllLanguages(kind: LabelKind, id: string | number): string[] {
  return [...new Set((['en', 'fr', 'es'] as const).map((language) => labelOf(kind, id, language)))]
}
