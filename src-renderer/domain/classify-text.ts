/**
 * Suggests what a recommendation is about: UPR Info issues (its exact labels), UHRI-style affected
 * persons (kebab-case ids of resources/reference/affected-persons.ts) and SDG targets ("5.2", "16.3").
 *
 * Keyword and phrase rules, no network. The issue rules follow UPR Info's tagging conventions
 * (Database_Issues_explanation: a treaty named is "International instruments" plus its subject; "plan
 * of action" is "National plan of action" only when written; ESC / CP rights only when named) and were
 * tuned against UPR Info's hand-tagged exports (no text from them is kept here).
 */
import { UPR_INFO_ISSUES } from '../../resources/reference/upr-info-issues'

/** The suggestions, and for each suggested id the words of the text that triggered it. */
export interface TextClassification {
  /** UPR Info issue labels, e.g. "Women's rights", "Torture and other CID treatment". */
  themes: string[]
  /** Affected-persons ids, e.g. "children", "persons-with-disabilities". */
  affectedPersons: string[]
  /** SDG target ids, e.g. "5.2", "16.3". */
  sdgTargets: string[]
  /** id -> the words (as written) that triggered it. */
  evidence: Record<string, string[]>
}

/** One rule: an id, the phrases that suggest it, and phrases within which those do not count. */
interface Rule {
  id: string
  pattern: RegExp
  /** "gender" suggests women's rights, but not inside "gender identity". */
  unless: RegExp | null
  /** Another phrase that must also be present (state agents only count when a violation is named). */
  requires?: RegExp
  /** Suggested only when no other issue is ("General", "Other"). */
  fallback?: boolean
  /**
   * Literal beginnings of the rule's phrases: the rule can match only where a word starts with one of
   * them. Null when some phrase has no literal beginning (the rule is then always tried).
   */
  anchors: string[] | null
}

interface RuleOptions {
  unless?: readonly string[]
  requires?: readonly string[]
  fallback?: boolean
}

/**
 * Phrases are lower-case regular-expression fragments, matched on word boundaries against the
 * lower-cased text. `\w*` after a stem allows any ending: `tortur\w*` = torture, tortured ...
 */
function rule(id: string, phrases: readonly string[], options: RuleOptions | readonly string[] = {}): Rule {
  const { unless = [], requires, fallback } = Array.isArray(options) ? { unless: options } : (options as RuleOptions)
  const anchors = phrases.map(literalBeginnings)
  return {
    id,
    anchors: anchors.some((a) => a === null) ? null : [...new Set(anchors.flat() as string[])],
    pattern: new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'g'),
    unless: unless.length > 0 ? new RegExp(`\\b(?:${unless.join('|')})\\b`, 'g') : null,
    ...(requires ? { requires: new RegExp(`\\b(?:${requires.join('|')})\\b`) } : {}),
    ...(fallback ? { fallback } : {})
  }
}

const META = new Set(['\\', '(', ')', '[', ']', '{', '}', '?', '*', '+', '|', '.', '^', '$'])
const WORD_CHAR = /[A-Za-z0-9_]/

/** The literal text a phrase pattern's every match starts with ("honou?r crimes" -> "hono"), or null if none. */
function literalPrefix(phrase: string): string | null {
  let end = 0
  while (end < phrase.length && !META.has(phrase[end]!)) end++
  let prefix = phrase.slice(0, end)
  // An optional last character ("crimes?", "\\w*") is not certain to be there.
  if ('?*{'.includes(phrase[end] ?? '') && end < phrase.length) prefix = prefix.slice(0, -1)
  return prefix !== '' && WORD_CHAR.test(prefix[0]!) ? prefix : null
}

/**
 * The possible literal beginnings of one phrase pattern: one, or one per alternative of a leading group
 * of plain words ("(?:constitutional|supreme) court"); null when a match could begin with anything.
 */
