/**
 * The shapes of the French and Spanish reference data: State names with the grammar a sentence needs,
 * and the labels of every taxonomy keyed by the English data's ids. See resources/README.md for sources.
 */
import type { ActionCategoryNumber } from '../action-categories'
import type { RegionalGroup } from '../states'

/** The article a French State name takes: "la Slovénie", "le Portugal", "l’Iran", "les Pays-Bas", or none ("Cuba"). */
export type FrenchArticle = 'le' | 'la' | 'l’' | 'les' | null

/** The article a Spanish State name takes in UN usage: "el Perú", "la Argentina", "los Países Bajos", or none ("Eslovenia"). */
export type SpanishArticle = 'el' | 'la' | 'los' | 'las' | null

export type Gender = 'm' | 'f'

/**
 * One State's name in one language: [UN short name, article, gender, other names people write, the name in
 * running text]. The name is plural when its article is plural ("les", "los", "las"). A short name with a
 * bracketed descriptor ("Pays-Bas (Royaume des)") stays as it is in lists, and in a sentence is written
 * descriptor first, with the grammar of its head noun ("le Royaume des Pays-Bas", "del Reino de los Países Bajos").
 */
export type FrenchStateName = readonly [name: string, article: FrenchArticle, gender: Gender, aliases?: readonly string[], inText?: readonly [name: string, article: FrenchArticle, gender: Gender]]
export type SpanishStateName = readonly [name: string, article: SpanishArticle, gender: Gender, aliases?: readonly string[], inText?: readonly [name: string, article: SpanishArticle, gender: Gender]]

/** The labels of every taxonomy in one language, keyed by the ids of the English reference data. */
export interface TaxonomyLabels {
  regions: Record<RegionalGroup, string>
  actionCategories: Record<ActionCategoryNumber, { label: string; description: string }>
  /** UPR Info issues, keyed by UPR Info's English label (the id). */
  uprInfoIssues: Record<string, string>
  uhriThemes: Record<string, string>
  rights: Record<string, string>
  affectedPersons: Record<string, string>
  /** The goal's short name (as on the UN's SDG icons) and the goal as resolution 70/1 words it. */
  sdgGoals: Record<number, { title: string; statement: string }>
  /** Short titles of the 169 targets, written for the app in the words of the official text. */
  sdgTargets: Record<string, string>
}
