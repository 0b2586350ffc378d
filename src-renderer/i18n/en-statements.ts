/** English UI strings of the statements area (`t('statements.…')`). French and Spanish files mirror this shape. */
export const statementsEn = {}
