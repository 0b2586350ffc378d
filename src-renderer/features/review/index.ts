/** What other areas (Other reviews, the dashboard) use from the review area (its page loads on its own). */
export { SessionDatesForm } from './SessionDatesForm'
export { DOCX_FILTERS, ICS_FILTERS, saveExport } from './save-export'
export { messagesByField, saveFailedMessage } from './problems'
