/**
 * The 2030 Agenda's 17 Sustainable Development Goals and 169 targets (General Assembly resolution 70/1,
 * as listed by the UN Statistics Division's SDG indicators framework). Target titles are short labels
 * written for this app; the official text is on unstats.un.org/sdgs.
 */

/** One Sustainable Development Goal. */
export interface SdgGoal {
  number: number
  /** The goal's short name, e.g. "No poverty". */
  title: string
  /** The goal as resolution 70/1 words it. */
  statement: string
}

/** One SDG target. */
export interface SdgTarget {
  /** "1.3", "3.8", "17.19", or a means-of-implementation target such as "1.a". */
  id: string
  goal: number
  /** A short title, a few words. */
  title: string
}

export const SDG_GOALS: readonly SdgGoal[] = [
  { number: 1, title: 'No poverty', statement: 'End poverty in all its forms everywhere' },
  {
    number: 2,
    title: 'Zero hunger',
    statement:
      'End hunger, achieve food security and improved nutrition and promote sustainable agriculture'
  },
  {
    number: 3,
    title: 'Good health and well-being',
    statement:
      'Ensure healthy lives and promote well-being for all at all ages'
  },
  {
    number: 4,
    title: 'Quality education',
    statement:
      'Ensure inclusive and equitable quality education and promote lifelong learning opportunities for all'
  },
  { number: 5, title: 'Gender equality', statement: 'Achieve gender equality and empower all women and girls' },
  {
    number: 6,
    title: 'Clean water and sanitation',
    statement:
      'Ensure availability and sustainable management of water and sanitation for all'
  },
  {
    number: 7,
    title: 'Affordable and clean energy',
    statement:
      'Ensure access to affordable, reliable, sustainable and modern energy for all'
  },
  {
    number: 8,
    title: 'Decent work and economic growth',
    statement:
      'Promote sustained, inclusive and sustainable economic growth, full and productive employment and decent work for all'
  },
  {
    number: 9,
    title: 'Industry, innovation and infrastructure',
    statement:
      'Build resilient infrastructure, promote inclusive and sustainable industrialization and foster innovation'
  },
  { number: 10, title: 'Reduced inequalities', statement: 'Reduce inequality within and among countries' },
  {
    number: 11,
    title: 'Sustainable cities and communities',
    statement:
      'Make cities and human settlements inclusive, safe, resilient and sustainable'
  },
  {
    number: 12,
    title: 'Responsible consumption and production',
    statement:
      'Ensure sustainable consumption and production patterns'
  },
  { number: 13, title: 'Climate action', statement: 'Take urgent action to combat climate change and its impacts' },
  {
    number: 14,
    title: 'Life below water',
    statement:
      'Conserve and sustainably use the oceans, seas and marine resources for sustainable development'
  },
  {
    number: 15,
    title: 'Life on land',
    statement:
      'Protect, restore and promote sustainable use of terrestrial ecosystems, sustainably manage forests, combat desertification, and halt and reverse land degradation and halt biodiversity loss'
  },
  {
    number: 16,
    title: 'Peace, justice and strong institutions',
    statement:
      'Promote peaceful and inclusive societies for sustainable development, provide access to justice for all and build effective, accountable and inclusive institutions at all levels'
  },
  {
    number: 17,
    title: 'Partnerships for the goals',
    statement:
      'Strengthen the means of implementation and revitalize the Global Partnership for Sustainable Development'
  }
]

