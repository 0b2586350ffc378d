/**
 * The 193 UN Member States and the 2 non-member observer States, with their UN regional group and the
 * name variants found in UPR documents and exports (UPR Info, OHCHR UHRI and matrices, Working Group
 * reports). Sources: UN "Member States" list (UN short names, including the 2022-2023 renamings
 * Türkiye and "Netherlands (Kingdom of the)"), UN DGACM list of regional groups, ISO 3166-1 alpha-3.
 *
 * Aliases list real variants only: spelling that differs in more than case, accents, punctuation,
 * "the", "&" for "and", "St" for "Saint" or bracket order, which `normaliseStateName` already folds.
 */

/** The five UN regional groups (Human Rights Council seats and UPR statistics use them). */
export type RegionalGroup =
  | 'African'
  | 'Asia-Pacific'
  | 'Eastern European'
  | 'Latin American and Caribbean'
  | 'Western European and others'

/** A State as the app knows it. */
export interface StateEntry {
  /** UN short name, e.g. "Türkiye", "Venezuela (Bolivarian Republic of)". */
  name: string
  /** ISO 3166-1 alpha-3 code. */
  iso3: string
  /** UN regional group; null only where a State sits in no group (see the entry's comment). */
  region: RegionalGroup | null
  status: 'member' | 'observer'
  /** Other names the State goes by in UPR material (former names, short forms, inverted forms). */
  aliases: string[]
}

