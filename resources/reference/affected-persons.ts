/**
 * Groups of persons a recommendation or measure concerns: the OHCHR Universal Human Rights Index
 * (UHRI) "affected persons" list, plus the groups the "Recover Better through the UPR" event named that
 * UHRI lacks. `aliases` holds the label variants found in OHCHR thematic matrices and UHRI exports, so
 * importers can map them (matching is case-insensitive).
 */

/** One group of persons, as a tag. */
export interface AffectedPersons {
  /** Stable kebab-case id, stored in records. */
  id: string
  label: string
  source: 'uhri' | 'recover-better'
  /** Other labels for the same group in OHCHR material. */
  aliases?: string[]
}

export const AFFECTED_PERSONS: readonly AffectedPersons[] = [
  { id: 'children', label: 'Children', source: 'uhri' },
  {
    id: 'children-in-vulnerable-situations',
    label: 'Children in vulnerable situations',
    source: 'uhri',
    aliases: ['Children in vulnerable situations (abused, living on the street, institutionalized, indigenous, migrant children etc.)']
  },
  { id: 'girls', label: 'Girls', source: 'uhri' },
  { id: 'women', label: 'Women', source: 'uhri' },
  { id: 'rural-women', label: 'Rural women', source: 'uhri' },
  { id: 'youth', label: 'Youth', source: 'uhri' },
  { id: 'older-persons', label: 'Older persons', source: 'uhri' },
  { id: 'persons-with-disabilities', label: 'Persons with disabilities', source: 'uhri' },
  {
    id: 'persons-deprived-of-liberty',
    label: 'Persons deprived of their liberty',
    source: 'uhri',
    aliases: ['Persons deprived of their liberty & detainees']
  },
  { id: 'migrants', label: 'Migrants', source: 'uhri', aliases: ['Migrants & domestic workers'] },
  {
    id: 'refugees-and-asylum-seekers',
    label: 'Refugees and asylum-seekers',
    source: 'uhri',
    aliases: ['Refugees & asylum seekers']
  },
  { id: 'internally-displaced-persons', label: 'Internally displaced persons', source: 'uhri' },
  { id: 'stateless-persons', label: 'Stateless persons', source: 'uhri' },
  { id: 'non-citizens', label: 'Non-citizens', source: 'uhri' },
  {
    id: 'minorities',
    label: 'Minorities',
    source: 'uhri',
    aliases: ['Minorities/ racial, ethnic, linguistic, religious or descent-based groups', 'Members of minorities']
  },
  {
    id: 'roma-gypsies-sinti-travellers',
    label: 'Roma, Gypsies, Sinti and Travellers',
    source: 'uhri',
    aliases: ['Roma, Gypsies, Sinti & Travellers']
  },
  { id: 'indigenous-peoples', label: 'Indigenous peoples', source: 'uhri' },
  {
    id: 'lgbti-persons',
    label: 'LGBTI persons',
    source: 'uhri',
    aliases: [
      'Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)',
      'Lesbian, gay, bisexual, transgender and intersex persons (LGBTI)'
    ]
  },
  { id: 'persons-living-in-poverty', label: 'Persons living in poverty', source: 'uhri' },
  { id: 'persons-living-in-rural-areas', label: 'Persons living in rural areas', source: 'uhri' },
  { id: 'persons-living-with-hiv-aids', label: 'Persons living with HIV/AIDS', source: 'uhri' },
  { id: 'disappeared-persons', label: 'Disappeared persons', source: 'uhri' },
  { id: 'human-rights-defenders', label: 'Human rights defenders', source: 'uhri' },
  { id: 'civil-society', label: 'Civil society', source: 'uhri' },
  { id: 'media', label: 'Media', source: 'uhri' },
  { id: 'judges-lawyers-prosecutors', label: 'Judges, lawyers and prosecutors', source: 'uhri' },
  {
    id: 'law-enforcement-officials',
    label: 'Law enforcement officials',
    source: 'uhri',
    aliases: ['Law enforcement / police & prison officials']
  },
  { id: 'medical-staff', label: 'Medical staff', source: 'uhri' },
  { id: 'educational-staff', label: 'Educational staff', source: 'uhri', aliases: ['Educational staff & students'] },
  { id: 'public-officials', label: 'Public officials', source: 'uhri' },
  { id: 'vulnerable-persons', label: 'Vulnerable persons/groups', source: 'uhri' },
  { id: 'general', label: 'General', source: 'uhri' },
  // Groups the pandemic hit hardest that UHRI does not list on their own.
  { id: 'health-workers', label: 'Health workers', source: 'recover-better' },
  {
    id: 'essential-workers',
    label: 'Essential workers (sanitation and others)',
    source: 'recover-better'
  },
  { id: 'persons-in-informal-settlements', label: 'Persons in informal settlements', source: 'recover-better' }
]
