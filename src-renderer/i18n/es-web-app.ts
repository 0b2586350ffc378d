import type { Translation } from './index'
import type { webAppEn } from './en-web-app'

/** Spanish strings of the web app (`t('webApp.…')`): the prompt for a new version. */
export const webAppEs: Translation<typeof webAppEn> = {
  update: {
    ready: 'Hay una nueva versión lista.',
    reload: 'Recargar',
    waitingForSave: 'La nueva versión se cargará en cuanto se guarde su trabajo.',
    reloading: 'Cargando la nueva versión…'
  }
}
