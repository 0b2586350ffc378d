/**
 * The words of the documents themselves, in the statement's language (English, French, Spanish: the
 * working languages in Geneva meetings). Not the app's interface: these are the labels and set phrases
 * a mission's document carries, written by the project as dictionaries read through the phrase book
 * (`domain/words`), with real plural and ordinal rules and State names in their grammatical forms ("la
 * délégation de la Slovénie", "Déclaration du Portugal", "del Perú").
 */
import type { ImplementationStatus, LanguageCode, Position } from '../model'
import { stateGrammar } from '../names'
import { phraseBook, type Dictionary, type PhraseBook } from '../words/phrase-book'

export interface CountsPhrase {
  received: number
  states: number
  supported: number
  supportedInPart: number
  noted: number
  pending: number
}

export interface DocumentWords {
  locale: string
  /** The phrase book the words are read from (State names, plurals, ordinals, labels in the language). */
  book: PhraseBook
  labels: { meeting: string; agendaItem: string; speaker: string; date: string; statementBy: string; subject: string; reportSymbol: string }
  checkAgainstDelivery: string
  greeting: string
  thankYou: string
  workingGroupSession(session: number): string
  councilSession: string
  agendaItem6: string
  /** The functions below take ISO3 codes and write the State's name in the form the sentence needs. */
  reviewOf(state: string): string
  statementBy(state: string): string
  stateUnderReviewSpeaker(state: string): string
  openingStatement: string
  concludingRemarks: string
  adoptionOf(state: string): string
  adoptionStatement: string
  recommendsThat(state: string, stateUnderReview: string): string
  ownCounts(state: string, counts: CountsPhrase): string
  otherCounts(state: string, stateUnderReview: string, counts: CountsPhrase): string
  notedIntro: string
  rationale: string
  positionPaper: string
  annexHeading: string
  midTermTitle(state: string, cycle: number): string
  midTermShort: string
  implementationHeading: string
  thematicTitle: string
  thematicReview(state: string, cycle: number, session: number): string
  otherTheme: string
  positions: Record<Position, string>
  statuses: Record<ImplementationStatus, string>
  columns: {
    number: string
    recommendation: string
    recommendingStates: string
    position: string
    status: string
    measuresTaken: string
    responsibleBody: string
    sdgs: string
    session: string
    themes: string
    assessment: string
  }
}

