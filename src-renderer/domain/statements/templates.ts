/**
 * One template per kind of document: the structured parts pre-filled from the app's data (State, State
 * under review, session and its date) and a body with the usual sections, guidance in [square brackets]
 * for the delegate to replace. Written by the project from the conventions in DOMAIN.md.
 */
import { cycleOfSession } from '../calendar'
import type { CalendarDate, DraftRecommendation, Iso3, LanguageCode, StatementKind } from '../model'
import { agreeWithState, capitalise, stateGrammar, stateName } from '../names'
import { documentWords } from './document-words'
import { FIELD } from './fields'
import { headingNode, listNode, paragraphNode, richDoc, type RichDoc, type RichNode } from './rich-text'

export interface TemplateContext {
  kind: StatementKind
  language: LanguageCode
  /** Our State (the mission's); the template names it in its own language from the code (`name` is the interface's). */
  ourState: { iso3: Iso3; name: string }
  stateUnderReview: { iso3: Iso3; name: string } | null
  session: number | null
  /** The day the statement is for (the review day, the session's start …), if known. */
  date: CalendarDate | null
  /** The symbol of the Working Group report, when the register knows it (mid-term report, thematic list). */
  reportSymbol?: string
}

/** What a new statement starts with. */
export interface StatementTemplate {
  title: string
  content: RichDoc
  fields: Record<string, string>
  recommendations: DraftRecommendation[]
}

/** A State's name in the forms a template's sentences need, in the template's language. */
interface Named {
  bare: string
  definite: string
  /** Definite, capitalised to start a sentence: "La Slovénie", "El Perú". */
  Definite: string
  of: string
  to: string
  /** The form of a word that agrees with the State: agree('préoccupé', 'préoccupée'). */
  agree: (m: string, f: string) => string
  /** The verb that agrees with the State: verb('souhaite', 'souhaitent') for "les Pays-Bas". */
  verb: (singular: string, plural: string) => string
}

type Body = (ctx: TemplateContext, ours: Named, sur: Named) => RichNode[]

const p = paragraphNode
const h = headingNode

