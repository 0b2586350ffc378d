/**
 * The French and Spanish names of States as Working Group reports in those languages print them (the UN
 * short names, the forms with the descriptor first, and the variants seen in real documents such as
 * "Arabia Saudí", "Yibuti", "República de Moldavia", "Rumanía", "Lesoto"), so that a French or Spanish
 * report's "(Allemagne)" or "(Estado Plurinacional de Bolivia)" maps to its State.
 *
 * A narrow list for reading reports, kept here until `domain/states` knows the names in every interface
 * language; `findReportState` asks `findState` first, so the shared list always wins.
 */
import type { StateEntry } from '../../resources/reference/states'
import { findState, normaliseStateName, stateByIso3 } from '../domain/states'

/** ISO 3166-1 alpha-3 -> [French names, Spanish names]. */
const NAMES: Record<string, readonly [readonly string[], readonly string[]]> = {
  AFG: [['Afghanistan'], ['Afganistán']],
  ALB: [['Albanie'], ['Albania']],
  DZA: [['Algérie'], ['Argelia']],
  AND: [['Andorre'], ['Andorra']],
  AGO: [['Angola'], ['Angola']],
  ATG: [['Antigua-et-Barbuda'], ['Antigua y Barbuda']],
  ARG: [['Argentine'], ['Argentina']],
  ARM: [['Arménie'], ['Armenia']],
  AUS: [['Australie'], ['Australia']],
  AUT: [['Autriche'], ['Austria']],
  AZE: [['Azerbaïdjan'], ['Azerbaiyán']],
  BHS: [['Bahamas'], ['Bahamas']],
  BHR: [['Bahreïn'], ['Bahrein', 'Bahréin']],
  BGD: [['Bangladesh'], ['Bangladesh']],
  BRB: [['Barbade'], ['Barbados']],
  BLR: [['Bélarus'], ['Belarús']],
  BEL: [['Belgique'], ['Bélgica']],
  BLZ: [['Belize'], ['Belice']],
  BEN: [['Bénin'], ['Benin']],
  BTN: [['Bhoutan'], ['Bhután']],
  BOL: [
    ['Bolivie (État plurinational de)', 'État plurinational de Bolivie', 'Bolivie'],
    ['Bolivia (Estado Plurinacional de)', 'Estado Plurinacional de Bolivia']
  ],
  BIH: [['Bosnie-Herzégovine'], ['Bosnia y Herzegovina']],
  BWA: [['Botswana'], ['Botswana']],
  BRA: [['Brésil'], ['Brasil']],
  BRN: [['Brunéi Darussalam'], ['Brunei Darussalam']],
  BGR: [['Bulgarie'], ['Bulgaria']],
  BFA: [['Burkina Faso'], ['Burkina Faso']],
  BDI: [['Burundi'], ['Burundi']],
  CPV: [['Cabo Verde'], ['Cabo Verde']],
  KHM: [['Cambodge'], ['Camboya']],
  CMR: [['Cameroun'], ['Camerún']],
  CAN: [['Canada'], ['Canadá']],
  CAF: [['République centrafricaine'], ['República Centroafricana']],
  TCD: [['Tchad'], ['Chad']],
  CHL: [['Chili'], ['Chile']],
  CHN: [['Chine'], ['China']],
  COL: [['Colombie'], ['Colombia']],
  COM: [['Comores'], ['Comoras']],
  COG: [['Congo'], ['Congo']],
  CRI: [['Costa Rica'], ['Costa Rica']],
  CIV: [['Côte d’Ivoire'], ['Côte d’Ivoire']],
  HRV: [['Croatie'], ['Croacia']],
  CUB: [['Cuba'], ['Cuba']],
  CYP: [['Chypre'], ['Chipre']],
  CZE: [['Tchéquie', 'République tchèque'], ['Chequia', 'República Checa']],
  PRK: [['République populaire démocratique de Corée'], ['República Popular Democrática de Corea']],
  COD: [['République démocratique du Congo'], ['República Democrática del Congo']],
  DNK: [['Danemark'], ['Dinamarca']],
  DJI: [['Djibouti'], ['Djibouti', 'Yibuti']],
  DMA: [['Dominique'], ['Dominica']],
  DOM: [['République dominicaine'], ['República Dominicana']],
  ECU: [['Équateur'], ['Ecuador']],
  EGY: [['Égypte'], ['Egipto']],
  SLV: [['El Salvador'], ['El Salvador']],
  GNQ: [['Guinée équatoriale'], ['Guinea Ecuatorial']],
  ERI: [['Érythrée'], ['Eritrea']],
  EST: [['Estonie'], ['Estonia']],
  SWZ: [['Eswatini'], ['Eswatini']],
  ETH: [['Éthiopie'], ['Etiopía']],
  FJI: [['Fidji'], ['Fiji']],
  FIN: [['Finlande'], ['Finlandia']],
  FRA: [['France'], ['Francia']],
  GAB: [['Gabon'], ['Gabón']],
  GMB: [['Gambie'], ['Gambia']],
  GEO: [['Géorgie'], ['Georgia']],
  DEU: [['Allemagne'], ['Alemania']],
  GHA: [['Ghana'], ['Ghana']],
  GRC: [['Grèce'], ['Grecia']],
  GRD: [['Grenade'], ['Granada']],
  GTM: [['Guatemala'], ['Guatemala']],
  GIN: [['Guinée'], ['Guinea']],
  GNB: [['Guinée-Bissau'], ['Guinea-Bissau']],
  GUY: [['Guyana'], ['Guyana']],
  HTI: [['Haïti'], ['Haití']],
  VAT: [['Saint-Siège'], ['Santa Sede']],
  HND: [['Honduras'], ['Honduras']],
  HUN: [['Hongrie'], ['Hungría']],
  ISL: [['Islande'], ['Islandia']],
  IND: [['Inde'], ['India']],
  IDN: [['Indonésie'], ['Indonesia']],
  IRN: [
    ['Iran (République islamique d’)', 'République islamique d’Iran'],
    ['Irán (República Islámica del)', 'República Islámica del Irán', 'República Islámica de Irán', 'Irán']
  ],
  IRQ: [['Iraq'], ['Iraq']],
  IRL: [['Irlande'], ['Irlanda']],
  ISR: [['Israël'], ['Israel']],
  ITA: [['Italie'], ['Italia']],
  JAM: [['Jamaïque'], ['Jamaica']],
  JPN: [['Japon'], ['Japón']],
  JOR: [['Jordanie'], ['Jordania']],
  KAZ: [['Kazakhstan'], ['Kazajstán']],
  KEN: [['Kenya'], ['Kenya']],
  KIR: [['Kiribati'], ['Kiribati']],
  KWT: [['Koweït'], ['Kuwait']],
  KGZ: [['Kirghizistan'], ['Kirguistán']],
  LAO: [['République démocratique populaire lao'], ['República Democrática Popular Lao']],
  LVA: [['Lettonie'], ['Letonia']],
  LBN: [['Liban'], ['Líbano']],
  LSO: [['Lesotho'], ['Lesotho', 'Lesoto']],
  LBR: [['Libéria'], ['Liberia']],
  LBY: [['Libye'], ['Libia']],
  LIE: [['Liechtenstein'], ['Liechtenstein']],
  LTU: [['Lituanie'], ['Lituania']],
  LUX: [['Luxembourg'], ['Luxemburgo']],
  MDG: [['Madagascar'], ['Madagascar']],
  MWI: [['Malawi'], ['Malawi']],
  MYS: [['Malaisie'], ['Malasia']],
  MDV: [['Maldives'], ['Maldivas']],
  MLI: [['Mali'], ['Malí']],
  MLT: [['Malte'], ['Malta']],
  MHL: [['Îles Marshall'], ['Islas Marshall']],
  MRT: [['Mauritanie'], ['Mauritania']],
  MUS: [['Maurice'], ['Mauricio']],
  MEX: [['Mexique'], ['México']],
  FSM: [
    ['Micronésie (États fédérés de)', 'États fédérés de Micronésie'],
    ['Micronesia (Estados Federados de)', 'Estados Federados de Micronesia']
  ],
  MCO: [['Monaco'], ['Mónaco']],
  MNG: [['Mongolie'], ['Mongolia']],
  MNE: [['Monténégro'], ['Montenegro']],
  MAR: [['Maroc'], ['Marruecos']],
  MOZ: [['Mozambique'], ['Mozambique']],
  MMR: [['Myanmar'], ['Myanmar']],
  NAM: [['Namibie'], ['Namibia']],
  NRU: [['Nauru'], ['Nauru']],
  NPL: [['Népal'], ['Nepal']],
  NLD: [
    ['Pays-Bas (Royaume des)', 'Royaume des Pays-Bas', 'Pays-Bas'],
    ['Países Bajos (Reino de los)', 'Reino de los Países Bajos', 'Países Bajos']
  ],
  NZL: [['Nouvelle-Zélande'], ['Nueva Zelandia', 'Nueva Zelanda']],
  NIC: [['Nicaragua'], ['Nicaragua']],
  NER: [['Niger'], ['Níger']],
  NGA: [['Nigéria'], ['Nigeria']],
  MKD: [['Macédoine du Nord'], ['Macedonia del Norte']],
  NOR: [['Norvège'], ['Noruega']],
  OMN: [['Oman'], ['Omán']],
  PAK: [['Pakistan'], ['Pakistán']],
  PLW: [['Palaos'], ['Palau']],
  PAN: [['Panama'], ['Panamá']],
  PNG: [['Papouasie-Nouvelle-Guinée'], ['Papua Nueva Guinea']],
  PRY: [['Paraguay'], ['Paraguay']],
  PER: [['Pérou'], ['Perú']],
  PHL: [['Philippines'], ['Filipinas']],
  POL: [['Pologne'], ['Polonia']],
  PRT: [['Portugal'], ['Portugal']],
  QAT: [['Qatar'], ['Qatar']],
  KOR: [['République de Corée'], ['República de Corea']],
  MDA: [['République de Moldova'], ['República de Moldova', 'República de Moldavia']],
  ROU: [['Roumanie'], ['Rumania', 'Rumanía']],
  RUS: [['Fédération de Russie'], ['Federación de Rusia']],
  RWA: [['Rwanda'], ['Rwanda']],
  KNA: [['Saint-Kitts-et-Nevis'], ['Saint Kitts y Nevis']],
  LCA: [['Sainte-Lucie'], ['Santa Lucía']],
  VCT: [['Saint-Vincent-et-les Grenadines'], ['San Vicente y las Granadinas']],
  WSM: [['Samoa'], ['Samoa']],
  SMR: [['Saint-Marin'], ['San Marino']],
  STP: [['Sao Tomé-et-Principe'], ['Santo Tomé y Príncipe']],
  SAU: [['Arabie saoudite'], ['Arabia Saudita', 'Arabia Saudí']],
  SEN: [['Sénégal'], ['Senegal']],
  SRB: [['Serbie'], ['Serbia']],
  SYC: [['Seychelles'], ['Seychelles']],
  SLE: [['Sierra Leone'], ['Sierra Leona']],
  SGP: [['Singapour'], ['Singapur']],
  SVK: [['Slovaquie'], ['Eslovaquia']],
  SVN: [['Slovénie'], ['Eslovenia']],
  SLB: [['Îles Salomon'], ['Islas Salomón']],
  SOM: [['Somalie'], ['Somalia']],
  ZAF: [['Afrique du Sud'], ['Sudáfrica']],
  SSD: [['Soudan du Sud'], ['Sudán del Sur']],
  ESP: [['Espagne'], ['España']],
  LKA: [['Sri Lanka'], ['Sri Lanka']],
  PSE: [['État de Palestine'], ['Estado de Palestina']],
  SDN: [['Soudan'], ['Sudán']],
  SUR: [['Suriname'], ['Suriname']],
  SWE: [['Suède'], ['Suecia']],
  CHE: [['Suisse'], ['Suiza']],
  SYR: [['République arabe syrienne'], ['República Árabe Siria']],
  TJK: [['Tadjikistan'], ['Tayikistán']],
  THA: [['Thaïlande'], ['Tailandia']],
  TLS: [['Timor-Leste'], ['Timor-Leste']],
  TGO: [['Togo'], ['Togo']],
  TON: [['Tonga'], ['Tonga']],
  TTO: [['Trinité-et-Tobago'], ['Trinidad y Tabago']],
  TUN: [['Tunisie'], ['Túnez']],
  TUR: [['Türkiye', 'Turquie'], ['Türkiye', 'Turquía']],
  TKM: [['Turkménistan'], ['Turkmenistán']],
  TUV: [['Tuvalu'], ['Tuvalu']],
  UGA: [['Ouganda'], ['Uganda']],
  UKR: [['Ukraine'], ['Ucrania']],
  ARE: [['Émirats arabes unis'], ['Emiratos Árabes Unidos']],
  GBR: [
    ['Royaume-Uni de Grande-Bretagne et d’Irlande du Nord', 'Royaume-Uni'],
    ['Reino Unido de Gran Bretaña e Irlanda del Norte', 'Reino Unido']
  ],
  TZA: [['République-Unie de Tanzanie'], ['República Unida de Tanzanía']],
  USA: [['États-Unis d’Amérique', 'États-Unis'], ['Estados Unidos de América', 'Estados Unidos']],
  URY: [['Uruguay'], ['Uruguay']],
  UZB: [['Ouzbékistan'], ['Uzbekistán']],
  VUT: [['Vanuatu'], ['Vanuatu']],
  VEN: [
    ['Venezuela (République bolivarienne du)', 'République bolivarienne du Venezuela'],
    ['Venezuela (República Bolivariana de)', 'República Bolivariana de Venezuela']
  ],
  VNM: [['Viet Nam'], ['Viet Nam']],
  YEM: [['Yémen'], ['Yemen']],
  ZMB: [['Zambie'], ['Zambia']],
  ZWE: [['Zimbabwe'], ['Zimbabwe']]
}

/** Every French and Spanish name by its lookup key (the same folding `findState` uses). */
export const FRENCH_AND_SPANISH_NAMES: ReadonlyMap<string, string> = (() => {
  const byKey = new Map<string, string>()
  for (const [iso3, [french, spanish]] of Object.entries(NAMES)) {
    for (const name of [...french, ...spanish]) byKey.set(normaliseStateName(name), iso3)
  }
  return byKey
})()

/** The names a State goes by in French and Spanish reports (for tests and lists). */
export function frenchAndSpanishNames(iso3: string): { fr: readonly string[]; es: readonly string[] } | undefined {
  const names = NAMES[iso3]
  return names ? { fr: names[0], es: names[1] } : undefined
}

/** The State a name in a report denotes, in English (the shared list) or in French or Spanish; undefined when unknown. */
export function findReportState(name: string): StateEntry | undefined {
  const found = findState(name)
  if (found) return found
  const iso3 = FRENCH_AND_SPANISH_NAMES.get(normaliseStateName(name))
  return iso3 === undefined ? undefined : stateByIso3(iso3)
}
