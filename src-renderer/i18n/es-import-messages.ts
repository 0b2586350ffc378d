import type { Translation } from './index'
import type { importMessagesEn } from './en-import-messages'

/** Spanish strings of the importers' and the measures file's messages. */
export const importMessagesEs: Translation<typeof importMessagesEn> = {
  text: {
    empty: 'El texto está vacío: no hay nada que importar.',
    internal: 'El texto no se pudo leer por completo ({{detail}}).'
  },
  report: {
    moreLeftOut: 'Se omitieron otras advertencias del mismo tipo.',
    isAddendum: '{{symbol}} es una adición, no el informe en sí: impórtela como adición.',
    noSection: 'No se encontró la sección «II. Conclusiones y/o recomendaciones» ni ninguna recomendación numerada: ¿es un informe del Grupo de Trabajo?',
    noHeadingNoIntro: 'No se encontró el título «II. Conclusiones y/o recomendaciones» ni una introducción: solo se leen las recomendaciones numeradas.',
    noHeading: 'Falta el título «II. Conclusiones y/o recomendaciones»: la lectura empieza en el primer párrafo de recomendaciones.',
    noIntroFor: 'Las recomendaciones numeradas {{paragraph}}.x empiezan sin un párrafo {{paragraph}} que las introduzca.',
    startsNotAtOne: 'El párrafo {{paragraph}} empieza en {{number}}, no en {{first}}.',
    notConsecutive: 'La recomendación {{number}} sigue a la {{previous}}: los números no son consecutivos.',
    bareNumbers: 'El párrafo {{paragraph}} numera sus recomendaciones 1, 2, 3...: se leen como {{paragraph}}.1, {{paragraph}}.2...',
    noIntroduction: 'Ninguna introducción indica la posición de las recomendaciones {{paragraph}}.x: se marcan como pendientes.',
    unclearPosition: 'No se pudo deducir la posición de las recomendaciones {{paragraph}}.x a partir de «{{excerpt}}»: se marcan como pendientes.',
    noText: 'La recomendación {{number}} no tiene texto.',
    noTextBeforeStates: 'La recomendación {{number}} no tiene texto antes de sus Estados.',
    noState: 'La recomendación {{number}} no termina con un Estado recomendante entre paréntesis: «{{excerpt}}».',
    unbalancedParentheses: 'Recomendación {{number}}: paréntesis desparejados al final del texto.',
    notAStateName: 'Recomendación {{number}}: «{{name}}» no parece el nombre de un Estado.',
    none: 'Se encontró la sección II, pero no se pudo leer en ella ninguna recomendación numerada.',
    whereParagraph: 'El párrafo {{paragraph}}',
    whereAfter: 'El texto que sigue a la recomendación {{number}}',
    referenceMissing: '{{where}} menciona recomendaciones que no figuran en la sección II: {{numbers}}.',
    remarkLeftOut: 'El texto que sigue a la recomendación {{number}} no forma parte de ella y se dejó de lado: «{{excerpt}}».',
    positionWithoutList: 'El párrafo {{paragraph}} indica una posición ({{position}}) pero no enumera recomendaciones propias: «{{excerpt}}». No se aplica.',
    paragraphNotUnderstood: 'No se entendió el párrafo {{paragraph}} de la sección II: «{{excerpt}}».',
    commentWithoutPosition_other: '{{where}} comenta las recomendaciones {{numbers}} sin indicar una posición: sus posiciones no cambian.',
    commentWithoutPosition_one: '{{where}} comenta la recomendación {{numbers}} sin indicar una posición: su posición no cambia.',
    laterPosition: '{{where}} indica {{numbers}} como {{position}}, y no {{before}} como en la lista anterior: se aplica.',
    laterPositionClaim: '{{where}} indica {{numbers}} como {{position}} (el Estado las considera {{claim}}), y no {{before}} como en la lista anterior: se aplica.',
    claimAlready: 'ya aplicadas',
    claimUnderway: 'en proceso de aplicación',
    claimBoth: 'ya aplicadas o en proceso de aplicación',
    positionsOr: '{{first}} o {{second}}'
  },
  addendum: {
    noSymbol: 'No se encontró ninguna signatura de documento (A/HRC/<n>/<m>/Add.1).',
    notAddendumSymbol: '{{symbol}} no es la signatura de una adición (…/Add.1): ¿es el propio informe?',
    twoPositions: 'La recomendación {{number}} recibe dos posiciones ({{first}} y luego {{then}}): se conserva la primera.',
    rangeSpansParagraphs: 'No se pudo leer el intervalo «{{range}}»: abarca dos párrafos.',
    rangeBackwards: 'No se pudo leer el intervalo «{{range}}»: va hacia atrás.',
    rangeTooLong: 'No se pudo leer el intervalo «{{range}}»: es inverosímilmente largo.',
    listWithoutPosition: 'Una lista de recomendaciones ({{list}}) no tiene cerca ninguna palabra de posición: no se aplica.',
    bareNumbers:
      '{{count}} números de recomendación figuran sin su párrafo (p. ej. «1–5»): se conservan tal cual y se cotejan con los números del informe cuando se aplica la adición.',
    bareNumbers_one:
      '{{count}} número de recomendación figura sin su párrafo (p. ej. «5»): se conserva tal cual y se coteja con los números del informe cuando se aplica la adición.',
    noPositions: 'No se encontró en la adición ninguna lista de recomendaciones con una posición (aceptadas, apoyadas, anotadas...).',
    answerWithoutPosition: 'La respuesta a la recomendación {{numbers}} no da ninguna posición legible: «{{excerpt}}».',
    reportAlreadyGave: 'La adición da la recomendación {{number}} como {{position}}, pero el informe ya la daba como {{from}}: se conserva la posición del informe.',
    notInReport: '{{count}} números de la adición no figuran en el informe: {{numbers}}.',
    notInReport_one: '{{count}} número de la adición no figura en el informe: {{numbers}}.',
    ambiguous: '{{count}} números sin párrafo corresponden a varios párrafos del informe y no se aplicaron: {{numbers}}.',
    ambiguous_one: '{{count}} número sin párrafo corresponde a varios párrafos del informe y no se aplicó: {{numbers}}.',
    stillPending: '{{count}} recomendaciones siguen pendientes después de la adición: {{numbers}}.',
    stillPending_one: '{{count}} recomendación sigue pendiente después de la adición: {{numbers}}.',
    statedSupported: 'La adición declara {{stated}} recomendaciones apoyadas; tras aplicarla, el informe tiene {{all}} (de ellas, {{inScope}} respondidas en la adición).',
    statedNoted: 'La adición declara {{stated}} recomendaciones anotadas; tras aplicarla, el informe tiene {{all}} (de ellas, {{inScope}} respondidas en la adición).',
    statedTotal: 'La adición declara {{stated}} recomendaciones en total; tras aplicarla, el informe tiene {{all}} (de ellas, {{inScope}} respondidas en la adición).',
    applyInternal: 'La adición no se pudo aplicar por completo ({{detail}}).'
  },
  file: {
    empty: '{{file}} está vacío.',
    tooLarge: '{{file}} ocupa {{size}} MB; UPR Desk importa archivos de hasta {{max}} MB. ¿Es el archivo correcto?',
    notReadable:
      '{{file}} no es un archivo que UPR Desk pueda leer ({{reason}}). UPR Desk lee los informes del Grupo de Trabajo y sus adiciones (PDF, Word, texto), las exportaciones de UPR Info (.xls, .xlsx, .csv), las del Índice Universal de los Derechos Humanos (.xlsx) y las listas temáticas del ACNUDH (.docx).',
    couldNotRead: 'No se pudo leer {{file}}: {{detail}}',
    noText: '{{file}} no contiene texto.',
    unexpected: 'No se pudo leer {{file}}: problema inesperado ({{detail}}).',
    cannotRead: 'No se puede leer {{file}}: {{reason}}'
  },
  pdf: {
    empty: 'el archivo está vacío.',
    notPdf: 'no es un PDF (no empieza por «%PDF-»).',
    tooManyPages: 'el PDF tiene {{pages}} páginas, más de las {{limit}} que puede tener un documento del EPU: es otro documento, o está dañado.',
    password: 'el PDF está protegido con contraseña: ábralo, guarde una copia sin contraseña e importe la copia.',
    damaged: 'el PDF parece dañado ({{detail}}).'
  },
  source: {
    addendumFirst: 'Esto es una adición (las respuestas del Estado). Importe primero el informe del Grupo de Trabajo y después añádale la adición.',
    notAddendum: 'El segundo archivo no es una adición a un informe del Grupo de Trabajo.',
    nothingYet: 'Todavía no hay nada que importar.'
  },
  table: {
    noWorksheet: '{{file}} no tiene ninguna hoja con celdas.',
    unclosedQuote: 'Un campo entre comillas abierto en la línea {{line}} nunca se cierra: el resto del archivo se leyó como ese único campo.',
    isPdf: '{{file}} es un PDF, no {{what}}: {{reason}}.',
    isWord: '{{file}} es un documento de Word, no {{what}}: {{reason}}.',
    notSpreadsheet: '{{file}} no es una hoja de cálculo ni un archivo CSV: {{reason}}.',
    whatUprInfo: 'una exportación de UPR Info',
    whatUhri: 'una exportación del Índice Universal de los Derechos Humanos',
    whatSpreadsheet: 'una hoja de cálculo',
    noDataRows: 'No hay recomendaciones debajo de la fila de encabezado: el archivo no tiene filas de datos.',
    noDataRowsInSheet: 'No hay recomendaciones debajo de la fila de encabezado: la hoja «{{sheet}}» no tiene filas de datos.',
    noRecommendations: 'No hay recomendaciones debajo de la fila de encabezado.',
    duplicateColumn: 'La columna «{{column}}» aparece dos veces: se usa la primera (columna {{first}}).',
    missingColumnsNoRows_other: 'Faltan las columnas obligatorias {{columns}}: el archivo no tiene ninguna fila. Se esperaba una fila de encabezado: {{expected}}.',
    missingColumnsNoRows_one: 'Falta la columna obligatoria {{columns}}: el archivo no tiene ninguna fila. Se esperaba una fila de encabezado: {{expected}}.',
    missingColumns_other: 'Faltan las columnas obligatorias {{columns}}. Encabezado encontrado en la fila {{row}}: {{header}}. Se esperaba: {{expected}}.',
    missingColumns_one: 'Falta la columna obligatoria {{columns}}. Encabezado encontrado en la fila {{row}}: {{header}}. Se esperaba: {{expected}}.',
    missingColumnsInSheet_other:
      'Faltan las columnas obligatorias {{columns}}. Encabezado encontrado en la fila {{row}} de la hoja «{{sheet}}»: {{header}}. Se esperaba: {{expected}}.',
    missingColumnsInSheet_one:
      'Falta la columna obligatoria {{columns}}. Encabezado encontrado en la fila {{row}} de la hoja «{{sheet}}»: {{header}}. Se esperaba: {{expected}}.'
  },
  rows: {
    one: 'fila {{row}}',
    oneInSheet: 'fila {{row}} (hoja «{{sheet}}»)',
    many: '{{count}} filas: {{rows}}',
    manyInSheet: '{{count}} filas: {{rows}} (hoja «{{sheet}}»)'
  },
  uprInfo: {
    noText: 'No hay texto en la columna Recommendation: se omite la fila — {{where}}.',
    noSur: 'No hay Estado examinado en la columna SuR — {{where}}.',
    unknownResponse: 'Respuesta desconocida «{{response}}» en la columna Response, leída como pendiente — {{where}}.',
    badAction: 'La acción «{{action}}» no es una categoría del 1 al 5, se deja vacía — {{where}}.',
    badSession: 'La sesión «{{session}}» no es un número de sesión, se deja vacía — {{where}}.'
  },
  uhri: {
    noText: 'No hay texto en la columna Text: se omite la fila — {{where}}.',
    unknownPosition: 'Posición desconocida «{{position}}» en la columna UPR Position, leída como pendiente — {{where}}.',
    severalCountries: 'Varios países afectados en una misma fila: se toma el primero como Estado examinado — {{where}}.',
    badSession: 'La sesión «{{session}}» no es un número de sesión, se deja vacía — {{where}}.',
    badDate: 'La fecha de publicación «{{date}}» no es una fecha, se deja vacía — {{where}}.',
    otherMechanisms:
      'Se omitieron {{count}} filas de otros mecanismos (órganos de tratados, procedimientos especiales); solo se importan las recomendaciones del EPU ({{breakdown}}).',
    otherMechanisms_one:
      'Se omitió {{count}} fila de otro mecanismo (órganos de tratados, procedimientos especiales); solo se importan las recomendaciones del EPU ({{breakdown}}).'
  },
  docx: {
    notZip: '{{file}} no es un archivo de Word .docx (no empieza con la firma ZIP «PK»).',
    noDocument: '{{file}} es un archivo ZIP sin word/document.xml: no es un archivo de Word .docx.',
    cannotOpen: 'No se puede abrir {{file}} como archivo de Word .docx: {{reason}}'
  },
  matrix: {
    noTitleFacts: 'No se encontró en el título del documento el Estado examinado o la sesión: indíquelos en la vista previa.',
    noTable:
      'No se encontró ninguna tabla cuya fila de encabezado nombre las columnas Recomendación y Posición: esto no parece una lista temática de recomendaciones del ACNUDH.',
    defaultColumns:
      'Ninguna fila de encabezado nombra las columnas: se leyeron en el orden habitual Recomendación | Posición | Lista completa de temas | Evaluación.',
    merged: '{{count}} recomendaciones figuran bajo más de un tema y se fusionaron en un solo registro cada una, con sus temas combinados: {{list}}.',
    merged_one: '{{count}} recomendación figura bajo más de un tema y se fusionó en un solo registro, con sus temas combinados: {{list}}.',
    noteRow: 'Se omitió una fila de ancho completo que no es una fila de tema («Theme») — {{where}}.',
    noText: 'Una fila de la tabla no tiene texto en la columna Recomendación: se omite la fila — {{where}}.',
    noNumber: 'No hay número de recomendación (como «122.7») al principio de la celda Recomendación — {{where}}.',
    noPosition: 'No se indica ninguna posición: se lee como pendiente — {{where}}.',
    unknownPosition: 'Posición desconocida «{{position}}»: se lee como pendiente — {{where}}.',
    otherPosition: 'La recomendación {{number}} vuelve a aparecer con otra posición ({{position}} en lugar de {{first}}); se conserva la primera — {{where}}.',
    otherText: 'La recomendación {{number}} vuelve a aparecer con otro texto; se conserva el primero — {{where}}.',
    noState: 'No hay ningún Estado recomendante entre paréntesis al final de la recomendación — {{where}}.'
  },
  records: {
    unknownSuR: 'Estado examinado no reconocido: «{{name}}»',
    unknownState: 'Estado recomendante no reconocido: «{{name}}» ({{count}}×); se conserva el nombre tal como figura.'
  },
  format: {
    empty: 'el archivo está vacío (0 bytes)',
    pdf: 'empieza con la firma PDF %PDF-',
    zipWord: 'un archivo ZIP con una carpeta word/ (Word .docx)',
    zipExcel: 'un archivo ZIP con una carpeta xl/ (Excel .xlsx)',
    zipOther: 'un archivo ZIP sin carpeta word/ ni xl/: no es un archivo de Word ni de Excel',
    encrypted: 'un archivo de Office protegido con contraseña (cifrado): guárdelo primero sin contraseña',
    oldWord: 'un archivo antiguo de Word .doc: guárdelo primero como .docx',
    xls: 'un archivo compuesto OLE (D0 CF 11 E0) que contiene un libro de Excel 97-2003',
    compoundOther: 'un archivo compuesto OLE (D0 CF 11 E0) sin flujo de libro de Excel',
    utf16: 'texto UTF-16, que no es compatible: guárdelo como CSV UTF-8 o texto sin formato (UTF-8)',
    binary: 'contenido binario que no es un PDF ni un archivo de Word, Excel o texto',
    binaryNamed: 'contenido binario que no es un PDF ni un archivo de Word, Excel o texto (con nombre .{{extension}})',
    xmlSpreadsheet: 'una hoja de cálculo XML/HTML de Excel guardada con un nombre .xls',
    delimitedExtension: 'un archivo de texto con la extensión .{{extension}}',
    textExtension: 'un archivo de texto con la extensión .txt',
    misnamedDelimited: 'con nombre .{{extension}}, pero su contenido es texto delimitado (CSV)',
    misnamedText: 'con nombre .{{extension}}, pero su contenido es texto sin formato',
    delimited: 'texto cuyas líneas se dividen en el mismo número de campos con «{{delimiter}}»',
    delimitedTab: 'texto cuyas líneas se dividen en el mismo número de campos con tabulaciones',
    plain: 'texto sin formato'
  },
  read: {
    'row-beyond-limit': 'este archivo parece dañado: su fila {{row}} supera el límite de Excel de {{limit}} filas.',
    'row-beyond-limit-xls': 'este archivo parece dañado: su fila {{row}} supera el límite de Excel 97-2003 de {{limit}} filas.',
    'column-beyond-limit': 'este archivo parece dañado: su columna {{column}} supera el límite de Excel de {{limit}} columnas.',
    'column-beyond-limit-xls': 'este archivo parece dañado: su columna {{column}} supera el límite de Excel 97-2003 de {{limit}} columnas.',
    'too-many-rows': 'este archivo tiene más de {{limit}} filas, el límite de Excel: está dañado o no es una exportación.',
    'too-many-cells': 'este archivo contiene más de {{limit}} celdas, más de las que UPR Desk lee de un archivo: está dañado o no es una exportación.',
    'too-many-paragraphs': 'este documento contiene más de {{limit}} párrafos y celdas de tabla, más de los que UPR Desk lee de un archivo.',
    'sheets-overlap': 'el archivo está dañado: dos de sus hojas reclaman los mismos registros.',
    'not-zip': 'no empieza con la firma ZIP «PK» de los archivos de Office.',
    'zip-incomplete': 'el archivo está dañado o truncado: no es un archivo ZIP completo (falta el directorio del final).',
    'zip-damaged': 'el archivo está dañado o truncado: {{detail}}.',
    zip64: 'el archivo es un ZIP64, que un documento de Office de este tamaño nunca necesita: está dañado o no es una exportación.',
    'zip-too-many-entries': 'el archivo contiene {{count}} partes, más de las {{limit}} que UPR Desk lee: está dañado o no es una exportación.',
    'entry-encrypted': 'su parte «{{entry}}» está cifrada: guarde primero el archivo sin contraseña.',
    'entry-method': 'su parte «{{entry}}» está comprimida con el método {{method}}, que los archivos de Office no usan: el archivo está dañado.',
    'entry-too-large':
      'su parte «{{entry}}» se descomprime en {{declaredMb}} MB, más de los {{limitMb}} MB que UPR Desk lee de una parte: está dañado o no es una exportación.',
    'entry-size-mismatch': 'este archivo parece dañado: su parte «{{entry}}» dice ocupar {{declared}} bytes descomprimida, pero contiene {{actual}}.',
    'entry-size-mismatch-more': 'este archivo parece dañado: su parte «{{entry}}» dice ocupar {{declared}} bytes descomprimida, pero contiene más.',
    'entry-size-undeclared':
      'este archivo parece dañado: su parte «{{entry}}» no indica su tamaño y se descomprime en más de {{limitMb}} MB, más de lo que UPR Desk lee de una parte.',
    'entry-damaged': 'el archivo está dañado o truncado: su parte «{{entry}}» no se puede descomprimir ({{detail}}).',
    'entry-missing': 'el archivo no tiene la parte «{{entry}}».',
    'unpacked-too-large': 'las partes de este archivo que UPR Desk necesita se descomprimen en más de {{limitMb}} MB: está dañado o no es una exportación.',
    'no-workbook-part':
      'el archivo es un ZIP sin parte de libro de Excel (xl/workbook.xml): no es un libro .xlsx (un libro binario .xlsb debe guardarse primero como .xlsx).',
    'workbook-damaged': 'el archivo está dañado o truncado ({{detail}}).',
    'no-worksheet': 'el libro no tiene ninguna hoja con celdas.',
    'cfb-too-short': 'el archivo está truncado: {{bytes}} bytes, menos que el encabezado de 512 bytes de un archivo de Excel 97-2003.',
    'cfb-sector-size': 'el archivo está dañado: tamaño de sector inesperado 2^{{shift}} en su encabezado.',
    'cfb-truncated':
      'el archivo está truncado: tiene {{bytes}} bytes, pero su estructura remite al sector {{sector}}, que termina en el byte {{endsAt}}. Descargue o copie de nuevo el archivo.',
    'cfb-fat-loop': 'el archivo está dañado: su tabla de asignación de sectores forma un bucle.',
    'cfb-chain-broken': 'el archivo está dañado: un flujo termina en medio de su cadena de sectores.',
    'cfb-chain-loop': 'el archivo está dañado: sus cadenas de sectores forman un bucle.',
    'cfb-stream-short': 'el archivo está truncado: un flujo debería contener {{declared}} bytes, pero solo hay {{available}}.',
    'no-workbook-stream': 'no contiene ningún flujo de libro de Excel: no es un archivo de Excel 97-2003.',
    'xls-encrypted': 'el libro está protegido con contraseña: guárdelo primero sin contraseña.',
    'xls-record-damaged': 'el archivo está dañado: su registro {{record}} en el byte {{offset}} del libro es ilegible ({{detail}}).',
    'xls-record-damaged-plain': 'el archivo está dañado: {{detail}}.',
    'xls-records-damaged': 'el archivo está dañado: {{detail}}.'
  },
  measuresFile: {
    tooLarge: '{{file}} ocupa {{size}} MB; un archivo de medidas puede ocupar como máximo {{max}} MB.',
    notSpreadsheet: '{{file}} no es un archivo CSV ni un libro de Excel: {{reason}}.',
    couldNotRead: 'No se pudo leer {{file}}: {{detail}}',
    noRows: 'El archivo no tiene filas.',
    noRowsInSheet: 'La hoja «{{sheet}}» no tiene filas.',
    tooManyColumns: 'La fila de encabezado tiene {{count}} columnas; un archivo de medidas tiene como máximo {{max}}.',
    tooManyRows: 'El archivo tiene más de {{max}} filas debajo del encabezado; importe como máximo {{max}} medidas a la vez.',
    tooManyRowsInSheet: 'La hoja «{{sheet}}» tiene más de {{max}} filas debajo del encabezado; importe como máximo {{max}} medidas a la vez.',
    cannotRead: 'No se puede leer el archivo: {{reason}}',
    unclosedQuote: 'Una celda entre comillas abierta en la línea {{line}} nunca se cierra: revise las comillas (") de esa línea.',
    csvTooManyRows: 'El archivo tiene {{count}} filas; importe como máximo {{max}} medidas a la vez.',
    notWorkbook: 'No se puede leer {{file}} como libro de Excel: {{reason}}',
    tooManyParts: '{{file}} contiene {{count}} partes; un libro de medidas tiene muchas menos. No se lee.',
    unpacksTooLarge: '{{file}} se descomprimiría en {{size}} MB, más de los {{max}} MB que puede contener un libro de medidas. No se lee.',
    tooManySheets: '{{file}} tiene {{count}} hojas; un libro de medidas tiene como máximo {{max}}.',
    noSheets: '{{file}} no tiene hojas.',
    emptySheet: 'La hoja «{{sheet}}» de {{file}} no tiene celdas.',
    sheetTooManyRows: 'La hoja «{{sheet}}» tiene {{count}} filas; importe como máximo {{max}} medidas a la vez.'
  },
  measures: {
    unknownColumn: 'La columna «{{header}}» no es una de las columnas de medidas: se ignora.',
    duplicateColumn: 'La columna {{column}} aparece dos veces (también en la columna {{first}}).',
    missingColumns_other: 'Faltan las columnas obligatorias {{columns}}. La fila de encabezado debe nombrar las columnas: {{all}} ({{required}} obligatorias).',
    missingColumns_one: 'Falta la columna obligatoria {{columns}}. La fila de encabezado debe nombrar las columnas: {{all}} ({{required}} obligatorias).',
    budgetColumnMissing: 'Falta la columna {{column}}: un presupuesto necesita budget_amount y budget_currency.',
    noMeasures: 'El archivo tiene una fila de encabezado pero ninguna medida debajo.',
    duplicateId: 'El identificador «{{id}}» ya se usa en la fila {{row}}: cada medida tiene su propio identificador.',
    textTooLong: 'El texto tiene {{length}} caracteres; se conservan como máximo {{max}}.',
    badId: '«{{id}}» no es un identificador utilizable: solo letras, cifras y . _ : -, como máximo 80, empezando por una letra o una cifra.',
    noTitle: 'El título está vacío: toda medida necesita uno.',
    badType: '«{{type}}» no es un tipo de medida: escriba uno de estos: {{types}}.',
    noType: 'El tipo está vacío: escriba uno de estos: {{types}}.',
    badStatus: '«{{status}}» no es un estado: escriba uno de estos: {{statuses}}.',
    notADate: '{{value}} no es una fecha.',
    dateFormat: '«{{value}}» no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2020-04-06.',
    notACalendarDay: '«{{value}}» no es un día del calendario.',
    endsBeforeInForce: 'La medida termina ({{ended}}) antes de entrar en vigor ({{inForce}}).',
    currencyWithoutAmount: 'Se indica una moneda ({{currency}}) pero ningún importe.',
    budgetNotAccepted: 'No se acepta el presupuesto: {{reason}}.',
    currencyNotAccepted: 'No se acepta la moneda: {{reason}}.',
    unknownRights_other: 'Derechos desconocidos: {{list}}. Use los identificadores o los nombres de la lista de referencia (véase la documentación de las columnas).',
    unknownRights_one: 'Derecho desconocido: {{list}}. Use los identificadores o los nombres de la lista de referencia (véase la documentación de las columnas).',
    unknownGroups_other: 'Grupos desconocidos: {{list}}. Use los identificadores o los nombres de la lista de referencia (véase la documentación de las columnas).',
    unknownGroups_one: 'Grupo desconocido: {{list}}. Use los identificadores o los nombres de la lista de referencia (véase la documentación de las columnas).',
    unknownSdgTargets_other: 'Metas de los ODS desconocidas: {{list}}. Use los identificadores o los nombres de la lista de referencia (véase la documentación de las columnas).',
    unknownSdgTargets_one: 'Meta de los ODS desconocida: {{list}}. Use los identificadores o los nombres de la lista de referencia (véase la documentación de las columnas).',
    notYesNo: '«{{value}}» no es sí (yes) ni no (no).',
    cannotLink: 'No se puede vincular: {{reason}}.'
  },
  money: {
    noCurrency: 'no se indica ninguna moneda',
    noCurrencyForAmount: 'no se indica ninguna moneda para el importe: escriba su código ISO 4217, por ejemplo EUR',
    withdrawn: '«{{code}}» ya no es un código ISO 4217 vigente (desde el {{since}}): use {{replacedBy}}',
    notIso: '«{{value}}» no es un código ISO 4217 (tres letras, como EUR o USD)',
    notActive: '«{{code}}» no es un código de moneda ISO 4217 vigente',
    notANumber: 'el importe no es un número',
    negative: 'el importe {{amount}} es negativo: un presupuesto es cero o más',
    negativeText: 'el importe «{{value}}» es negativo: un presupuesto es cero o más',
    noAmount: 'no se indica ningún importe',
    notAnAmount: '«{{value}}» no es un importe: escriba solo cifras, como 1200000 o 1,200,000.50, sin la moneda',
    tooLarge: '«{{value}}» es demasiado grande para ser un importe'
  },
  refs: {
    notInSession: 'la recomendación {{number}} de la sesión {{session}} no figura en el registro',
    notInRegister: 'la recomendación {{number}} no figura en el registro',
    inSeveralSessions: 'la recomendación {{number}} existe en las sesiones {{sessions}}: escríbala como {{latest}}',
    notAReference: '«{{value}}» no designa una recomendación: escriba la sesión y el número, por ejemplo UPR47 105.12'
  },
  place: {
    inSheet: '(hoja «{{sheet}}»)'
  }
}