const BODIES: Record<LanguageCode, Record<StatementKind, Body>> = {
  en: {
    'recommending-state': (_c, ours, sur) => [
      p(documentWords('en').greeting),
      p(`${ours.bare} warmly welcomes the delegation of ${sur.bare} and thanks it for the presentation of its national report.`),
      p(`${ours.bare} commends ${sur.bare} for [one or two achievements since the last review, e.g. a new law or institution].`),
      p(`${ours.bare} remains concerned about [one concern, in one sentence].`)
    ],
    opening: (_c, ours) => [
      p(documentWords('en').greeting),
      p(`It is an honour to present the national report of ${ours.bare} to the Working Group.`),
      h(2, 'Consultation process'),
      p('[How the report was prepared: ministries, the national mechanism for reporting and follow-up, the national human rights institution, civil society consultations.]'),
      h(2, 'Follow-up to the recommendations of the previous cycle'),
      p('[What was done with the recommendations supported at the last review, with figures.]'),
      h(2, 'New laws and institutions'),
      p('[The main laws, plans and institutions adopted since the last review.]'),
      h(2, 'Challenges, including the COVID-19 pandemic'),
      p('[The challenges met and the recovery measures taken.]'),
      h(2, 'Technical cooperation'),
      p('[Needs for technical cooperation and support, if any.]'),
      p(`${ours.bare} looks forward to a constructive dialogue. Thank you.`)
    ],
    'concluding-remarks': (_c, ours) => [
      p(documentWords('en').greeting),
      p(`${ours.bare} thanks all the delegations that took the floor for their questions and recommendations.`),
      p('[Answers to the questions that were not yet addressed.]'),
      p(`[How ${ours.bare} will examine the recommendations, with whom, and when it will give its positions.]`),
      p(documentWords('en').thankYou)
    ],
    'plenary-adoption': (c, ours, sur) =>
      c.stateUnderReview?.iso3 === c.ourState.iso3
        ? [
            p(documentWords('en').greeting),
            p(`${ours.bare} thanks the troika, the States that took part in the interactive dialogue and the Office of the High Commissioner for their support throughout the review.`)
          ]
        : [p(documentWords('en').greeting), p(`${ours.bare} congratulates ${sur.bare} on the adoption of the outcome of its review.`)],
    'position-paper': (_c, ours) => [
      h(1, 'Summary'),
      p('[The position in two or three sentences.]'),
      h(1, 'Background'),
      p('[The facts, the recommendations made so far and what has changed.]'),
      h(1, `Position of ${ours.bare}`),
      p('[What our State thinks, and why.]'),
      h(1, 'Asks'),
      listNode('orderedList', ['[First ask]', '[Second ask]'])
    ],
    'mid-term-report': (_c, ours) => [
      h(1, 'Introduction'),
      p(`[Why ${ours.bare} presents this voluntary mid-term report and what it covers.]`),
      h(1, 'Method and consultations'),
      p('[How the information was gathered: the national mechanism for reporting and follow-up, ministries, the national human rights institution, civil society.]')
    ],
    'thematic-list': (_c, ours) => [p(`This list groups by theme the recommendations ${ours.bare} received, with the position it took and an assessment of their implementation.`)]
  },
  fr: {
    'recommending-state': (_c, ours, sur) => [
      p(documentWords('fr').greeting),
      p(`${ours.Definite} ${ours.verb('souhaite', 'souhaitent')} la bienvenue à la délégation ${sur.of} et la ${ours.verb('remercie', 'remercient')} pour la présentation de son rapport national.`),
      p(`${ours.Definite} ${ours.verb('salue', 'saluent')} [une ou deux avancées depuis le dernier examen, par exemple une loi ou une institution nouvelle].`),
      p(`${ours.Definite} ${ours.verb('reste', 'restent')} ${ours.agree('préoccupé', 'préoccupée')} par [une préoccupation, en une phrase].`)
    ],
    opening: (_c, ours) => [
      p(documentWords('fr').greeting),
      p(`J’ai l’honneur de présenter au Groupe de travail le rapport national ${ours.of}.`),
      h(2, 'Processus de consultation'),
      p('[Comment le rapport a été préparé : ministères, mécanisme national d’établissement des rapports et de suivi, institution nationale des droits de l’homme, société civile.]'),
      h(2, 'Suivi des recommandations du cycle précédent'),
      p('[Ce qui a été fait des recommandations acceptées lors du dernier examen, chiffres à l’appui.]'),
      h(2, 'Lois et institutions nouvelles'),
      p('[Les principales lois, stratégies et institutions adoptées depuis le dernier examen.]'),
      h(2, 'Défis, y compris la pandémie de COVID-19'),
      p('[Les difficultés rencontrées et les mesures de relèvement prises.]'),
      h(2, 'Coopération technique'),
      p('[Les besoins de coopération technique, le cas échéant.]'),
      p('Nous nous réjouissons d’un dialogue constructif. Je vous remercie.')
    ],
    'concluding-remarks': (_c, ours) => [
      p(documentWords('fr').greeting),
      p(`${ours.Definite} ${ours.verb('remercie', 'remercient')} toutes les délégations qui ont pris la parole pour leurs questions et leurs recommandations.`),
      p('[Réponses aux questions restées en suspens.]'),
      p('[Comment les recommandations seront examinées, avec qui, et quand les positions seront communiquées.]'),
      p(documentWords('fr').thankYou)
    ],
    'plenary-adoption': (c, ours, sur) =>
      c.stateUnderReview?.iso3 === c.ourState.iso3
        ? [
            p(documentWords('fr').greeting),
            p(`${ours.Definite} ${ours.verb('remercie', 'remercient')} la troïka, les États qui ont pris part au dialogue et le Haut-Commissariat pour leur soutien tout au long de l’examen.`)
          ]
        : [p(documentWords('fr').greeting), p(`${ours.Definite} ${ours.verb('félicite', 'félicitent')} ${sur.definite} pour l’adoption du document final de son examen.`)],
    'position-paper': (_c, ours) => [
      h(1, 'Résumé'),
      p('[La position en deux ou trois phrases.]'),
      h(1, 'Contexte'),
      p('[Les faits, les recommandations déjà formulées et ce qui a changé.]'),
      h(1, `Position ${ours.of}`),
      p('[Ce que pense notre État, et pourquoi.]'),
      h(1, 'Demandes'),
      listNode('orderedList', ['[Première demande]', '[Deuxième demande]'])
    ],
    'mid-term-report': (_c, ours) => [
      h(1, 'Introduction'),
      p(`[Pourquoi ${ours.definite} ${ours.verb('présente', 'présentent')} ce rapport volontaire à mi-parcours et ce qu’il couvre.]`),
      h(1, 'Méthode et consultations'),
      p('[Comment les informations ont été réunies : mécanisme national de suivi, ministères, institution nationale des droits de l’homme, société civile.]')
    ],
    'thematic-list': (_c, ours) => [p(`Cette liste regroupe par thème les recommandations reçues par ${ours.definite}, avec la position prise et une évaluation de leur mise en œuvre.`)]
  },
  es: {
    'recommending-state': (_c, ours, sur) => [
      p(documentWords('es').greeting),
      p(`${ours.Definite} ${ours.verb('da', 'dan')} la bienvenida a la delegación ${sur.of} y le ${ours.verb('agradece', 'agradecen')} la presentación de su informe nacional.`),
      p(`${ours.Definite} ${ours.verb('felicita', 'felicitan')} ${sur.to} por [uno o dos avances desde el último examen, por ejemplo una ley o institución nueva].`),
      p(`${ours.Definite} ${ours.verb('sigue', 'siguen')} ${ours.agree('preocupado', 'preocupada')} por [una preocupación, en una frase].`)
    ],
    opening: (_c, ours) => [
      p(documentWords('es').greeting),
      p(`Tengo el honor de presentar al Grupo de Trabajo el informe nacional ${ours.of}.`),
      h(2, 'Proceso de consulta'),
      p('[Cómo se preparó el informe: ministerios, mecanismo nacional de presentación de informes y seguimiento, institución nacional de derechos humanos, sociedad civil.]'),
      h(2, 'Seguimiento de las recomendaciones del ciclo anterior'),
      p('[Qué se hizo con las recomendaciones apoyadas en el último examen, con cifras.]'),
      h(2, 'Nuevas leyes e instituciones'),
      p('[Las principales leyes, planes e instituciones adoptados desde el último examen.]'),
      h(2, 'Desafíos, incluida la pandemia de COVID-19'),
      p('[Las dificultades y las medidas de recuperación adoptadas.]'),
      h(2, 'Cooperación técnica'),
      p('[Necesidades de cooperación técnica, si las hay.]'),
      p('Esperamos un diálogo constructivo. Gracias.')
    ],
    'concluding-remarks': (_c, ours) => [
      p(documentWords('es').greeting),
      p(`${ours.Definite} ${ours.verb('agradece', 'agradecen')} a todas las delegaciones que tomaron la palabra sus preguntas y recomendaciones.`),
      p('[Respuestas a las preguntas pendientes.]'),
      p('[Cómo se examinarán las recomendaciones, con quién, y cuándo se darán las posiciones.]'),
      p(documentWords('es').thankYou)
    ],
    'plenary-adoption': (c, ours, sur) =>
      c.stateUnderReview?.iso3 === c.ourState.iso3
        ? [
            p(documentWords('es').greeting),
            p(`${ours.Definite} ${ours.verb('agradece', 'agradecen')} a la troika, a los Estados que participaron en el diálogo interactivo y a la Oficina del Alto Comisionado su apoyo durante el examen.`)
          ]
        : [p(documentWords('es').greeting), p(`${ours.Definite} ${ours.verb('felicita', 'felicitan')} ${sur.to} por la aprobación del documento final de su examen.`)],
    'position-paper': (_c, ours) => [
      h(1, 'Resumen'),
      p('[La posición en dos o tres frases.]'),
      h(1, 'Antecedentes'),
      p('[Los hechos, las recomendaciones ya formuladas y lo que ha cambiado.]'),
      h(1, `Posición ${ours.of}`),
      p('[Lo que piensa nuestro Estado, y por qué.]'),
      h(1, 'Peticiones'),
      listNode('orderedList', ['[Primera petición]', '[Segunda petición]'])
    ],
    'mid-term-report': (_c, ours) => [
      h(1, 'Introducción'),
      p(`[Por qué ${ours.definite} ${ours.verb('presenta', 'presentan')} este informe voluntario de mitad de período y qué abarca.]`),
      h(1, 'Método y consultas'),
      p('[Cómo se reunió la información: mecanismo nacional de seguimiento, ministerios, institución nacional de derechos humanos, sociedad civil.]')
    ],
    'thematic-list': (_c, ours) => [p(`Esta lista agrupa por tema las recomendaciones que ${ours.verb('recibió', 'recibieron')} ${ours.definite}, con la posición adoptada y una evaluación de su aplicación.`)]
  }
}

