import type { Translation } from './index'
import type { fileChecksEn } from './en-file-checks'

/** French strings of the budgets every file is read within. */
export const fileChecksFr: Translation<typeof fileChecksEn> = {
  cancel: 'Annuler',
  cancelling: 'Annulation…',
  committing: 'Enregistrement des données (il ne peut plus être annulé)…',
  reading: 'Lecture de {{name}}…',
  cancelled: 'Importation annulée : rien n’a été enregistré.',
  readCancelled: 'Annulé : {{name}} n’a pas été lu, et rien n’a été modifié.',
  timedOut: 'UPR Desk a cessé de lire {{name}} après {{seconds}} secondes : le fichier est plus volumineux qu’un document de l’EPU ne peut l’être, ou il est endommagé. Rien n’a été enregistré.',
  storeTimedOut: 'L’enregistrement a duré plus de {{seconds}} secondes, UPR Desk l’a donc interrompu : rien n’a été enregistré. Réessayez, ou importez un fichier plus petit.',
  outOfMemory: '{{name}} demande plus de mémoire qu’UPR Desk n’en accorde à un fichier : il est plus volumineux qu’un document de l’EPU ne peut l’être, ou il est endommagé. Rien n’a été enregistré.',
  crashed: 'La lecture de {{name}} s’est arrêtée de façon inattendue ({{detail}}). Rien n’a été enregistré ; le reste d’UPR Desk n’est pas touché.',
  failed: '{{name}} n’a pas pu être lu : {{message}}',
  archiveRecord: 'Cette archive n’a pas été ouverte : l’enregistrement {{id}} de la table {{table}} a un champ « {{field}} » non valide ({{problem}}). Rien n’a été modifié.',
  archiveRecordNoField: 'Cette archive n’a pas été ouverte : l’enregistrement {{id}} de la table {{table}} n’est pas valide ({{problem}}). Rien n’a été modifié.',
  archiveTooLarge: 'Cette archive n’a pas été ouverte : {{problem}} Rien n’a été modifié.',
  problems: {
    missing: 'il est absent ou vide',
    type: 'sa valeur n’est pas du bon type',
    'too-long': 'il dépasse {{limit, number}} caractères',
    'too-many': 'il compte plus de {{limit, number}} éléments',
    'out-of-range': 'son nombre est hors des limites',
    value: 'sa valeur n’est pas une valeur connue d’UPR Desk',
    date: 'ce n’est pas une date (AAAA-MM-JJ)',
    instant: 'ce n’est pas une date et une heure',
    format: 'il n’est pas écrit comme UPR Desk l’écrit',
    link: 'ce n’est pas un lien https',
    characters: 'il contient des caractères de contrôle ou de sens d’écriture invisibles, qui peuvent déguiser un nom de fichier',
    'media-type': 'l’emblème doit être une image PNG, JPEG, GIF ou BMP, et son contenu doit en être une',
    size: 'sa taille ne correspond pas à son contenu, ou dépasse {{limit, number}} octets'
  },
  sizes: {
    'file-bytes': 'elle fait {{declared, number}} octets, plus que les {{limit, number}} qu’UPR Desk ouvre.',
    'content-bytes': 'elle se décompresserait en {{declared, number}} octets, plus que les {{limit, number}} qu’UPR Desk ouvre.',
    'table-records': 'elle annonce {{declared, number}} {{table}}, plus que les {{limit, number}} qu’UPR Desk ouvre.',
    records: 'elle annonce {{declared, number}} enregistrements, plus que les {{limit, number}} qu’UPR Desk ouvre.'
  }
}
