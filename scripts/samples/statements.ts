import type { DemoDataset } from '../../src-renderer/demo'
import type { LanguageCode, Statement, StatementKind } from '../../src-renderer/domain/model'
import { reviewRecommendations, statementDocument } from '../../src-renderer/domain/statements/document-data'
import { FIELD } from '../../src-renderer/domain/statements/fields'
import { serialiseRichDoc } from '../../src-renderer/domain/statements/rich-text'
import { templateFor } from '../../src-renderer/domain/statements/templates'
import { buildStatementDocx, statementFileName } from '../../src-renderer/export/statements'
import { storedEmblem, withDemoDatabase } from './demo-database'
import type { SampleWriter } from './types'

// The recommendations the demo's statement at the review of Slovenia puts, as a French or Spanish delegation would write them.
const DRAFTS: Record<Exclude<LanguageCode, 'en'>, string[]> = {
  fr: [
    'Adopter et financer un plan d’action national pour la mise en œuvre de la Convention relative aux droits des personnes handicapées, assorti d’objectifs mesurables, d’ici au prochain examen, comme recommandé lors du cycle précédent',
    'Raccorder tous les quartiers roms à l’eau potable et à l’assainissement d’ici à 2027, selon un calendrier public et avec des données annuelles sur les progrès accomplis'
  ],
  es: [
    'Aprobar y financiar un plan de acción nacional para la aplicación de la Convención sobre los Derechos de las Personas con Discapacidad, con metas medibles, antes del próximo examen, como se recomendó en el ciclo anterior',
    'Conectar todos los asentamientos romaníes al agua potable y el saneamiento de aquí a 2027, con un calendario público y datos anuales sobre los progresos'
  ]
}

/**
 * The demo statement of a kind as a French or Spanish delegation starts it: the template of that
 * language (its title, title block and body), the register's parts, and the drafts above.
 */
function inLanguage(statement: Statement, language: Exclude<LanguageCode, 'en'>, ours: string): Statement {
  const sur = statement.stateUnderReview ?? ours
  const template = templateFor({
    kind: statement.kind,
    language,
    ourState: { iso3: ours, name: ours },
    stateUnderReview: { iso3: sur, name: sur },
    session: statement.session,
    date: statement.fields[FIELD.date] || statement.deliveredOn || null,
    ...(statement.fields[FIELD.reportSymbol] ? { reportSymbol: statement.fields[FIELD.reportSymbol] } : {})
  })
  return {
    ...statement,
    language,
    title: template.title,
    content: serialiseRichDoc(template.content),
    fields: { ...template.fields, [FIELD.speaker]: statement.fields[FIELD.speaker] ?? '' },
    recommendations: (statement.recommendations ?? []).map((r, i) => ({ ...r, text: DRAFTS[language][i] ?? r.text }))
  }
}

/** A sample of one kind: the demo statement of that kind (the delivered one when there are several), in a language. */
function sample(label: string, kind: StatementKind, language: LanguageCode = 'en'): SampleWriter {
  return {
    label,
    async build(demo: DemoDataset) {
      const candidates = demo.statements.filter((s) => s.kind === kind)
      const original = candidates.find((s) => s.status === 'delivered') ?? candidates[0]
      if (!original) throw new Error(`the demo has no ${kind} statement`)
      const statement = language === 'en' ? original : inLanguage(original, language, demo.profile.stateIso3)
      const sources = { statement, profile: demo.profile, register: demo.recommendations }
      // As the Statements page exports it: the emblem from Settings and, for the mid-term report, the
      // measures linked to each recommendation, read through the repositories after the demo is loaded.
      const { emblem, linked } = await withDemoDatabase(demo, async (repositories) => ({
        emblem: await storedEmblem(repositories),
        linked: kind === 'mid-term-report' ? await repositories.recoveryMeasures.linkedMeasureTitles(reviewRecommendations(sources).map((r) => r.id)) : new Map<string, string[]>()
      }))
      const doc = statementDocument({
        ...sources,
        emblem,
        measuresOf: (recommendationId) => linked.get(recommendationId) ?? []
      })
      return { fileName: statementFileName(doc), bytes: await buildStatementDocx(doc) }
    }
  }
}

/** The statements area's sample documents (see scripts/samples.ts): one per document type. */
export const statementSamples: readonly SampleWriter[] = [
  sample('Recommending-State statement (interactive dialogue)', 'recommending-state'),
  sample('Opening statement of the State under review', 'opening'),
  sample('Concluding remarks of the State under review', 'concluding-remarks'),
  sample('Council plenary adoption statement', 'plenary-adoption'),
  sample('Position paper', 'position-paper'),
  sample('Mid-term report', 'mid-term-report'),
  sample('Thematic list of recommendations', 'thematic-list'),
  sample('Recommending-State statement, in French', 'recommending-state', 'fr'),
  sample('Recommending-State statement, in Spanish', 'recommending-state', 'es'),
  sample('Mid-term report, in French', 'mid-term-report', 'fr'),
  sample('Mid-term report, in Spanish', 'mid-term-report', 'es')
]