const CLOSINGS: Record<LanguageCode, Partial<Record<StatementKind, (sur: Named) => string>>> = {
  en: { 'recommending-state': (sur) => `We wish the delegation of ${sur.bare} a successful review. Thank you.`, 'plenary-adoption': () => '[Our commitment to implementation and to a mid-term report.] Thank you.' },
  fr: { 'recommending-state': (sur) => `Nous souhaitons plein succès à la délégation ${sur.of} dans son examen. Je vous remercie.`, 'plenary-adoption': () => '[Notre engagement pour la mise en œuvre et un rapport à mi-parcours.] Je vous remercie.' },
  es: { 'recommending-state': (sur) => `Deseamos a la delegación ${sur.of} un examen exitoso. Gracias.`, 'plenary-adoption': () => '[Nuestro compromiso con la aplicación y con un informe de mitad de período.] Gracias.' }
}

function named(iso3: string, language: LanguageCode): Named {
  const definite = stateName(iso3, language, 'definite')
  return {
    bare: stateName(iso3, language),
    definite,
    Definite: capitalise(definite),
    of: stateName(iso3, language, 'of'),
    to: stateName(iso3, language, 'to'),
    agree: (m, f) => agreeWithState(iso3, language, { m, f }),
    verb: (singular, plural) => (stateGrammar(iso3, language)?.plural ? plural : singular)
  }
}

