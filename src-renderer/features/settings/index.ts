/** What the first-run setup uses from Settings (its page loads on its own). */
export { InterfaceLanguagePicker } from './InterfaceLanguagePicker'
export { MissionProfileForm } from './MissionProfileForm'
