/** What the shell and Settings use from the sync area (its pages load on their own). */
export { SyncNavItems } from './SyncNavItems'
export { SyncSettingsSection } from './SyncSettingsSection'
export { SyncStatusIndicator } from './SyncStatusIndicator'