const EN: Dictionary = {
  labels: { meeting: 'Meeting', agendaItem: 'Agenda item', speaker: 'Speaker', date: 'Date', statementBy: 'Statement by', subject: 'Subject', reportSymbol: 'Report' },
  checkAgainstDelivery: 'Check against delivery',
  greeting: 'Thank you, [Madam/Mr] President.',
  thankYou: 'Thank you.',
  workingGroupSession: '{{n, ordinal}} session of the Working Group on the Universal Periodic Review',
  councilSession: 'Human Rights Council, [number] session',
  agendaItem6: 'Item 6: Universal Periodic Review',
  reviewOf: 'Universal Periodic Review of {{state, bare}}',
  statementBy: 'Statement by {{state, bare}}',
  stateUnderReviewSpeaker: '{{state, bare}}, State under review',
  openingStatement: 'Opening statement',
  concludingRemarks: 'Concluding remarks',
  adoptionOf: 'Adoption of the outcome of the Universal Periodic Review of {{state, bare}}',
  adoptionStatement: 'Adoption statement',
  recommendsThat: '{{ours, startDefinite}} recommends that {{sur, definite}}:',
  recommendations_one: '{{count}} recommendation',
  recommendations_other: '{{count}} recommendations',
  states_one: '{{count}} State',
  states_other: '{{count}} States',
  ownCounts_one: '{{state, startDefinite}} received {{recommendations}} from {{states}}. It {{parts}}.',
  ownCounts_other: '{{state, startDefinite}} received {{recommendations}} from {{states}}. Of these, it {{parts}}.',
  supports: 'supports {{count}}',
  supportsInPart: 'supports {{count}} in part',
  notes: 'notes {{count}}',
  pending: 'will give its position on {{count}} at a later stage',
  otherCounts_one: '{{ours, startDefinite}} welcomes the support of {{sur, definite}} for {{supported}} of the {{count}} recommendation it received.',
  otherCounts_other: '{{ours, startDefinite}} welcomes the support of {{sur, definite}} for {{supported}} of the {{count}} recommendations it received.',
  notedIntro: 'The recommendations that were noted, and why:',
  rationale: 'Rationale',
  positionPaper: 'Position paper',
  annexHeading: 'Annex: related recommendations',
  midTermTitle: 'Mid-term report of {{state, bare}} on the implementation of the recommendations received in the {{cycle, ordinal}} cycle of the Universal Periodic Review',
  midTermShort: 'Mid-term report',
  implementationHeading: 'Implementation of the recommendations',
  thematicTitle: 'Thematic list of recommendations',
  thematicReview: '{{state, bare}}, {{cycle, ordinal}} cycle, {{session, ordinal}} session',
  otherTheme: 'Other',
  positions: { supported: 'Supported', noted: 'Noted', 'supported-in-part': 'Supported in part', pending: 'Pending' },
  statuses: { 'not-started': 'Not started', 'in-progress': 'In progress', 'partially-implemented': 'Partially implemented', 'fully-implemented': 'Fully implemented' },
  columns: {
    number: 'No.',
    recommendation: 'Recommendation',
    recommendingStates: 'Recommending States',
    position: 'Position',
    status: 'Status',
    measuresTaken: 'Measures taken',
    responsibleBody: 'Responsible body',
    sdgs: 'SDGs',
    session: 'Session',
    themes: 'Full list of themes',
    assessment: 'Assessment of implementation'
  }
}

