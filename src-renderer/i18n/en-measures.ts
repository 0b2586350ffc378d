/** English UI strings of the measures area (`t('measures.…')`). French and Spanish files mirror this shape. */
export const measuresEn = {}
