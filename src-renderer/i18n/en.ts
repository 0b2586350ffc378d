/** English UI strings. Keys are grouped by area; French and Spanish files mirror this shape. */
export const en = {
  app: {
    name: 'UPR Desk',
    tagline: 'Universal Periodic Review desk for Permanent Missions',
    skipToContent: 'Skip to main content',
    loading: 'Opening your data…',
    loadingPage: 'Opening the page…',
    navigation: 'Main navigation'
  },
  nav: {
    dashboard: 'Dashboard',
    recommendations: 'Recommendations',
    review: 'Our review',
    sessions: 'Other reviews',
    statements: 'Statements',
    measures: 'Recovery measures',
    data: 'Data and backups',
    settings: 'Settings'
  },
  positions: {
    supported: 'Supported',
    noted: 'Noted',
    'supported-in-part': 'Supported in part',
    pending: 'Pending'
  },
  statuses: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    'partially-implemented': 'Partially implemented',
    'fully-implemented': 'Fully implemented'
  },
  regions: {
    African: 'African Group',
    'Asia-Pacific': 'Asia-Pacific Group',
    'Eastern European': 'Eastern European Group',
    'Latin American and Caribbean': 'Latin American and Caribbean Group',
    'Western European and others': 'Western European and others Group'
  },
  register: {
    title: 'Recommendations',
    import: 'Import…',
    search: 'Search',
    searchPlaceholder: 'Words in any form, or "an exact phrase"',
    sortBy: 'Sort by',
    groupBy: 'Group by',
    sort: {
      register: 'Register order',
      number: 'Session and number',
      stateUnderReview: 'State under review',
      position: 'Position',
      actionCategory: 'Action category (strongest first)',
      updated: 'Last changed'
    },
    group: { none: 'No grouping', theme: 'Theme', recommendingState: 'Recommending State', position: 'Position' },
    counts: '{{shown}} of {{total}} recommendations',
    loading: 'Loading the register… {{count}} so far',
    failed: 'The register could not be read from this computer’s storage ({{message}}). Nothing was changed; reopen the app to try again.',
    countsByPosition: '{{supported}} supported, {{noted}} noted, {{partly}} supported in part, {{pending}} pending',
    listLabel: 'Recommendations',
    groupHeading: '{{name}} ({{count}})',
    noValue: 'None',
    sessionShort: 'session {{session}}',
    madeByUs: 'made by us',
    actionCategory: 'Action category',
    categoryShort: 'Cat. {{n}}',
    empty: {
      title: 'No recommendations yet',
      text: 'Import a Working Group report (PDF, Word or pasted text) with its addendum, a UPR Info or UHRI export, or an OHCHR thematic list.'
    },
    filters: {
      title: 'Filters',
      clear: 'Clear filters',
      all: 'All',
      cycle: 'Cycle',
      session: 'Session',
      stateUnderReview: 'State under review',
      stateUnderReviewRegion: 'Region of State under review',
      recommendingState: 'Recommending State',
      region: 'Region of recommending State',
      position: 'Position',
      actionCategory: 'Action category',
      theme: 'Theme',
      affectedPerson: 'Affected persons',
      sdg: 'SDG',
      sdgGoal: 'Goal {{n}}',
      implementationStatus: 'Implementation',
      madeByUs: 'Made by us',
      madeByUsYes: 'Made by us',
      madeByUsNo: 'Made by others'
    },
    views: {
      title: 'Saved views',
      open: 'Saved view',
      choose: 'Choose a view…',
      apply: 'Show',
      delete: 'Delete',
      name: 'Save the current view as',
      save: 'Save view',
      saved: 'View “{{name}}” saved.',
      applied: 'Showing view “{{name}}”.',
      deleted: 'View “{{name}}” deleted.',
      nameRequired: 'Give the view a name.'
    },
    bulk: {
      label: 'Change the selected recommendations',
      selected: '{{count}} selected',
      position: 'Position',
      status: 'Implementation',
      category: 'Action category',
      addTheme: 'Add theme',
      keep: 'Keep as is',
      apply: 'Apply to {{count}}',
      clear: 'Clear selection'
    },
    detail: {
      title: 'Recommendation {{number}}',
      close: 'Close',
      source: 'from {{source}}',
      text: 'Text',
      textRequired: 'The text cannot be empty.',
      recommendingStates: 'Recommending States',
      asPrinted: 'As printed in the source: {{names}}',
      add: 'Add',
      remove: 'Remove {{name}}',
      position: 'Position',
      positionSource: 'Position given in',
      actionCategory: 'Action category',
      none: 'Not set',
      suggested: 'Suggested by UPR Info’s rules: {{n}} ({{label}}).',
      decidedBy: 'Decided by',
      useSuggestion: 'Use the suggestion',
      themes: 'Themes',
      affectedPersons: 'Affected persons',
      sdgTargets: 'SDG targets',
      suggestedTags: 'Suggested from the text:',
      followUp: 'Follow-up',
      implementationStatus: 'Implementation status',
      lastReviewedOn: 'Last reviewed on',
      responsibleInstitutions: 'Responsible institutions',
      institutionsHint: 'Separate institutions with a semicolon.',
      evidence: 'Evidence',
      notes: 'Notes',
      madeByUs: 'Made by our State',
      save: 'Save changes',
      saved: 'Saved.'
    }
  },
  import: {
    title: 'Import recommendations',
    close: 'Close import',
    intro:
      'Working Group reports and their addenda (PDF, Word or text), UPR Info exports (.xls, .xlsx, .csv), UHRI exports (.xlsx) and OHCHR thematic lists (.docx). Nothing is stored until you confirm.',
    chooseFile: 'Choose a file',
    dropHint: 'or drop it here.',
    pasteSummary: 'Paste the text of a report instead',
    pasteLabel: 'Text of the report',
    readPaste: 'Read the pasted text',
    pastedText: 'Pasted text',
    emptyPaste: 'There is no text to read: paste the report’s text first.',
    tooLarge: '{{name}} is {{size}} MB; UPR Desk imports files up to {{max}} MB. Is it the right file?',
    addendumFirst: 'This is an addendum (the State’s responses). Import the Working Group report first, then add the addendum in its preview.',
    storeFailed: 'Nothing was stored: {{message}}',
    stage: {
      reading: 'Reading the file…',
      parsing: 'Finding the recommendations…',
      'applying-addendum': 'Applying the addendum…',
      classifying: 'Classifying…',
      storing: 'Storing…'
    },
    done: 'Imported: {{added}} added, {{updated}} updated, {{unchanged}} already up to date.',
    showRegister: 'Show the register',
    kinds: {
      'wg-report': 'Working Group report',
      addendum: 'Addendum',
      'upr-info': 'UPR Info export',
      uhri: 'UHRI export',
      'ohchr-matrix': 'OHCHR thematic list'
    },
    confirm: 'Import {{count}} recommendations',
    confirm_one: 'Import {{count}} recommendation',
    preview: {
      title: 'Preview of {{file}}',
      found: '{{count}} recommendations found',
      found_one: '{{count}} recommendation found',
      review: 'Review',
      stateUnderReview: 'State under review',
      detected: 'As detected ({{name}})',
      session: 'Working Group session',
      addendum: 'Add the addendum (positions on pending recommendations)',
      pendingHint: '{{count}} recommendations are pending: their positions are in the addendum.',
      pendingHint_one: '{{count}} recommendation is pending: its position is in the addendum.',
      changes: 'The addendum sets {{count}} positions',
      changes_one: 'The addendum sets {{count}} position',
      unknownStates: 'States not recognised (kept as printed): {{names}}',
      warnings: '{{count}} warnings',
      warnings_one: '{{count}} warning',
      line: 'Line {{line}}:',
      row: 'Row {{row}}:',
      listLabel: 'Recommendations found',
      unknown: 'not recognised'
    }
  },
  setup: {
    title: 'Welcome to UPR Desk',
    intro:
      'UPR Desk keeps your mission’s Universal Periodic Review work on this computer: no network, no server. Tell it which State your mission represents to start.',
    submit: 'Start using UPR Desk'
  },
  profile: {
    legend: 'Mission profile',
    state: 'State represented',
    statePlaceholder: 'Choose a State…',
    missionName: 'Name of the mission',
    missionNameHint: 'Used in the letterhead of the documents you export.',
    city: 'City',
    language: 'Preferred language for documents',
    speakingRate: 'Speaking rate (words per minute)',
    speakingRateHint: 'Used to time statements; 120 to 130 suits interpretation.',
    observer: 'observer State',
    errors: {
      stateRequired: 'Choose the State your mission represents.',
      missionNameRequired: 'Enter the name of the mission.',
      cityRequired: 'Enter the city.',
      speakingRate: 'Enter a whole number of words per minute between 60 and 250.'
    },
    errorSummary: 'Please correct the following:'
  },
  languages: { en: 'English', fr: 'French', es: 'Spanish' },
  settings: {
    title: 'Settings',
    save: 'Save settings',
    saved: 'Settings saved.',
    interfaceLanguage: {
      title: 'Language',
      label: 'Language of the app',
      hint: 'Menus, buttons and messages. Documents are written in the preferred language for documents, in the mission profile.',
      changed: 'UPR Desk is now in English.',
      failed: 'The language could not be saved, nothing was changed: {{message}}'
    },
    demo: {
      title: 'Demo mission',
      intro:
        'Try UPR Desk with a demo mission: Portugal’s mission in Geneva, with recommendations, a review cycle, recovery measures and statements written by the UPR Desk project for the demo (not official documents). Your own records are kept; removing the demo deletes only the demo records and gives back your mission profile.',
      load: 'Load demo mission',
      reload: 'Reload demo mission',
      remove: 'Remove demo data',
      loaded: 'The demo mission is loaded.',
      done: 'Demo mission loaded: {{count}} records.',
      removed: 'Demo data removed: {{count}} records.',
      failed: 'The demo could not be loaded or removed, nothing was changed: {{message}}'
    }
  },
  dashboard: {
    title: 'Dashboard',
    mission: 'Your mission',
    ownReviews: 'Reviews of {{state}}',
    ownReviewsIntro: 'Every Working Group session in which {{state}} was or will be reviewed, from the UPR calendar.',
    noReviews: '{{state}} is not reviewed in any session of the calendar.',
    next: 'Next review',
    nextReviewSummary: 'Next review: session {{session}}, {{dates}}',
    noNextReview: 'No future review is in the calendar yet.',
    estimated: 'estimated',
    estimatedNote: 'Estimated dates are derived from the calendar pattern until OHCHR publishes them; you can correct them later.',
    columns: { session: 'Session', cycle: 'Cycle', dates: 'Dates', status: 'Status' },
    status: { past: 'Held', next: 'Next', future: 'Scheduled' },
    datesUnknown: 'Dates not published',
    speakingRate: '{{rate}} words per minute',
    edit: 'Edit in Settings'
  },
  dbError: {
    title: 'UPR Desk cannot open your data',
    newer:
      'Your data was saved by a newer version of UPR Desk (data version {{found}}; this version reads up to {{supported}}). To protect it, this version will not open or change it.',
    failed: 'The database could not be opened: {{message}}',
    nothingDeleted: 'Nothing has been deleted. Install the newer version of UPR Desk, or save a copy of the data to keep it safe.',
    saveCopy: 'Save a copy of the data',
    saving: 'Saving…',
    saved: 'Copy saved: {{where}}',
    cancelled: 'Saving was cancelled.',
    saveFailed: 'The copy could not be saved: {{message}}'
  },
  export: {
    wordDocument: 'Word document',
    excelWorkbook: 'Excel workbook',
    emblemUnreadable: 'The emblem in Settings could not be read and was left out of the letterhead.',
    problems: {
      empty: 'The document is empty: write something before exporting it.',
      tableWithoutColumns: 'A table of the document has no columns, so nothing was written. Please tell the UPR Desk project: this is a fault of the app.',
      tableTooLong: 'A table of {{rows}} rows is more than a Word document should hold ({{max}}): export it as a spreadsheet or split it.',
      tableRowLength: 'Row {{row}} of a table has {{cells}} cells for {{columns}} columns, so nothing was written. Please tell the UPR Desk project: this is a fault of the app.'
    }
  },
  common: {
    required: 'required'
  },
  updates: {
    ready: 'Version {{version}} of UPR Desk is ready.',
    whatChanged: 'What changed',
    noNotes: 'The publisher gave no description of this version.',
    installOnQuit: 'Install when I quit',
    later: 'Later',
    willInstall: 'Version {{version}} will be installed when you quit UPR Desk.'
  }
}

export type Strings = typeof en