const FR: Dictionary = {
  // The title block names the delegation; French puts a no-break space before the colon the block adds.
  labels: { meeting: 'Réunion\u00A0', agendaItem: 'Point de l’ordre du jour\u00A0', speaker: 'Orateur\u00A0', date: 'Date\u00A0', statementBy: 'Délégation\u00A0', subject: 'Objet\u00A0', reportSymbol: 'Rapport\u00A0' },
  checkAgainstDelivery: 'Seul le texte prononcé fait foi',
  greeting: '[Madame la Présidente / Monsieur le Président], je vous remercie.',
  thankYou: 'Je vous remercie.',
  workingGroupSession: '{{n, ordinalFeminine}} session du Groupe de travail sur l’Examen périodique universel',
  councilSession: 'Conseil des droits de l’homme, [numéro] session',
  agendaItem6: 'Point 6 : Examen périodique universel',
  reviewOf: 'Examen périodique universel {{state, of}}',
  statementBy: 'Déclaration {{state, of}}',
  stateUnderReviewSpeaker: '{{state, bare}}, État examiné',
  openingStatement: 'Déclaration liminaire',
  concludingRemarks: 'Observations finales',
  adoptionOf: 'Adoption du document final de l’Examen périodique universel {{state, of}}',
  adoptionStatement: 'Déclaration lors de l’adoption',
  recommendsThat: '{{ours, startDefinite}} adresse les recommandations suivantes {{sur, to}}\u00A0:',
  recommendsThatPlural: '{{ours, startDefinite}} adressent les recommandations suivantes {{sur, to}}\u00A0:',
  recommendations_one: '{{count}} recommandation',
  recommendations_other: '{{count}} recommandations',
  states_one: '{{count}} État',
  states_other: '{{count}} États',
  ownCounts: '{{state, startDefinite}} a reçu {{recommendations}} de {{states}}. {{Pronoun}} {{parts}}.',
  ownCountsPlural: '{{state, startDefinite}} ont reçu {{recommendations}} de {{states}}. {{Pronoun}} {{parts}}.',
  supports: 'en a accepté {{count}}',
  supportsPlural: 'en ont accepté {{count}}',
  supportsInPart: 'en a accepté {{count}} en partie',
  supportsInPartPlural: 'en ont accepté {{count}} en partie',
  notes: 'a pris note de {{count}}',
  notesPlural: 'ont pris note de {{count}}',
  pending: 'fera connaître sa position sur {{count}} ultérieurement',
  pendingPlural: 'feront connaître leur position sur {{count}} ultérieurement',
  otherCountsPlural_one: '{{ours, startDefinite}} saluent l’acceptation par {{sur, definite}} de {{supported}} des {{count}} recommandation reçue.',
  otherCountsPlural_other: '{{ours, startDefinite}} saluent l’acceptation par {{sur, definite}} de {{supported}} des {{count}} recommandations reçues.',
  otherCounts_one: '{{ours, startDefinite}} salue l’acceptation par {{sur, definite}} de {{supported}} des {{count}} recommandation reçue.',
  otherCounts_other: '{{ours, startDefinite}} salue l’acceptation par {{sur, definite}} de {{supported}} des {{count}} recommandations reçues.',
  notedIntro: 'Les recommandations dont il a été pris note, et pourquoi :',
  rationale: 'Motif',
  positionPaper: 'Note de position',
  annexHeading: 'Annexe : recommandations connexes',
  midTermTitle: 'Rapport à mi-parcours {{state, of}} sur la mise en œuvre des recommandations reçues lors du {{cycle, ordinal}} cycle de l’Examen périodique universel',
  midTermShort: 'Rapport à mi-parcours',
  implementationHeading: 'Mise en œuvre des recommandations',
  thematicTitle: 'Liste thématique des recommandations',
  thematicReview: '{{state, bare}}, {{cycle, ordinal}} cycle, {{session, ordinalFeminine}} session',
  otherTheme: 'Autres',
  positions: { supported: 'Appuyée', noted: 'Prise en note', 'supported-in-part': 'Appuyée en partie', pending: 'En attente' },
  statuses: { 'not-started': 'Non entamée', 'in-progress': 'En cours', 'partially-implemented': 'Partiellement mise en œuvre', 'fully-implemented': 'Pleinement mise en œuvre' },
  columns: {
    number: 'N°',
    recommendation: 'Recommandation',
    recommendingStates: 'États auteurs',
    position: 'Position',
    status: 'État d’avancement',
    measuresTaken: 'Mesures prises',
    responsibleBody: 'Organe responsable',
    sdgs: 'ODD',
    session: 'Session',
    themes: 'Liste complète des thèmes',
    assessment: 'Évaluation de la mise en œuvre'
  }
}