export const SDG_TARGETS: readonly SdgTarget[] = [
  { id: '1.1', goal: 1, title: 'Eradicate extreme poverty' },
  { id: '1.2', goal: 1, title: 'Halve poverty in all its dimensions' },
  { id: '1.3', goal: 1, title: 'Social protection systems and floors' },
  { id: '1.4', goal: 1, title: 'Equal rights to economic resources and basic services' },
  { id: '1.5', goal: 1, title: 'Resilience of the poor to disasters and shocks' },
  { id: '1.a', goal: 1, title: 'Resources to end poverty' },
  { id: '1.b', goal: 1, title: 'Pro-poor and gender-sensitive policy frameworks' },

  { id: '2.1', goal: 2, title: 'End hunger and ensure access to food' },
  { id: '2.2', goal: 2, title: 'End all forms of malnutrition' },
  { id: '2.3', goal: 2, title: 'Productivity and incomes of small-scale food producers' },
  { id: '2.4', goal: 2, title: 'Sustainable food production and resilient agriculture' },
  { id: '2.5', goal: 2, title: 'Genetic diversity of seeds, plants and animals' },
  { id: '2.a', goal: 2, title: 'Investment in rural infrastructure and agricultural research' },
  { id: '2.b', goal: 2, title: 'Correct and prevent trade distortions in agricultural markets' },
  { id: '2.c', goal: 2, title: 'Functioning of food commodity markets' },

  { id: '3.1', goal: 3, title: 'Reduce maternal mortality' },
  { id: '3.2', goal: 3, title: 'End preventable deaths of newborns and children under 5' },
  { id: '3.3', goal: 3, title: 'End epidemics of AIDS, tuberculosis, malaria and other communicable diseases' },
  { id: '3.4', goal: 3, title: 'Non-communicable diseases and mental health' },
  { id: '3.5', goal: 3, title: 'Prevention and treatment of substance abuse' },
  { id: '3.6', goal: 3, title: 'Road traffic deaths and injuries' },
  { id: '3.7', goal: 3, title: 'Sexual and reproductive health-care services' },
  { id: '3.8', goal: 3, title: 'Universal health coverage' },
  { id: '3.9', goal: 3, title: 'Deaths and illnesses from hazardous chemicals and pollution' },
  { id: '3.a', goal: 3, title: 'Tobacco control' },
  { id: '3.b', goal: 3, title: 'Research, development and access to vaccines and medicines' },
  { id: '3.c', goal: 3, title: 'Health financing and health workforce' },
  { id: '3.d', goal: 3, title: 'Early warning and management of health risks' },

  { id: '4.1', goal: 4, title: 'Free primary and secondary education' },
  { id: '4.2', goal: 4, title: 'Early childhood development and pre-primary education' },
  { id: '4.3', goal: 4, title: 'Technical, vocational and tertiary education' },
  { id: '4.4', goal: 4, title: 'Skills for employment and decent jobs' },
  { id: '4.5', goal: 4, title: 'Equal access to education for the vulnerable' },
  { id: '4.6', goal: 4, title: 'Literacy and numeracy' },
  { id: '4.7', goal: 4, title: 'Education for sustainable development and human rights' },
  { id: '4.a', goal: 4, title: 'Safe and inclusive learning environments' },
  { id: '4.b', goal: 4, title: 'Scholarships for developing countries' },
  { id: '4.c', goal: 4, title: 'Supply of qualified teachers' },

  { id: '5.1', goal: 5, title: 'End discrimination against women and girls' },
  { id: '5.2', goal: 5, title: 'Eliminate violence against women and girls' },
  { id: '5.3', goal: 5, title: 'Eliminate child marriage and female genital mutilation' },
  { id: '5.4', goal: 5, title: 'Value unpaid care and domestic work' },
  { id: '5.5', goal: 5, title: "Women's participation and leadership" },
  { id: '5.6', goal: 5, title: 'Sexual and reproductive health and reproductive rights' },
  { id: '5.a', goal: 5, title: 'Equal rights to economic resources and property' },
  { id: '5.b', goal: 5, title: "Technology for women's empowerment" },
  { id: '5.c', goal: 5, title: 'Policies and laws for gender equality' },

  { id: '6.1', goal: 6, title: 'Safe and affordable drinking water' },
  { id: '6.2', goal: 6, title: 'Sanitation and hygiene; end open defecation' },
  { id: '6.3', goal: 6, title: 'Water quality and wastewater' },
  { id: '6.4', goal: 6, title: 'Water-use efficiency and water scarcity' },
  { id: '6.5', goal: 6, title: 'Integrated water resources management' },
  { id: '6.6', goal: 6, title: 'Water-related ecosystems' },
  { id: '6.a', goal: 6, title: 'International cooperation on water and sanitation' },
  { id: '6.b', goal: 6, title: 'Local participation in water and sanitation management' },

  { id: '7.1', goal: 7, title: 'Universal access to modern energy services' },
  { id: '7.2', goal: 7, title: 'Share of renewable energy' },
  { id: '7.3', goal: 7, title: 'Energy efficiency' },
  { id: '7.a', goal: 7, title: 'International cooperation on clean energy' },
  { id: '7.b', goal: 7, title: 'Energy infrastructure in developing countries' },

  { id: '8.1', goal: 8, title: 'Per capita economic growth' },
  { id: '8.2', goal: 8, title: 'Economic productivity through diversification and innovation' },
  { id: '8.3', goal: 8, title: 'Policies for job creation and growth of small enterprises' },
  { id: '8.4', goal: 8, title: 'Resource efficiency in consumption and production' },
  { id: '8.5', goal: 8, title: 'Full employment, decent work and equal pay' },
  { id: '8.6', goal: 8, title: 'Youth not in employment, education or training' },
  { id: '8.7', goal: 8, title: 'End forced labour, modern slavery, trafficking and child labour' },
  { id: '8.8', goal: 8, title: 'Labour rights and safe working environments' },
  { id: '8.9', goal: 8, title: 'Sustainable tourism' },
  { id: '8.10', goal: 8, title: 'Access to banking, insurance and financial services' },
  { id: '8.a', goal: 8, title: 'Aid for Trade' },
  { id: '8.b', goal: 8, title: 'Global strategy for youth employment' },

  { id: '9.1', goal: 9, title: 'Resilient and sustainable infrastructure' },
  { id: '9.2', goal: 9, title: 'Inclusive and sustainable industrialization' },
  { id: '9.3', goal: 9, title: "Small-scale enterprises' access to financial services" },
  { id: '9.4', goal: 9, title: 'Upgrade infrastructure and industries for sustainability' },
  { id: '9.5', goal: 9, title: 'Scientific research and technological capabilities' },
  { id: '9.a', goal: 9, title: 'Infrastructure development in developing countries' },
  { id: '9.b', goal: 9, title: 'Domestic technology development and innovation' },
  { id: '9.c', goal: 9, title: 'Access to information and communications technology' },

  { id: '10.1', goal: 10, title: 'Income growth of the bottom 40 per cent' },
  { id: '10.2', goal: 10, title: 'Social, economic and political inclusion of all' },
  { id: '10.3', goal: 10, title: 'Equal opportunity and end to discriminatory laws' },
  { id: '10.4', goal: 10, title: 'Fiscal, wage and social protection policies for equality' },
  { id: '10.5', goal: 10, title: 'Regulation of global financial markets' },
  { id: '10.6', goal: 10, title: 'Voice of developing countries in global institutions' },
  { id: '10.7', goal: 10, title: 'Safe, orderly and regular migration' },
  { id: '10.a', goal: 10, title: 'Special and differential treatment in trade' },
  { id: '10.b', goal: 10, title: 'Development assistance and investment to States most in need' },
  { id: '10.c', goal: 10, title: 'Remittance costs' },

  { id: '11.1', goal: 11, title: 'Adequate, safe and affordable housing; upgrade slums' },
  { id: '11.2', goal: 11, title: 'Safe, affordable and sustainable transport systems' },
  { id: '11.3', goal: 11, title: 'Inclusive and sustainable urbanization' },
  { id: '11.4', goal: 11, title: 'Protect cultural and natural heritage' },
  { id: '11.5', goal: 11, title: 'Reduce deaths and losses from disasters' },
  { id: '11.6', goal: 11, title: 'Environmental impact of cities' },
  { id: '11.7', goal: 11, title: 'Safe and inclusive public spaces' },
  { id: '11.a', goal: 11, title: 'Links between urban, peri-urban and rural areas' },
  { id: '11.b', goal: 11, title: 'Integrated policies and disaster risk reduction in cities' },
  { id: '11.c', goal: 11, title: 'Support least developed countries in sustainable building' },

  { id: '12.1', goal: 12, title: 'Framework of programmes on sustainable consumption and production' },
  { id: '12.2', goal: 12, title: 'Sustainable management and use of natural resources' },
  { id: '12.3', goal: 12, title: 'Halve food waste and reduce food losses' },
  { id: '12.4', goal: 12, title: 'Sound management of chemicals and wastes' },
  { id: '12.5', goal: 12, title: 'Reduce waste generation' },
  { id: '12.6', goal: 12, title: 'Sustainable practices and reporting by companies' },
  { id: '12.7', goal: 12, title: 'Sustainable public procurement' },
  { id: '12.8', goal: 12, title: 'Awareness of sustainable development and lifestyles' },
  { id: '12.a', goal: 12, title: 'Scientific and technological capacity for sustainable consumption' },
  { id: '12.b', goal: 12, title: 'Monitor the impact of sustainable tourism' },
  { id: '12.c', goal: 12, title: 'Remove inefficient fossil-fuel subsidies' },

  { id: '13.1', goal: 13, title: 'Resilience and adaptive capacity to climate-related disasters' },
  { id: '13.2', goal: 13, title: 'Climate change measures in policies and planning' },
  { id: '13.3', goal: 13, title: 'Education and awareness on climate change' },
  { id: '13.a', goal: 13, title: 'Green Climate Fund commitment' },
  { id: '13.b', goal: 13, title: 'Climate change planning capacity in least developed countries' },

  { id: '14.1', goal: 14, title: 'Reduce marine pollution' },
  { id: '14.2', goal: 14, title: 'Protect marine and coastal ecosystems' },
  { id: '14.3', goal: 14, title: 'Ocean acidification' },
  { id: '14.4', goal: 14, title: 'Sustainable fishing' },
  { id: '14.5', goal: 14, title: 'Conserve coastal and marine areas' },
  { id: '14.6', goal: 14, title: 'End subsidies contributing to overfishing' },
  { id: '14.7', goal: 14, title: 'Economic benefits from sustainable use of marine resources' },
  { id: '14.a', goal: 14, title: 'Scientific knowledge and marine technology' },
  { id: '14.b', goal: 14, title: "Small-scale artisanal fishers' access to resources and markets" },
  { id: '14.c', goal: 14, title: 'Implement the law of the sea' },

  { id: '15.1', goal: 15, title: 'Conserve and restore terrestrial and freshwater ecosystems' },
  { id: '15.2', goal: 15, title: 'Sustainable management of forests' },
  { id: '15.3', goal: 15, title: 'Combat desertification and restore degraded land' },
  { id: '15.4', goal: 15, title: 'Conserve mountain ecosystems' },
  { id: '15.5', goal: 15, title: 'Protect biodiversity and natural habitats' },
  { id: '15.6', goal: 15, title: 'Fair sharing of the benefits of genetic resources' },
  { id: '15.7', goal: 15, title: 'End poaching and trafficking of protected species' },
  { id: '15.8', goal: 15, title: 'Invasive alien species' },
  { id: '15.9', goal: 15, title: 'Ecosystem and biodiversity values in planning' },
  { id: '15.a', goal: 15, title: 'Financial resources for biodiversity and ecosystems' },
  { id: '15.b', goal: 15, title: 'Financing for sustainable forest management' },
  { id: '15.c', goal: 15, title: 'Global support to combat poaching and trafficking' },

  { id: '16.1', goal: 16, title: 'Reduce violence and related death rates' },
  { id: '16.2', goal: 16, title: 'End abuse, exploitation, trafficking and violence against children' },
  { id: '16.3', goal: 16, title: 'Rule of law and equal access to justice' },
  { id: '16.4', goal: 16, title: 'Illicit financial and arms flows; organized crime' },
  { id: '16.5', goal: 16, title: 'Reduce corruption and bribery' },
  { id: '16.6', goal: 16, title: 'Effective, accountable and transparent institutions' },
  { id: '16.7', goal: 16, title: 'Responsive, inclusive and representative decision-making' },
  { id: '16.8', goal: 16, title: 'Participation of developing countries in global governance' },
  { id: '16.9', goal: 16, title: 'Legal identity and birth registration' },
  { id: '16.10', goal: 16, title: 'Public access to information and fundamental freedoms' },
  { id: '16.a', goal: 16, title: 'National institutions to prevent violence and combat terrorism and crime' },
  { id: '16.b', goal: 16, title: 'Non-discriminatory laws and policies' },

  { id: '17.1', goal: 17, title: 'Domestic resource mobilization' },
  { id: '17.2', goal: 17, title: 'Official development assistance commitments' },
  { id: '17.3', goal: 17, title: 'Additional financial resources for developing countries' },
  { id: '17.4', goal: 17, title: 'Debt sustainability' },
  { id: '17.5', goal: 17, title: 'Investment promotion for least developed countries' },
  { id: '17.6', goal: 17, title: 'Cooperation on science, technology and innovation' },
  { id: '17.7', goal: 17, title: 'Environmentally sound technologies for developing countries' },
  { id: '17.8', goal: 17, title: 'Technology bank and enabling technology' },
  { id: '17.9', goal: 17, title: 'Capacity-building for the SDGs' },
  { id: '17.10', goal: 17, title: 'Universal, rules-based multilateral trading system' },
  { id: '17.11', goal: 17, title: 'Exports of developing countries' },
  { id: '17.12', goal: 17, title: 'Duty-free and quota-free market access' },
  { id: '17.13', goal: 17, title: 'Global macroeconomic stability' },
  { id: '17.14', goal: 17, title: 'Policy coherence for sustainable development' },
  { id: '17.15', goal: 17, title: "Respect each country's policy space" },
  { id: '17.16', goal: 17, title: 'Global Partnership for Sustainable Development' },
  { id: '17.17', goal: 17, title: 'Public, public-private and civil society partnerships' },
  { id: '17.18', goal: 17, title: 'Data availability and capacity-building for statistics' },
  { id: '17.19', goal: 17, title: 'Measures of progress beyond GDP and statistical capacity' }
]
