/**
 * The words of the documents themselves, in the statement's language (English, French, Spanish: the
 * working languages in Geneva meetings). Not the app's interface (that goes through i18next): these are
 * the labels and set phrases a mission's document carries, written by the project.
 * State names stay in the app's reference form (UN short names in English); the delegate edits them.
 */
import { formatDate } from '../dates'
import type { ImplementationStatus, LanguageCode, Position } from '../model'

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
  labels: { meeting: string; agendaItem: string; speaker: string; date: string; statementBy: string; subject: string; reportSymbol: string }
  checkAgainstDelivery: string
  greeting: string
  thankYou: string
  workingGroupSession(session: number): string
  councilSession: string
  agendaItem6: string
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

function englishOrdinal(n: number): string {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'
  return `${n}${suffix}`
}

/** "a, b and c" in a language. */
function joinAll(parts: readonly string[], and: string): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`
}

const EN: DocumentWords = {
  locale: 'en-GB',
  labels: { meeting: 'Meeting', agendaItem: 'Agenda item', speaker: 'Speaker', date: 'Date', statementBy: 'Statement by', subject: 'Subject', reportSymbol: 'Report' },
  checkAgainstDelivery: 'Check against delivery',
  greeting: 'Thank you, [Madam/Mr] President.',
  thankYou: 'Thank you.',
  workingGroupSession: (n) => `${englishOrdinal(n)} session of the Working Group on the Universal Periodic Review`,
  councilSession: 'Human Rights Council, [number] session',
  agendaItem6: 'Item 6: Universal Periodic Review',
  reviewOf: (state) => `Universal Periodic Review of ${state}`,
  statementBy: (state) => `Statement by ${state}`,
  stateUnderReviewSpeaker: (state) => `${state}, State under review`,
  openingStatement: 'Opening statement',
  concludingRemarks: 'Concluding remarks',
  adoptionOf: (state) => `Adoption of the outcome of the Universal Periodic Review of ${state}`,
  adoptionStatement: 'Adoption statement',
  recommendsThat: (state, sur) => `${state} recommends that ${sur}:`,
  ownCounts: (state, c) => {
    const parts = [`supports ${c.supported}`]
    if (c.supportedInPart > 0) parts.push(`supports ${c.supportedInPart} in part`)
    parts.push(`notes ${c.noted}`)
    if (c.pending > 0) parts.push(`will give its position on ${c.pending} at a later stage`)
    return `${state} received ${c.received} recommendations from ${c.states} States. Of these, it ${joinAll(parts, 'and')}.`
  },
  otherCounts: (state, sur, c) => `${state} welcomes the support of ${sur} for ${c.supported} of the ${c.received} recommendations it received.`,
  notedIntro: 'The recommendations that were noted, and why:',
  rationale: 'Rationale',
  positionPaper: 'Position paper',
  annexHeading: 'Annex: related recommendations',
  midTermTitle: (state, cycle) => `Mid-term report of ${state} on the implementation of the recommendations received in the ${englishOrdinal(cycle)} cycle of the Universal Periodic Review`,
  midTermShort: 'Mid-term report',
  implementationHeading: 'Implementation of the recommendations',
  thematicTitle: 'Thematic list of recommendations',
  thematicReview: (state, cycle, session) => `${state}, ${englishOrdinal(cycle)} cycle, ${englishOrdinal(session)} session`,
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

const FR: DocumentWords = {
  locale: 'fr-CH',
  // French puts a no-break space before the colon the title block adds.
  labels: { meeting: 'Réunion\u00A0', agendaItem: 'Point de l’ordre du jour\u00A0', speaker: 'Orateur\u00A0', date: 'Date\u00A0', statementBy: 'Déclaration de\u00A0', subject: 'Objet\u00A0', reportSymbol: 'Rapport\u00A0' },
  checkAgainstDelivery: 'Seul le texte prononcé fait foi',
  greeting: '[Madame la Présidente / Monsieur le Président], je vous remercie.',
  thankYou: 'Je vous remercie.',
  workingGroupSession: (n) => `${n}${n === 1 ? 're' : 'e'} session du Groupe de travail sur l’Examen périodique universel`,
  councilSession: 'Conseil des droits de l’homme, [numéro] session',
  agendaItem6: 'Point 6 : Examen périodique universel',
  reviewOf: (state) => `Examen périodique universel : ${state}`,
  statementBy: (state) => `Déclaration de ${state}`,
  stateUnderReviewSpeaker: (state) => `${state}, État examiné`,
  openingStatement: 'Déclaration liminaire',
  concludingRemarks: 'Observations finales',
  adoptionOf: (state) => `Adoption du document final de l’Examen périodique universel : ${state}`,
  adoptionStatement: 'Déclaration lors de l’adoption',
  recommendsThat: (state, sur) => `${state} adresse les recommandations suivantes à ${sur}\u00A0:`,
  ownCounts: (state, c) => {
    const parts = [`en a accepté ${c.supported}`]
    if (c.supportedInPart > 0) parts.push(`en a accepté ${c.supportedInPart} en partie`)
    parts.push(`a pris note de ${c.noted}`)
    if (c.pending > 0) parts.push(`fera connaître sa position sur ${c.pending} ultérieurement`)
    return `${state} a reçu ${c.received} recommandations de ${c.states} États. Il ${joinAll(parts, 'et')}.`
  },
  otherCounts: (state, sur, c) => `${state} salue l’acceptation par ${sur} de ${c.supported} des ${c.received} recommandations reçues.`,
  notedIntro: 'Les recommandations dont il a été pris note, et pourquoi :',
  rationale: 'Motif',
  positionPaper: 'Note de position',
  annexHeading: 'Annexe : recommandations connexes',
  midTermTitle: (state, cycle) => `Rapport à mi-parcours de ${state} sur la mise en œuvre des recommandations reçues lors du ${cycle}${cycle === 1 ? 'er' : 'e'} cycle de l’Examen périodique universel`,
  midTermShort: 'Rapport à mi-parcours',
  implementationHeading: 'Mise en œuvre des recommandations',
  thematicTitle: 'Liste thématique des recommandations',
  thematicReview: (state, cycle, session) => `${state}, ${cycle}${cycle === 1 ? 'er' : 'e'} cycle, ${session}e session`,
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

const ES: DocumentWords = {
  locale: 'es-ES',
  labels: { meeting: 'Reunión', agendaItem: 'Tema del programa', speaker: 'Orador', date: 'Fecha', statementBy: 'Declaración de', subject: 'Asunto', reportSymbol: 'Informe' },
  checkAgainstDelivery: 'Cotejar con el discurso pronunciado',
  greeting: 'Gracias, [Señora Presidenta / Señor Presidente].',
  thankYou: 'Gracias.',
  workingGroupSession: (n) => `${n}º período de sesiones del Grupo de Trabajo sobre el Examen Periódico Universal`,
  councilSession: 'Consejo de Derechos Humanos, [número] período de sesiones',
  agendaItem6: 'Tema 6: Examen periódico universal',
  reviewOf: (state) => `Examen Periódico Universal: ${state}`,
  statementBy: (state) => `Declaración de ${state}`,
  stateUnderReviewSpeaker: (state) => `${state}, Estado examinado`,
  openingStatement: 'Declaración de apertura',
  concludingRemarks: 'Observaciones finales',
  adoptionOf: (state) => `Aprobación del documento final del Examen Periódico Universal: ${state}`,
  adoptionStatement: 'Declaración en la aprobación',
  recommendsThat: (state, sur) => `${state} formula a ${sur} las siguientes recomendaciones:`,
  ownCounts: (state, c) => {
    const parts = [`apoya ${c.supported}`]
    if (c.supportedInPart > 0) parts.push(`apoya parcialmente ${c.supportedInPart}`)
    parts.push(`toma nota de ${c.noted}`)
    if (c.pending > 0) parts.push(`dará a conocer su posición sobre ${c.pending} más adelante`)
    return `${state} recibió ${c.received} recomendaciones de ${c.states} Estados. De ellas, ${joinAll(parts, 'y')}.`
  },
  otherCounts: (state, sur, c) => `${state} celebra que ${sur} haya apoyado ${c.supported} de las ${c.received} recomendaciones recibidas.`,
  notedIntro: 'Las recomendaciones de las que se tomó nota, y por qué:',
  rationale: 'Motivo',
  positionPaper: 'Documento de posición',
  annexHeading: 'Anexo: recomendaciones conexas',
  midTermTitle: (state, cycle) => `Informe de mitad de período de ${state} sobre la aplicación de las recomendaciones recibidas en el ${cycle}º ciclo del Examen Periódico Universal`,
  midTermShort: 'Informe de mitad de período',
  implementationHeading: 'Aplicación de las recomendaciones',
  thematicTitle: 'Lista temática de recomendaciones',
  thematicReview: (state, cycle, session) => `${state}, ${cycle}º ciclo, ${session}º período de sesiones`,
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

const WORDS: Record<LanguageCode, DocumentWords> = { en: EN, fr: FR, es: ES }

/** The document words of a language. */
export function documentWords(language: LanguageCode): DocumentWords {
  return WORDS[language]
}

/** A date as the document writes it ("28 January 2025", "28 janvier 2025"); empty for no date. */
export function documentDate(date: string | null | undefined, language: LanguageCode): string {
  if (!date) return ''
  return formatDate(date, WORDS[language].locale)
}