export const STATES: readonly StateEntry[] = [
  { name: 'Afghanistan', iso3: 'AFG', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Albania', iso3: 'ALB', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Algeria', iso3: 'DZA', region: 'African', status: 'member', aliases: [] },
  { name: 'Andorra', iso3: 'AND', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Angola', iso3: 'AGO', region: 'African', status: 'member', aliases: [] },
  { name: 'Antigua and Barbuda', iso3: 'ATG', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Argentina', iso3: 'ARG', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Armenia', iso3: 'ARM', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Australia', iso3: 'AUS', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Austria', iso3: 'AUT', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Azerbaijan', iso3: 'AZE', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Bahamas', iso3: 'BHS', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Bahrain', iso3: 'BHR', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Bangladesh', iso3: 'BGD', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Barbados', iso3: 'BRB', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Belarus', iso3: 'BLR', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Belgium', iso3: 'BEL', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Belize', iso3: 'BLZ', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Benin', iso3: 'BEN', region: 'African', status: 'member', aliases: [] },
  { name: 'Bhutan', iso3: 'BTN', region: 'Asia-Pacific', status: 'member', aliases: [] },
  {
    name: 'Bolivia (Plurinational State of)',
    iso3: 'BOL',
    region: 'Latin American and Caribbean',
    status: 'member',
    aliases: ['Bolivia']
  },
  { name: 'Bosnia and Herzegovina', iso3: 'BIH', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Botswana', iso3: 'BWA', region: 'African', status: 'member', aliases: [] },
  { name: 'Brazil', iso3: 'BRA', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Brunei Darussalam', iso3: 'BRN', region: 'Asia-Pacific', status: 'member', aliases: ['Brunei'] },
  { name: 'Bulgaria', iso3: 'BGR', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Burkina Faso', iso3: 'BFA', region: 'African', status: 'member', aliases: [] },
  { name: 'Burundi', iso3: 'BDI', region: 'African', status: 'member', aliases: [] },
  { name: 'Cabo Verde', iso3: 'CPV', region: 'African', status: 'member', aliases: ['Cape Verde'] },
  { name: 'Cambodia', iso3: 'KHM', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Cameroon', iso3: 'CMR', region: 'African', status: 'member', aliases: [] },
  { name: 'Canada', iso3: 'CAN', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Central African Republic', iso3: 'CAF', region: 'African', status: 'member', aliases: [] },
  { name: 'Chad', iso3: 'TCD', region: 'African', status: 'member', aliases: [] },
  { name: 'Chile', iso3: 'CHL', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'China', iso3: 'CHN', region: 'Asia-Pacific', status: 'member', aliases: ["People's Republic of China"] },
  { name: 'Colombia', iso3: 'COL', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Comoros', iso3: 'COM', region: 'African', status: 'member', aliases: [] },
  {
    name: 'Congo',
    iso3: 'COG',
    region: 'African',
    status: 'member',
    aliases: ['Republic of the Congo', 'Congo-Brazzaville']
  },
  { name: 'Costa Rica', iso3: 'CRI', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: "Côte d'Ivoire", iso3: 'CIV', region: 'African', status: 'member', aliases: ['Ivory Coast'] },
  { name: 'Croatia', iso3: 'HRV', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Cuba', iso3: 'CUB', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  // Cyprus sits in the Asia-Pacific Group although it is an EU member.
  { name: 'Cyprus', iso3: 'CYP', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Czechia', iso3: 'CZE', region: 'Eastern European', status: 'member', aliases: ['Czech Republic'] },
  {
    name: "Democratic People's Republic of Korea",
    iso3: 'PRK',
    region: 'Asia-Pacific',
    status: 'member',
    aliases: ['DPR Korea', 'DPRK', 'North Korea']
  },
  {
    name: 'Democratic Republic of the Congo',
    iso3: 'COD',
    region: 'African',
    status: 'member',
    aliases: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Zaire']
  },
  { name: 'Denmark', iso3: 'DNK', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Djibouti', iso3: 'DJI', region: 'African', status: 'member', aliases: [] },
  { name: 'Dominica', iso3: 'DMA', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Dominican Republic', iso3: 'DOM', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Ecuador', iso3: 'ECU', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Egypt', iso3: 'EGY', region: 'African', status: 'member', aliases: [] },
  { name: 'El Salvador', iso3: 'SLV', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Equatorial Guinea', iso3: 'GNQ', region: 'African', status: 'member', aliases: [] },
  { name: 'Eritrea', iso3: 'ERI', region: 'African', status: 'member', aliases: [] },
  { name: 'Estonia', iso3: 'EST', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Eswatini', iso3: 'SWZ', region: 'African', status: 'member', aliases: ['Swaziland', 'Kingdom of Eswatini'] },
  { name: 'Ethiopia', iso3: 'ETH', region: 'African', status: 'member', aliases: [] },
  { name: 'Fiji', iso3: 'FJI', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Finland', iso3: 'FIN', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'France', iso3: 'FRA', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Gabon', iso3: 'GAB', region: 'African', status: 'member', aliases: [] },
  // "The Gambia" folds to the name ("the" is dropped); "Gambia (Republic of The)" folds to the alias.
  { name: 'Gambia', iso3: 'GMB', region: 'African', status: 'member', aliases: ['Republic of The Gambia'] },
  { name: 'Georgia', iso3: 'GEO', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Germany', iso3: 'DEU', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Ghana', iso3: 'GHA', region: 'African', status: 'member', aliases: [] },
  { name: 'Greece', iso3: 'GRC', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Grenada', iso3: 'GRD', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Guatemala', iso3: 'GTM', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Guinea', iso3: 'GIN', region: 'African', status: 'member', aliases: [] },
  { name: 'Guinea-Bissau', iso3: 'GNB', region: 'African', status: 'member', aliases: [] },
  { name: 'Guyana', iso3: 'GUY', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Haiti', iso3: 'HTI', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Honduras', iso3: 'HND', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Hungary', iso3: 'HUN', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Iceland', iso3: 'ISL', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'India', iso3: 'IND', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Indonesia', iso3: 'IDN', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Iran (Islamic Republic of)', iso3: 'IRN', region: 'Asia-Pacific', status: 'member', aliases: ['Iran'] },
  { name: 'Iraq', iso3: 'IRQ', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Ireland', iso3: 'IRL', region: 'Western European and others', status: 'member', aliases: [] },
  // Israel is a full member of WEOG (New York since 2000, Geneva since 2014).
  { name: 'Israel', iso3: 'ISR', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Italy', iso3: 'ITA', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Jamaica', iso3: 'JAM', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Japan', iso3: 'JPN', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Jordan', iso3: 'JOR', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Kazakhstan', iso3: 'KAZ', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Kenya', iso3: 'KEN', region: 'African', status: 'member', aliases: [] },
  // Kiribati sat in no group until it joined the Asia-Pacific Group in 2010.
  { name: 'Kiribati', iso3: 'KIR', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Kuwait', iso3: 'KWT', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Kyrgyzstan', iso3: 'KGZ', region: 'Asia-Pacific', status: 'member', aliases: ['Kyrgyz Republic'] },
  {
    name: "Lao People's Democratic Republic",
    iso3: 'LAO',
    region: 'Asia-Pacific',
    status: 'member',
    aliases: ['Laos', 'Lao PDR']
  },
  { name: 'Latvia', iso3: 'LVA', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Lebanon', iso3: 'LBN', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Lesotho', iso3: 'LSO', region: 'African', status: 'member', aliases: [] },
  { name: 'Liberia', iso3: 'LBR', region: 'African', status: 'member', aliases: [] },
  { name: 'Libya', iso3: 'LBY', region: 'African', status: 'member', aliases: ['Libyan Arab Jamahiriya', 'State of Libya'] },
  { name: 'Liechtenstein', iso3: 'LIE', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Lithuania', iso3: 'LTU', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Luxembourg', iso3: 'LUX', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Madagascar', iso3: 'MDG', region: 'African', status: 'member', aliases: [] },
  { name: 'Malawi', iso3: 'MWI', region: 'African', status: 'member', aliases: [] },
  { name: 'Malaysia', iso3: 'MYS', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Maldives', iso3: 'MDV', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Mali', iso3: 'MLI', region: 'African', status: 'member', aliases: [] },
  { name: 'Malta', iso3: 'MLT', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Marshall Islands', iso3: 'MHL', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Mauritania', iso3: 'MRT', region: 'African', status: 'member', aliases: [] },
  { name: 'Mauritius', iso3: 'MUS', region: 'African', status: 'member', aliases: [] },
  { name: 'Mexico', iso3: 'MEX', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  {
    name: 'Micronesia (Federated States of)',
    iso3: 'FSM',
    region: 'Asia-Pacific',
    status: 'member',
    aliases: ['Micronesia']
  },
  { name: 'Monaco', iso3: 'MCO', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Mongolia', iso3: 'MNG', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Montenegro', iso3: 'MNE', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Morocco', iso3: 'MAR', region: 'African', status: 'member', aliases: [] },
  { name: 'Mozambique', iso3: 'MOZ', region: 'African', status: 'member', aliases: [] },
  { name: 'Myanmar', iso3: 'MMR', region: 'Asia-Pacific', status: 'member', aliases: ['Burma'] },
  { name: 'Namibia', iso3: 'NAM', region: 'African', status: 'member', aliases: [] },
  { name: 'Nauru', iso3: 'NRU', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Nepal', iso3: 'NPL', region: 'Asia-Pacific', status: 'member', aliases: [] },
  {
    name: 'Netherlands (Kingdom of the)',
    iso3: 'NLD',
    region: 'Western European and others',
    status: 'member',
    aliases: ['Netherlands']
  },
  { name: 'New Zealand', iso3: 'NZL', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Nicaragua', iso3: 'NIC', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Niger', iso3: 'NER', region: 'African', status: 'member', aliases: [] },
  { name: 'Nigeria', iso3: 'NGA', region: 'African', status: 'member', aliases: [] },
  {
    name: 'North Macedonia',
    iso3: 'MKD',
    region: 'Eastern European',
    status: 'member',
    aliases: [
      'the former Yugoslav Republic of Macedonia',
      'Macedonia FYR',
      'FYR Macedonia',
      'FYROM',
      'Macedonia',
      'Republic of North Macedonia'
    ]
  },
  { name: 'Norway', iso3: 'NOR', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Oman', iso3: 'OMN', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Pakistan', iso3: 'PAK', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Palau', iso3: 'PLW', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Panama', iso3: 'PAN', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Papua New Guinea', iso3: 'PNG', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Paraguay', iso3: 'PRY', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Peru', iso3: 'PER', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Philippines', iso3: 'PHL', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Poland', iso3: 'POL', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Portugal', iso3: 'PRT', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Qatar', iso3: 'QAT', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Republic of Korea', iso3: 'KOR', region: 'Asia-Pacific', status: 'member', aliases: ['South Korea'] },
  { name: 'Republic of Moldova', iso3: 'MDA', region: 'Eastern European', status: 'member', aliases: ['Moldova'] },
  { name: 'Romania', iso3: 'ROU', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Russian Federation', iso3: 'RUS', region: 'Eastern European', status: 'member', aliases: ['Russia'] },
  { name: 'Rwanda', iso3: 'RWA', region: 'African', status: 'member', aliases: [] },
  { name: 'Saint Kitts and Nevis', iso3: 'KNA', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Saint Lucia', iso3: 'LCA', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  {
    name: 'Saint Vincent and the Grenadines',
    iso3: 'VCT',
    region: 'Latin American and Caribbean',
    status: 'member',
    aliases: []
  },
  { name: 'Samoa', iso3: 'WSM', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'San Marino', iso3: 'SMR', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Sao Tome and Principe', iso3: 'STP', region: 'African', status: 'member', aliases: [] },
  { name: 'Saudi Arabia', iso3: 'SAU', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Senegal', iso3: 'SEN', region: 'African', status: 'member', aliases: [] },
  { name: 'Serbia', iso3: 'SRB', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Seychelles', iso3: 'SYC', region: 'African', status: 'member', aliases: [] },
  { name: 'Sierra Leone', iso3: 'SLE', region: 'African', status: 'member', aliases: [] },
  { name: 'Singapore', iso3: 'SGP', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Slovakia', iso3: 'SVK', region: 'Eastern European', status: 'member', aliases: ['Slovak Republic'] },
  { name: 'Slovenia', iso3: 'SVN', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'Solomon Islands', iso3: 'SLB', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Somalia', iso3: 'SOM', region: 'African', status: 'member', aliases: [] },
  { name: 'South Africa', iso3: 'ZAF', region: 'African', status: 'member', aliases: [] },
  { name: 'South Sudan', iso3: 'SSD', region: 'African', status: 'member', aliases: [] },
  { name: 'Spain', iso3: 'ESP', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Sri Lanka', iso3: 'LKA', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Sudan', iso3: 'SDN', region: 'African', status: 'member', aliases: [] },
  { name: 'Suriname', iso3: 'SUR', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Sweden', iso3: 'SWE', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Switzerland', iso3: 'CHE', region: 'Western European and others', status: 'member', aliases: [] },
  { name: 'Syrian Arab Republic', iso3: 'SYR', region: 'Asia-Pacific', status: 'member', aliases: ['Syria'] },
  { name: 'Tajikistan', iso3: 'TJK', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Thailand', iso3: 'THA', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Timor-Leste', iso3: 'TLS', region: 'Asia-Pacific', status: 'member', aliases: ['East Timor'] },
  { name: 'Togo', iso3: 'TGO', region: 'African', status: 'member', aliases: [] },
  { name: 'Tonga', iso3: 'TON', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Trinidad and Tobago', iso3: 'TTO', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Tunisia', iso3: 'TUN', region: 'African', status: 'member', aliases: [] },
  // Türkiye takes part in both WEOG and the Asia-Pacific Group; for elections it counts in WEOG.
  { name: 'Türkiye', iso3: 'TUR', region: 'Western European and others', status: 'member', aliases: ['Turkey'] },
  { name: 'Turkmenistan', iso3: 'TKM', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Tuvalu', iso3: 'TUV', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Uganda', iso3: 'UGA', region: 'African', status: 'member', aliases: [] },
  { name: 'Ukraine', iso3: 'UKR', region: 'Eastern European', status: 'member', aliases: [] },
  { name: 'United Arab Emirates', iso3: 'ARE', region: 'Asia-Pacific', status: 'member', aliases: ['UAE'] },
  {
    name: 'United Kingdom of Great Britain and Northern Ireland',
    iso3: 'GBR',
    region: 'Western European and others',
    status: 'member',
    aliases: ['United Kingdom', 'UK', 'Great Britain', 'Britain']
  },
  {
    name: 'United Republic of Tanzania',
    iso3: 'TZA',
    region: 'African',
    status: 'member',
    aliases: ['Tanzania']
  },
  // Formally in no group: the United States attends WEOG as an observer and counts as WEOG for
  // electoral purposes (UN DGACM); UPR Info and OHCHR UHRI file it under WEOG, as the app does.
  {
    name: 'United States of America',
    iso3: 'USA',
    region: 'Western European and others',
    status: 'member',
    aliases: ['United States', 'USA', 'US']
  },
  { name: 'Uruguay', iso3: 'URY', region: 'Latin American and Caribbean', status: 'member', aliases: [] },
  { name: 'Uzbekistan', iso3: 'UZB', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Vanuatu', iso3: 'VUT', region: 'Asia-Pacific', status: 'member', aliases: [] },
  {
    name: 'Venezuela (Bolivarian Republic of)',
    iso3: 'VEN',
    region: 'Latin American and Caribbean',
    status: 'member',
    aliases: ['Venezuela']
  },
  { name: 'Viet Nam', iso3: 'VNM', region: 'Asia-Pacific', status: 'member', aliases: ['Vietnam'] },
  { name: 'Yemen', iso3: 'YEM', region: 'Asia-Pacific', status: 'member', aliases: [] },
  { name: 'Zambia', iso3: 'ZMB', region: 'African', status: 'member', aliases: [] },
  { name: 'Zimbabwe', iso3: 'ZWE', region: 'African', status: 'member', aliases: [] },

  // Non-member observer States.
  // The Holy See belongs to no regional group.
  {
    name: 'Holy See',
    iso3: 'VAT',
    region: null,
    status: 'observer',
    aliases: ['Vatican', 'Vatican City', 'Vatican City State']
  },
  // Palestine has been a full member of the Asia-Pacific Group since 1986 (UPR Info lists it as "Observer").
  {
    name: 'State of Palestine',
    iso3: 'PSE',
    region: 'Asia-Pacific',
    status: 'observer',
    aliases: ['Palestine']
  }
]
