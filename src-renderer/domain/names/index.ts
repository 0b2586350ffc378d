/** Names and labels in the document's or the interface's language: States with their grammar, taxonomies, sorting. */
export { agreeInNumber, agreeWithState, capitalise, stateGrammar, stateName, stateNamesInAllLanguages, statePronoun, type AgreementForms, type StateGrammar, type StateNameForm } from './state-names'
export { hasLabel, labelOf, labelsInAllLanguages, type LabelKind } from './labels'
export { collatorFor, localeOf, sortByText } from './collation'
