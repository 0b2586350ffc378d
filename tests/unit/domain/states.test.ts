import { describe, expect, it } from 'vitest'
import {
  findState,
  memberStates,
  normaliseStateName,
  observerStates,
  stateByIso3
} from '../../../src-renderer/domain/states'

// The name variants UPR documents and exports use, with the State each denotes.
const ALIASES: Record<string, string[]> = {
  VEN: ['Bolivarian Republic of Venezuela', 'Venezuela', 'Venezuela (Bolivarian Republic of)'],
  GBR: ['United Kingdom', 'UK', 'United Kingdom of Great Britain and Northern Ireland'],
  TUR: ['Türkiye', 'Turkey', 'Turkiye'],
  CZE: ['Czechia', 'Czech Republic'],
  KOR: ['Republic of Korea', 'South Korea', 'Korea, Republic of'],
  PRK: ["Democratic People's Republic of Korea", 'DPR Korea', 'North Korea'],
  MKD: ['North Macedonia', 'Macedonia FYR', 'the former Yugoslav Republic of Macedonia', 'Macedonia'],
  IRN: ['Iran (Islamic Republic of)', 'Islamic Republic of Iran', 'Iran'],
  BOL: ['Bolivia (Plurinational State of)', 'Plurinational State of Bolivia', 'Bolivia'],
  MDA: ['Republic of Moldova', 'Moldova'],
  TZA: ['United Republic of Tanzania', 'Tanzania'],
  VNM: ['Viet Nam', 'Vietnam'],
  LAO: ["Lao People's Democratic Republic", 'Laos'],
  SYR: ['Syrian Arab Republic', 'Syria'],
  RUS: ['Russian Federation', 'Russia'],
  CIV: ["Côte d'Ivoire", "Cote d'Ivoire", 'Ivory Coast', 'Côte d’Ivoire'],
  CPV: ['Cabo Verde', 'Cape Verde'],
  SWZ: ['Eswatini', 'Swaziland'],
  LBY: ['Libya', 'Libyan Arab Jamahiriya'],
  FSM: ['Micronesia (Federated States of)', 'Federated States of Micronesia', 'Micronesia'],
  NLD: ['Netherlands (Kingdom of the)', 'Netherlands', 'Kingdom of the Netherlands'],
  COG: ['Congo', 'Republic of the Congo', 'Republic of Congo'],
  COD: ['Democratic Republic of the Congo', 'DR Congo', 'Democratic Republic of Congo'],
  VAT: ['Holy See', 'Vatican'],
  PSE: ['State of Palestine', 'Palestine'],
  USA: ['United States of America', 'United States', 'USA'],
  BRN: ['Brunei Darussalam', 'Brunei'],
  TLS: ['Timor-Leste', 'East Timor'],
  MMR: ['Myanmar', 'Burma'],
  STP: ['Sao Tome and Principe', 'São Tomé and Príncipe'],
  GMB: ['Gambia', 'Gambia (Republic of The)', 'The Gambia'],
  BIH: ['Bosnia & Herzegovina', 'Bosnia and Herzegovina'],
  TTO: ['Trinidad & Tobago'],
  GNB: ['Guinea Bissau', 'Guinea-Bissau'],
  KNA: ['St Kitts and Nevis', 'St. Kitts & Nevis', 'Saint Kitts and Nevis'],
  VCT: ['Saint Vincent and the Grenadines', 'St Vincent and the Grenadines']
}

// Every distinct SuR and RS spelling in UPR Info's 2015 database exports (sessions 1-9).
const UPR_INFO_EXPORT_NAMES = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan',
  'Bolivia', 'Bosnia & Herzegovina', 'Botswana', 'Brazil', 'Brunei Darussalam', 'Bulgaria', 'Burkina Faso',
  'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Central African Republic', 'Chad', 'Chile', 'China',
  'Colombia', 'Comoros', 'Costa Rica', "Cote d'Ivoire", 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'DPR Korea',
  'Democratic Republic of Congo', 'Denmark', 'Djibouti', 'Dominica', 'Dominican Republic', 'Ecuador', 'Egypt',
  'El Salvador', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon',
  'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guinea Bissau', 'Guyana',
  'Haiti', 'Holy See', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel',
  'Italy', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kuwait', 'Kyrgyzstan', 'Laos',
  'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Macedonia FYR',
  'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Marshall Islands', 'Mauritania', 'Mauritius',
  'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar',
  'Namibia', 'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'Norway', 'Oman', 'Pakistan',
  'Palestine', 'Panama', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Republic of Congo',
  'Republic of Korea', 'Romania', 'Russian Federation', 'Rwanda', 'San Marino', 'Saudi Arabia', 'Senegal',
  'Serbia', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'Spain', 'Sri Lanka', 'Sudan',
  'Sweden', 'Switzerland', 'Syria', 'Tajikistan', 'Tanzania', 'Thailand', 'Timor-Leste', 'Tonga',
  'Trinidad & Tobago', 'Tunisia', 'Turkey', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates',
  'United Kingdom', 'United States', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Venezuela', 'Viet Nam', 'Yemen',
  'Zambia', 'Zimbabwe'
]

