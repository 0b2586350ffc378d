import type { Translation } from './index'
import type { webAppEn } from './en-web-app'

/** French strings of the web app (`t('webApp.…')`): the prompt for a new version. */
export const webAppFr: Translation<typeof webAppEn> = {
  update: {
    ready: 'Une nouvelle version est prête.',
    reload: 'Recharger',
    waitingForSave: 'La nouvelle version se chargera dès que votre travail sera enregistré.',
    reloading: 'Chargement de la nouvelle version…'
  }
}
