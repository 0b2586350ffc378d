/** English UI strings of the web app (`t('webApp.…')`): the prompt for a new version. French and Spanish files mirror this shape. */
export const webAppEn = {
  update: {
    ready: 'A new version is ready.',
    reload: 'Reload',
    waitingForSave: 'The new version will load once your work is saved.',
    reloading: 'Loading the new version…'
  }
}
