/** English UI strings of the dataSafety area (`t('dataSafety.…')`). French and Spanish files mirror this shape. */
export const dataSafetyEn = {}