const ES: Dictionary = {
  labels: { meeting: 'Reunión', agendaItem: 'Tema del programa', speaker: 'Orador', date: 'Fecha', statementBy: 'Delegación', subject: 'Asunto', reportSymbol: 'Informe' },
  checkAgainstDelivery: 'Cotejar con el discurso pronunciado',
  greeting: 'Gracias, [Señora Presidenta / Señor Presidente].',
  thankYou: 'Gracias.',
  workingGroupSession: '{{n, ordinal}} período de sesiones del Grupo de Trabajo sobre el Examen Periódico Universal',
  councilSession: 'Consejo de Derechos Humanos, [número] período de sesiones',
  agendaItem6: 'Tema 6: Examen periódico universal',
  reviewOf: 'Examen Periódico Universal {{state, of}}',
  statementBy: 'Declaración {{state, of}}',
  stateUnderReviewSpeaker: '{{state, bare}}, Estado examinado',
  openingStatement: 'Declaración de apertura',
  concludingRemarks: 'Observaciones finales',
  adoptionOf: 'Aprobación del documento final del Examen Periódico Universal {{state, of}}',
  adoptionStatement: 'Declaración en la aprobación',
  recommendsThat: '{{ours, startDefinite}} formula {{sur, to}} las siguientes recomendaciones:',
  recommendsThatPlural: '{{ours, startDefinite}} formulan {{sur, to}} las siguientes recomendaciones:',
  recommendations_one: '{{count}} recomendación',
  recommendations_other: '{{count}} recomendaciones',
  states_one: '{{count}} Estado',
  states_other: '{{count}} Estados',
  ownCounts_one: '{{state, startDefinite}} recibió {{recommendations}} de {{states}}: {{parts}}.',
  ownCounts_other: '{{state, startDefinite}} recibió {{recommendations}} de {{states}}. De ellas, {{parts}}.',
  ownCountsPlural_one: '{{state, startDefinite}} recibieron {{recommendations}} de {{states}}: {{parts}}.',
  ownCountsPlural_other: '{{state, startDefinite}} recibieron {{recommendations}} de {{states}}. De ellas, {{parts}}.',
  supports: 'apoya {{count}}',
  supportsPlural: 'apoyan {{count}}',
  supportsInPart: 'apoya parcialmente {{count}}',
  supportsInPartPlural: 'apoyan parcialmente {{count}}',
  notes: 'toma nota de {{count}}',
  notesPlural: 'toman nota de {{count}}',
  pending: 'dará a conocer su posición sobre {{count}} más adelante',
  pendingPlural: 'darán a conocer su posición sobre {{count}} más adelante',
  otherCountsPlural_one: '{{ours, startDefinite}} celebran que {{sur, definite}} haya apoyado {{supported}} de la {{count}} recomendación recibida.',
  otherCountsPlural_other: '{{ours, startDefinite}} celebran que {{sur, definite}} haya apoyado {{supported}} de las {{count}} recomendaciones recibidas.',
  otherCounts_one: '{{ours, startDefinite}} celebra que {{sur, definite}} haya apoyado {{supported}} de la {{count}} recomendación recibida.',
  otherCounts_other: '{{ours, startDefinite}} celebra que {{sur, definite}} haya apoyado {{supported}} de las {{count}} recomendaciones recibidas.',
  notedIntro: 'Las recomendaciones de las que se tomó nota, y por qué:',
  rationale: 'Motivo',
  positionPaper: 'Documento de posición',
  annexHeading: 'Anexo: recomendaciones conexas',
  midTermTitle: 'Informe de mitad de período {{state, of}} sobre la aplicación de las recomendaciones recibidas en el {{cycle, ordinal}} ciclo del Examen Periódico Universal',
  midTermShort: 'Informe de mitad de período',
  implementationHeading: 'Aplicación de las recomendaciones',
  thematicTitle: 'Lista temática de recomendaciones',
  thematicReview: '{{state, bare}}, {{cycle, ordinal}} ciclo, {{session, ordinal}} período de sesiones',
  otherTheme: 'Otros',
  positions: { supported: 'Apoyada', noted: 'Anotada', 'supported-in-part': 'Apoyada en parte', pending: 'Pendiente' },
  statuses: { 'not-started': 'No iniciada', 'in-progress': 'En curso', 'partially-implemented': 'Parcialmente aplicada', 'fully-implemented': 'Plenamente aplicada' },
  columns: {
    number: 'N.º',
    recommendation: 'Recomendación',
    recommendingStates: 'Estados recomendantes',
    position: 'Posición',
    status: 'Estado',
    measuresTaken: 'Medidas adoptadas',
    responsibleBody: 'Órgano responsable',
    sdgs: 'ODS',
    session: 'Período de sesiones',
    themes: 'Lista completa de temas',
    assessment: 'Evaluación de la aplicación'
  }
}

const POSITION_KEYS: readonly Position[] = ['supported', 'noted', 'supported-in-part', 'pending']
const STATUS_KEYS: readonly ImplementationStatus[] = ['not-started', 'in-progress', 'partially-implemented', 'fully-implemented']