function literalBeginnings(phrase: string): string[] | null {
  // A top-level alternation would make the prefix of the first alternative wrong for the others.
  let depth = 0
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i]!
    if (c === '\\') i++
    else if (c === '(' || c === '[') depth++
    else if (c === ')' || c === ']') depth--
    else if (c === '|' && depth === 0) return null
  }
  const group = /^\(\?:([a-z0-9 '|-]+)\)(?![?*{])/.exec(phrase)
  if (group) {
    const words = group[1]!.split('|')
    return words.every((w) => w !== '' && WORD_CHAR.test(w[0]!)) ? words : null
  }
  const prefix = literalPrefix(phrase)
  return prefix === null ? null : [prefix]
}

/** `\\w` of regular expressions: A-Z, a-z, 0-9 and "_". */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95
}

/** The rules of a list, indexed by the first two letters of their literal beginnings. */
interface RuleIndex {
  rules: readonly Rule[]
  /** The code of the first one or two characters (see `startKey`) -> [beginning, rule number] pairs. */
  byStart: Map<number, [string, number][]>
  /** Rules with a phrase that has no literal beginning. */
  always: number[]
}

/** A number for the first two characters of a text at `p` (one, when only one is asked for): no string is made. */
function startKey(text: string, p: number, two: boolean): number {
  return text.charCodeAt(p) * 0x10000 + (two ? text.charCodeAt(p + 1) : 0xffff)
}

function indexRules(rules: readonly Rule[]): RuleIndex {
  const byStart = new Map<number, [string, number][]>()
  const always: number[] = []
  rules.forEach((r, n) => {
    if (r.anchors === null) {
      always.push(n)
      return
    }
    for (const anchor of r.anchors) {
      const key = startKey(anchor, 0, anchor.length >= 2)
      let list = byStart.get(key)
      if (!list) byStart.set(key, (list = []))
      list.push([anchor, n])
    }
  })
  return { rules, byStart, always }
}

/**
 * Which rules can match the lower-cased text: those with a literal beginning at the start of one of
 * its words. A rule's patterns start with `\\b` and a word character, so they cannot match elsewhere;
 * trying only these rules gives exactly the same result as trying them all, in a fraction of the time.
 */
function candidateRules(index: RuleIndex, lower: string): Uint8Array {
  const candidates = new Uint8Array(index.rules.length)
  for (const n of index.always) candidates[n] = 1
  let previousIsWord = false
  for (let p = 0; p < lower.length; p++) {
    const isWord = isWordCode(lower.charCodeAt(p))
    const starts = isWord && !previousIsWord
    previousIsWord = isWord
    if (!starts) continue
    // Beginnings of two letters or more, then of one letter.
    for (const key of [p + 1 < lower.length ? startKey(lower, p, true) : -1, startKey(lower, p, false)]) {
      const list = key < 0 ? undefined : index.byStart.get(key)
      if (!list) continue
      for (const [anchor, n] of list) if (candidates[n] === 0 && lower.startsWith(anchor, p)) candidates[n] = 1
    }
  }
  return candidates
}

// ---------------------------------------------------------------------------------------------
// UPR Info issues (ids are UPR Info's labels, 2014 methodology spelling).

const ISSUE_RULES: readonly Rule[] = [
  rule('International instruments', [
    'ratif\\w*', 'accede', 'acceding', 'accession', 'sign and ratify', 'signatory',
    'optional protocols?', 'conventions?', 'covenants?', 'op-\\w+', 'opcat', 'iccpr', 'icescr', 'icerd', 'crpd',
    'international human rights? (?:obligations|commitments)',
    'icrmw', 'icped', 'reservations?', 'international (?:human rights )?instruments?',
    'international human rights (?:obligations|standards|law|norms|treaties)', 'rome statute',
    'universal declaration of human rights', 'declaration on the rights of indigenous peoples',
    'declaration on human rights defenders', 'undrip', 'geneva conventions?', 'treaties',
    'cat', 'cedaw', 'crc', 'ilo'
  ], ['(?:recommendations|observations|concluding observations|comments|views)(?: made)? (?:of|by|from) (?:the )?(?:cedaw|crc|cat)',
    '(?:cedaw|crc|cat) (?:committee|recommendations|observations)']),
  rule("Women's rights", [
    'wom[ae]n\\w*', 'girls?', 'gender', 'female', 'femicide', 'feminicide', 'maternal', 'maternity', 'mothers?',
    'wi(?:ves|fe)', 'widows?', 'cedaw', 'domestic violence', 'marital rape', 'rape', 'sexual violence',
    'sexual harassment', 'fgm', 'genital mutilation', 'sexual mutilation', 'excision', 'forced marriages?',
    'early (?:contract )?marriages?',
    'child marriages?', 'polygamy', 'dowry', 'honou?r (?:crimes?|killings?)', 'abortion', 'family code',
    'personal status', 'inheritance', 'equal pay', 'sex discrimination', 'discrimination based on sex'
  ], ['gender identity']),
  rule('Rights of the Child', [
    'child\\w*', 'minors?', 'juveniles?', 'girls?', 'boys?', 'adolescents?', 'infants?', 'orphans?',
    'birth registration', 'crc', 'early marriages?', 'child marriages?', 'forced marriages?', 'street children',
    'under the age of 18', 'age (?:limit )?(?:of|for) criminal responsibility', 'corporal punishment', 'pupils',
    'kindergarten', 'domestic violence', 'marital rape', 'rape', 'sexual violence', 'fgm', 'genital mutilation',
    'sexual mutilation', 'excision', 'early (?:contract )?marriages?', 'honou?r (?:crimes?|killings?)',
    'family violence', 'violence in the family', 'sexual abuse', 'sexual exploitation', 'incest'
  ]),
  rule('Torture and other CID treatment', [
    'tortur\\w*', 'ill-?treatment', 'cruel', 'inhuman', 'degrading', 'corporal punishment', 'flogging',
    'stoning', 'amputation', 'fgm', 'genital mutilation', 'sexual mutilation', 'excision',
    'harmful (?:traditional )?practices', 'tasers?',
    'opcat', 'op-cat', 'convention against torture', 'cat', 'national preventive mechanism'
  ]),
  rule('Justice', [
    'judiciary', 'judicial', 'judges?', 'fair trials?', 'rule of law', 'administration of justice',
    'access to justice', 'justice (?:system|sector)', 'lawyers', 'juvenile justice', 'transitional justice',
    'reconciliation', 'reparations?', 'rome statute', 'international criminal court', 'icc', 'genocide',
    'good governance', 'witchcraft', 'criminal procedure', 'trials', 'compensation', 'war crimes',
    'truth commission', 'truth and reconciliation', 'tribunals?', 'military courts?', 'crimes of the past',
    'independence of (?:the )?(?:judiciary|judges|courts)', 'legal system', 'ministry of justice',
    'criminal justice', 'military justice', 'military jurisdiction', 'amnest(?:y|ies)', 'attorneys?',
    'paramilitar\\w*', 'commissions? of (?:enquiry|inquiry)', 'witness protection', 'victims and witnesses',
    'crimes against humanity', '(?:constitutional|supreme) court', 'justice and peace', 'courts', 'justice'
  ], ['bring(?:ing)? (?:\\w+ ){0,4}to justice', 'brought (?:\\w+ )?to justice']),
  rule('Detention conditions', [
    'detentions?', 'detainees?', 'detained', 'arrested',
    'release (?:all )?(?:persons|prisoners|detainees|those|people|individuals)',
    'convention against torture and (?:the|its) optional protocol', 'prisons?', 'prisoners?', 'penitentiar\\w*', 'incarcerat\\w*',
    'overcrowding', 'inmates', 'places of deprivation of liberty', 'jails?', 'opcat', 'op-cat', 'optional protocol to the convention against torture', 'pre-?trial',
    'arbitrary arrests?'
  ], ['prisoners of conscience', 'political prisoners']),
  rule('Treaty bodies', [
    'treaty bodies', 'treaty body', 'treaty monitoring bodies', 'committee against torture',
    'committee on the rights of the child', 'committee on the elimination of (?:racial discrimination|discrimination against women)',
    'human rights committee', 'committee on economic,? social and cultural rights', 'cescr',
    'committee on (?:migrant workers|enforced disappearances|the rights of persons with disabilities)',
    'concluding observations', '(?:periodic|overdue|initial|pending) reports?', 'cerd', 'un committees?',
    'recommendations (?:of|by|made by|from|issued by) (?:the )?(?:cat|crc|cedaw|cerd|committees?|un committees?)',
    '(?:cat|crc|cedaw|cerd) (?:committee|recommendations)', 'united nations human rights mechanisms',
    'un human rights mechanisms', 'un mechanisms'
  ]),
  rule('Human rights education and training', [
    'train\\w*', 'human rights education', 'educat\\w* (?:on|about|in) human rights', 'awareness\\w*',
    'sensiti[sz]\\w*', 'campaigns?', 'curricul\\w*', 'human rights culture', 'culture of human rights',
    'information campaigns', 'dissemination', 'disseminate', 'human rights teaching'
  ]),
  rule('Minorities', [
    'minorit\\w*', 'roma', 'ethnic', 'castes?', 'dalits?', 'albinism', 'albinos?',
    'marginali[sz]ed groups', 'afro-\\w+', 'african descent', 'bedoons?', 'bidoons?',
    'sinti', 'travellers', 'gypsies', 'tribes', 'hill tribes', 'nomad\\w*', 'baha\\W?i', 'kurds?',
    'christians', 'muslims'
  ]),
  rule('Special procedures', [
    'special procedures?', 'special rapporteurs?', 'standing invitation', 'independent experts?',
    'working group on', 'working group of experts', 'mandate holders?', 'rapporteurs?',
    'un human rights mechanisms', 'united nations human rights mechanisms', 'human rights mechanisms'
  ], ['working group on the universal periodic review']),
  rule('Labour', [
    'labou?r\\w*', 'workers?', 'employers', 'workplace', 'trade unions?', 'ilo', 'domestic work\\w*',
    'working conditions', 'employees', 'minimum wage', 'equal pay for work', 'right to work'
  ], ['forced labour camps?', 're-education through labour']),
  rule('Right to education', [
    'education', 'educational', 'schools?', 'schooling', 'enrol\\w*', 'literacy', 'illiteracy', 'students?',
    'teachers?', 'universit\\w*', 'dropouts?', 'drop-outs?', 'pupils'
  ], ['human rights education', 'education and training', 'awareness']),
  rule('Technical assistance', [
    'technical assistance', 'technical cooperation', 'technical and financial (?:assistance|support)',
    'financial and technical (?:assistance|support)', 'international (?:assistance|community)',
    'capacity[- ]building', 'donors?', 'ohchr', 'office of the high commissioner', 'assistance from',
    'support of the international', 'united nations (?:agencies|system|development)', 'undp', 'unicef'
  ]),
  rule('Death penalty', [
    'death penalty', 'death penalties', 'capital punishment', 'death sentences?', 'death row', 'executions?',
    'moratori\\w*', 'second optional protocol', 'capital crimes', 'capital offences', 'sentenced to death',
    'abolitionist'
  ], ['extrajudicial executions?', 'summary executions?', 'arbitrary executions?']),
  rule('Migrants', [
    'migra\\w*', 'immigra\\w*', 'emigra\\w*', 'foreigners?', 'foreign workers?', 'foreign nationals?',
    'non-?citizens?', 'non-?nationals?', 'icrmw', 'undocumented', 'irregular status', 'expatriates?',
    'guest workers', 'domestic workers'
  ]),
  rule('NHRI', [
    'national human rights institutions?', 'nhris?', 'paris principles', 'ombuds\\w*',
    'human rights commissions?', 'national (?:human rights )?commission(?: for| on| of)? human rights',
    'public defender', 'defensor\\w*', 'national institution', 'human rights institutions?'
  ]),
  rule('Racial discrimination', [
    'racial\\w*', 'racism', 'racist', 'xenophob\\w*', 'cerd', 'icerd', 'durban', 'race', 'neo-?nazi\\w*', 'nazism',
    'discrimination (?:on the basis of|based on) (?:descent|ethnicity|race|ethnic origin)',
    'ethnic discrimination', 'discrimination against (?:\\w+ )?(?:ethnic|minorit)\\w*', 'hate speech',
    'incitement to (?:racial )?hatred', 'african descent', 'antisemitism', 'islamophobia', 'apartheid'
  ]),
  rule('ESC rights - general', [
    'economic,? social and cultural rights', 'icescr', 'op-?icescr', 'economic and social rights',
    'socio-economic rights', 'social and economic rights', 'cescr'
  ]),
  rule('Indigenous peoples', [
    'indigenous', 'aborigin\\w*', 'first nations', 'tribal', 'maori', 'ilo convention (?:no\\.? )?169',
    'convention (?:no\\.? )?169', 'undrip', 'native', 'amerindian', 'pygm\\w*', 'batwa', 'san', 'sami'
  ]),
  rule('Freedom of the press', [
    'press', 'journalists?', 'media', 'newspapers?', 'broadcast\\w*', 'reporters?', 'bloggers?', 'editors'
  ], ['press release']),
  rule('Freedom of opinion and expression', [
    'freedom of (?:opinion|expression|speech|information)', 'expression', 'defamation', 'libel', 'censorship',
    'access to information', 'right to information', 'political prisoners', 'prisoners of conscience',
    'internet', 'blasphemy', 'insult\\w*', 'opinion', 'bloggers?', 'websites?', 'criticism', 'dissent\\w*'
  ]),
  rule('Freedom of religion and belief', [
    'religio\\w*', 'belief', 'beliefs', 'faiths', 'worship', 'conscientious objection', 'blasphemy',
    'apostasy', 'baha\\W?i', 'churches', 'church', 'mosques?', 'muslims?', 'christians?', 'jews', 'jewish',
    'islam\\w*', 'sects?', 'proselyti\\w*', 'jehovah', 'conversion'
  ]),
  rule('Poverty', [
    'poverty', 'poorest', 'social safety nets?', 'destitut\\w*', 'standard of living'
  ]),
  rule('Human rights defenders', [
    'human rights defenders?', 'defenders', 'hrds?', 'human rights activists?', 'activists?',
    'human rights organi[sz]ations', 'human rights workers', 'trade unionists', 'whistleblowers?'
  ]),
  rule('Trafficking', [
    'traffick\\w*', 'palermo protocol', 'sale of children', 'forced prostitution', 'prostitution',
    'child pornography', 'sex tourism'
  ]),
  rule('Sexual Orientation and Gender Identity', [
    'sexual orientation', 'gender identity', 'lgbt\\w*', 'lesbians?', 'gays?', 'bisexuals?', 'transgender\\w*',
    'transsexual\\w*', 'intersex', 'homosexual\\w*', 'same[- ]sex', 'consenting adults', 'sodomy', 'sogi'
  ]),
  rule('Other', [
    'elderly', 'older persons', 'older people', 'right to life', 'privacy', 'slavery', 'self-determination',
    'family values', 'embargo', 'unilateral coercive measures', 'peacekeeping', 'politici[sz]ation'
  ]),
  rule('Other', [
    'youth', 'young people', 'missing persons', 'the family', 'sanctions', 'discrimination',
    'anti-?discrimination', 'equality', 'cooperation', 'council', 'values', 'standards', 'double standards?'
  ], { fallback: true }),
  rule('Right to health', [
    'health\\w*', 'medicines?', 'maternal mortality', 'infant mortality', 'child mortality', 'mortality',
    'malaria', 'tuberculosis', 'diseases?', 'hospitals?', 'reproductive', 'vaccin\\w*', 'malnutrition'
  ]),
  rule('Civil society', [
    'civil society', 'ngos?', 'non-?governmental organi[sz]ations?', 'civil-society', 'community-based organi[sz]ations?',
    'human rights organi[sz]ations', 'associations'
  ]),
  rule('Disabilities', [
    'disabilit\\w*', 'disabled', 'crpd', 'handicap\\w*', 'impairments?', 'special needs', 'deaf', 'blind',
    'wheelchair', 'mental illness', 'mentally'
  ]),
  rule('CP rights - general', [
    'civil and political rights', 'iccpr', 'international covenant on civil and political rights'
  ], ['second optional protocol to the (?:iccpr|international covenant on civil and political rights)',
    'iccpr-op\\s?2', 'op-?iccpr\\s?2?', 'article \\d+ of (?:the )?(?:iccpr|international covenant on civil and political rights)',
    'optional protocols? to the (?:iccpr|international covenant on civil and political rights)']),
  rule('UPR process', [
    'upr', 'universal periodic review', 'periodic review', 'this review', 'present review',
    'follow-?up (?:process )?(?:to|of|on) (?:the |this )?(?:upr|review)', 'review follow-?up', 'this session',
    'mechanisms of the human rights council', 'implementation of the review',
    'outcome of the review', 'working group on the universal periodic review', 'voluntary commitments'
  ]),
  rule('Enforced disappearances', [
    'disappear\\w*', 'ced', 'icped', 'cped', 'missing persons', 'abduct\\w*', 'enforced'
  ]),
  rule('Asylum-seekers - refugees', [
    'refugees?', 'asylum\\w*', 'non-?refoulement', 'refoulement', '1951 convention', 'unhcr',
    'status of refugees', 'stateless'
  ]),
  rule('International humanitarian law', [
    'international humanitarian law', 'humanitarian law', 'geneva conventions?', 'armed conflicts?',
    'child soldiers', 'cluster munitions', 'landmines', 'anti-personnel mines', 'armed groups', 'occupying power',
    'conflict-affected'
  ]),
  rule('Development', [
    'millennium development goals', 'mdgs?', 'right to development', 'sustainable development',
    'economic development', 'social development', 'economic growth', 'socio-economic development',
    'development (?:goals|plans?|programmes?|strategy|strategies|policies)', 'national development',
    'rural development', 'economic and social development'
  ]),
  rule('Impunity', ['impunity']),
  rule('Human rights violations by state agents', [
    'police', 'policemen', 'security forces', 'law enforcement (?:officials|officers|agents|personnel|bodies|agencies)',
    'military', 'army', 'state agents', 'state officials', 'public officials', 'excessive (?:use of )?force',
    'armed forces', 'soldiers', 'security (?:personnel|services|agents|officers)', 'prison (?:staff|guards|officials)',
    'agents of the state', 'members of the security forces'
  ], {
    requires: ['abus\\w*', 'violations?', 'excessive', 'brutality', 'misconduct', 'ill-?treatment', 'tortur\\w*',
      'killings?', 'killed', 'harass\\w*', 'intimidat\\w*', 'arbitrary', 'committed by', 'perpetrated by',
      'crimes committed', 'extrajudicial', 'mistreat\\w*', 'unlawful', 'attacks']
  }),
  rule('National plan of action', [
    'national (?:human rights )?plans? of action', 'action plans?', 'national human rights plan', 'national plans?'
  ]),
  rule('Corruption', ['corrupt\\w*', 'brib\\w*', 'uncac', 'embezzlement', 'money laundering', 'transparency']),
  rule('Freedom of association and peaceful assembly', [
    'freedom of (?:peaceful )?(?:association|assembly)', 'peaceful assembly', 'assembly', 'association',
    'demonstrations?', 'demonstrators', 'protests?', 'protesters', 'political parties',
    'registration of (?:ngos|associations|political parties)', 'rallies'
  ], ['general assembly', 'national assembly', 'assembly of']),
  rule('HIV - Aids', ['hiv\\w*', 'aids', 'hiv-aids', 'antiretroviral\\w*']),
  rule('Right to land', ['land', 'lands', 'land rights', 'land tenure', 'land reform']),
  rule('Freedom of movement', [
    'freedom of movement', 'travel bans?', 'exit visas?', 'restrictions on movement', 'movement', 'travel',
    'checkpoints?', 'propiska', 'residence registration', 'leave the country', 'internal passports?'
  ]),
  rule('Public security', [
    'criminality', 'drugs?', 'narcotics', 'organi[sz]ed crime', 'gangs?', 'state of emergency',
    'emergency law', 'public security', 'citizen security', 'insecurity', 'firearms', 'small arms',
    'security situation', 'maras', 'racket\\w*', 'vigilant\\w*', 'fight against terrorism', 'fight terrorism',
    'combat terrorism', 'combating terrorism'
  ]),
  rule('Extrajudicial executions', [
    'extra-?judicial\\w*', 'summary executions?', 'arbitrary executions?', 'killings?', 'unlawful killings?',
    'false positives', 'arbitrary deprivation of life', 'death squads'
  ], ['honou?r killings?']),
  rule('Counter-terrorism', [
    'counter-?terroris\\w*', 'anti-?terror\\w*', 'terroris\\w*', 'fight against terrorism', 'combat terrorism'
  ]),
  rule('Internally displaced persons', [
    'internally displaced', 'idps?', 'displaced persons', 'displaced people', 'displacement', 'displaced'
  ]),
  rule('Right to housing', [
    'housing', 'homeless\\w*', 'evictions?', 'slums?', 'informal settlements?', 'dwellings?'
  ]),
  rule('Right to food', ['food', 'hunger', 'nutrition', 'malnutrition', 'famine', 'agricultur\\w*']),
  rule('Environment', ['environment\\w*', 'climate change', 'climate', 'pollution', 'natural resources',
    'ecolog\\w*', 'natural disasters?', 'deforestation', 'greenhouse', 'emissions', 'toxic'],
  ['enabling environment', 'safe environment', 'family environment', 'conducive environment', 'environment conducive',
    'environment for (?:civil society|human rights defenders|journalists|ngos)', 'safe and enabling environment']),
  rule('Elections', ['elections?', 'electoral', 'voting', 'voters?', 'vote', 'ballot', 'polling', 'referendum']),
  rule('Right to water', ['water', 'sanitation', 'drinking', 'sewage', 'hygiene'], ['sanitation workers?']),
  rule('General', ['human rights goals', 'voluntary goals']),
  rule('General', [
    'human rights', 'democra\\w*', 'fundamental freedoms', 'tolerance', 'intolerance', 'international obligations',
    'dialogue', 'commitments?'
  ], { fallback: true })
]

// ---------------------------------------------------------------------------------------------
// Affected persons (ids of resources/reference/affected-persons.ts).

const PERSON_RULES: readonly Rule[] = [
  rule('children', ['child\\w*', 'minors?', 'juveniles?', 'boys?', 'adolescents?', 'infants?', 'orphans?', 'birth registration', 'pupils', 'under the age of 18']),
  rule('children-in-vulnerable-situations', ['street children', 'children (?:living|working) (?:in|on) the streets?', 'institutionali[sz]ed children', 'unaccompanied (?:minors|children)', 'orphans?', 'child soldiers']),
  rule('girls', ['girls?', 'girl child']),
  rule('women', [
    'wom[ae]n\\w*', 'female', 'mothers?', 'wi(?:ves|fe)', 'widows?', 'maternal', 'cedaw', 'domestic violence',
    'marital rape', 'gender-based violence', 'gender equality'
  ]),
  rule('rural-women', ['rural women', 'women (?:in|living in) rural areas']),
  rule('youth', ['youth', 'young people', 'young persons', 'adolescents?']),
  rule('older-persons', ['older persons', 'older people', 'elderly', 'the aged', 'ageing', 'aging', 'older women', 'pensioners']),
  rule('persons-with-disabilities', ['disabilit\\w*', 'disabled', 'crpd', 'handicapped']),
  rule('persons-deprived-of-liberty', ['detainees?', 'detention', 'detained', 'prisons?', 'prisoners?', 'inmates', 'deprived of (?:their )?liberty', 'custody', 'incarcerat\\w*', 'penitentiar\\w*']),
  rule('migrants', ['migrants?', 'migrant workers?', 'immigrants?', 'foreign workers?', 'icrmw', 'domestic workers', 'undocumented']),
  rule('refugees-and-asylum-seekers', ['refugees?', 'asylum[- ]seek\\w*', 'asylum']),
  rule('internally-displaced-persons', ['internally displaced', 'idps?', 'displaced persons', 'displaced people']),
  rule('stateless-persons', ['stateless\\w*', 'bedoons?', 'bidoons?']),
  rule('non-citizens', ['non-?citizens?', 'non-?nationals?', 'foreigners?', 'foreign nationals?']),
  rule('minorities', ['minorit\\w*', 'ethnic groups?', 'castes?', 'dalits?', 'albinism', 'african descent', 'afro-\\w+']),
  rule('roma-gypsies-sinti-travellers', ['roma', 'gypsies', 'sinti', 'travellers']),
  rule('indigenous-peoples', ['indigenous', 'aborigin\\w*', 'first nations', 'tribal', 'maori']),
  rule('lgbti-persons', ['lgbt\\w*', 'lesbians?', 'gays?', 'bisexuals?', 'transgender\\w*', 'intersex', 'sexual orientation', 'gender identity', 'same[- ]sex', 'homosexual\\w*']),
  rule('persons-living-in-poverty', ['poverty', 'poor', 'poorest', 'low-income', 'destitute', 'extreme poverty']),
  rule('persons-living-in-rural-areas', ['rural', 'remote areas', 'countryside', 'villages?']),
  rule('persons-living-with-hiv-aids', ['hiv\\w*', 'aids', 'people living with hiv', 'persons living with hiv']),
  rule('disappeared-persons', ['disappeared', 'enforced disappearances?', 'missing persons']),
  rule('human-rights-defenders', ['human rights defenders?', 'defenders', 'hrds?', 'human rights activists?', 'activists?', 'whistleblowers?']),
  rule('civil-society', ['civil society', 'ngos?', 'non-?governmental organi[sz]ations?']),
  rule('media', ['journalists?', 'media', 'press', 'bloggers?', 'media workers']),
  rule('judges-lawyers-prosecutors', ['judges?', 'lawyers?', 'prosecutors?', 'judiciary', 'magistrates?', 'attorneys?', 'bar association']),
  rule('law-enforcement-officials', ['police\\w*', 'law enforcement', 'security forces', 'prison (?:staff|guards|officers|officials)', 'border guards', 'gendarmerie']),
  rule('medical-staff', ['medical (?:staff|personnel|professionals)', 'doctors?', 'nurses?', 'midwives', 'physicians?']),
  rule('educational-staff', ['teachers?', 'educators?', 'teaching staff', 'school staff']),
  rule('public-officials', ['public officials', 'civil servants?', 'state officials', 'government officials', 'public servants?', 'officials']),
  rule('vulnerable-persons', ['vulnerable (?:groups|persons|people|populations|sectors)', 'marginali[sz]ed (?:groups|persons|people|communities)']),
  rule('health-workers', ['health[- ]?care workers?', 'health workers?', 'health personnel', 'health professionals?', 'medical (?:staff|personnel|workers)', 'nurses?', 'doctors?', 'midwives', 'community health workers?']),
  rule('essential-workers', ['essential workers?', 'sanitation workers?', 'frontline workers?', 'front-line workers?', 'waste (?:pickers|collectors|workers)', 'cleaners', 'delivery workers', 'key workers']),
  rule('persons-in-informal-settlements', ['informal settlements?', 'slums?', 'shanty ?towns?', 'squatters?', 'favelas?', 'townships', 'informal housing'])
]

// ---------------------------------------------------------------------------------------------
// SDG targets.

const SDG_RULES: readonly Rule[] = [
  rule('1.1', ['extreme poverty', 'eradicat\\w* poverty', 'poverty eradication']),
  rule('1.2', ['poverty', 'poor', 'poorest']),
  rule('1.3', ['social protection', 'social security', 'social safety nets?', 'social assistance', 'pensions?', 'social insurance', 'unemployment benefits?', 'cash transfers?', 'social welfare']),
  rule('1.4', ['basic services', 'equal rights to economic resources', 'access to land', 'ownership (?:of|and control over) land', 'land tenure', 'property rights']),
  rule('1.5', ['disasters?', 'resilience', 'shocks']),
  rule('2.1', ['hunger', 'right to food', 'food security', 'access to food', 'adequate food', 'food insecurity', 'famine']),
  rule('2.2', ['malnutrition', 'nutrition\\w*', 'stunting', 'undernourish\\w*']),
  rule('2.3', ['small-?scale (?:farmers|food producers)', 'smallholders?', 'agricultural productivity']),
  rule('3.1', ['maternal mortality', 'maternal deaths?', 'maternal health', 'skilled birth attendants?', 'obstetric\\w*', 'prenatal', 'antenatal']),
  rule('3.2', ['infant mortality', 'child mortality', 'neonatal', 'newborns?', 'under-five', 'under five mortality']),
  rule('3.3', ['hiv\\w*', 'aids', 'tuberculosis', 'malaria', 'hepatitis', 'communicable diseases', 'epidemics?', 'covid\\W?19', 'pandemic', 'neglected tropical diseases']),
  rule('3.4', ['mental health', 'non-?communicable diseases', 'suicide', 'psychosocial']),
  rule('3.5', ['substance abuse', 'drug (?:abuse|use|addiction|dependence)', 'harm reduction', 'alcohol\\w*']),
  rule('3.7', ['sexual and reproductive health', 'reproductive health', 'family planning', 'contracepti\\w*', 'sexuality education', 'sex education']),
  rule('3.8', ['universal health coverage', 'access to health\\w*', 'health[- ]care services', 'health services', 'healthcare', 'health care', 'essential medicines', 'right to health', 'health insurance', 'primary health', 'vaccin\\w*']),
  rule('3.c', ['health workers?', 'health[- ]care workers?', 'health personnel', 'health workforce', 'health professionals?', 'health financing', 'health budget']),
  rule('3.d', ['pandemic preparedness', 'health emergenc\\w*', 'health risks', 'covid\\W?19', 'pandemic']),
  rule('4.1', ['primary (?:and secondary )?education', 'secondary education', 'free (?:and compulsory )?education', 'compulsory education', 'primary schools?', 'school enrol\\w*', 'enrolment', 'enrollment', 'drop-?outs?', 'out-of-school', 'school attendance', 'schooling']),
  rule('4.2', ['early childhood', 'pre-?primary', 'pre-?school', 'kindergartens?']),
  rule('4.3', ['vocational', 'tertiary', 'universit\\w*', 'higher education']),
  rule('4.5', ['inclusive education', 'equal access to education', 'access to education', 'right to education', 'girls\\W? education', 'education (?:of|for) girls', 'education for all']),
  rule('4.6', ['literacy', 'illiteracy', 'numeracy']),
  rule('4.7', ['human rights education', 'education on human rights', 'human rights (?:training|curricul\\w*)', 'education for sustainable development', 'global citizenship', 'culture of peace']),
  rule('4.a', ['school (?:facilities|infrastructure|buildings)', 'safe schools', 'attacks on schools', 'learning environments?']),
  rule('4.c', ['teachers?', 'teacher training']),
  rule('5.1', ['discrimination against women', 'gender discrimination', 'gender equality', 'equality between (?:men and women|women and men)', 'discriminat\\w* (?:against|towards) (?:women|girls)', 'equal rights (?:of|for) women', 'women\\W?s rights', 'cedaw']),
  rule('5.2', ['violence against women', 'gender-?based violence', 'domestic violence', 'sexual violence', 'marital rape', 'rape', 'femicides?', 'feminicides?', 'sexual harassment', 'honou?r (?:crimes?|killings?)', 'violence against (?:women and )?girls', 'trafficking (?:in|of) women', 'sexual exploitation']),
  rule('5.3', ['female genital mutilation', 'fgm', 'genital mutilation', 'child marriages?', 'early marriages?', 'forced marriages?', 'minimum age (?:of|for) marriage', 'marriage age', 'harmful (?:traditional )?practices']),
  rule('5.4', ['unpaid care', 'domestic work', 'care work', 'parental leave', 'childcare']),
  rule('5.5', ['women\\W?s (?:political )?participation', 'participation of women', 'women in (?:decision-making|politics|public life|parliament|leadership)', 'representation of women', 'women\\W?s representation', 'quotas?']),
  rule('5.6', ['reproductive rights', 'sexual and reproductive (?:health and )?rights', 'abortion']),
  rule('5.a', ['inheritance', 'women\\W?s (?:access to|ownership of) land', 'property rights of women', 'land rights of women']),
  rule('5.c', ['gender equality (?:law|legislation|policy|policies|act|strategy)', 'gender mainstreaming', 'gender perspective']),
  rule('6.1', ['drinking water', 'safe water', 'clean water', 'right to water', 'access to water', 'water supply', 'potable water']),
  rule('6.2', ['sanitation', 'hygiene', 'open defecation', 'toilets?', 'latrines?', 'sewage'], ['sanitation workers?']),
  rule('8.5', ['decent work', 'equal pay', 'equal remuneration', 'unemployment', 'employment', 'minimum wage', 'gender pay gap', 'pay gap', 'job creation', 'labour market']),
  rule('8.6', ['youth unemployment', 'youth employment', 'young people (?:not in|into) employment']),
  rule('8.7', ['forced labou?r', 'slavery', 'servitude', 'bonded labou?r', 'child labou?r', 'worst forms of child labou?r', 'child soldiers', 'recruitment (?:and use )?of children', 'trafficking', 'debt bondage']),
  rule('8.8', ['labou?r rights', 'workers\\W? rights', 'migrant workers?', 'domestic workers?', 'occupational (?:health|safety)', 'safe working', 'working conditions', 'trade unions?', 'collective bargaining', 'labou?r (?:law|code|inspection|inspectors)']),
  rule('10.2', ['social inclusion', 'inclusion of (?:all|persons|minorities|roma|migrants)', 'marginali[sz]ed', 'social exclusion']),
  rule('10.3', ['equal opportunit\\w*', 'discriminatory (?:laws|legislation|provisions|practices)', 'anti-?discrimination', 'non-?discrimination']),
  rule('10.4', ['fiscal polic\\w*', 'wage polic\\w*', 'social protection polic\\w*', 'redistribut\\w*']),
  rule('10.7', ['migration', 'migrants?', 'migrant workers', 'asylum', 'refugees?', 'non-?refoulement', 'immigration']),
  rule('11.1', ['adequate housing', 'housing', 'slums?', 'informal settlements?', 'homeless\\w*', 'forced evictions?', 'evictions?', 'social housing', 'affordable housing']),
  rule('11.5', ['natural disasters?', 'disaster risk', 'disaster (?:relief|response|management)']),
  rule('13.1', ['climate-related hazards', 'natural disasters?', 'disaster risk reduction', 'climate resilience', 'adaptation to climate change']),
  rule('13.2', ['climate change', 'climate polic\\w*', 'greenhouse', 'emissions']),
  rule('16.1', ['killings?', 'homicides?', 'violence', 'extra-?judicial', 'armed violence', 'violent deaths', 'conflict-related deaths', 'excessive (?:use of )?force', 'lynching'],
    ['(?:domestic|sexual|gender-based|family) violence', 'violence against (?:women|girls|children)']),
  rule('16.2', ['violence against children', 'abuse (?:of|against) children', 'child abuse', 'exploitation of children', 'trafficking (?:in|of) children', 'child trafficking', 'corporal punishment', 'sexual exploitation of children', 'child pornography', 'sale of children']),
  rule('16.3', ['rule of law', 'access to justice', 'justice system', 'judicial', 'judiciary', 'fair trial', 'due process', 'legal aid', 'pre-?trial detention', 'arbitrary detention', 'independence of (?:the )?(?:judiciary|judges|courts)', 'remed(?:y|ies)', 'courts?']),
  rule('16.4', ['organi[sz]ed crime', 'illicit (?:arms|financial flows)', 'arms trafficking', 'small arms', 'money laundering', 'stolen assets']),
  rule('16.5', ['corrupt\\w*', 'brib\\w*', 'embezzlement']),
  rule('16.6', ['accountable institutions', 'transparen\\w*', 'accountab\\w*', 'effective institutions', 'public administration', 'oversight']),
  rule('16.7', ['participatory', 'inclusive decision-making', 'public participation', 'participation in (?:public|political) (?:life|affairs)', 'consultation with (?:civil society|indigenous)', 'elections?', 'electoral', 'consult\\w* (?:with )?(?:civil society|indigenous peoples)']),
  rule('16.9', ['birth registration', 'legal identity', 'civil registration', 'identity documents', 'registration of births', 'birth certificates?']),
  rule('16.10', ['freedom of (?:expression|opinion|the press|information|association|assembly|peaceful assembly)', 'access to information', 'journalists?', 'human rights defenders?', 'media freedom', 'press freedom', 'fundamental freedoms', 'trade unionists']),
  rule('16.a', ['national human rights institutions?', 'nhris?', 'paris principles', 'ombuds\\w*', 'national preventive mechanism', 'terroris\\w*', 'human rights commission']),
  rule('16.b', ['anti-?discrimination (?:law|legislation)', 'non-?discriminatory laws', 'discriminatory (?:laws|legislation|provisions)', 'non-?discrimination (?:law|legislation)']),
  rule('17.9', ['capacity[- ]building', 'technical assistance', 'technical cooperation']),
  rule('17.18', ['disaggregated data', 'statistic\\w*', 'data collection', 'census'])
]

// ---------------------------------------------------------------------------------------------

/** The words (as written in `text`) that a rule finds in `lower`, the lower-cased text; null if none. */
const NO_WORDS: string[] = []

/** True when a global pattern matches somewhere in `text` (lastIndex left at 0, as matchAll needs it). */
function found(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0
  const hit = pattern.test(text)
  pattern.lastIndex = 0
  return hit
}

/**
 * The words (as written in `text`) that a rule finds in `lower`, the lower-cased text; null if none.
 * Without `withWords`, only whether it matches (an empty list): an import needs no evidence.
 */
function matchRule(r: Rule, text: string, lower: string, withWords: boolean): string[] | null {
  if (!found(r.pattern, lower)) return null
  if (r.requires && !r.requires.test(lower)) return null
  // Blank out the phrases within which this rule's words do not count.
  const scope = r.unless ? lower.replace(r.unless, (m) => ' '.repeat(m.length)) : lower
  if (!withWords) return scope === lower || found(r.pattern, scope) ? NO_WORDS : null
  let words: string[] | null = null
  for (const m of scope.matchAll(r.pattern)) {
    const word = text.slice(m.index, m.index + m[0].length)
    words ??= []
    if (!words.includes(word)) words.push(word)
  }
  return words
}

function applyRules(index: RuleIndex, text: string, lower: string, evidence: Record<string, string[]> | null): string[] {
  const { rules } = index
  const candidates = candidateRules(index, lower)
  const hits: string[] = []
  for (let n = 0; n < rules.length; n++) {
    const r = rules[n]!
    if (candidates[n] === 0 || r.fallback || hits.includes(r.id)) continue
    const words = matchRule(r, text, lower, evidence !== null)
    if (!words) continue
    hits.push(r.id)
    if (evidence) evidence[r.id] = words
  }
  if (hits.length > 0) return hits
  for (let n = 0; n < rules.length; n++) {
    const r = rules[n]!
    if (candidates[n] === 0 || !r.fallback || hits.includes(r.id)) continue
    const words = matchRule(r, text, lower, evidence !== null)
    if (!words) continue
    hits.push(r.id)
    if (evidence) evidence[r.id] = words
  }
  return hits
}

// UPR Info tags only the group when a text lists several rights of one group ("housing, education and
// food for the Roma" -> Minorities): Database_Issues_explanation, 1.2 "Merging issues".
const GROUP_ISSUES = new Set([
  "Women's rights", 'Rights of the Child', 'Minorities', 'Indigenous peoples', 'Disabilities', 'Migrants',
  'Asylum-seekers - refugees', 'Internally displaced persons'
])
const RIGHTS_ISSUES = new Set([
  'Right to education', 'Right to health', 'Right to housing', 'Right to food', 'Right to water', 'Labour',
  'Right to land', 'Poverty'
])

function mergeIntoGroups(themes: string[], evidence: Record<string, string[]> | null): string[] {
  const rights = themes.filter((t) => RIGHTS_ISSUES.has(t))
  if (rights.length < 2 || !themes.some((t) => GROUP_ISSUES.has(t))) return themes
  if (evidence) for (const r of rights) delete evidence[r]
  return themes.filter((t) => !RIGHTS_ISSUES.has(t))
}

const ISSUE_INDEX = indexRules(ISSUE_RULES)
const PERSON_INDEX = indexRules(PERSON_RULES)
const SDG_INDEX = indexRules(SDG_RULES)

/** Which kinds of suggestion to work out (an import skips those its source already carries). */
export interface ThemeKinds {
  themes: boolean
  affectedPersons: boolean
  sdgTargets: boolean
  /** Also the words that triggered each suggestion (the detail pane shows them; an import does not need them). Default true. */
  evidence?: boolean
}

const ALL_KINDS: ThemeKinds = { themes: true, affectedPersons: true, sdgTargets: true }

/**
 * Suggests UPR Info issues, affected persons and SDG targets for a text, with the words that triggered
 * each (unless `evidence: false`). A kind left out of `kinds` comes back empty.
 */
export function suggestThemes(text: string, kinds: ThemeKinds = ALL_KINDS): TextClassification {
  const evidence: Record<string, string[]> = {}
  const noted = kinds.evidence === false ? null : evidence
  // Curly apostrophes as straight ones, so "women’s" matches like "women's"; the length is unchanged.
  const lower = text.toLowerCase().replace(/\u2019/g, "'")
  const themes = kinds.themes ? mergeIntoGroups(applyRules(ISSUE_INDEX, text, lower, noted), noted) : []
  const affectedPersons = kinds.affectedPersons ? applyRules(PERSON_INDEX, text, lower, noted) : []
  const sdgTargets = kinds.sdgTargets ? applyRules(SDG_INDEX, text, lower, noted) : []
  return { themes, affectedPersons, sdgTargets, evidence }
}

/** Every id `suggestThemes` can suggest, per kind (for filters, and to check them against the reference lists). */
export const SUGGESTABLE_IDS: Readonly<Record<'themes' | 'affectedPersons' | 'sdgTargets', readonly string[]>> = {
  themes: [...new Set(ISSUE_RULES.map((r) => r.id))],
  affectedPersons: PERSON_RULES.map((r) => r.id),
  sdgTargets: SDG_RULES.map((r) => r.id)
}

const CANONICAL_ISSUE = new Map(UPR_INFO_ISSUES.map((issue) => [issue.id.toLowerCase(), issue.sameAs ?? issue.id]))

/** The issue id a UPR Info `Issue` label stands for ("Detention" -> "Detention conditions"), or null. */
export function canonicalIssue(label: string): string | null {
  return CANONICAL_ISSUE.get(label.trim().toLowerCase()) ?? null
}
