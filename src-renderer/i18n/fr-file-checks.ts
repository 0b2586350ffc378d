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
  archiveTooLarge: 'Cette archive n’a pas été ouverte : {{problem}} Rien n’a été modifié.'
}