function wordsOf(b: PhraseBook): DocumentWords {
  const t = b.t
  // A plural State ("les Pays-Bas ont reçu", "los Países Bajos recibieron") takes the key's Plural variant where the language has one.
  const agreeing = (key: string, state: string) => (stateGrammar(state, b.language)?.plural && b.has(`${key}Plural`) ? `${key}Plural` : key)
  const record = <K extends string>(prefix: string, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, t(`${prefix}.${k}`)])) as Record<K, string>
  return {
    locale: b.locale,
    book: b,
    labels: record('labels', ['meeting', 'agendaItem', 'speaker', 'date', 'statementBy', 'subject', 'reportSymbol'] as const),
    checkAgainstDelivery: t('checkAgainstDelivery'),
    greeting: t('greeting'),
    thankYou: t('thankYou'),
    workingGroupSession: (n) => t('workingGroupSession', { n }),
    councilSession: t('councilSession'),
    agendaItem6: t('agendaItem6'),
    reviewOf: (state) => t('reviewOf', { state }),
    statementBy: (state) => t('statementBy', { state }),
    stateUnderReviewSpeaker: (state) => t('stateUnderReviewSpeaker', { state }),
    openingStatement: t('openingStatement'),
    concludingRemarks: t('concludingRemarks'),
    adoptionOf: (state) => t('adoptionOf', { state }),
    adoptionStatement: t('adoptionStatement'),
    recommendsThat: (ours, sur) => t(agreeing('recommendsThat', ours), { ours, sur }),
    ownCounts: (state, c) => {
      const parts = [t(agreeing('supports', state), { count: c.supported })]
      if (c.supportedInPart > 0) parts.push(t(agreeing('supportsInPart', state), { count: c.supportedInPart }))
      parts.push(t(agreeing('notes', state), { count: c.noted }))
      if (c.pending > 0) parts.push(t(agreeing('pending', state), { count: c.pending }))
      return t(agreeing('ownCounts', state), {
        count: c.received,
        state,
        recommendations: t('recommendations', { count: c.received }),
        states: t('states', { count: c.states }),
        Pronoun: b.pronoun(state).replace(/^./, (l) => l.toLocaleUpperCase(b.locale)),
        parts: b.list(parts)
      })
    },
    otherCounts: (ours, sur, c) => t(agreeing('otherCounts', ours), { ours, sur, supported: c.supported, count: c.received }),
    notedIntro: t('notedIntro'),
    rationale: t('rationale'),
    positionPaper: t('positionPaper'),
    annexHeading: t('annexHeading'),
    midTermTitle: (state, cycle) => t('midTermTitle', { state, cycle }),
    midTermShort: t('midTermShort'),
    implementationHeading: t('implementationHeading'),
    thematicTitle: t('thematicTitle'),
    thematicReview: (state, cycle, session) => t('thematicReview', { state, cycle, session }),
    otherTheme: t('otherTheme'),
    positions: record('positions', POSITION_KEYS),
    statuses: record('statuses', STATUS_KEYS),
    columns: record('columns', ['number', 'recommendation', 'recommendingStates', 'position', 'status', 'measuresTaken', 'responsibleBody', 'sdgs', 'session', 'themes', 'assessment'] as const)
  }
}
const WORDS: Record<LanguageCode, DocumentWords> = { en: wordsOf(phraseBook('en', [EN])), fr: wordsOf(phraseBook('fr', [FR])), es: wordsOf(phraseBook('es', [ES])) }

/** The document words of a language. */
export function documentWords(language: LanguageCode): DocumentWords {
  return WORDS[language]
}

/** A date as the document writes it ("28 January 2025", "28 janvier 2025"); empty for no date. */
export function documentDate(date: string | null | undefined, language: LanguageCode): string {
  return WORDS[language].book.date(date)
}
