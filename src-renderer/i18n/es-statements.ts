import type { statementsEn } from './en-statements'
import type { Translation } from './index'

/**
 * Spanish strings of the statements area, in the terminology of the United Nations in Geneva
 * (declaración, Estado examinado, diálogo interactivo, Grupo de Trabajo, período de sesiones, Consejo de
 * Derechos Humanos, cotejar con el discurso pronunciado). Plurals: the plain key is the plural, `key_one`
 * the singular (Spanish uses it for 1 only).
 */
export const statementsEs: Translation<typeof statementsEn> = {
  title: 'Declaraciones',
  newStatement: 'Nueva declaración…',
  kinds: {
    'recommending-state': 'Declaración en un examen (Estado recomendante)',
    opening: 'Declaración de apertura en nuestro examen',
    'concluding-remarks': 'Observaciones finales en nuestro examen',
    'plenary-adoption': 'Declaración en la aprobación en sesión plenaria del Consejo',
    'position-paper': 'Documento de posición',
    'mid-term-report': 'Informe de mitad de período',
    'thematic-list': 'Lista temática de recomendaciones'
  },
  kindsShort: {
    'recommending-state': 'Declaración en un examen',
    opening: 'Declaración de apertura',
    'concluding-remarks': 'Observaciones finales',
    'plenary-adoption': 'Declaración en el pleno',
    'position-paper': 'Documento de posición',
    'mid-term-report': 'Informe de mitad de período',
    'thematic-list': 'Lista temática'
  },
  statuses: { draft: 'Borrador', final: 'Definitiva', delivered: 'Pronunciada' },
  list: {
    search: 'Buscar en las declaraciones',
    searchPlaceholder: 'Título, texto o recomendaciones',
    kind: 'Tipo',
    status: 'Estado',
    stateUnderReview: 'Estado examinado',
    session: 'Período de sesiones',
    all: 'Todos',
    sessionOption: '{{session}}º período de sesiones',
    counts: 'Declaraciones: {{shown}} de {{total}}',
    tableLabel: 'Declaraciones',
    columns: {
      title: 'Título',
      kind: 'Tipo',
      stateUnderReview: 'Estado examinado',
      session: 'Período de sesiones',
      status: 'Estado',
      updated: 'Última modificación'
    },
    emptyTitle: 'Todavía no hay declaraciones',
    emptyText:
      'Empiece una declaración para un examen que sigue, la declaración de apertura de su propio examen, una declaración en el pleno, un documento de posición o su informe de mitad de período: cada uno parte de una plantilla rellenada con sus datos.',
    noMatch: 'Ninguna declaración coincide con estos filtros.',
    clear: 'Borrar los filtros'
  },
  create: {
    title: 'Nueva declaración',
    kind: 'Tipo de documento',
    language: 'Idioma del documento',
    session: 'Período de sesiones del Grupo de Trabajo',
    sessionOption: '{{session}}º período de sesiones ({{dates}})',
    sessionNone: 'Ningún período de sesiones',
    sessionUndated: '{{session}}º período de sesiones (fechas no publicadas)',
    stateUnderReview: 'Estado examinado',
    chooseState: 'Elija un Estado…',
    noState: 'Ninguno',
    ownState: '{{state}} (nuestro Estado)',
    titleLabel: 'Título',
    titleHint: 'El título del documento; podrá cambiarlo más adelante.',
    submit: 'Crear a partir de la plantilla',
    cancel: 'Cancelar',
    stateRequired: 'Elija el Estado examinado.',
    sessionRequired: 'Elija el período de sesiones.',
    titleRequired: 'Dé un título al documento.',
    ownReviewHint: 'Períodos de sesiones en los que se examina {{state, to}}.'
  },
  editor: {
    back: 'Todas las declaraciones',
    actions: 'Acciones sobre esta declaración',
    titleLabel: 'Título',
    status: 'Estado: {{status}}',
    deliveredOn: 'Pronunciada el {{date}}',
    locked: 'Esta declaración ya se pronunció: se conserva tal como se pronunció. Vuelva a ponerla en borrador para modificarla.',
    saveVersion: 'Guardar versión',
    versionSaved: 'Versión {{version}} guardada.',
    noChanges: 'No hay cambios desde la versión {{version}}.',
    duplicate: 'Duplicar',
    duplicated: 'Copia creada: ahora está editando la copia.',
    copyTitle: '{{title}} (copia)',
    markFinal: 'Marcar como definitiva',
    backToDraft: 'Volver a borrador',
    delete: 'Eliminar…',
    confirmDelete: '¿Eliminar “{{title}}” y su historial? Las recomendaciones que inscribió en el registro se conservan.',
    confirmDeleteButton: 'Eliminar la declaración',
    keep: 'Conservarla',
    deleted: 'Declaración eliminada.',
    autosave: { saving: 'Guardando…', saved: 'Todos los cambios guardados', failed: 'No se guardó: {{message}}' },
    notFound: 'Esta declaración no está guardada (quizá se eliminó).',
    loading: 'Abriendo la declaración…',
    titleBlock: 'Bloque de título',
    body: 'Texto de la declaración',
    bodyWritten: 'Texto del documento',
    bodyHint: 'Sustituya las indicaciones entre [corchetes]. Los títulos, la negrita, la cursiva, las listas y las citas se conservan en Word.',
    checkAgainstDelivery: 'El documento Word empieza con “Cotejar con el discurso pronunciado”.',
    language: 'Idioma: {{language}}',
    placeholder: 'Redacte la declaración…',
    placeholdersLeft_one: 'Queda {{count}} indicación entre [corchetes] por sustituir: “{{first}}”.',
    placeholdersLeft: 'Quedan {{count}} indicaciones entre [corchetes] por sustituir; la primera: “{{first}}”.',
    closing: 'Cierre',
    closingHint: 'Se dice después de las recomendaciones, por ejemplo “Gracias.”',
    plenaryClosingHint: 'Se dice después de las cifras y de las recomendaciones de las que se tomó nota.'
  },
  fields: {
    meeting: 'Reunión',
    agendaItem: 'Tema del programa',
    speaker: 'Orador',
    date: 'Fecha',
    statementBy: 'Declaración de',
    subject: 'Asunto',
    reportSymbol: 'Informe del Grupo de Trabajo (signatura)',
    dateHint: 'El día en que se pronuncia la declaración o la fecha del documento.'
  },
  toolbar: {
    label: 'Formato',
    paragraph: 'Texto normal',
    heading1: 'Título 1',
    heading2: 'Título 2',
    heading3: 'Título 3',
    bold: 'Negrita',
    italic: 'Cursiva',
    underline: 'Subrayado',
    bulletList: 'Lista con viñetas',
    orderedList: 'Lista numerada',
    quote: 'Cita',
    undo: 'Deshacer',
    redo: 'Rehacer'
  },
  recommendations: {
    title: 'Recomendaciones',
    intro: 'Introducción de las recomendaciones',
    introHint: 'Se lee justo antes de las recomendaciones numeradas.',
    item: 'Recomendación {{n}}',
    add: 'Añadir una recomendación',
    remove: 'Quitar la recomendación {{n}}',
    moveUp: 'Subir la recomendación {{n}}',
    moveDown: 'Bajar la recomendación {{n}}',
    none: 'Todavía no hay recomendaciones. La mayoría de los Estados formulan de una a tres.',
    many: '{{count}} recomendaciones: la mayoría de los Estados formulan dos o tres como máximo por examen.',
    followsUp: 'Da seguimiento a una recomendación anterior: {{text}}',
    smart: 'Comprobación SMART',
    smartOf: 'Comprobación SMART de la recomendación {{n}}',
    similar_one: '{{count}} recomendación anterior similar',
    similar: '{{count}} recomendaciones anteriores similares',
    similarOf: 'Recomendaciones anteriores similares a la recomendación {{n}}',
    markRepeat: 'Vincularla y añadir “como se recomendó en el ciclo anterior”',
    repeatMarked: 'La recomendación {{n}} indica ahora que se recomendó en el ciclo anterior.'
  },
  smart: {
    summary: 'Criterios cumplidos: {{met}} de {{checked}}',
    verb: 'Verbo “{{verb}}”: categoría de acción {{category}} ({{label}})',
    criteria: { 'one-action': 'Una sola acción', 'specific-verb': 'Un verbo concreto', measurable: 'Algo medible', 'time-bound': 'Un plazo' },
    met: 'cumplido',
    notMet: 'no cumplido',
    notChecked: 'no comprobado',
    found: 'encontrado: “{{words}}”',
    categories: { 1: 'acción mínima', 2: 'acción de continuidad', 3: 'acción de consideración', 4: 'acción general', 5: 'acción concreta' },
    hints: {
      empty: 'Redacte primero la recomendación.',
      noAction: 'Empiece por la acción que pide, como verbo: “Adoptar…”, “Establecer…”, “Ratificar…”.',
      severalActions:
        'Pide {{count}} acciones (“{{first}}”, “{{second}}”…): formule una recomendación por acción, o quédese con la que más importa.',
      noVerb: 'Empiece por la acción que pide, como verbo: “Adoptar…”, “Establecer…”, “Ratificar…”.',
      generalVerb:
        '“{{verb}}” es una acción general (categoría {{category}}): diga qué debe hacerse, por ejemplo aprobar una ley, crear un órgano, asignar un presupuesto.',
      consideringVerb:
        '“{{verb}}” solo pide considerar (categoría {{category}}): pida la decisión misma, por ejemplo “Ratificar” en lugar de “Considerar la posibilidad de ratificar”.',
      continuingVerb: '“{{verb}}” pide seguir con lo que ya se hace (categoría {{category}}): nombre el paso siguiente y lo que debe lograr.',
      minimalVerb: '“{{verb}}” pide poca acción al Estado examinado (categoría {{category}}): pídale que actúe él mismo.',
      notMeasurable:
        'Añada lo que podrá comprobarse en el próximo examen: una cifra, una meta o un indicador, por ejemplo “aumentar a 50 el número de centros de acogida” o “con datos desglosados”.',
      notTimeBound: 'Añada un plazo: “antes del próximo examen”, “para 2027” o “en un plazo de dos años”.',
      englishOnly: 'Las reglas sobre los verbos leen el inglés: en francés y en español solo se comprueban las cifras y los plazos.'
    }
  },
  previous: {
    title: 'Recomendado antes {{state, to}}',
    intro: 'Las recomendaciones formuladas {{state, to}} en exámenes anteriores, por nosotros y por otros, según el registro.',
    ours: 'Formuladas por nosotros',
    others: 'Por otros Estados',
    search: 'Buscar en las recomendaciones anteriores {{state, to}}',
    none: 'El registro no tiene ninguna recomendación anterior {{state, to}}. Importe sus informes anteriores del Grupo de Trabajo en Recomendaciones para verlas aquí.',
    noMatch: 'Ninguna recomendación anterior coincide.',
    meta: '{{session}}º período de sesiones · {{states}} · {{position}}',
    recommendAgain: 'Recomendar de nuevo',
    added: 'Añadida como recomendación {{n}}, “como se recomendó en el ciclo anterior”.',
    more: 'Se muestran {{shown}} de {{total}}: afine la búsqueda para ver las demás.',
    noState: 'Elija el Estado examinado para ver lo que se recomendó antes.'
  },
  timing: {
    title: 'Tiempo de intervención',
    length: 'Extensión',
    words_one: '{{count}} palabra',
    words: '{{count}} palabras',
    speaking: 'Tiempo de intervención {{time}} a {{rate}} palabras por minuto',
    slot: 'Tiempo asignado: {{time}}',
    basis: {
      'speakers-entered': '140 minutos repartidos entre {{speakers}} oradores inscritos (cifra introducida)',
      'speakers-known': '140 minutos repartidos entre {{speakers}} oradores inscritos (según el ciclo de examen)',
      'speakers-default': '140 minutos repartidos entre {{speakers}} oradores inscritos (por defecto: introduzca la cifra real cuando se publique la lista)',
      'plenary-state': '1 minuto y medio para un Estado en la aprobación en sesión plenaria',
      'plenary-state-under-review': 'hasta 20 minutos para el Estado examinado en la aprobación en sesión plenaria',
      allotted: 'tiempo asignado a esta declaración',
      'own-review-default': 'una parte por defecto de los 70 minutos del Estado examinado: fije el tiempo que da a esta parte'
    },
    capped: 'con un máximo de {{time}} por orador',
    over: 'Supera el tiempo asignado en {{time}}: recorte unas {{words}} palabras.',
    near: 'Cerca del límite: quedan {{time}}.',
    within: 'Dentro del tiempo asignado: sobran {{time}}.',
    notTimed: 'Documento escrito: no se cronometra.',
    verdicts: { over: 'Supera el tiempo asignado', near: 'Cerca del límite', within: 'Dentro del tiempo asignado', 'not-timed': 'No se cronometra' },
    speakers: 'Oradores inscritos',
    speakersPlaceholder: '{{n}}',
    speakersHint: 'Déjelo vacío para usar la cifra del ciclo de examen, o la predeterminada.',
    cap: 'Máximo por orador (segundos)',
    allotted: 'Tiempo asignado (minutos)',
    rateHint: 'La velocidad de lectura se fija en la configuración.',
    minutesSeconds: '{{minutes}} min {{seconds}} s',
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min'
  },
  register: {
    plenaryTitle: 'Según el registro',
    counts: 'Las cifras que lee la declaración:',
    noRecommendations:
      'El registro no tiene ninguna recomendación {{state, to}} del {{session}}º período de sesiones: importe el informe del Grupo de Trabajo y su adición en Recomendaciones.',
    noted: 'Recomendaciones de las que se tomó nota, y por qué',
    rationale: 'Motivo de {{number}}',
    rationaleMissing_one: '{{count}} recomendación de la que se tomó nota aún no tiene motivo.',
    rationaleMissing: '{{count}} recomendaciones de las que se tomó nota aún no tienen motivo.',
    tablesTitle: 'Tablas tomadas del registro',
    tables: '{{count}} recomendaciones {{state, to}} del {{session}}º período de sesiones, en {{groups}} temas, exportadas como tablas apaisadas.',
    tables_one: '{{count}} recomendación {{state, to}} del {{session}}º período de sesiones, en {{groups}} tema, exportada como tabla apaisada.',
    withMeasures_one: '{{count}} de ellas enumera las medidas de recuperación vinculadas a ella.',
    withMeasures: '{{count}} de ellas enumeran las medidas de recuperación vinculadas a ellas.',
    noMeasures:
      'Todavía no hay ninguna medida de recuperación vinculada a estas recomendaciones: vincúlelas en Medidas de recuperación para que figuren en el informe.',
    tooMany: '{{count}} filas: más de lo que puede contener un documento Word ({{max}}). Limite el examen.',
    themes: 'Temas',
    themeCount: '{{theme}}: {{count}}',
    otherTheme: 'Otros',
    annex: 'Tabla anexa',
    annexNone: 'Sin anexo',
    annexAll: 'Todas las recomendaciones anteriores {{state, to}}',
    annexTheme: 'Recomendaciones anteriores sobre {{theme}}',
    annexCount_one: '{{count}} recomendación en el anexo.',
    annexCount: '{{count}} recomendaciones en el anexo.',
    annexNoState: 'Indique un Estado examinado para anexar sus recomendaciones anteriores.'
  },
  history: {
    title: 'Historial de versiones',
    version: 'Versión {{version}}',
    reasons: {
      created: 'creada',
      saved: 'guardada',
      autosave: 'guardada automáticamente',
      left: 'guardada al salir',
      restored: 'restaurada',
      delivered: 'pronunciada',
      duplicated: 'copiada'
    },
    restoredFrom: 'restaurada a partir de la versión {{version}}',
    restore: 'Restaurar la versión {{version}}',
    restoreShort: 'Restaurar',
    current: 'actual',
    restored: 'Versión {{from}} restaurada como versión {{version}}.',
    empty: 'Todavía no hay ninguna versión guardada.'
  },
  export: {
    button: 'Exportar a Word',
    working: 'Preparando el documento Word…',
    saved: 'Guardado: {{where}}',
    cancelled: 'Exportación cancelada.',
    failed: 'No se pudo crear el documento Word; no se escribió nada: {{message}}'
  },
  delivery: {
    markDelivered: 'Marcar como pronunciada…',
    date: 'Pronunciada el',
    confirm: 'Confirmar',
    cancel: 'Cancelar',
    done: 'Marcada como pronunciada.',
    doneWithRecommendations_one: 'Marcada como pronunciada: {{count}} recomendación entró en el registro como formulada por nosotros, pendiente.',
    doneWithRecommendations: 'Marcada como pronunciada: {{count}} recomendaciones entraron en el registro como formuladas por nosotros, pendientes.',
    showRegister: 'Verlas en el registro',
    intro: 'Sus recomendaciones entrarán en el registro como formuladas por nosotros, a la espera de la posición {{state, of}}.',
    noStateUnderReview: 'Indique el Estado examinado antes de marcarla como pronunciada.',
    noSession: 'Indique el período de sesiones antes de marcarla como pronunciada.',
    dateRequired: 'Introduzca la fecha en que se pronunció.'
  },
  problems: {
    empty: 'La declaración está vacía: redáctela antes de exportarla.',
    noRecommendations: 'El registro no tiene recomendaciones para este examen: impórtelas primero en Recomendaciones.',
    tooManyRows:
      'Las tablas tendrían {{rows}} filas, más de lo que debería contener un documento Word ({{max}}): limite el examen o exporte el registro como hoja de cálculo.'
  },
  errors: {
    notFound: 'Esta declaración ya no está guardada (quizá se eliminó).',
    versionNotFound: 'Esa versión no figura en el historial de esta declaración.',
    deliveredIsLocked: 'Una declaración pronunciada se conserva tal como se pronunció: vuelva a ponerla en borrador para modificarla.',
    noStateUnderReview: 'Indique el Estado examinado antes de marcarla como pronunciada.',
    noSession: 'Indique el período de sesiones antes de marcarla como pronunciada.'
  },
  emblem: {
    title: 'Emblema del membrete',
    intro: 'El emblema figura encima del nombre de la misión en la primera página de cada documento Word. PNG, JPEG, GIF o BMP, de 2 MB como máximo.',
    choose: 'Elegir una imagen',
    current: 'Emblema actual: {{name}} ({{width}} × {{height}} píxeles)',
    none: 'Sin emblema: los documentos llevan solo el nombre de la misión.',
    remove: 'Quitar el emblema',
    saved: 'Emblema guardado: {{name}}.',
    removed: 'Emblema quitado.',
    preview: 'El emblema actual',
    problems: {
      empty: '{{name}} está vacío: elija el archivo de imagen del emblema.',
      'too-large': '{{name}} ocupa {{size}} MB: un emblema debe ocupar 2 MB como máximo. Guarde una copia más pequeña (bastan unos cientos de píxeles de alto).',
      'not-an-image': '{{name}} no es una imagen que UPR Desk pueda usar: elija un archivo PNG, JPEG, GIF o BMP.',
      unreadable: '{{name}} parece una imagen, pero no se puede leer su tamaño: guárdela de nuevo como PNG y vuelva a intentarlo.'
    }
  }
}