/** The document title a kind gets by default. */
export function defaultTitle(ctx: TemplateContext): string {
  const w = documentWords(ctx.language)
  const sur = ctx.stateUnderReview?.iso3 ?? ctx.ourState.iso3
  switch (ctx.kind) {
    case 'recommending-state':
    case 'opening':
    case 'concluding-remarks':
      return w.reviewOf(sur)
    case 'plenary-adoption':
      return w.adoptionOf(sur)
    case 'position-paper':
      return ctx.stateUnderReview ? `${w.positionPaper}: ${w.reviewOf(sur)}` : w.positionPaper
    case 'mid-term-report':
      return w.midTermTitle(ctx.ourState.iso3, ctx.session ? cycleOfSession(ctx.session) : 4)
    case 'thematic-list':
      return w.thematicTitle
  }
}

/** The title-block and other parts a kind starts with. */
function defaultFields(ctx: TemplateContext): Record<string, string> {
  const w = documentWords(ctx.language)
  const sur = ctx.stateUnderReview?.iso3 ?? ''
  const ours = ctx.ourState.iso3
  const oursName = stateName(ours, ctx.language)
  const meeting = ctx.session ? w.workingGroupSession(ctx.session) : ''
  const date = ctx.date ?? ''
  const closing = CLOSINGS[ctx.language][ctx.kind]?.(named(sur, ctx.language)) ?? ''
  switch (ctx.kind) {
    case 'recommending-state':
      return { [FIELD.meeting]: meeting, [FIELD.statementBy]: oursName, [FIELD.speaker]: '', [FIELD.date]: date, [FIELD.recommendsIntro]: w.recommendsThat(ours, sur), [FIELD.closing]: closing, [FIELD.inscribedSpeakers]: '', [FIELD.slotCapSeconds]: '' }
    case 'opening':
    case 'concluding-remarks':
      return { [FIELD.meeting]: meeting, [FIELD.statementBy]: w.stateUnderReviewSpeaker(ours), [FIELD.speaker]: '', [FIELD.date]: date, [FIELD.allottedMinutes]: '' }
    case 'plenary-adoption':
      return { [FIELD.meeting]: w.councilSession, [FIELD.agendaItem]: w.agendaItem6, [FIELD.statementBy]: oursName, [FIELD.speaker]: '', [FIELD.date]: date, [FIELD.closing]: closing, [FIELD.allottedMinutes]: '' }
    case 'position-paper':
      return { [FIELD.subject]: sur ? w.reviewOf(sur) : '', [FIELD.date]: date, [FIELD.annexTheme]: sur ? '*' : '' }
    case 'mid-term-report':
    case 'thematic-list':
      return { [FIELD.meeting]: meeting, [FIELD.reportSymbol]: ctx.reportSymbol ?? '', [FIELD.date]: date }
  }
}

/** A new statement of a kind, pre-filled from the context. */
export function templateFor(ctx: TemplateContext): StatementTemplate {
  const ours = named(ctx.ourState.iso3, ctx.language)
  const sur = ctx.stateUnderReview ? named(ctx.stateUnderReview.iso3, ctx.language) : ours
  return {
    title: defaultTitle(ctx),
    content: richDoc(BODIES[ctx.language][ctx.kind](ctx, ours, sur)),
    fields: defaultFields(ctx),
    recommendations: []
  }
}

/** Kinds that are always about our State's own review (the State under review is our State). */
export function isOwnReviewKind(kind: StatementKind): boolean {
  return kind === 'opening' || kind === 'concluding-remarks' || kind === 'mid-term-report' || kind === 'thematic-list'
}
