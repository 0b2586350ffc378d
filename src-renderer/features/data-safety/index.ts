/** What other parts of the app use from the Data and backups area (its page loads on its own). */
export { DataSafetyNotices } from './DataSafetyNotices'
