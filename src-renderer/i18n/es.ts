import type { Strings } from './en'
import type { Translation } from './index'

/**
 * Spanish UI strings, in the terminology of the United Nations in Geneva (Examen Periódico Universal,
 * Estado examinado, Grupo de Trabajo, período de sesiones, Consejo de Derechos Humanos, ACNUDH).
 *
 * Plurals: a key whose English uses `{{count}}` may add `key_one` (Spanish uses it for 1 only); the plain
 * key is the plural, which i18next also uses for `many` (1.000.000 and up).
 */
export const es = {
  app: {
    name: 'UPR Desk',
    tagline: 'El puesto de trabajo del Examen Periódico Universal para las misiones permanentes',
    skipToContent: 'Ir al contenido principal',
    loading: 'Abriendo sus datos…',
    loadingPage: 'Abriendo la página…',
    navigation: 'Navegación principal'
  },
  nav: {
    dashboard: 'Panel',
    recommendations: 'Recomendaciones',
    review: 'Nuestro examen',
    sessions: 'Otros exámenes',
    statements: 'Declaraciones',
    measures: 'Medidas de recuperación',
    data: 'Datos y copias de seguridad',
    settings: 'Configuración'
  },
  positions: {
    supported: 'Apoyada',
    noted: 'Anotada',
    'supported-in-part': 'Apoyada en parte',
    pending: 'Pendiente'
  },
  statuses: {
    'not-started': 'No iniciada',
    'in-progress': 'En curso',
    'partially-implemented': 'Parcialmente aplicada',
    'fully-implemented': 'Plenamente aplicada'
  },
  regions: {
    African: 'Grupo de los Estados de África',
    'Asia-Pacific': 'Grupo de los Estados de Asia y el Pacífico',
    'Eastern European': 'Grupo de los Estados de Europa Oriental',
    'Latin American and Caribbean': 'Grupo de los Estados de América Latina y el Caribe',
    'Western European and others': 'Grupo de los Estados de Europa Occidental y otros Estados'
  },
  register: {
    title: 'Recomendaciones',
    import: 'Importar…',
    search: 'Buscar',
    searchPlaceholder: 'Palabras en cualquier forma, o “frase exacta”',
    sortBy: 'Ordenar por',
    groupBy: 'Agrupar por',
    sort: {
      register: 'Orden del registro',
      number: 'Período de sesiones y número',
      stateUnderReview: 'Estado examinado',
      position: 'Posición',
      actionCategory: 'Categoría de acción (la más firme primero)',
      updated: 'Última modificación'
    },
    group: { none: 'Sin agrupar', theme: 'Tema', recommendingState: 'Estado recomendante', position: 'Posición' },
    counts: 'Recomendaciones: {{shown}} de {{total}}',
    failed: 'No se pudo leer el registro desde el almacenamiento de este equipo ({{message}}). No se ha modificado nada; vuelva a abrir la aplicación para intentarlo de nuevo.',
    loading: 'Cargando el registro… {{count}} por ahora',
    countsByPosition:
      'Que cuentan con el apoyo: {{supported}}; de las que se ha tomado nota: {{noted}}; apoyadas en parte: {{partly}}; pendientes: {{pending}}',
    listLabel: 'Recomendaciones',
    groupHeading: '{{name}} ({{count}})',
    noValue: 'Ninguno',
    sessionShort: '{{session}}º período de sesiones',
    madeByUs: 'formulada por nosotros',
    actionCategory: 'Categoría de acción',
    categoryShort: 'Cat. {{n}}',
    empty: {
      title: 'Todavía no hay recomendaciones',
      text: 'Importe un informe del Grupo de Trabajo (PDF, Word o texto pegado) con su adición, una exportación de UPR Info o del Índice Universal de los Derechos Humanos (UHRI), o una lista temática del ACNUDH.'
    },
    filters: {
      title: 'Filtros',
      clear: 'Borrar los filtros',
      all: 'Todos',
      cycle: 'Ciclo',
      session: 'Período de sesiones',
      stateUnderReview: 'Estado examinado',
      stateUnderReviewRegion: 'Grupo regional del Estado examinado',
      recommendingState: 'Estado recomendante',
      region: 'Grupo regional del Estado recomendante',
      position: 'Posición',
      actionCategory: 'Categoría de acción',
      theme: 'Tema',
      affectedPerson: 'Personas afectadas',
      sdg: 'ODS',
      sdgGoal: 'Objetivo {{n}}',
      implementationStatus: 'Aplicación',
      madeByUs: 'Formuladas por nosotros',
      madeByUsYes: 'Formuladas por nosotros',
      madeByUsNo: 'Formuladas por otros Estados'
    },
    views: {
      title: 'Vistas guardadas',
      open: 'Vista guardada',
      choose: 'Elija una vista…',
      apply: 'Mostrar',
      delete: 'Eliminar',
      name: 'Guardar la vista actual como',
      save: 'Guardar la vista',
      saved: 'Vista “{{name}}” guardada.',
      applied: 'Se muestra la vista “{{name}}”.',
      deleted: 'Vista “{{name}}” eliminada.',
      nameRequired: 'Dé un nombre a la vista.'
    },
    bulk: {
      label: 'Modificar las recomendaciones seleccionadas',
      selected: '{{count}} seleccionadas',
      selected_one: '{{count}} seleccionada',
      position: 'Posición',
      status: 'Aplicación',
      category: 'Categoría de acción',
      addTheme: 'Añadir un tema',
      keep: 'Sin cambios',
      apply: 'Aplicar a las {{count}}',
      apply_one: 'Aplicar a {{count}}',
      clear: 'Anular la selección'
    },
    detail: {
      title: 'Recomendación {{number}}',
      close: 'Cerrar',
      source: 'fuente: {{source}}',
      text: 'Texto',
      textRequired: 'El texto no puede quedar vacío.',
      recommendingStates: 'Estados recomendantes',
      asPrinted: 'Tal como figura en la fuente: {{names}}',
      add: 'Añadir',
      remove: 'Quitar {{name}}',
      position: 'Posición',
      positionSource: 'Posición indicada en',
      actionCategory: 'Categoría de acción',
      none: 'Sin definir',
      suggested: 'Sugerencia según las reglas de UPR Info: {{n}} ({{label}}).',
      decidedBy: 'Palabras determinantes:',
      useSuggestion: 'Aceptar la sugerencia',
      themes: 'Temas',
      affectedPersons: 'Personas afectadas',
      sdgTargets: 'Metas de los ODS',
      suggestedTags: 'Sugerencias a partir del texto:',
      followUp: 'Seguimiento',
      implementationStatus: 'Estado de aplicación',
      lastReviewedOn: 'Última revisión el',
      responsibleInstitutions: 'Instituciones responsables',
      institutionsHint: 'Separe las instituciones con punto y coma.',
      evidence: 'Pruebas',
      notes: 'Notas',
      madeByUs: 'Formulada por nuestro Estado',
      save: 'Guardar los cambios',
      saved: 'Cambios guardados.'
    }
  },
  import: {
    title: 'Importar recomendaciones',
    close: 'Cerrar la importación',
    intro:
      'Informes del Grupo de Trabajo y sus adiciones (PDF, Word o texto), exportaciones de UPR Info (.xls, .xlsx, .csv), exportaciones del Índice Universal de los Derechos Humanos (.xlsx) y listas temáticas del ACNUDH (.docx). No se guarda nada hasta que usted lo confirme.',
    chooseFile: 'Elegir un archivo',
    dropHint: 'o suéltelo aquí.',
    pasteSummary: 'Pegar en su lugar el texto de un informe',
    pasteLabel: 'Texto del informe',
    readPaste: 'Leer el texto pegado',
    pastedText: 'Texto pegado',
    emptyPaste: 'No hay texto que leer: pegue primero el texto del informe.',
    tooLarge: '{{name}} ocupa {{size}} MB; UPR Desk importa archivos de hasta {{max}} MB. ¿Es el archivo correcto?',
    addendumFirst:
      'Este documento es una adición (las respuestas del Estado). Importe primero el informe del Grupo de Trabajo y luego añada la adición desde su vista previa.',
    storeFailed: 'No se guardó nada: {{message}}',
    stage: {
      reading: 'Leyendo el archivo…',
      parsing: 'Buscando las recomendaciones…',
      'applying-addendum': 'Aplicando la adición…',
      classifying: 'Clasificando…',
      storing: 'Guardando…'
    },
    done: 'Importación terminada. Añadidas: {{added}}; actualizadas: {{updated}}; ya al día: {{unchanged}}.',
    showRegister: 'Mostrar el registro',
    kinds: {
      'wg-report': 'Informe del Grupo de Trabajo',
      addendum: 'Adición',
      'upr-info': 'Exportación de UPR Info',
      uhri: 'Exportación del Índice Universal de los Derechos Humanos',
      'ohchr-matrix': 'Lista temática del ACNUDH'
    },
    confirm: 'Importar {{count}} recomendaciones',
    confirm_one: 'Importar {{count}} recomendación',
    preview: {
      title: 'Vista previa de {{file}}',
      found: '{{count}} recomendaciones encontradas',
      found_one: '{{count}} recomendación encontrada',
      review: 'Examen',
      stateUnderReview: 'Estado examinado',
      detected: 'Según lo detectado ({{name}})',
      session: 'Período de sesiones del Grupo de Trabajo',
      addendum: 'Añadir la adición (posiciones sobre las recomendaciones pendientes)',
      pendingHint: '{{count}} recomendaciones están pendientes: sus posiciones figuran en la adición.',
      pendingHint_one: '{{count}} recomendación está pendiente: su posición figura en la adición.',
      changes: 'La adición fija {{count}} posiciones',
      changes_one: 'La adición fija {{count}} posición',
      unknownStates: 'Estados no reconocidos (se conservan tal como figuran): {{names}}',
      warnings: '{{count}} advertencias',
      warnings_one: '{{count}} advertencia',
      line: 'Línea {{line}}:',
      row: 'Fila {{row}}:',
      listLabel: 'Recomendaciones encontradas',
      unknown: 'no reconocido'
    }
  },
  setup: {
    title: 'Le damos la bienvenida a UPR Desk',
    intro:
      'UPR Desk guarda en este equipo el trabajo de su misión sobre el Examen Periódico Universal: sin red ni servidor. Para empezar, indique el Estado al que representa su misión.',
    submit: 'Empezar a usar UPR Desk'
  },
  profile: {
    legend: 'Perfil de la misión',
    state: 'Estado representado',
    statePlaceholder: 'Elija un Estado…',
    missionName: 'Nombre de la misión',
    missionNameHint: 'Figura en el membrete de los documentos que exporte.',
    city: 'Ciudad',
    language: 'Idioma de los documentos',
    speakingRate: 'Velocidad de elocución (palabras/min)',
    speakingRateHint: 'Sirve para calcular la duración de las declaraciones; entre 120 y 130 conviene a la interpretación.',
    observer: 'Estado observador',
    errors: {
      stateRequired: 'Elija el Estado al que representa su misión.',
      missionNameRequired: 'Escriba el nombre de la misión.',
      cityRequired: 'Escriba la ciudad.',
      speakingRate: 'Escriba un número entero de palabras por minuto entre 60 y 250.'
    },
    errorSummary: 'Corrija lo siguiente:'
  },
  languages: { en: 'Inglés', fr: 'Francés', es: 'Español' },
  settings: {
    title: 'Configuración',
    save: 'Guardar la configuración',
    saved: 'Configuración guardada.',
    interfaceLanguage: {
      title: 'Idioma',
      label: 'Idioma de la aplicación',
      hint: 'Menús, botones y mensajes. Los documentos se redactan en el idioma de los documentos elegido en el perfil de la misión.',
      changed: 'UPR Desk está ahora en español.',
      failed: 'No se pudo guardar el idioma; no se ha modificado nada: {{message}}'
    },
    demo: {
      title: 'Misión de demostración',
      intro:
        'Pruebe UPR Desk con una misión de demostración: la Misión Permanente de Portugal en Ginebra, con recomendaciones, un ciclo de examen, medidas de recuperación y declaraciones redactadas para la demostración por el proyecto UPR Desk (no son documentos oficiales). Sus propios datos se conservan; al eliminar la demostración solo se borran sus datos y se restablece el perfil de su misión.',
      load: 'Cargar la misión de demostración',
      reload: 'Volver a cargar la misión de demostración',
      remove: 'Eliminar los datos de demostración',
      loaded: 'La misión de demostración está cargada.',
      done: 'Misión de demostración cargada: {{count}} registros.',
      done_one: 'Misión de demostración cargada: {{count}} registro.',
      removed: 'Datos de demostración eliminados: {{count}} registros.',
      removed_one: 'Datos de demostración eliminados: {{count}} registro.',
      failed: 'No se pudo cargar ni eliminar la demostración; no se ha modificado nada: {{message}}'
    }
  },
  dashboard: {
    title: 'Panel',
    mission: 'Su misión',
    ownReviews: 'Exámenes: {{state}}',
    ownReviewsIntro:
      'Todos los períodos de sesiones del Grupo de Trabajo en los que se examinó o se examinará {{state, to}}, según el calendario del Examen Periódico Universal.',
    noReviews: 'Ningún período de sesiones del calendario prevé el examen {{state, of}}.',
    next: 'Próximo examen',
    nextReviewSummary: 'Próximo examen: {{session}}º período de sesiones, {{dates}}',
    noNextReview: 'Todavía no figura en el calendario ningún examen futuro.',
    estimated: 'estimación',
    estimatedNote:
      'Las fechas estimadas se deducen de la pauta del calendario hasta que el ACNUDH las publique; podrá corregirlas más adelante.',
    columns: { session: 'Período de sesiones', cycle: 'Ciclo', dates: 'Fechas', status: 'Situación' },
    status: { past: 'Celebrado', next: 'Próximo', future: 'Previsto' },
    datesUnknown: 'Fechas no publicadas',
    speakingRate: '{{rate}} palabras por minuto',
    edit: 'Modificar en la configuración'
  },
  dbError: {
    title: 'UPR Desk no puede abrir sus datos',
    newer:
      'Sus datos fueron guardados por una versión más reciente de UPR Desk (versión de los datos: {{found}}; esta versión lee hasta la {{supported}}). Para protegerlos, esta versión no los abrirá ni los modificará.',
    failed: 'No se pudo abrir la base de datos: {{message}}',
    nothingDeleted:
      'No se ha eliminado nada. Instale la versión más reciente de UPR Desk o guarde una copia de los datos para ponerlos a salvo.',
    saveCopy: 'Guardar una copia de los datos',
    saving: 'Guardando…',
    saved: 'Copia guardada: {{where}}',
    cancelled: 'Se canceló el guardado.',
    saveFailed: 'No se pudo guardar la copia: {{message}}'
  },
  export: {
    wordDocument: 'Documento de Word',
    excelWorkbook: 'Libro de Excel',
    emblemUnreadable: 'No se pudo leer el emblema elegido en la configuración; no figura en el membrete.',
    problems: {
      empty: 'El documento está vacío: redáctelo antes de exportarlo.',
      tableWithoutColumns: 'Una tabla del documento no tiene columnas; no se escribió nada. Comuníquelo al proyecto UPR Desk: se trata de un fallo de la aplicación.',
      tableTooLong: 'Una tabla de {{rows}} filas supera lo que debería contener un documento Word ({{max}}): expórtela como hoja de cálculo o divídala.',
      tableRowLength: 'La fila {{row}} de una tabla tiene {{cells}} celdas para {{columns}} columnas; no se escribió nada. Comuníquelo al proyecto UPR Desk: se trata de un fallo de la aplicación.'
    }
  },
  common: {
    required: 'obligatorio'
  },
  updates: {
    ready: 'La versión {{version}} de UPR Desk está lista.',
    whatChanged: 'Novedades',
    noNotes: 'El editor no describió esta versión.',
    installOnQuit: 'Instalar al salir',
    later: 'Más tarde',
    willInstall: 'La versión {{version}} se instalará cuando salga de UPR Desk.'
  }
} satisfies Translation<Strings>
