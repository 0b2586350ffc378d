/**
 * Rights a COVID-19 recovery measure (or a recommendation) can concern: the economic, social and
 * cultural rights the "Recover Better through the UPR" event (UPR Info and OHCHR, December 2020) put
 * first, and the civil and political rights that lockdowns restricted. Labels follow the wording of the
 * ICESCR, the ICCPR and OHCHR's UHRI themes; see DOMAIN.md, "COVID-19 recovery measures".
 */

/** One right, as a tag. */
export interface Right {
  /** Stable kebab-case id, stored in records. */
  id: string
  label: string
  kind: 'esc' | 'civil-political'
}

export const RIGHTS: readonly Right[] = [
  // Economic, social and cultural rights.
  { id: 'health', label: 'Right to health', kind: 'esc' },
  { id: 'education', label: 'Right to education', kind: 'esc' },
  { id: 'work', label: 'Right to work', kind: 'esc' },
  { id: 'just-conditions-of-work', label: 'Right to just and favourable conditions of work', kind: 'esc' },
  { id: 'trade-union-rights', label: 'Trade union rights', kind: 'esc' },
  { id: 'social-security', label: 'Right to social security', kind: 'esc' },
  { id: 'protection-of-family', label: 'Protection of the family, mothers and children', kind: 'esc' },
  { id: 'adequate-standard-of-living', label: 'Right to an adequate standard of living', kind: 'esc' },
  { id: 'food', label: 'Right to food', kind: 'esc' },
  { id: 'adequate-housing', label: 'Right to adequate housing', kind: 'esc' },
  { id: 'water-and-sanitation', label: 'Right to safe drinking water and sanitation', kind: 'esc' },
  { id: 'healthy-environment', label: 'Right to a clean, healthy and sustainable environment', kind: 'esc' },
  { id: 'cultural-life', label: 'Right to take part in cultural life', kind: 'esc' },
  { id: 'scientific-progress', label: 'Right to enjoy the benefits of scientific progress', kind: 'esc' },
  // Civil and political rights restricted during lockdowns.
  { id: 'freedom-of-movement', label: 'Freedom of movement', kind: 'civil-political' },
  {
    id: 'freedom-of-assembly-and-association',
    label: 'Freedom of peaceful assembly and of association',
    kind: 'civil-political'
  },
  { id: 'privacy', label: 'Right to privacy', kind: 'civil-political' },
  {
    id: 'freedom-of-expression-and-information',
    label: 'Freedom of opinion and expression and right to information',
    kind: 'civil-political'
  }
]
