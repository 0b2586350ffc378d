/**
 * The UPR Working Group calendar, sessions 1-54 (cycles 1-4), re-typed from the compiled reference
 * `shared/reference/upr-sessions.json` (public sources: OHCHR and UN Geneva releases, UN documents,
 * UPR Info, missions' and NGOs' pages; the URLs are kept per session) and checked again against the
 * Working Group reports and OHCHR pages named in `resources/README.md`. Names are not repeated here:
 * the State's current UN short name comes from `states.ts`; `nameAtReview` keeps the name used at the
 * time where it differed; `reviewDate` is the day of a State's interactive dialogue where a source
 * gives it.
 *
 * Two cycle-4 reviews have no session in any source; the app needs one review per Member State per
 * cycle, so they are placed as estimates (confidence 'uncertain', explained in the note): the United
 * States in session 53 and Ukraine in session 54. Sessions 52-54 have no dates in any source found
 * (the stored sources stop in late 2025): the calendar (`src-renderer/domain/calendar.ts`) estimates
 * them, and shows them as estimated, although 52 (April/May 2026) and 53 (Oct/Nov 2026) have been
 * held by the calendar's pattern.
 */

/** How sure the compiled calendar is of a session's States and dates. */
export type SessionConfidence = 'verified' | 'derived' | 'uncertain'

/** Where the order of the States comes from (see shared/reference/CHECKS.md). */
export type SessionOrderStatus = 'source' | 'adoption-order' | 'source-list' | 'derived'

/** Where the dates come from. */
export type SessionDateStatus = 'sourced' | 'end computed' | 'not found'

/** One Working Group session as the sources give it. */
export interface SessionEntry {
  session: number
  cycle: number
  /** First day, YYYY-MM-DD; null when no source gives it. */
  start: string | null
  /** Last day, YYYY-MM-DD; null when no source gives it. */
  end: string | null
  /**
   * States under review, in the order of review as far as known. `reviewDate` (YYYY-MM-DD) is the day
   * of the State's interactive dialogue where a source gives it; absent elsewhere.
   */
  states: { iso3: string; nameAtReview?: string; reviewDate?: string }[]
  confidence: SessionConfidence
  orderStatus: SessionOrderStatus
  dateStatus: SessionDateStatus
  note: string
  sources: string[]
}

