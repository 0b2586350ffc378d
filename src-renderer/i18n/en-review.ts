/** English UI strings of the review area (`t('review.…')`). French and Spanish files mirror this shape. */
export const reviewEn = {}
