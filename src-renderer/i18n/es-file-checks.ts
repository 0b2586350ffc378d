import type { Translation } from './index'
import type { fileChecksEn } from './en-file-checks'

/** Spanish strings of the budgets every file is read within. */
export const fileChecksEs: Translation<typeof fileChecksEn> = {
  cancel: 'Cancelar',
  cancelling: 'Cancelando…',
  committing: 'Guardando los registros (ya no se puede cancelar)…',
  reading: 'Leyendo {{name}}…',
  cancelled: 'Importación cancelada: no se guardó nada.',
  readCancelled: 'Cancelado: {{name}} no se leyó y no se modificó nada.',
  timedOut: 'UPR Desk dejó de leer {{name}} tras {{seconds}} segundos: el archivo es más grande de lo que puede ser un documento del EPU, o está dañado. No se guardó nada.',
  storeTimedOut: 'El guardado tardó más de {{seconds}} segundos, así que UPR Desk lo detuvo: no se guardó nada. Vuelva a intentarlo o importe un archivo más pequeño.',
  outOfMemory: '{{name}} necesita más memoria de la que UPR Desk concede a un archivo: es más grande de lo que puede ser un documento del EPU, o está dañado. No se guardó nada.',
  crashed: 'La lectura de {{name}} se detuvo de forma inesperada ({{detail}}). No se guardó nada; el resto de UPR Desk no se ve afectado.',
  failed: 'No se pudo leer {{name}}: {{message}}',
  archiveRecord: 'Este archivo no se abrió: el registro {{id}} de la tabla {{table}} tiene un campo «{{field}}» no válido ({{problem}}). No se modificó nada.',
  archiveRecordNoField: 'Este archivo no se abrió: el registro {{id}} de la tabla {{table}} no es válido ({{problem}}). No se modificó nada.',
  archiveTooLarge: 'Este archivo no se abrió: {{problem}} No se modificó nada.',
  problems: {
    missing: 'falta o está vacío',
    type: 'contiene un valor del tipo equivocado',
    'too-long': 'tiene más de {{limit, number}} caracteres',
    'too-many': 'enumera más de {{limit, number}} elementos',
    'out-of-range': 'su número está fuera de los límites',
    value: 'su valor no es uno que UPR Desk conozca',
    date: 'no es una fecha (AAAA-MM-DD)',
    instant: 'no es una fecha y hora',
    format: 'no está escrito como lo escribe UPR Desk',
    link: 'no es un enlace https',
    characters: 'contiene caracteres de control o de dirección del texto invisibles, que pueden disfrazar un nombre de archivo',
    'media-type': 'el emblema debe ser una imagen PNG, JPEG, GIF o BMP, y su contenido debe serlo',
    size: 'su tamaño no coincide con su contenido, o supera {{limit, number}} bytes'
  },
  sizes: {
    'file-bytes': 'ocupa {{declared, number}} bytes, más de los {{limit, number}} que abre UPR Desk.',
    'content-bytes': 'se descomprimiría en {{declared, number}} bytes, más de los {{limit, number}} que abre UPR Desk.',
    'table-records': 'anuncia {{declared, number}} {{table}}, más de los {{limit, number}} que abre UPR Desk.',
    records: 'anuncia {{declared, number}} registros, más de los {{limit, number}} que abre UPR Desk.'
  }
}