export const SESSIONS: readonly SessionEntry[] = [
  {
    session: 1,
    cycle: 1,
    start: '2008-04-07',
    end: '2008-04-18',
    states: [
      { iso3: 'BHR' }, { iso3: 'ECU' }, { iso3: 'TUN' }, { iso3: 'MAR' }, { iso3: 'IDN' }, { iso3: 'FIN' },
      { iso3: 'GBR' }, { iso3: 'IND' }, { iso3: 'BRA' }, { iso3: 'PHL' }, { iso3: 'DZA' }, { iso3: 'POL' },
      { iso3: 'NLD' }, { iso3: 'ZAF' }, { iso3: 'CZE', nameAtReview: 'Czech Republic' }, { iso3: 'ARG' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: 'Order = HRC drawing of lots of 21 Sep 2007 (CRIN; ngo-upr.wikidot). Dates per UNGeneva summary (Sep 2008). Membership matches UPR Info export session 1.',
    sources: [
      'https://archive.crin.org/en/library/news-archive/un-human-rights-council-countries-selected-first-cycle-universal-periodic.html',
      'http://ngo-upr.wikidot.com/opening',
      'https://ungeneva.org/zh/news-media/meeting-summary/2008/09/human-rights-council-determines-order-review-states-and-troikas',
      'shared/fixtures/upr-info/upr-info_export_sessions01-05.xls (UPR Info export, SuR/Session columns)',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv'
    ]
  },
  {
    session: 2,
    cycle: 1,
    start: '2008-05-05',
    end: '2008-05-19',
    states: [
      { iso3: 'GAB' }, { iso3: 'GHA' }, { iso3: 'PER' }, { iso3: 'GTM', reviewDate: '2008-05-06' }, { iso3: 'BEN' },
      { iso3: 'KOR' }, { iso3: 'CHE' }, { iso3: 'PAK' }, { iso3: 'ZMB' }, { iso3: 'JPN' }, { iso3: 'UKR' },
      { iso3: 'LKA' }, { iso3: 'FRA' }, { iso3: 'TON' }, { iso3: 'ROU' }, { iso3: 'MLI' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "States and order verified (HRC draw; OHCHR closing highlights list the same order). Dates: OHCHR announced the session 'from 5 to 19 May' (press release of 30 April 2008) and its highlights of 19 May 2008 (afternoon) say the Working Group 'concluded its second session this afternoon'. Sources disagree: the UNGeneva summary of Sep 2008 and ngo-upr.wikidot give 5-16 May 2008, the dates planned at the draw; OHCHR's pages of the session itself are followed. Ends on the Monday of a third week (16 reviews). Guatemala reviewed 6 May 2008 (UPR Info).",
    sources: [
      'https://archive.crin.org/en/library/news-archive/un-human-rights-council-countries-selected-first-cycle-universal-periodic.html',
      'https://www.ohchr.org/en/hr-bodies/upr/highlights5-may2008am',
      'http://www.ohchr.org/EN/HRBodies/UPR/Pages/Highlights19May2008pm.aspx',
      'https://ungeneva.org/zh/news-media/meeting-summary/2008/09/human-rights-council-determines-order-review-states-and-troikas',
      'shared/fixtures/upr-info/upr-info_export_sessions01-05.xls (UPR Info export, SuR/Session columns)',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv',
      'https://web.test.ohchr.un-icc.cloud/en/press-releases/2009/10/second-session-human-rights-councils-universal-periodic-review-upr-working',
      'https://web.test.ohchr.un-icc.cloud/en/hr-bodies/upr/highlights19-may2008pm',
      'https://www.upr-info.org/en/news?page=0%2C101'
    ]
  },
  {
    session: 3,
    cycle: 1,
    start: '2008-12-01',
    end: '2008-12-15',
    states: [
      { iso3: 'BWA' }, { iso3: 'BHS' }, { iso3: 'BDI' }, { iso3: 'LUX', reviewDate: '2008-12-02' }, { iso3: 'BRB' },
      { iso3: 'MNE' }, { iso3: 'ARE' }, { iso3: 'ISR' }, { iso3: 'LIE' }, { iso3: 'SRB', reviewDate: '2008-12-05' },
      { iso3: 'TKM' }, { iso3: 'BFA', reviewDate: '2008-12-09' }, { iso3: 'CPV', nameAtReview: 'Cape Verde' },
      { iso3: 'COL', reviewDate: '2008-12-10' }, { iso3: 'UZB' }, { iso3: 'TUV', reviewDate: '2008-12-11' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "States and order verified (HRC draw; OHCHR closing highlights give the same 'order of review'). Dates: the Working Group report on Colombia (A/HRC/10/82) says it 'held its third session from 1 to 15 December 2008' and adopted the report on 15 December; OHCHR's highlights of 1 December say the session 'will last from 1 to 15 December'. Sources disagree: OHCHR's closing highlights page (URL '15-december2008pm') is headed '11 December 2008 (afternoon)', probably copied from the page on Tuvalu's review that afternoon; ngo-upr.wikidot gives the planned 1-12 December 2008. Ends on the Monday of a third week (16 reviews). Review days: Luxembourg 2, Serbia 5, Burkina Faso 9, Colombia 10 (14th meeting), Tuvalu 11 December (OHCHR highlights; A/HRC/10/82).",
    sources: [
      'https://archive.crin.org/en/library/news-archive/un-human-rights-council-countries-selected-first-cycle-universal-periodic.html',
      'https://www.ohchr.org/EN/HRBodies/UPR/Pages/Highlights1December2008am.aspx',
      'https://web.test.ohchr.un-icc.cloud/en/hr-bodies/upr/highlights15-december2008pm',
      'http://ngo-upr.wikidot.com/opening',
      'shared/fixtures/upr-info/upr-info_export_sessions01-05.xls (UPR Info export, SuR/Session columns)',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv',
      'https://docslib.org/doc/1467718/general-assembly-general',
      'https://www.ohchr.org/EN/HRBodies/UPR/Pages/Highlights2December2008pm.aspx',
      'https://www.ohchr.org/EN/HRBodies/UPR/Pages/Highlights10December2008pm.aspx',
      'https://web.test.ohchr.un-icc.cloud/en/hr-bodies/upr/highlights11-december2008pm'
    ]
  },
  {
    session: 4,
    cycle: 1,
    start: '2009-02-02',
    end: '2009-02-13',
    states: [
      { iso3: 'DEU' }, { iso3: 'DJI' }, { iso3: 'CAN' }, { iso3: 'BGD' }, { iso3: 'RUS' }, { iso3: 'AZE' },
      { iso3: 'CMR' }, { iso3: 'CUB' }, { iso3: 'SAU' }, { iso3: 'SEN' }, { iso3: 'CHN' }, { iso3: 'NGA' },
      { iso3: 'MEX' }, { iso3: 'MUS' }, { iso3: 'JOR' }, { iso3: 'MYS' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "UN press release (Jan 2009) gives dates and 'order of review'; OHCHR closing highlights (13 Feb 2009) confirm.",
    sources: [
      'https://ungeneva.org/zh/news-media/press-release/2009/01/human-rights-councils-universal-periodic-review-working-group-hold',
      'https://previous.ohchr.org/EN/HRBodies/UPR/Pages/Highlights13February2009.aspx',
      'https://ungeneva.org/zh/news-media/meeting-summary/2008/09/human-rights-council-determines-order-review-states-and-troikas',
      'shared/fixtures/upr-info/upr-info_export_sessions01-05.xls (UPR Info export, SuR/Session columns)',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv'
    ]
  },
  {
    session: 5,
    cycle: 1,
    start: '2009-05-04',
    end: '2009-05-15',
    states: [
      { iso3: 'CAF' }, { iso3: 'MCO' }, { iso3: 'BLZ' }, { iso3: 'TCD' }, { iso3: 'COG' }, { iso3: 'MLT' },
      { iso3: 'NZL' }, { iso3: 'AFG' }, { iso3: 'CHL' }, { iso3: 'VNM' }, { iso3: 'URY' }, { iso3: 'YEM' },
      { iso3: 'VUT' }, { iso3: 'MKD', nameAtReview: 'the former Yugoslav Republic of Macedonia' },
      { iso3: 'COM' }, { iso3: 'SVK' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "OHCHR 'UPR opens fifth session' gives 4-15 May and the order of review. A UPR Info news item says 'held from 1 to 15 May' (1 May 2009 was a Friday; treated as a typo). North Macedonia reviewed as 'the former Yugoslav Republic of Macedonia'.",
    sources: [
      'https://www.ohchr.org/EN/NewsEvents/Pages/UPR5thSession.aspx',
      'https://ungeneva.org/zh/news-media/meeting-summary/2008/09/human-rights-council-determines-order-review-states-and-troikas',
      'https://www.upr-info.org/en/newsletter/upr-trax-no3-5th-session-glance',
      'shared/fixtures/upr-info/upr-info_export_sessions01-05.xls (UPR Info export, SuR/Session columns)',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv'
    ]
  },
  {
    session: 6,
    cycle: 1,
    start: '2009-11-30',
    end: '2009-12-11',
    states: [
      { iso3: 'ERI' }, { iso3: 'CYP' }, { iso3: 'DOM' }, { iso3: 'KHM' }, { iso3: 'NOR', reviewDate: '2009-12-02' },
      { iso3: 'ALB' }, { iso3: 'COD' }, { iso3: 'CIV' }, { iso3: 'PRT', reviewDate: '2009-12-04' }, { iso3: 'BTN' },
      { iso3: 'DMA' }, { iso3: 'PRK' }, { iso3: 'BRN' }, { iso3: 'CRI' }, { iso3: 'GNQ' }, { iso3: 'ETH' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "Order of the first 13 from the HRC draw (UNGeneva, Sep 2008; text truncated after 'Br[unei]'); last four (Brunei Darussalam, Costa Rica, Equatorial Guinea, Ethiopia, reviewed 8-9 Dec) from OHCHR closing highlights. Dates from UPR Info Trax No8 and A/HRC/13/5 (Norway, 5th meeting, 2 Dec 2009).",
    sources: [
      'https://ungeneva.org/zh/news-media/meeting-summary/2008/09/human-rights-council-determines-order-review-states-and-troikas',
      'https://www.ohchr.org/EN/HRBodies/UPR/Pages/Highlights11December2009pm.aspx',
      'https://www.upr-info.org/en/newsletter/upr-trax-no8-upr-info-russian',
      'https://docslib.org/doc/1983157/general-assembly-distr-general-4-january-2010',
      'shared/fixtures/upr-info/upr-info_export_sessions06-09.xls (UPR Info export, SuR/Session columns)',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv',
      'https://previous.ohchr.org/EN/HRBodies/UPR/Pages/Highlights4December2009am.aspx'
    ]
  },
  {
    session: 7,
    cycle: 1,
    start: '2010-02-08',
    end: '2010-02-19',
    states: [
      { iso3: 'QAT' }, { iso3: 'NIC' }, { iso3: 'ITA' }, { iso3: 'SLV' }, { iso3: 'GMB' }, { iso3: 'BOL' },
      { iso3: 'FJI' }, { iso3: 'SMR' }, { iso3: 'KAZ' }, { iso3: 'AGO' }, { iso3: 'IRN' }, { iso3: 'MDG' },
      { iso3: 'IRQ' }, { iso3: 'SVN' }, { iso3: 'EGY' }, { iso3: 'BIH' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "OHCHR (4 and 8 Feb 2010): 8-19 Feb, 'in order of review'.",
    sources: [
      'http://www.ohchr.org/EN/NewsEvents/Pages/DisplayNews.aspx?NewsID=9804&LangID=E',
      'https://www.ohchr.org/EN/NewsEvents/Pages/UPRopensseventhsession.aspx',
      'shared/fixtures/upr-info/upr-info_export_sessions06-09.xls (UPR Info export, SuR/Session columns)',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv'
    ]
  },
  {
    session: 8,
    cycle: 1,
    start: '2010-05-03',
    end: '2010-05-14',
    states: [
      { iso3: 'KGZ' }, { iso3: 'KIR' }, { iso3: 'GIN' }, { iso3: 'LAO' }, { iso3: 'ESP' }, { iso3: 'LSO' },
      { iso3: 'KEN' }, { iso3: 'ARM' }, { iso3: 'GNB' }, { iso3: 'SWE' }, { iso3: 'GRD' },
      { iso3: 'TUR', nameAtReview: 'Turkey' }, { iso3: 'GUY' }, { iso3: 'KWT' }, { iso3: 'BLR' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "15 States (OHCHR background release 29 Apr 2010, 'in order of review'). Haiti, originally scheduled for 11 May 2010, was postponed after the January 2010 earthquake and reviewed in session 12. This explains the 15 names in the UPR Info export for session 8.",
    sources: [
      'https://web.dev.ohchr.un-icc.cloud/en/2010/04/eighth-session-human-rights-councils-universal-periodic-review-be-held-3-14-may-2010',
      'https://www.upr-info.org/en/newsletter/upr-trax-no12-session-8-starts-today',
      'http://archived2013.ishr.ch/archive-upr/754-universal-periodic-review-8th-session',
      'shared/fixtures/upr-info/upr-info_export_sessions06-09.xls (UPR Info export, SuR/Session columns)',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv'
    ]
  },
  {
    session: 9,
    cycle: 1,
    start: '2010-11-01',
    end: '2010-11-12',
    states: [
      { iso3: 'LBR' }, { iso3: 'MWI' }, { iso3: 'MNG' }, { iso3: 'PAN' }, { iso3: 'MDV' }, { iso3: 'AND' },
      { iso3: 'BGR' }, { iso3: 'HND' }, { iso3: 'USA' }, { iso3: 'MHL' }, { iso3: 'HRV' }, { iso3: 'JAM' },
      { iso3: 'LBY', nameAtReview: 'Libyan Arab Jamahiriya' }, { iso3: 'FSM' }, { iso3: 'LBN' },
      { iso3: 'MRT' }
    ],
    confidence: 'verified',
    orderStatus: 'adoption-order',
    dateStatus: 'sourced',
    note: "Originally scheduled 22 Nov-3 Dec 2010 (CRIN); moved to 1-12 Nov 2010 (UPR Info Trax No12). Order given is the HRC adoption order (UPR Info Trax No21); it matches the 2nd-cycle order (sessions 22-23). Libya reviewed as 'Libyan Arab Jamahiriya'.",
    sources: [
      'https://www.upr-info.org/en/newsletter/upr-trax-no12-session-8-starts-today',
      'https://www.upr-info.org/en/newsletter/upr-trax-no21-hrc-review-outcome-provides-little-change-upr',
      'http://www.crin.org/en/library/events/session-9-universal-periodic-review-22nd-november-3rd-december-2010',
      'shared/fixtures/upr-info/upr-info_export_sessions06-09.xls (UPR Info export, SuR/Session columns)',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv'
    ]
  },
  {
    session: 10,
    cycle: 1,
    start: '2011-01-24',
    end: '2011-02-04',
    states: [
      { iso3: 'NRU', reviewDate: '2011-01-24' }, { iso3: 'RWA' }, { iso3: 'NPL' }, { iso3: 'LCA' }, { iso3: 'OMN' },
      { iso3: 'MMR' }, { iso3: 'AUT', reviewDate: '2011-01-26' }, { iso3: 'AUS', reviewDate: '2011-01-27' },
      { iso3: 'GEO' }, { iso3: 'KNA' }, { iso3: 'STP' }, { iso3: 'NAM' }, { iso3: 'NER' }, { iso3: 'MOZ' },
      { iso3: 'EST' }, { iso3: 'PRY' }
    ],
    confidence: 'verified',
    orderStatus: 'derived',
    dateStatus: 'sourced',
    note: "Dates and the 16 States: WFUNA and A/HRC/17/3. Order NOT verified: only Nauru first (1st meeting, 24 Jan), Austria (26 Jan) and Australia (27 Jan) are sourced; the rest follows the 2nd-cycle order (sessions 23-24), and Myanmar's position is a guess.",
    sources: [
      'http://www.wfuna.org/upr-10th-session-0',
      'https://right-docs.org/doc/a-hrc-17-3',
      'http://iimageneva.org/10th-session-of-universal-periodic/',
      'https://www.humanrightsconsultant.at/universal-periodic-review-austria-and-australia/',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv'
    ]
  },
  {
    session: 11,
    cycle: 1,
    start: '2011-05-02',
    end: '2011-05-13',
    states: [
      { iso3: 'BEL' }, { iso3: 'DNK', reviewDate: '2011-05-02' }, { iso3: 'PLW' }, { iso3: 'SOM' }, { iso3: 'SYC' },
      { iso3: 'SLB' }, { iso3: 'LVA' }, { iso3: 'SLE' }, { iso3: 'SGP', reviewDate: '2011-05-06' }, { iso3: 'SUR' },
      { iso3: 'GRC' }, { iso3: 'WSM' }, { iso3: 'VCT' }, { iso3: 'SDN' }, { iso3: 'HUN' }, { iso3: 'PNG' }
    ],
    confidence: 'verified',
    orderStatus: 'adoption-order',
    dateStatus: 'sourced',
    note: "Dates and 16 States: Amnesty IOR41/008/2011 and WFUNA. Order = HRC adoption order (UPR Info Trax No25). Singapore reviewed 6 May 2011 (A/HRC/18/11). Sudan was reviewed before South Sudan's independence. rochelleterman/uprs (UPR Info data) also lists 'South Sudan' under session 11: recommendations addressed to South Sudan during Sudan's review, before its independence (July 2011); not a separate review.",
    sources: [
      'http://www.amnesty.org/fr/library/asset/IOR41/008/2011/en/8c18425f-0ce7-4966-a693-50136ba096eb/ior410082011en.html',
      'https://www.wfuna.org/upr-11th-session',
      'https://www.upr-info.org/en/newsletter/upr-trax-no25-tentative-deadline-stakeholders-submission-session-13-june-2012?page=1',
      'https://right-docs.org/doc/a-hrc-18-11',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv',
      'https://fngeneve.um.dk/en/copy-of-human-rights/upr'
    ]
  },
  {
    session: 12,
    cycle: 1,
    start: '2011-10-03',
    end: '2011-10-14',
    states: [
      { iso3: 'TJK' }, { iso3: 'TZA', reviewDate: '2011-10-03' }, { iso3: 'ATG' },
      { iso3: 'SWZ', nameAtReview: 'Swaziland' }, { iso3: 'TTO' }, { iso3: 'THA' },
      { iso3: 'IRL', reviewDate: '2011-10-06' }, { iso3: 'TGO' }, { iso3: 'SYR' }, { iso3: 'VEN' }, { iso3: 'ISL' },
      { iso3: 'ZWE' }, { iso3: 'LTU' }, { iso3: 'UGA' }, { iso3: 'TLS' }, { iso3: 'MDA' }, { iso3: 'HTI' }
    ],
    confidence: 'verified',
    orderStatus: 'adoption-order',
    dateStatus: 'sourced',
    note: "17 States (includes Haiti, postponed from session 8). Dates from A/HRC/19/4 (Tanzania, 2nd meeting, 3 Oct 2011). Order = HRC adoption order (UPR Info Trax No30). Ireland reviewed 6 Oct 2011. Eswatini reviewed as 'Swaziland'. This session closed the 1st cycle.",
    sources: [
      'https://right-docs.org/doc/a-hrc-19-4',
      'https://www.upr-info.org/en/newsletter/upr-trax-no30-deadlines-stakeholders-submission-available-entire-second-cycle',
      'https://www.kildarestreet.com/debate/?id=2012-03-13.552.7',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv'
    ]
  },
  {
    session: 13,
    cycle: 2,
    start: '2012-05-21',
    end: '2012-06-04',
    states: [
      { iso3: 'BHR', reviewDate: '2012-05-21' }, { iso3: 'ECU' }, { iso3: 'TUN' }, { iso3: 'MAR' }, { iso3: 'IDN' },
      { iso3: 'FIN' }, { iso3: 'GBR' }, { iso3: 'IND' }, { iso3: 'BRA' }, { iso3: 'PHL' }, { iso3: 'DZA' },
      { iso3: 'POL' }, { iso3: 'NLD' }, { iso3: 'ZAF' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "UPR Info Trax No25: the first 14 States of session 1 'in the same order'; APT gives the order of 8 of them. Dates: UPR Info Trax No28, APT, A/HRC/WG.6/13/L.4 (Bahrain, 1st meeting, 21 May 2012).",
    sources: [
      'https://www.upr-info.org/en/newsletter/upr-trax-no25-tentative-deadline-stakeholders-submission-session-13-june-2012?page=1',
      'https://www.upr-info.org/en/newsletter/upr-trax-no28-information-session-14-be-submitted-march',
      'https://apt.ch/news/second-cycle-un-review-process-human-rights-begins',
      'https://fdocuments.us/document/working-group-reporta-hrc-wg6-13-l4-bahrain',
      'https://right-docs.org/doc/a-hrc-dec-17-119',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv'
    ]
  },
  {
    session: 14,
    cycle: 2,
    start: '2012-10-22',
    end: '2012-11-05',
    states: [
      { iso3: 'CZE', nameAtReview: 'Czech Republic' }, { iso3: 'ARG' }, { iso3: 'GAB' }, { iso3: 'GHA' },
      { iso3: 'UKR', reviewDate: '2012-10-24' }, { iso3: 'GTM' }, { iso3: 'BEN' }, { iso3: 'KOR' }, { iso3: 'CHE' },
      { iso3: 'PAK' }, { iso3: 'ZMB' }, { iso3: 'JPN' }, { iso3: 'PER' }, { iso3: 'LKA' }
    ],
    confidence: 'verified',
    orderStatus: 'source-list',
    dateStatus: 'sourced',
    note: 'Order from WFUNA summary (Ukraine 5th, Peru 13th); A/HRC/22/7 (Ukraine reviewed at the 5th meeting, 24 Oct 2012) supports it. CRIN lists the same 14 with Peru 5th and Ukraine 13th (the scheduled draw order).',
    sources: [
      'https://archive.crin.org/en/library/events/universal-periodic-review-session-14.html',
      'https://www.wfuna.org/summary-of-the-14th-session-of-the-universal-periodic-review',
      'https://right-docs.org/doc/a-hrc-22-7',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv'
    ]
  },
  {
    session: 15,
    cycle: 2,
    start: '2013-01-21',
    end: '2013-02-01',
    states: [
      { iso3: 'FRA' }, { iso3: 'TON' }, { iso3: 'ROU' }, { iso3: 'MLI' }, { iso3: 'BWA' }, { iso3: 'BHS' },
      { iso3: 'BDI' }, { iso3: 'LUX', reviewDate: '2013-01-24' }, { iso3: 'BRB' }, { iso3: 'MNE' }, { iso3: 'ARE' },
      { iso3: 'LIE' }, { iso3: 'SRB' }
    ],
    confidence: 'verified',
    orderStatus: 'derived',
    dateStatus: 'sourced',
    note: '14 scheduled; 13 reviewed. Israel, scheduled for 29 Jan 2013, did not appear; the HRC rescheduled its review, which took place in session 17. Order not sourced (UPR Info lists alphabetically); order shown follows session 29 (cycle 3).',
    sources: [
      'https://www.upr-info.org/en/newsletter/upr-trax-no36-next-upr-israel-without-israel',
      'https://www.upr-info.org/en/newsletter/upr-trax-no37-israel-first-country-be-absent-its-own-upr',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv',
      'https://right-docs.org/doc/a-hrc-23-10'
    ]
  },
  {
    session: 16,
    cycle: 2,
    start: '2013-04-22',
    end: '2013-05-03',
    states: [
      { iso3: 'TKM' }, { iso3: 'BFA' }, { iso3: 'CPV', nameAtReview: 'Cape Verde' },
      { iso3: 'COL', reviewDate: '2013-04-23' }, { iso3: 'UZB' }, { iso3: 'TUV', reviewDate: '2013-04-24' },
      { iso3: 'DEU' }, { iso3: 'DJI' }, { iso3: 'CAN' }, { iso3: 'BGD' }, { iso3: 'RUS' }, { iso3: 'AZE' },
      { iso3: 'CMR' }, { iso3: 'CUB' }
    ],
    confidence: 'verified',
    orderStatus: 'source-list',
    dateStatus: 'sourced',
    note: "IDA information note and WFUNA (same sequence; matches sessions 30/44 OHCHR 'order of scheduled review').",
    sources: [
      'https://www.internationaldisabilityalliance.org/blog/ida-informatio%E2%80%8Bn-note-universal-periodic-review-opens-its-16th-session-22-april-2013',
      'https://www.wfuna.org/upr-16th-session',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv',
      'https://right-docs.org/doc/a-hrc-24-8',
      'https://previous.ohchr.org/EN/HRBodies/UPR/Pages/Highlights23April2013pm.aspx'
    ]
  },
  {
    session: 17,
    cycle: 2,
    start: '2013-10-21',
    end: '2013-11-01',
    states: [
      { iso3: 'SAU' }, { iso3: 'SEN' }, { iso3: 'CHN' }, { iso3: 'NGA' }, { iso3: 'MEX' }, { iso3: 'MUS' },
      { iso3: 'JOR' }, { iso3: 'MYS' }, { iso3: 'CAF' }, { iso3: 'MCO' }, { iso3: 'BLZ' }, { iso3: 'TCD' },
      { iso3: 'ISR' }, { iso3: 'COG' }, { iso3: 'MLT' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "15 States incl. Israel (rescheduled from session 15). OHCHR press release 17 Oct 2013, 'in order of scheduled review'.",
    sources: [
      'https://www.ohchr.org/en/press-releases/2013/10/human-rights-council-universal-periodic-review-working-group-hold?LangID=E&NewsID=13866',
      'https://www.ungeneva.org/en/news-media/press-release/2013/10/human-rights-council-universal-periodic-review-working-group-hold',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv'
    ]
  },
  {
    session: 18,
    cycle: 2,
    start: '2014-01-27',
    end: '2014-02-07',
    states: [
      { iso3: 'NZL' }, { iso3: 'AFG' }, { iso3: 'CHL' }, { iso3: 'KHM' }, { iso3: 'URY' }, { iso3: 'YEM' },
      { iso3: 'VUT' }, { iso3: 'MKD', nameAtReview: 'the former Yugoslav Republic of Macedonia' },
      { iso3: 'COM' }, { iso3: 'SVK' }, { iso3: 'ERI' }, { iso3: 'CYP' }, { iso3: 'DOM' }, { iso3: 'VNM' }
    ],
    confidence: 'verified',
    orderStatus: 'source-list',
    dateStatus: 'sourced',
    note: 'Dates: Norway mission and OHCHR NHRI page. Sequence as listed by the Norway mission (not explicitly called the order of review).',
    sources: [
      'http://www.norway-geneva.org/EFTA1/The-18th-session-of-the-Universal-Periodic-Review-/',
      'https://nhri.ohchr.org/EN/IHRS/UPR/Pages/2nd.aspx',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv'
    ]
  },
  {
    session: 19,
    cycle: 2,
    start: '2014-04-28',
    end: '2014-05-09',
    states: [
      { iso3: 'NOR', reviewDate: '2014-04-28' }, { iso3: 'ALB' }, { iso3: 'COD' }, { iso3: 'CIV' },
      { iso3: 'PRT', reviewDate: '2014-04-30' }, { iso3: 'BTN' }, { iso3: 'DMA' }, { iso3: 'PRK' }, { iso3: 'BRN' },
      { iso3: 'CRI' }, { iso3: 'GNQ' }, { iso3: 'ETH' }, { iso3: 'QAT' }, { iso3: 'NIC' }
    ],
    confidence: 'verified',
    orderStatus: 'derived',
    dateStatus: 'sourced',
    note: "States: UPR Info (alphabetical list, 'May 2014'). Dates: the Working Group report on Portugal (A/HRC/27/7) says it 'held its nineteenth session from 28 April to 9 May 2014'; the UK mission's statement is headed '19th Session of the Universal Periodic Review Working Group, Geneva, 28 April to 9 May 2014'. Review days: Norway Monday 28 April (OHCHR media brief), Portugal 30 April, 5th meeting (A/HRC/27/7; OHCHR media brief; UK statement). Order: Norway first and Portugal at the 5th meeting are sourced; the rest follows the 1st-cycle order (session 6) and HRC adoption groupings. Membership also matches rochelleterman/uprs (UPR Info data, session 19).",
    sources: [
      'https://upr-info.org/en/news/highest-number-recommendations-made-session-19',
      'https://previous.ohchr.org/EN/HRBodies/UPR/Pages/Highlights28April2014am.aspx',
      'https://www.wilpf.org/universal-periodic-review-what-happens-after-the-review/',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv',
      'https://right-docs.org/doc/a-hrc-27-7',
      'https://www.gov.uk/government/news/hrc-19th-session-of-the-universal-periodic-review-working-group-geneva-28-april-to-9-may-2014',
      'https://previous.ohchr.org/EN/HRBodies/UPR/Pages/Highlights30April2014am.aspx'
    ]
  },
  {
    session: 20,
    cycle: 2,
    start: '2014-10-27',
    end: '2014-11-07',
    states: [
      { iso3: 'ITA' }, { iso3: 'SLV' }, { iso3: 'GMB' }, { iso3: 'BOL' }, { iso3: 'FJI' }, { iso3: 'SMR' },
      { iso3: 'KAZ' }, { iso3: 'AGO' }, { iso3: 'IRN' }, { iso3: 'MDG' }, { iso3: 'IRQ' }, { iso3: 'SVN' },
      { iso3: 'EGY' }, { iso3: 'BIH' }
    ],
    confidence: 'verified',
    orderStatus: 'source-list',
    dateStatus: 'sourced',
    note: "OHCHR closing release 7 Nov 2014; IJRC gives 27 Oct-7 Nov. Sequence as listed (same as OHCHR 'order of scheduled review' for session 48).",
    sources: [
      'https://www.ohchr.org/en/press-releases/2014/11/human-rights-council-universal-periodic-review-working-group-concludes?LangID=E&NewsID=15273',
      'https://ijrcenter.org/2014/11/12/fourteen-states-undergo-universal-periodic-review',
      'github:rochelleterman/uprs@3dd6b2f3 sessions.csv (To/Session; UPR Info-derived) and v.2/Data/CSVs/{1-5,6-9,10-13,14-17,17-20}.csv'
    ]
  },
  {
    session: 21,
    cycle: 2,
    start: '2015-01-19',
    end: '2015-01-30',
    states: [
      { iso3: 'KGZ' }, { iso3: 'KIR' }, { iso3: 'GIN' }, { iso3: 'LAO' }, { iso3: 'ESP' }, { iso3: 'LSO' },
      { iso3: 'KEN' }, { iso3: 'ARM' }, { iso3: 'GNB' }, { iso3: 'SWE' }, { iso3: 'GRD' },
      { iso3: 'TUR', nameAtReview: 'Turkey' }, { iso3: 'GUY' }, { iso3: 'KWT' }
    ],
    confidence: 'verified',
    orderStatus: 'source-list',
    dateStatus: 'sourced',
    note: 'Università di Padova human rights centre: 19-30 Jan 2015, 14 States (sequence as listed).',
    sources: [
      'https://unipd-centrodirittiumani.it/it/notizie/consiglio-diritti-umani-21-sessione-del-gruppo-di-lavoro-sullesame-periodico-universale-upr-ginevra-19-30-gennaio-2015',
      'https://www.upr-info.org/en/news/extension-deadline-civil-society-reports-upr-21-and-22?page=2'
    ]
  },
  {
    session: 22,
    cycle: 2,
    start: '2015-05-04',
    end: '2015-05-15',
    states: [
      { iso3: 'BLR' }, { iso3: 'LBR' }, { iso3: 'MWI' }, { iso3: 'MNG' }, { iso3: 'PAN' }, { iso3: 'MDV' },
      { iso3: 'AND' }, { iso3: 'BGR' }, { iso3: 'HND' }, { iso3: 'USA' }, { iso3: 'MHL' }, { iso3: 'HRV' },
      { iso3: 'JAM' }, { iso3: 'LBY' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "IJRC: 'listed in the order of their scheduled reviews' (citing the OHCHR timetable). A/HRC/30/3: Belarus at the 1st meeting, 4 May 2015.",
    sources: [
      'https://ijrcenter.org/2015/05/14/human-rights-council-reviews-14-states-human-rights-records-during-upr-review',
      'https://right-docs.org/doc/a-hrc-30-3'
    ]
  },
  {
    session: 23,
    cycle: 2,
    start: '2015-11-02',
    end: '2015-11-13',
    states: [
      { iso3: 'FSM' }, { iso3: 'LBN' }, { iso3: 'MRT' }, { iso3: 'NRU' }, { iso3: 'RWA' }, { iso3: 'NPL' },
      { iso3: 'LCA' }, { iso3: 'OMN' }, { iso3: 'MMR' }, { iso3: 'AUT' }, { iso3: 'AUS' }, { iso3: 'GEO' },
      { iso3: 'KNA' }, { iso3: 'STP' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "OHCHR background release 29 Oct 2015, 'in order of scheduled review'.",
    sources: [
      'https://web.dev.ohchr.un-icc.cloud/en/press-releases/2015/10/human-rights-council-universal-periodic-review-working-group-hold-twenty'
    ]
  },
  {
    session: 24,
    cycle: 2,
    start: '2016-01-18',
    end: '2016-01-29',
    states: [
      { iso3: 'NAM' }, { iso3: 'NER' }, { iso3: 'MOZ' }, { iso3: 'EST' }, { iso3: 'PRY' }, { iso3: 'BEL' },
      { iso3: 'DNK', reviewDate: '2016-01-21' }, { iso3: 'PLW' }, { iso3: 'SOM' }, { iso3: 'SYC' }, { iso3: 'SLB' },
      { iso3: 'LVA' }, { iso3: 'SLE' }, { iso3: 'SGP', reviewDate: '2016-01-27' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "UPR Info: 18-29 Jan 2016, '(in order of review)'. Somalia 22 Jan, Singapore 27 Jan (WG reports).",
    sources: [
      'https://upr.info/en/news/refugee-crisis-and-climate-change-amongst-key-human-rights-concerns-raised-during-24th-session',
      'https://right-docs.org/doc/a-hrc-32-12',
      'https://right-docs.org/doc/a-hrc-32-17',
      'https://fngeneve.um.dk/en/copy-of-human-rights/upr'
    ]
  },
  {
    session: 25,
    cycle: 2,
    start: '2016-05-02',
    end: '2016-05-13',
    states: [
      { iso3: 'SUR' }, { iso3: 'GRC' }, { iso3: 'WSM' }, { iso3: 'VCT' }, { iso3: 'SDN' }, { iso3: 'HUN' },
      { iso3: 'PNG' }, { iso3: 'TJK' }, { iso3: 'TZA' }, { iso3: 'ATG' }, { iso3: 'SWZ', nameAtReview: 'Swaziland' },
      { iso3: 'TTO' }, { iso3: 'THA', reviewDate: '2016-05-11' }, { iso3: 'IRL', reviewDate: '2016-05-11' }
    ],
    confidence: 'verified',
    orderStatus: 'derived',
    dateStatus: 'sourced',
    note: 'Dates and 14 States: UPR Info (alphabetical). Order not sourced; shown in the 1st-cycle order (session 11 tail + session 12 head).',
    sources: [
      'https://upr-info.org/en/news/civil-society-participation-heart-25th-session-universal-periodic-review',
      'https://www.upr-info.org/en/news/recommendations-both-quantity-and-quality-made-25th-upr-session',
      'https://right-docs.org/doc/a-hrc-33-17',
      'https://www.mfa.go.th/en/content/5d5bcfe815e39c306001c435?cate=5d5bcb4e15e39c3060006834'
    ]
  },
  {
    session: 26,
    cycle: 2,
    start: '2016-10-31',
    end: '2016-11-11',
    states: [
      { iso3: 'TGO' }, { iso3: 'SYR' }, { iso3: 'VEN' }, { iso3: 'ISL' }, { iso3: 'ZWE' }, { iso3: 'LTU' },
      { iso3: 'UGA' }, { iso3: 'TLS' }, { iso3: 'MDA' }, { iso3: 'HTI' }, { iso3: 'SSD' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "11 States; closed the 2nd cycle. OHCHR 'order of scheduled review' text names 10 (Republic of Moldova omitted in that text though it says 11); UPR Info lists all 11 with Moldova between Timor-Leste and Haiti. South Sudan's first review. One UPR Info item says 31 Oct-9 Nov; OHCHR and another UPR Info item say 31 Oct-11 Nov.",
    sources: [
      'https://web.test.ohchr.un-icc.cloud/en/2016/10/human-rights-council-universal-periodic-review-working-group-hold-twenty-sixth-session-31?sub-site=HRC',
      'https://upr-info.org/es/node/1876',
      'https://upr-info.org/en/news/vast-majority-recommendations-26th-upr-session-supported'
    ]
  },
  {
    session: 27,
    cycle: 3,
    start: '2017-05-01',
    end: '2017-05-12',
    states: [
      { iso3: 'BHR', reviewDate: '2017-05-01' }, { iso3: 'ECU' }, { iso3: 'TUN' }, { iso3: 'MAR' }, { iso3: 'IDN' },
      { iso3: 'FIN' }, { iso3: 'GBR' }, { iso3: 'IND' }, { iso3: 'BRA' }, { iso3: 'PHL' }, { iso3: 'DZA' },
      { iso3: 'POL' }, { iso3: 'NLD' }, { iso3: 'ZAF' }
    ],
    confidence: 'verified',
    orderStatus: 'derived',
    dateStatus: 'sourced',
    note: 'Dates and 14 States: UPR Info Trax No73 (alphabetical). Bahrain at the 1st meeting, 1 May 2017 (A/HRC/36/3); rest of the order follows session 13 (not sourced).',
    sources: [
      'https://www.upr-info.org/en/newsletter/upr-trax-no-73-outcomes-of-upr-27',
      'https://right-docs.org/doc/a-hrc-36-3',
      'https://www.norway.no/en/missions/wto-un/our-priorities/human-rights/upr-2017/'
    ]
  },
  {
    session: 28,
    cycle: 3,
    start: '2017-11-06',
    end: '2017-11-17',
    states: [
      { iso3: 'CZE' }, { iso3: 'ARG' }, { iso3: 'GAB' }, { iso3: 'GHA' }, { iso3: 'PER' }, { iso3: 'GTM' },
      { iso3: 'BEN' }, { iso3: 'KOR' }, { iso3: 'CHE' }, { iso3: 'PAK', reviewDate: '2017-11-13' }, { iso3: 'ZMB' },
      { iso3: 'JPN' }, { iso3: 'UKR', reviewDate: '2017-11-15' }, { iso3: 'LKA', reviewDate: '2017-11-15' }
    ],
    confidence: 'verified',
    orderStatus: 'derived',
    dateStatus: 'sourced',
    note: '14 States: Sri Lanka MFA (via Asian Mirror / Ada Derana) and UPR Info. Pakistan 13 Nov, Ukraine 15 Nov (15th meeting), Sri Lanka 15 Nov 2017. Order otherwise follows the 1st-cycle order (not sourced); Ada Derana lists Switzerland before Korea and Benin.',
    sources: [
      'https://upr-info.org/en/news/almost-3000-recommendations-made-states-session-28',
      'https://mail.asianmirror.lk/news/item/26079-sri-lanka-to-be-reviewed-at-universal-periodic-review-of-ohchr-today',
      'http://www.adaderana.lk/news/46440/unhrc-to-adopt-sri-lankas-upr-report-on-monday',
      'https://right-docs.org/doc/a-hrc-37-16',
      'https://epaper.brecorder.com/2017/09/21/5-page/671990-news.html'
    ]
  },
  {
    session: 29,
    cycle: 3,
    start: '2018-01-15',
    end: '2018-01-26',
    states: [
      { iso3: 'FRA' }, { iso3: 'TON' }, { iso3: 'ROU' }, { iso3: 'MLI' }, { iso3: 'BWA' }, { iso3: 'BHS' },
      { iso3: 'BDI' }, { iso3: 'LUX', reviewDate: '2018-01-18' }, { iso3: 'BRB' }, { iso3: 'MNE' }, { iso3: 'ARE' },
      { iso3: 'ISR' }, { iso3: 'LIE' }, { iso3: 'SRB' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "UNGeneva press release, 'in order of scheduled review'.",
    sources: [
      'https://www.ungeneva.org/en/news-media/press-release/2018/01/human-rights-council-universal-periodic-review-working-group-hold',
      'https://right-docs.org/doc/a-hrc-38-11'
    ]
  },
  {
    session: 30,
    cycle: 3,
    start: '2018-05-07',
    end: '2018-05-18',
    states: [
      { iso3: 'TKM', reviewDate: '2018-05-07' }, { iso3: 'BFA' }, { iso3: 'CPV' }, { iso3: 'DEU' }, { iso3: 'UZB' },
      { iso3: 'TUV', reviewDate: '2018-05-09' }, { iso3: 'COL' }, { iso3: 'DJI' }, { iso3: 'CAN' }, { iso3: 'BGD' },
      { iso3: 'RUS' }, { iso3: 'AZE' }, { iso3: 'CMR' }, { iso3: 'CUB' }
    ],
    confidence: 'verified',
    orderStatus: 'source-list',
    dateStatus: 'sourced',
    note: "States and sequence: Maldives mission (session start day). Dates: the Working Group report on Tuvalu (A/HRC/39/8) says it 'held its thirtieth session from 7 to 18 May 2018'; Tuvalu reviewed at the 6th meeting, 9 May 2018. Turkmenistan reviewed 7 May (Turkmen embassy; Italy mission). Sequence is consistent with Italy's statement order and the HRC adoption grouping (Turkmenistan, Burkina Faso, Cabo Verde, Germany).",
    sources: [
      'http://maldivesmission.ch/30th-session-of-universal-periodic-review-begins-today/',
      'https://italiarappginevra.esteri.it/it/news/dalla_rappresentanza/2018/06/terzo-ciclo-dell-esame-periodico/',
      'https://usa.tmembassy.gov.tm/en/news/13589',
      'https://www.ohchr.org/en/press-releases/2018/09/human-rights-council-adopts-universal-periodic-review-outcomes-turkmenistan',
      'https://right-docs.org/doc/a-hrc-39-8'
    ]
  },
  {
    session: 31,
    cycle: 3,
    start: '2018-11-05',
    end: '2018-11-16',
    states: [
      { iso3: 'SAU' }, { iso3: 'SEN' }, { iso3: 'CHN' }, { iso3: 'NGA' }, { iso3: 'MEX' }, { iso3: 'MUS' },
      { iso3: 'JOR' }, { iso3: 'MYS' }, { iso3: 'CAF' }, { iso3: 'MCO' }, { iso3: 'BLZ' }, { iso3: 'TCD' },
      { iso3: 'COG' }, { iso3: 'MLT' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "UPR Info (reproducing the OHCHR release): 5-16 November, 'in order of scheduled review'.",
    sources: [
      'https://www.upr-info.org/en/news/31st-session-of-the-universal-periodic-review'
    ]
  },
  {
    session: 32,
    cycle: 3,
    start: '2019-01-21',
    end: '2019-02-01',
    states: [
      { iso3: 'NZL', reviewDate: '2019-01-21' }, { iso3: 'AFG' }, { iso3: 'CHL' }, { iso3: 'VNM' }, { iso3: 'URY' },
      { iso3: 'YEM' }, { iso3: 'VUT' }, { iso3: 'MKD', nameAtReview: 'the former Yugoslav Republic of Macedonia' },
      { iso3: 'COM' }, { iso3: 'SVK' }, { iso3: 'ERI' }, { iso3: 'CYP' }, { iso3: 'DOM' }, { iso3: 'KHM' }
    ],
    confidence: 'verified',
    orderStatus: 'source-list',
    dateStatus: 'sourced',
    note: "UPR Info and converge.org.nz: 21 Jan-1 Feb 2019; New Zealand reviewed 21 Jan. Sequence as listed. North Macedonia reviewed as 'the former Yugoslav Republic of Macedonia'.",
    sources: [
      'https://www.upr-info.org/en/news/conclusion-32nd-session-upr',
      'http://www.converge.org.nz/pma/nzupr3-session.htm'
    ]
  },
  {
    session: 33,
    cycle: 3,
    start: '2019-05-06',
    end: '2019-05-17',
    states: [
      { iso3: 'NOR' }, { iso3: 'ALB' }, { iso3: 'COD', reviewDate: '2019-05-07' }, { iso3: 'CIV' },
      { iso3: 'PRT', reviewDate: '2019-05-08' }, { iso3: 'BTN', reviewDate: '2019-05-08' }, { iso3: 'DMA' },
      { iso3: 'PRK', reviewDate: '2019-05-09' }, { iso3: 'BRN' }, { iso3: 'CRI' }, { iso3: 'GNQ' }, { iso3: 'ETH' },
      { iso3: 'QAT' }, { iso3: 'NIC' }
    ],
    confidence: 'verified',
    orderStatus: 'source-list',
    dateStatus: 'sourced',
    note: "Dates: A/HRC/WG.6/33/L.6 (Bhutan draft report), the Norway mission ('UPR 33rd session 06 May - 17 May') and UPR Info ('held its sessions from 6-17 May 2019'). States: UPR Info's highlights of the session name the 14 (Norway, Albania, Democratic Republic of the Congo, Côte d'Ivoire, Portugal, Bhutan, Dominica, Democratic People's Republic of Korea, Brunei Darussalam, Costa Rica, Equatorial Guinea, Ethiopia, Qatar, Nicaragua); sequence as listed, the same as sessions 19 and 47 and consistent with the sourced review days: Democratic Republic of the Congo 7 May, Portugal and Bhutan 8 May, Democratic People's Republic of Korea 9 May (Norway and Denmark missions' statements; Bhutan draft report).",
    sources: [
      'https://docslib.org/doc/335806/general-assembly-unedited-version',
      'https://www.norway.no/en/missions/wto-un/nig/statements/hr/upr/upr-33rd-session-06-may---17-may2/upr-drc/',
      'https://www.norway.no/en/missions/wto-un/nig/statements/hr/upr/upr-33rd-session-06-may---17-may2/portugal-statement-norway/',
      'https://www.norway.no/en/missions/wto-un/nig/statements/hr/upr/upr-33rd-session-06-may---17-may2/upr-dprk/',
      'https://upr-info.org/en/news/highlights-33rd-upr-session-sdgs-climate-change-and-lgbti-rights',
      'https://fngeneve.um.dk/en/aboutus/statements/newsdisplaypage/?newsid=1f08eda5-0908-43a4-9cd4-6f312efff851&printservice=1'
    ]
  },
  {
    session: 34,
    cycle: 3,
    start: '2019-11-04',
    end: '2019-11-15',
    states: [
      { iso3: 'ITA' }, { iso3: 'SLV' }, { iso3: 'GMB' }, { iso3: 'BOL' }, { iso3: 'FJI' }, { iso3: 'SMR' },
      { iso3: 'KAZ' }, { iso3: 'AGO' }, { iso3: 'IRN' }, { iso3: 'MDG' }, { iso3: 'IRQ' }, { iso3: 'SVN' },
      { iso3: 'EGY' }, { iso3: 'BIH' }
    ],
    confidence: 'verified',
    orderStatus: 'source-list',
    dateStatus: 'sourced',
    note: 'UPR Info: 4-15 Nov 2019. Sequence as listed (matches sessions 20 and 48).',
    sources: [
      'https://upr-info.org/en/news/conclusion-34th-session-upr',
      'https://reliefweb.int/report/fiji/report-working-group-universal-periodic-review-ahrc438'
    ]
  },
  {
    session: 35,
    cycle: 3,
    start: '2020-01-20',
    end: '2020-01-31',
    states: [
      { iso3: 'KGZ' }, { iso3: 'GIN' }, { iso3: 'LAO' }, { iso3: 'ESP' }, { iso3: 'LSO' }, { iso3: 'KEN' },
      { iso3: 'ARM' }, { iso3: 'GNB' }, { iso3: 'SWE' }, { iso3: 'GRD' },
      { iso3: 'TUR', nameAtReview: 'Turkey' }, { iso3: 'KIR' }, { iso3: 'GUY' }, { iso3: 'KWT' }
    ],
    confidence: 'verified',
    orderStatus: 'source-list',
    dateStatus: 'sourced',
    note: "UPR Info: 20-31 Jan 2020; sequence as listed (Kiribati 12th, unlike cycles 1-2). Türkiye reviewed as 'Turkey'.",
    sources: [
      'https://upr-info.org/en/news/conclusion-35th-session-upr',
      'https://www.ungeneva.org/en/news-media/meeting-summary/2020/09/human-rights-council-adopts-universal-periodic-review-outcomes'
    ]
  },
  {
    session: 36,
    cycle: 3,
    start: '2020-11-02',
    end: '2020-11-13',
    states: [
      { iso3: 'BLR' }, { iso3: 'LBR' }, { iso3: 'MWI' }, { iso3: 'PAN' }, { iso3: 'MNG' }, { iso3: 'MDV' },
      { iso3: 'AND' }, { iso3: 'HND' }, { iso3: 'BGR' }, { iso3: 'MHL' }, { iso3: 'USA' }, { iso3: 'HRV' },
      { iso3: 'LBY' }, { iso3: 'JAM' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "Scheduled 4-15 May 2020, postponed to 2-13 Nov 2020 because of COVID-19 (sessions 37-40 shifted accordingly). OHCHR release: 'in order of scheduled review'.",
    sources: [
      'https://web.test.ohchr.un-icc.cloud/en/press-releases/2020/10/human-rights-council-universal-periodic-review-working-group-hold-thirty',
      'https://upr-info.org/en/news/may-2020-session-upr-working-group-postponed'
    ]
  },
  {
    session: 37,
    cycle: 3,
    start: '2021-01-18',
    end: '2021-01-29',
    states: [
      { iso3: 'FSM' }, { iso3: 'LBN' }, { iso3: 'MRT' }, { iso3: 'NRU' }, { iso3: 'RWA' }, { iso3: 'NPL' },
      { iso3: 'LCA' }, { iso3: 'OMN' }, { iso3: 'MMR', reviewDate: '2021-01-25' }, { iso3: 'AUT' }, { iso3: 'AUS' },
      { iso3: 'GEO' }, { iso3: 'KNA' }, { iso3: 'STP' }
    ],
    confidence: 'verified',
    orderStatus: 'derived',
    dateStatus: 'sourced',
    note: "Dates: IIMA (18-29 Jan 2021). 14 States: OHCHR 'Cycles of the UPR' page (37th session press releases). Myanmar reviewed 25 Jan 2021; its outcome adoption was later postponed repeatedly. Order not sourced; shown in session-23 order.",
    sources: [
      'http://iimageneva.org/it/tag/sgec-l-it/',
      'https://www.ohchr.org/EN/HRBodies/UPR/Pages/CyclesUPR.aspx',
      'https://www.myanmargeneva.org/myanmars-third-cycle-report-on-human-rights-issue-reviewed-at-37th-session-of-upr/'
    ]
  },
  {
    session: 38,
    cycle: 3,
    start: '2021-05-03',
    end: '2021-05-14',
    states: [
      { iso3: 'NAM', reviewDate: '2021-05-03' }, { iso3: 'NER' }, { iso3: 'MOZ' }, { iso3: 'EST' },
      { iso3: 'BEL', reviewDate: '2021-05-05' }, { iso3: 'PRY' }, { iso3: 'DNK', reviewDate: '2021-05-06' },
      { iso3: 'SOM' }, { iso3: 'PLW' }, { iso3: 'SLB' }, { iso3: 'SYC' }, { iso3: 'LVA' },
      { iso3: 'SGP', reviewDate: '2021-05-12' }, { iso3: 'SLE' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "OHCHR release 28 Apr 2021, 'in order of scheduled review'.",
    sources: [
      'https://www.ohchr.org/SP/HRBodies/HRC/Pages/NewsDetail.aspx?NewsID=27032&LangID=S',
      'https://upr-info.org/en/news/conclusion-38th-session-upr-working-group',
      'https://economist.com.na/61014/extra/namibias-human-rights-record-to-be-examined-by-universal-periodic-review/',
      'https://docslib.org/doc/760654/38th-upr-working-group-sessions-sogiesc-recommendations-3-14-may-2021',
      'https://fngeneve.um.dk/en/copy-of-human-rights/upr',
      'https://mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2021/05/20210512-Singapore-Third-UPR'
    ]
  },
  {
    session: 39,
    cycle: 3,
    start: '2021-11-01',
    end: '2021-11-12',
    states: [
      { iso3: 'HUN' }, { iso3: 'SUR' }, { iso3: 'WSM' }, { iso3: 'GRC' }, { iso3: 'VCT' }, { iso3: 'PNG' },
      { iso3: 'TJK' }, { iso3: 'TZA' }, { iso3: 'SWZ' }, { iso3: 'ATG' }, { iso3: 'TTO' },
      { iso3: 'THA', reviewDate: '2021-11-10' }, { iso3: 'IRL' }
    ],
    confidence: 'verified',
    orderStatus: 'adoption-order',
    dateStatus: 'sourced',
    note: "14 scheduled (OHCHR media advisory mirror: 'Sudan is one of the 14 States ... 1 to 12 November'); 13 reviewed; Sudan was reviewed in session 40 (reason not stated in sources found). Order = HRC49 adoption order (UPR Info); a TDI report gives a slightly different first-week sequence.",
    sources: [
      'http://waterproof-coating.com/samoa-s-human-rights-record-to-be-examined-by-universal-periodic-review',
      'https://thediplomaticinsight.com/unhrc-periodic-review-39th-session-suriname/',
      'https://upr.info/en/news/adoption-upr-outcomes-49th-session-hrc-some-highlights',
      'https://mfa.go.th/en/content/uprreport-2?menu=5d5bd3cb15e39c306002a9b0&page=5d5bd3da15e39c306002aaf9'
    ]
  },
  {
    session: 40,
    cycle: 3,
    start: '2022-01-24',
    end: '2022-02-03',
    states: [
      { iso3: 'TGO' }, { iso3: 'SYR' }, { iso3: 'ISL' }, { iso3: 'VEN' }, { iso3: 'ZWE' }, { iso3: 'LTU' },
      { iso3: 'UGA' }, { iso3: 'TLS' }, { iso3: 'MDA' }, { iso3: 'SSD' }, { iso3: 'HTI' }, { iso3: 'SDN' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "OHCHR release 19 Jan 2022 (mirror): 24 Jan-3 Feb, 12 States 'in order of scheduled review', closing the 3rd cycle. UPR Info gives 24 Jan-9 Feb (treated as a typo).",
    sources: [
      'http://waterproof-coating.com/human-rights-council-universal-periodic-review-working-group-to-hold-fortieth-session-in-geneva-from-24-january',
      'https://upr-info.org/fr/node/2342'
    ]
  },
  {
    session: 41,
    cycle: 4,
    start: '2022-11-07',
    end: '2022-11-18',
    states: [
      { iso3: 'BHR' }, { iso3: 'ECU' }, { iso3: 'TUN' }, { iso3: 'MAR' }, { iso3: 'IDN' }, { iso3: 'FIN' },
      { iso3: 'GBR' }, { iso3: 'IND' }, { iso3: 'DZA' }, { iso3: 'PHL' }, { iso3: 'BRA' }, { iso3: 'POL' },
      { iso3: 'NLD' }, { iso3: 'ZAF' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "OHCHR release (silkway mirror): 7-18 Nov 2022, 'in order of scheduled review'; 4th cycle runs Nov 2022-Feb 2027.",
    sources: [
      'https://www.silkway.news/universal-periodic-review-working-group-99603/',
      'https://worldconference.ilga.org/upr-deadlines'
    ]
  },
  {
    session: 42,
    cycle: 4,
    start: '2023-01-23',
    end: '2023-02-03',
    states: [
      { iso3: 'CZE' }, { iso3: 'ARG' }, { iso3: 'GAB' }, { iso3: 'GHA' }, { iso3: 'PER' }, { iso3: 'GTM' },
      { iso3: 'BEN' }, { iso3: 'KOR' }, { iso3: 'CHE' }, { iso3: 'PAK' }, { iso3: 'ZMB' }, { iso3: 'JPN' },
      { iso3: 'LKA' }
    ],
    confidence: 'verified',
    orderStatus: 'source-list',
    dateStatus: 'sourced',
    note: '13 States; Ukraine (in this group in cycles 1-3) is absent and no source found says when its 4th review takes place. UPR Info key highlights and ILGA: 23 Jan-3 Feb 2023 (a UPR Info agenda page says 22 Jan). Czech Republic first; sequence as listed.',
    sources: [
      'https://upr.info/en/news/42nd-upr-working-group-key-highlights',
      'https://worldconference.ilga.org/upr-deadlines',
      'https://upr-info.org/en/news/upr-outcomes-53-session-hrc-highlights'
    ]
  },
  {
    session: 43,
    cycle: 4,
    start: '2023-05-01',
    end: '2023-05-12',
    states: [
      { iso3: 'FRA' }, { iso3: 'TON' }, { iso3: 'ROU' }, { iso3: 'MLI' }, { iso3: 'BWA' }, { iso3: 'BHS' },
      { iso3: 'BDI' }, { iso3: 'LUX' }, { iso3: 'BRB' }, { iso3: 'MNE' }, { iso3: 'ARE' }, { iso3: 'ISR' },
      { iso3: 'LIE' }, { iso3: 'SRB' }
    ],
    confidence: 'verified',
    orderStatus: 'source-list',
    dateStatus: 'sourced',
    note: 'UPR Info key highlights and ILGA: 1-12 May 2023; France first; sequence as listed.',
    sources: [
      'https://universalperiodicreview.com/en/news/43rd-upr-working-group-key-highlights',
      'https://worldconference.ilga.org/upr-deadlines',
      'https://www.looptonga.com/tonga-news/tonga%E2%80%99s-human-rights-record-be-examined-universal-periodic-review-119597'
    ]
  },
  {
    session: 44,
    cycle: 4,
    start: '2023-11-06',
    end: '2023-11-17',
    states: [
      { iso3: 'TKM' }, { iso3: 'BFA' }, { iso3: 'CPV' }, { iso3: 'COL' }, { iso3: 'UZB' }, { iso3: 'TUV' },
      { iso3: 'DEU' }, { iso3: 'DJI' }, { iso3: 'CAN' }, { iso3: 'BGD' }, { iso3: 'RUS' }, { iso3: 'AZE' },
      { iso3: 'CMR' }, { iso3: 'CUB' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "OHCHR release 1 Nov 2023, 'in order of scheduled review'.",
    sources: [
      'https://web.test.ohchr.un-icc.cloud/en/press-releases/2023/11/human-rights-records-14-states-be-examined-during-universal-periodic-review?sub-site=HRC',
      'https://worldconference.ilga.org/upr-deadlines'
    ]
  },
  {
    session: 45,
    cycle: 4,
    start: '2024-01-22',
    end: '2024-02-02',
    states: [
      { iso3: 'SAU' }, { iso3: 'SEN' }, { iso3: 'CHN' }, { iso3: 'NGA', reviewDate: '2024-01-23' }, { iso3: 'MEX' },
      { iso3: 'MUS' }, { iso3: 'JOR' }, { iso3: 'MYS' }, { iso3: 'CAF' }, { iso3: 'MCO' }, { iso3: 'BLZ' },
      { iso3: 'TCD' }, { iso3: 'COG' }, { iso3: 'MLT' }
    ],
    confidence: 'verified',
    orderStatus: 'source-list',
    dateStatus: 'sourced',
    note: 'UPR Info: 22 Jan-2 Feb 2024; Saudi Arabia first, Senegal second; Nigeria 23 Jan. Sequence per ILGA list (HRC56 adoption order has Mauritius before Mexico).',
    sources: [
      'https://www.upr-info.org/en/news/45th-upr-working-group-key-highlights',
      'https://worldconference.ilga.org/upr-deadlines',
      'https://dailypost.ng/2024/01/18/nigerias-human-rights-record-to-be-reviewed-in-geneva-jan-23/',
      'https://upr-info.org/en/news/upr-adoptions-56th-session-hrc-key-highlights'
    ]
  },
  {
    session: 46,
    cycle: 4,
    start: '2024-04-29',
    end: '2024-05-10',
    states: [
      { iso3: 'NZL' }, { iso3: 'AFG' }, { iso3: 'CHL' }, { iso3: 'CYP' }, { iso3: 'URY' }, { iso3: 'YEM' },
      { iso3: 'VUT' }, { iso3: 'MKD' }, { iso3: 'COM' }, { iso3: 'SVK' }, { iso3: 'ERI' }, { iso3: 'VNM' },
      { iso3: 'DOM' }, { iso3: 'KHM' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "OHCHR release (National Tribune mirror), 'in order of scheduled review'. Afghanistan reviewed 29 Apr 2024, represented by the mission of the pre-2021 government.",
    sources: [
      'https://www.nationaltribune.com.au/human-rights-records-of-14-states-to-be-examined-by-universal-periodic-review-mechanism/',
      'https://upr-info.org/en/news/46th-upr-working-group-key-highlights',
      'https://www.afghanembassy.au/news/afghanistan-s-human-rights-review-a-critical-juncture.html'
    ]
  },
  {
    session: 47,
    cycle: 4,
    start: '2024-11-04',
    end: '2024-11-15',
    states: [
      { iso3: 'NOR' }, { iso3: 'ALB' }, { iso3: 'COD' }, { iso3: 'CIV' }, { iso3: 'PRT', reviewDate: '2024-11-06' },
      { iso3: 'BTN' }, { iso3: 'DMA' }, { iso3: 'PRK' }, { iso3: 'BRN' }, { iso3: 'CRI' }, { iso3: 'GNQ' },
      { iso3: 'ETH' }, { iso3: 'QAT' }, { iso3: 'NIC' }
    ],
    confidence: 'verified',
    orderStatus: 'source-list',
    dateStatus: 'sourced',
    note: "UPR Info key highlights: 4-15 Nov 2024. Its list names 13 States and separately discusses Côte d'Ivoire's review (14). Sequence as listed with Côte d'Ivoire placed 4th by analogy with earlier cycles (not sourced).",
    sources: [
      'https://upr-info.org/en/news/47th-upr-working-group-key-highlights',
      'https://www.provedor-jus.pt/en/universal-periodic-review-2024-ombudsman-submits-report-on-the-human-rights-situation-in-portugal/'
    ]
  },
  {
    session: 48,
    cycle: 4,
    start: '2025-01-20',
    end: '2025-01-31',
    states: [
      { iso3: 'ITA' }, { iso3: 'SLV' }, { iso3: 'GMB' }, { iso3: 'BOL' }, { iso3: 'FJI' }, { iso3: 'SMR' },
      { iso3: 'KAZ' }, { iso3: 'AGO' }, { iso3: 'IRN' }, { iso3: 'MDG' }, { iso3: 'IRQ' }, { iso3: 'SVN' },
      { iso3: 'EGY' }, { iso3: 'BIH' }
    ],
    confidence: 'verified',
    orderStatus: 'source',
    dateStatus: 'sourced',
    note: "OHCHR release 15 Jan 2025 (APO/MENAFN), 'in order of scheduled review'.",
    sources: [
      'https://menafn.com/1109093979/Human-Rights-Records-Of-14-States-To-Be-Examined-By-Universal-Periodic-Review-Mechanism'
    ]
  },
  {
    session: 49,
    cycle: 4,
    start: '2025-04-28',
    end: '2025-05-09',
    states: [
      { iso3: 'KGZ' }, { iso3: 'GIN' }, { iso3: 'LAO' }, { iso3: 'ESP' }, { iso3: 'LSO' }, { iso3: 'KEN' },
      { iso3: 'ARM' }, { iso3: 'GNB' }, { iso3: 'SWE' }, { iso3: 'GRD' }, { iso3: 'TUR' }, { iso3: 'KIR' },
      { iso3: 'GUY' }, { iso3: 'KWT' }
    ],
    confidence: 'verified',
    orderStatus: 'derived',
    dateStatus: 'sourced',
    note: 'UPR Info: 28 Apr-9 May 2025, 14 States (alphabetical). Order not sourced; shown in session-35 order.',
    sources: [
      'https://upr-info.org/en/news/49th-upr-working-group-key-highlights',
      'https://gchragd.org/universal-periodic-review-upr49'
    ]
  },
  {
    session: 50,
    cycle: 4,
    start: '2025-11-03',
    end: '2025-11-14',
    states: [
      { iso3: 'BLR' }, { iso3: 'LBR' }, { iso3: 'MWI' }, { iso3: 'PAN' }, { iso3: 'MNG' },
      { iso3: 'MDV', reviewDate: '2025-11-05' }, { iso3: 'AND' }, { iso3: 'HND' }, { iso3: 'BGR' }, { iso3: 'MHL' },
      { iso3: 'HRV' }, { iso3: 'LBY' }, { iso3: 'JAM' }
    ],
    confidence: 'verified',
    orderStatus: 'derived',
    dateStatus: 'sourced',
    note: "14 scheduled incl. the United States (Corporate Maldives: 3-14 Nov 2025). The US announced on 28 Aug 2025 it would not take part; on 7 Nov 2025 (its scheduled date) the HRC adopted a decision postponing its 4th review to 2026 (Padova: 'April 2026, during the 53rd session'; Xinhua: '2026'). 13 reviewed. Maldives reviewed 5 Nov. Order not sourced; shown in session-36 order.",
    sources: [
      'https://corporatemaldives.com/50th-upr-session-begins-in-geneva-maldives-to-be-reviewed-on-5-november',
      'https://unipd-centrodirittiumani.it/en/news/united-nations-human-rights-council-universal-periodic-review-of-the-united-states-rescheduled-to-next-year',
      'http://en.people.cn/n3/2025/1108/c90000-20388162.html',
      'https://menafn.com/1110312176/US-Rebuked-At-UN-In-Geneva-For-Refusing-To-Cooperate'
    ]
  },
  {
    session: 51,
    cycle: 4,
    start: '2026-01-19',
    end: '2026-01-30',
    states: [
      { iso3: 'FSM', reviewDate: '2026-01-19' }, { iso3: 'LBN', reviewDate: '2026-01-19' },
      { iso3: 'MRT', reviewDate: '2026-01-20' }, { iso3: 'NRU', reviewDate: '2026-01-20' },
      { iso3: 'RWA', reviewDate: '2026-01-21' }, { iso3: 'NPL', reviewDate: '2026-01-21' },
      { iso3: 'LCA', reviewDate: '2026-01-22' }, { iso3: 'OMN', reviewDate: '2026-01-22' },
      { iso3: 'AUT', reviewDate: '2026-01-23' }, { iso3: 'AUS' }, { iso3: 'GEO', reviewDate: '2026-01-26' },
      { iso3: 'KNA', reviewDate: '2026-01-27' }, { iso3: 'STP', reviewDate: '2026-01-27' }
    ],
    confidence: 'verified',
    orderStatus: 'derived',
    dateStatus: 'sourced',
    note: "FMSI: 19-30 Jan 2026, 13 States (Myanmar, in this group in cycles 1-3, not listed). Australia's statements dated 19-27 Jan (Micronesia, Lebanon 19; Mauritania, Nauru 20; Nepal, Rwanda 21; Oman, Saint Lucia 22; Austria 23; Georgia 26; Saint Kitts and Nevis, Sao Tome and Principe 27). Order derived from those dates and session 23. Human Rights Myanmar: Myanmar's 4th review pushed to January 2027.",
    sources: [
      'https://fmsi.ngo/?p=33007',
      'https://www.dfat.gov.au/international-relations/themes/human-rights/universal-periodic-review/51st-session-universal-periodic-review',
      'https://humanrightsmyanmar.org/?p=1523'
    ]
  },
  {
    session: 52,
    cycle: 4,
    start: null,
    end: null,
    states: [
      { iso3: 'NAM' }, { iso3: 'NER' }, { iso3: 'MOZ' }, { iso3: 'EST' }, { iso3: 'BEL' }, { iso3: 'PRY' },
      { iso3: 'DNK' }, { iso3: 'SOM' }, { iso3: 'PLW' }, { iso3: 'SLB' }, { iso3: 'SYC' }, { iso3: 'LVA' },
      { iso3: 'SGP' }, { iso3: 'SLE' }
    ],
    confidence: 'derived',
    orderStatus: 'derived',
    dateStatus: 'not found',
    note: "Held by the calendar's pattern (April/May 2026), but no source found gives its dates or its list: the stored sources searched (OHCHR and UN Geneva releases, UPR Info, missions' pages) stop in late 2025. Singapore MFA: Singapore's 4th UPR 'scheduled for April/May 2026 during the 52nd session'; Denmark's mission: 'Denmark's next review will take place in April/May 2026'. The 14 States come from the N-14 rule (session 38). The dates are estimated by the app.",
    sources: [
      'https://www.mfa.gov.sg/SINGAPORES-FOREIGN-POLICY/Key-Issues/Singapore-Universal-Periodic-Review',
      'https://fngeneve.um.dk/en/copy-of-human-rights/upr',
      'https://right-docs.org/doc/a-hrc-dec-17-119'
    ]
  },
  {
    session: 53,
    cycle: 4,
    start: null,
    end: null,
    states: [
      { iso3: 'HUN' }, { iso3: 'SUR' }, { iso3: 'WSM' }, { iso3: 'GRC' }, { iso3: 'VCT' }, { iso3: 'PNG' },
      { iso3: 'TJK' }, { iso3: 'TZA' }, { iso3: 'SWZ' }, { iso3: 'ATG' }, { iso3: 'TTO' }, { iso3: 'THA' },
      { iso3: 'IRL' }, { iso3: 'USA' }
    ],
    confidence: 'uncertain',
    orderStatus: 'derived',
    dateStatus: 'not found',
    note: "Held by the calendar's pattern (Oct/Nov 2026), but no source found gives its dates or its list (the stored sources searched stop in late 2025). 13 States from the N-14 rule (session 39, 13 States; Sudan moved to session 40 in cycle 3). The dates are estimated by the app. ESTIMATE: the United States of America is placed here by the app. It was scheduled for session 50 (3-14 Nov 2025) and did not take part; on 7 Nov 2025 the HRC decided to reschedule its 4th review in 2026. Sources disagree on when: Devdiscourse reports the decision as rescheduling it 'to the 53rd session of the UPR Working Group in 2026'; the Padova human-rights centre says 'April 2026, during the 53rd session'; CNNBC says 'tentatively rescheduled for November 2026'; Xinhua, TWN and the ACLU say only '2026'. April/May 2026 is session 52 (Singapore MFA, Denmark's mission), so 'April' and '53rd session' cannot both hold; two sources name the 53rd session and one November 2026, which is session 53. No source found says whether the review took place.",
    sources: [
      'https://right-docs.org/doc/a-hrc-dec-17-119',
      'https://www.devdiscourse.com/article/law-order/3691215-un-human-rights-council-reschedules-us-review-after-non-cooperation-with-upr',
      'https://unipd-centrodirittiumani.it/en/news/united-nations-human-rights-council-universal-periodic-review-of-the-united-states-rescheduled-to-next-year',
      'https://cnnbc.com/u-s-skips-united-nations-human-rights-review-for-first-time',
      'http://en.people.cn/n3/2025/1108/c90000-20388162.html',
      'https://www.twn.my/title2/unsd/2025/unsd251102.htm',
      'https://abolitionistlawcenter.org/2025/11/07/civil-society-organizations-join-un-human-rights-council-in-urging-trump-administration-to-cooperate-with-the-universal-periodic-review',
      'https://www.mfa.gov.sg/SINGAPORES-FOREIGN-POLICY/Key-Issues/Singapore-Universal-Periodic-Review'
    ]
  },
  {
    session: 54,
    cycle: 4,
    start: null,
    end: null,
    states: [
      { iso3: 'TGO' }, { iso3: 'SYR' }, { iso3: 'ISL' }, { iso3: 'VEN' }, { iso3: 'ZWE' }, { iso3: 'LTU' },
      { iso3: 'UGA' }, { iso3: 'TLS' }, { iso3: 'MDA' }, { iso3: 'SSD' }, { iso3: 'HTI' }, { iso3: 'SDN' },
      { iso3: 'MMR' }, { iso3: 'UKR' }
    ],
    confidence: 'uncertain',
    orderStatus: 'derived',
    dateStatus: 'not found',
    note: "Future session; no schedule found. 12 States from the N-14 rule (session 40) plus Myanmar, which Human Rights Myanmar says was pushed to January 2027 and is now 'at serious risk' (civil-society submissions suspended). ILGA's 4th-cycle page runs to 28 Feb 2027. Cycle 4 ends Feb 2027 per OHCHR (session 41 release). ESTIMATE: Ukraine is placed here by the app: not scheduled in any source found. It was reviewed in sessions 2, 14 and 28 but is absent from the 13-State session 42 (Jan-Feb 2023); session 54 is the last session of cycle 4.",
    sources: [
      'https://right-docs.org/doc/a-hrc-dec-17-119',
      'https://humanrightsmyanmar.org/?p=1523',
      'https://worldconference.ilga.org/upr-deadlines',
      'https://upr.info/en/news/42nd-upr-working-group-key-highlights'
    ]
  }
]
