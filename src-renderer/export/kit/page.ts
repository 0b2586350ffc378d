/** A4 page geometry in twentieths of a point (twips), shared by every UPR Desk document. */
export type Orientation = 'portrait' | 'landscape'

export const A4_WIDTH = 11906
export const A4_HEIGHT = 16838
/** 2 cm margins left and right, 2.2 cm top and bottom (room for the letterhead and page numbers). */
export const MARGIN_SIDE = 1134
export const MARGIN_TOP_BOTTOM = 1247

/** The width text may use on a page of this orientation. */
export function textWidth(orientation: Orientation): number {
  return (orientation === 'portrait' ? A4_WIDTH : A4_HEIGHT) - 2 * MARGIN_SIDE
}
