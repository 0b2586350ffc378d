/**
 * UPR Info's issue categories, as its database tags recommendations. Source: UPR Info, "UPR Info's
 * Database: Issue categorisation" (October 2014), section 2, "Complete list of the issues tagged" (54
 * issues), and the distinct `Issue` values of UPR Info's 2015 database exports, which spell two issues
 * differently ("Detention", "Technical assistance and cooperation"): both spellings are listed.
 * The id is UPR Info's exact label, so importers map an `Issue` cell straight to an id.
 */

/** One UPR Info issue. */
export interface UprInfoIssue {
  /** UPR Info's exact label string. */
  id: string
  label: string
  /** For a second spelling of the same issue: the id of the spelling in the 2014 methodology list. */
  sameAs?: string
}

export const UPR_INFO_ISSUES: readonly UprInfoIssue[] = [
  { id: 'Asylum-seekers - refugees', label: 'Asylum-seekers - refugees' },
  { id: 'Civil society', label: 'Civil society' },
  { id: 'Corruption', label: 'Corruption' },
  { id: 'Counter-terrorism', label: 'Counter-terrorism' },
  { id: 'CP rights - general', label: 'CP rights - general' },
  { id: 'Death penalty', label: 'Death penalty' },
  { id: 'Detention conditions', label: 'Detention conditions' },
  { id: 'Detention', label: 'Detention', sameAs: 'Detention conditions' },
  { id: 'Development', label: 'Development' },
  { id: 'Disabilities', label: 'Disabilities' },
  { id: 'Elections', label: 'Elections' },
  { id: 'Enforced disappearances', label: 'Enforced disappearances' },
  { id: 'Environment', label: 'Environment' },
  { id: 'ESC rights - general', label: 'ESC rights - general' },
  { id: 'Extrajudicial executions', label: 'Extrajudicial executions' },
  { id: 'Freedom of association and peaceful assembly', label: 'Freedom of association and peaceful assembly' },
  { id: 'Freedom of movement', label: 'Freedom of movement' },
  { id: 'Freedom of opinion and expression', label: 'Freedom of opinion and expression' },
  { id: 'Freedom of religion and belief', label: 'Freedom of religion and belief' },
  { id: 'Freedom of the press', label: 'Freedom of the press' },
  { id: 'General', label: 'General' },
  { id: 'HIV - Aids', label: 'HIV - Aids' },
  { id: 'Human rights defenders', label: 'Human rights defenders' },
  { id: 'Human rights education and training', label: 'Human rights education and training' },
  { id: 'Human rights violations by state agents', label: 'Human rights violations by state agents' },
  { id: 'Impunity', label: 'Impunity' },
  { id: 'Indigenous peoples', label: 'Indigenous peoples' },
  { id: 'Internally displaced persons', label: 'Internally displaced persons' },
  { id: 'International humanitarian law', label: 'International humanitarian law' },
  { id: 'International instruments', label: 'International instruments' },
  { id: 'Justice', label: 'Justice' },
  { id: 'Labour', label: 'Labour' },
  { id: 'Migrants', label: 'Migrants' },
  { id: 'Minorities', label: 'Minorities' },
  { id: 'National plan of action', label: 'National plan of action' },
  { id: 'NHRI', label: 'NHRI' },
  { id: 'Other', label: 'Other' },
  { id: 'Poverty', label: 'Poverty' },
  { id: 'Public security', label: 'Public security' },
  { id: 'Racial discrimination', label: 'Racial discrimination' },
  { id: 'Right to education', label: 'Right to education' },
  { id: 'Right to food', label: 'Right to food' },
  { id: 'Right to health', label: 'Right to health' },
  { id: 'Right to housing', label: 'Right to housing' },
  { id: 'Right to land', label: 'Right to land' },
  { id: 'Right to water', label: 'Right to water' },
  { id: 'Rights of the Child', label: 'Rights of the Child' },
  { id: 'Sexual Orientation and Gender Identity', label: 'Sexual Orientation and Gender Identity' },
  { id: 'Special procedures', label: 'Special procedures' },
  { id: 'Technical assistance', label: 'Technical assistance' },
  { id: 'Technical assistance and cooperation', label: 'Technical assistance and cooperation', sameAs: 'Technical assistance' },
  { id: 'Torture and other CID treatment', label: 'Torture and other CID treatment' },
  { id: 'Trafficking', label: 'Trafficking' },
  { id: 'Treaty bodies', label: 'Treaty bodies' },
  { id: 'UPR process', label: 'UPR process' },
  { id: "Women's rights", label: "Women's rights" }
]