// Recommending States as Working Group reports print them (A/HRC/28/15, A/HRC/43/15), line breaks included.
const WG_REPORT_NAMES: [string, string][] = [
  ['(Bolivarian Republic\nof Venezuela);', 'VEN'],
  ['(Venezuela (Bolivarian Republic\nof));', 'VEN'],
  ['(Iran (Islamic Republic of))', 'IRN'],
  ['(Islamic Republic of Iran)', 'IRN'],
  ['(United Kingdom of Great Britain\nand Northern Ireland);', 'GBR'],
  ['(United States of America).', 'USA'],
  ['(Côte d’Ivoire)', 'CIV'],
  ['(the former Yugoslav Republic of Macedonia)', 'MKD'],
  ['(Republic of\n  Moldova)', 'MDA'],
  ['(State of Palestine)', 'PSE'],
  ['(Turkey)', 'TUR'],
  ['(Czech Republic)', 'CZE'],
  ['(netherlands)', 'NLD'],
  ['(Viet Nam)', 'VNM']
]

describe('normaliseStateName', () => {
  it('folds case, accents, punctuation, "the" and whitespace', () => {
    expect(normaliseStateName('  São Tomé  and\nPríncipe ')).toBe('sao tome and principe')
    expect(normaliseStateName("CÔTE D'IVOIRE")).toBe('cote divoire')
    expect(normaliseStateName('The Gambia')).toBe('gambia')
  })

  it('puts a trailing "(... of)" or ", ... of" descriptor first', () => {
    const key = normaliseStateName('Islamic Republic of Iran')
    expect(normaliseStateName('Iran (Islamic Republic of)')).toBe(key)
    expect(normaliseStateName('Iran, Islamic Republic of')).toBe(key)
    expect(normaliseStateName('Congo, Democratic Republic of the')).toBe(normaliseStateName('Democratic Republic of the Congo'))
  })

  it('decodes HTML entities as found in UHRI and UPR Info exports', () => {
    expect(normaliseStateName('Bosnia &amp; Herzegovina')).toBe('bosnia and herzegovina')
    expect(normaliseStateName('C&#244;te d&#39;Ivoire')).toBe('cote divoire')
  })
})

describe('findState', () => {
  for (const [iso3, names] of Object.entries(ALIASES)) {
    it(`maps the variants of ${iso3}`, () => {
      for (const name of names) expect(findState(name)?.iso3, name).toBe(iso3)
    })
  }

  it('maps every State spelling of the UPR Info exports', () => {
    const unmapped = UPR_INFO_EXPORT_NAMES.filter((n) => findState(n) === undefined)
    expect(unmapped).toEqual([])
  })

  it('maps recommending States as printed in Working Group reports', () => {
    for (const [text, iso3] of WG_REPORT_NAMES) expect(findState(text)?.iso3, text).toBe(iso3)
  })

  it('maps every State by its own name, whatever the case', () => {
    for (const s of [...memberStates(), ...observerStates()]) {
      expect(findState(s.name)).toBe(s)
      expect(findState(s.name.toUpperCase())).toBe(s)
    }
  })

  it('keeps look-alike names apart', () => {
    expect(findState('Niger')?.iso3).toBe('NER')
    expect(findState('Nigeria')?.iso3).toBe('NGA')
    expect(findState('Sudan')?.iso3).toBe('SDN')
    expect(findState('South Sudan')?.iso3).toBe('SSD')
    expect(findState('Dominica')?.iso3).toBe('DMA')
    expect(findState('Guinea')?.iso3).toBe('GIN')
    expect(findState('Korea')).toBeUndefined()
  })

  it('accepts a bracketed gloss after a known name', () => {
    expect(findState('Holy See (Vatican City State)')?.iso3).toBe('VAT')
  })

  it('returns undefined for unknown names', () => {
    for (const name of ['', '   ', 'Atlantis', '&#40;Unknown&#41;', 'CRC', 'OHCHR', 'troika', 'Yugoslavia']) {
      expect(findState(name), name).toBeUndefined()
    }
  })

  it('gives the same answer for a name however often it is asked (the lookup caches nothing wrong)', () => {
    // Speed is measured by `npm run bench` (parsing.stateLookup100k), not asserted here.
    const names = [...UPR_INFO_EXPORT_NAMES, ...WG_REPORT_NAMES.map(([n]) => n)]
    const first = names.map((n) => findState(n)?.iso3)
    const again = names.map((n) => findState(n)?.iso3)
    expect(again).toEqual(first)
    expect(first.every((iso3) => iso3 !== undefined)).toBe(true)
  })
})

describe('State lists', () => {
  it('has 193 members and 2 observers', () => {
    expect(memberStates()).toHaveLength(193)
    expect(observerStates().map((s) => s.iso3).sort()).toEqual(['PSE', 'VAT'])
  })

  it('finds a State by ISO3, case-insensitively', () => {
    expect(stateByIso3('SVN')?.name).toBe('Slovenia')
    expect(stateByIso3('tur')?.name).toBe('Türkiye')
    expect(stateByIso3('XXX')).toBeUndefined()
  })
})
