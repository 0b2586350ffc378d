/**
 * OHCHR Universal Human Rights Index (UHRI) themes, for tagging recommendations and measures. Labels
 * come from three places: the themes named in DOMAIN.md (UHRI's current wording), the OHCHR "Thematic
 * list of recommendations" matrices for Slovenia (UPR 20, 2014, with the old UHRI codes such as "E41";
 * UPR 34, 2019), and, for the rest, UHRI's theme list as commonly seen in its exports. `aliases` keeps
 * the other spellings OHCHR used, with and without the code, so importers can map them (compare them
 * case-insensitively); a label not found here should be kept as free text, not dropped.
 */

/** One UHRI theme. */
export interface UhriTheme {
  /** Stable kebab-case id, stored in records. */
  id: string
  label: string
  /** The old UHRI code (2014-2020 lists), where an OHCHR document shows it. */
  code?: string
  /** Other labels for the same theme in OHCHR material. */
  aliases?: string[]
}

export const UHRI_THEMES: readonly UhriTheme[] = [
  // Scope of obligations and cooperation.
  {
    id: 'ratification-of-international-instruments',
    label: 'Ratification of and accession to international instruments',
    code: 'A12',
    aliases: ['Acceptance of international norms', 'A12 Acceptance of international norms']
  },
  { id: 'scope-of-international-obligations', label: 'Scope of international obligations' },
  {
    id: 'cooperation-with-treaty-bodies',
    label: 'Cooperation with treaty bodies',
    code: 'A22',
    aliases: ['Cooperation & Follow up with Treaty Bodies', 'A22 Cooperation with treaty bodies']
  },
  { id: 'cooperation-with-special-procedures', label: 'Cooperation with special procedures' },
  {
    id: 'cooperation-with-other-mechanisms',
    label: 'Cooperation with other international mechanisms and institutions'
  },
  { id: 'follow-up-to-upr', label: 'Follow-up to the Universal Periodic Review' },
  { id: 'national-mechanism-for-reporting-and-follow-up', label: 'National mechanism for reporting and follow-up' },
  { id: 'inter-state-cooperation', label: 'Inter-State cooperation & development or humanitarian assistance' },
  // National framework.
  {
    id: 'constitutional-and-legislative-framework',
    label: 'Constitutional and legislative framework',
    code: 'A41',
    aliases: ['Constitutional & legislative framework', 'A41 Constitutional and legislative framework']
  },
  { id: 'legal-institutional-and-policy-framework', label: 'Legal, institutional & policy framework' },
  {
    id: 'institutions-and-policies',
    label: 'Institutions & policies - General',
    code: 'A42',
    aliases: ['A42 Institutions & policies - General']
  },
  { id: 'human-rights-policies', label: 'Human rights policies', code: 'A43', aliases: ['A43 Human rights policies'] },
  {
    id: 'national-human-rights-institution',
    label: 'National human rights institution',
    code: 'A45',
    aliases: ['National Human Rights Institution (NHRI)', 'A45 National Human Rights Institution (NHRI)']
  },
  { id: 'national-plans-of-action', label: 'National Plans of Action on Human Rights (or specific areas)' },
  {
    id: 'human-rights-education',
    label: 'Human rights education, trainings and awareness raising',
    code: 'A5',
    aliases: ['Human rights education, trainings & awareness raising', 'A5 Human rights education, trainings and awareness raising', 'A51 Human rights education - general']
  },
  {
    id: 'budget-and-resources',
    label: 'Budget & resources (for human rights implementation)',
    aliases: ['Budget &resources (for human rights implementation)']
  },
  { id: 'statistics-and-indicators', label: 'Statistics, indicators & disaggregated data' },
  {
    id: 'cooperation-with-civil-society',
    label: 'Cooperation and meaningful consultation with civil society & participation'
  },
  // Cross-cutting.
  {
    id: 'equality-and-non-discrimination',
    label: 'Equality & non-discrimination',
    code: 'B31',
    aliases: ['B31 Equality & non-discrimination']
  },
  { id: 'racial-discrimination', label: 'Racial discrimination', code: 'B32', aliases: ['B32 Racial discrimination'] },
  { id: 'right-to-development', label: 'Right to development' },
  { id: 'human-rights-and-environment', label: 'Human rights & the environment' },
  { id: 'human-rights-and-climate-change', label: 'Human rights & climate change' },
  { id: 'business-and-human-rights', label: 'Business & human rights' },
  {
    id: 'right-to-effective-remedy',
    label: 'Right to an effective remedy',
    code: 'B51',
    aliases: ['Right to effective remedy & reparations', 'B51 Right to an effective remedy']
  },
  { id: 'impunity-and-transparency', label: 'Impunity & transparency' },
  { id: 'good-governance-and-corruption', label: 'Good governance & corruption' },
  { id: 'human-rights-and-counter-terrorism', label: 'Human rights & counter-terrorism' },
  {
    id: 'international-criminal-and-humanitarian-law',
    label: 'International criminal & humanitarian law (including crimes against humanity, war crimes, genocide)'
  },
  { id: 'right-to-self-determination', label: 'Right to self-determination' },
  // Civil and political rights.
  { id: 'civil-political-rights-general', label: 'Civil & political rights - general measures of implementation' },
  { id: 'right-to-life', label: 'Right to life' },
  { id: 'death-penalty', label: 'Death penalty' },
  { id: 'extrajudicial-executions', label: 'Extrajudicial, summary or arbitrary executions' },
  { id: 'prohibition-of-torture', label: 'Prohibition of torture & cruel, inhuman or degrading treatment' },
  { id: 'enforced-disappearances', label: 'Enforced disappearances' },
  { id: 'conditions-of-detention', label: 'Conditions of detention' },
  { id: 'arbitrary-arrest-and-detention', label: 'Arbitrary arrest & detention' },
  { id: 'liberty-and-security-of-the-person', label: 'Liberty and security of the person' },
  {
    id: 'prohibition-of-slavery-and-trafficking',
    label: 'Prohibition of slavery, trafficking',
    code: 'D27',
    aliases: ['D27 Prohibition of slavery, trafficking']
  },
  { id: 'domestic-violence', label: 'Domestic violence', code: 'D29', aliases: ['D29 Domestic violence'] },
  { id: 'freedom-of-movement', label: 'Freedom of movement' },
  { id: 'freedom-of-thought-conscience-and-religion', label: 'Freedom of thought, conscience and religion' },
  {
    id: 'freedom-of-opinion-and-expression',
    label: 'Freedom of opinion & expression & right to information',
    code: 'D43',
    aliases: ['Freedom of opinion and expression', 'D43 Freedom of opinion and expression']
  },
  { id: 'freedom-of-peaceful-assembly', label: 'Freedom of peaceful assembly' },
  { id: 'freedom-of-association', label: 'Freedom of association' },
  { id: 'participation-in-public-affairs', label: 'Right to participate in public affairs & right to vote' },
  {
    id: 'administration-of-justice',
    label: 'Administration of justice & fair trial',
    code: 'D51',
    aliases: ['D51 Administration of justice & fair trial']
  },
  { id: 'right-to-privacy', label: 'Right to private life, privacy' },
  {
    id: 'marriage-and-family',
    label: 'Rights related to marriage & family',
    code: 'D8',
    aliases: ['D8 Rights related to marriage & family']
  },
  {
    id: 'name-identity-and-nationality',
    label: 'Rights related to name, identity & nationality',
    code: 'D6',
    aliases: ['D6 Rights related to name, identity, nationality']
  },
  { id: 'human-rights-defenders', label: 'Human rights defenders' },
  { id: 'support-to-victims-and-witnesses', label: 'Support to victims & witnesses' },
  // Economic, social and cultural rights.
  {
    id: 'esc-rights-general',
    label: 'Economic, social & cultural rights - general measures of implementation',
    code: 'E1',
    aliases: ['E1 Economic, social & cultural rights - general measures of implementation']
  },
  {
    id: 'adequate-standard-of-living',
    label: 'Right to an adequate standard of living',
    code: 'E21',
    aliases: ['E21 Right to an adequate standard of living - general']
  },
  { id: 'right-to-food', label: 'Right to food' },
  {
    id: 'right-to-adequate-housing',
    label: 'Right to adequate housing',
    code: 'E23',
    aliases: ['E23 Right to adequate housing']
  },
  {
    id: 'human-rights-and-poverty',
    label: 'Human rights and poverty',
    code: 'E25',
    aliases: ['Human rights & poverty', 'E25 Human rights & poverty']
  },
  {
    id: 'safe-drinking-water-and-sanitation',
    label: 'Safe drinking water and sanitation',
    code: 'E26',
    aliases: ['Human Rights & drinking water & sanitation', 'E26 Human Rights & drinking water and sanitation']
  },
  {
    id: 'labour-rights-and-right-to-work',
    label: 'Labour rights and right to work',
    aliases: ['Right to work and to just & favorable conditions of work & labour rights']
  },
  { id: 'trade-union-rights', label: 'Trade union rights', code: 'E33', aliases: ['E33 Trade union rights'] },
  { id: 'right-to-social-security', label: 'Right to social security' },
  { id: 'right-to-health', label: 'Right to health', code: 'E41', aliases: ['E41 Right to health - General'] },
  { id: 'sexual-and-reproductive-health', label: 'Access to sexual & reproductive health & services' },
  { id: 'right-to-education', label: 'Right to education' },
  { id: 'cultural-rights', label: 'Cultural rights' },
  // Women.
  { id: 'advancement-of-women', label: 'Advancement of women' },
  {
    id: 'discrimination-against-women',
    label: 'Discrimination against women',
    code: 'F12',
    aliases: ['F12 Discrimination against women']
  },
  {
    id: 'violence-against-women',
    label: 'Violence against women',
    code: 'F13',
    aliases: ['F13 Violence against women']
  },
  { id: 'gender-based-violence', label: 'Sexual & other forms of gender-based violence' },
  { id: 'participation-of-women', label: 'Participation of women in political & public life' },
  // Children.
  {
    id: 'children-general-principles',
    label: 'Children: definition; general principles; protection',
    code: 'F31',
    aliases: ['F31 Children: definition', ' general principles', ' protection']
  },
  { id: 'children-family-environment', label: 'Children: family environment and alternative care' },
  { id: 'children-protection-against-exploitation', label: 'Children: protection against exploitation' },
  { id: 'juvenile-justice', label: 'Juvenile justice' },
  // Persons with disabilities.
  { id: 'persons-with-disabilities', label: 'Persons with disabilities' },
  {
    id: 'disabilities-general-principles',
    label: 'Persons with disabilities: definition, general principles',
    code: 'F41',
    aliases: ['F41 Persons with disabilities: definition, general principles']
  },
  {
    id: 'disabilities-accessibility',
    label: 'Persons with disabilities: accessibility, mobility',
    code: 'F42',
    aliases: ['F42 Persons with disabilities: accessibility, mobility']
  },
  { id: 'disabilities-independence-and-inclusion', label: 'Persons with disabilities: independence, inclusion' },
  {
    id: 'disabilities-integrity-of-the-person',
    label: 'Persons with disabilities: protecting the integrity of the person'
  },
  {
    id: 'disabilities-protection-against-violence',
    label: 'Persons with disabilities: protection against exploitation, violence & abuse'
  },
  {
    id: 'disabilities-situations-of-risk',
    label: 'Persons with disabilities: protection and safety in situations of risk'
  },
  // Other groups.
  { id: 'members-of-minorities', label: 'Members of minorities', code: 'G1', aliases: ['G1 Members of minorities'] },
  {
    id: 'lgbti-persons',
    label: 'Lesbian, gay, bisexual, transgender and intersex persons (LGBTI)',
    code: 'G2',
    aliases: ['Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)', 'G2 Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)']
  },
  { id: 'indigenous-peoples', label: 'Indigenous peoples' },
  { id: 'migrants', label: 'Migrants', code: 'G4', aliases: ['G4 Migrants'] },
  { id: 'refugees-and-asylum-seekers', label: 'Refugees & asylum seekers' },
  { id: 'internally-displaced-persons', label: 'Internally displaced persons' },
  { id: 'stateless-persons', label: 'Stateless persons' },
  { id: 'older-persons', label: 'Older persons' },
  { id: 'hiv-aids', label: 'HIV/AIDS' }
]
