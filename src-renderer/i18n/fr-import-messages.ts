import type { Translation } from './index'
import type { importMessagesEn } from './en-import-messages'

/** French strings of the importers' and the measures file's messages. */
export const importMessagesFr: Translation<typeof importMessagesEn> = {
  text: {
    empty: 'Le texte est vide : il n’y a rien à importer.',
    internal: 'Le texte n’a pas pu être lu entièrement ({{detail}}).'
  },
  report: {
    moreLeftOut: 'D’autres avertissements du même type ont été omis.',
    isAddendum: '{{symbol}} est un additif, pas le rapport lui-même : importez-le comme additif.',
    noSection: 'Aucune section « II. Conclusions et/ou recommandations » n’a été trouvée, ni aucune recommandation numérotée : s’agit-il bien d’un rapport du Groupe de travail ?',
    noHeadingNoIntro: 'Ni le titre « II. Conclusions et/ou recommandations » ni une introduction n’ont été trouvés : seules les recommandations numérotées sont lues.',
    noHeading: 'Le titre « II. Conclusions et/ou recommandations » manque : la lecture commence au premier paragraphe de recommandations.',
    noIntroFor: 'Les recommandations numérotées {{paragraph}}.x commencent sans paragraphe {{paragraph}} pour les introduire.',
    startsNotAtOne: 'Le paragraphe {{paragraph}} commence à {{number}} et non à {{first}}.',
    notConsecutive: 'La recommandation {{number}} suit la {{previous}} : les numéros ne se suivent pas.',
    bareNumbers: 'Le paragraphe {{paragraph}} numérote ses recommandations 1, 2, 3… : elles sont lues comme {{paragraph}}.1, {{paragraph}}.2…',
    noIntroduction: 'Aucune introduction n’indique la position des recommandations {{paragraph}}.x : elles sont marquées en attente.',
    unclearPosition: 'La position des recommandations {{paragraph}}.x n’a pas pu être déduite de « {{excerpt}} » : elles sont marquées en attente.',
    noText: 'La recommandation {{number}} n’a pas de texte.',
    noTextBeforeStates: 'La recommandation {{number}} n’a pas de texte avant ses États.',
    noState: 'La recommandation {{number}} ne se termine pas par un État auteur entre parenthèses : « {{excerpt}} ».',
    unbalancedParentheses: 'Recommandation {{number}} : parenthèses non appariées à la fin du texte.',
    notAStateName: 'Recommandation {{number}} : « {{name}} » ne ressemble pas à un nom d’État.',
    none: 'La section II a été trouvée, mais aucune recommandation numérotée n’a pu y être lue.',
    whereParagraph: 'Le paragraphe {{paragraph}}',
    whereAfter: 'Le texte qui suit la recommandation {{number}}',
    referenceMissing: '{{where}} cite des recommandations qui ne figurent pas dans la section II : {{numbers}}.',
    remarkLeftOut: 'Le texte qui suit la recommandation {{number}} n’en fait pas partie et a été laissé de côté : « {{excerpt}} ».',
    positionWithoutList: 'Le paragraphe {{paragraph}} donne une position ({{position}}) mais ne cite aucune recommandation qui lui soit propre : « {{excerpt}} ». Non appliqué.',
    paragraphNotUnderstood: 'Le paragraphe {{paragraph}} de la section II n’a pas été compris : « {{excerpt}} ».',
    commentWithoutPosition_other: '{{where}} commente les recommandations {{numbers}} sans donner de position : leurs positions restent inchangées.',
    commentWithoutPosition_one: '{{where}} commente la recommandation {{numbers}} sans donner de position : sa position reste inchangée.',
    laterPosition: '{{where}} donne {{numbers}} comme {{position}}, et non {{before}} comme dans la liste ci-dessus : appliqué.',
    laterPositionClaim: '{{where}} donne {{numbers}} comme {{position}} (l’État les considère comme {{claim}}), et non {{before}} comme dans la liste ci-dessus : appliqué.',
    claimAlready: 'déjà mises en œuvre',
    claimUnderway: 'en cours de mise en œuvre',
    claimBoth: 'déjà mises en œuvre ou en cours de mise en œuvre',
    positionsOr: '{{first}} ou {{second}}'
  },
  addendum: {
    noSymbol: 'Aucune cote de document (A/HRC/<n>/<m>/Add.1) n’a été trouvée.',
    notAddendumSymbol: '{{symbol}} n’est pas la cote d’un additif (…/Add.1) : s’agit-il du rapport lui-même ?',
    twoPositions: 'La recommandation {{number}} reçoit deux positions ({{first}}, puis {{then}}) : la première est conservée.',
    rangeSpansParagraphs: 'La plage « {{range}} » n’a pas pu être lue : elle s’étend sur deux paragraphes.',
    rangeBackwards: 'La plage « {{range}} » n’a pas pu être lue : elle va à rebours.',
    rangeTooLong: 'La plage « {{range}} » n’a pas pu être lue : elle est invraisemblablement longue.',
    listWithoutPosition: 'Une liste de recommandations ({{list}}) n’est accompagnée d’aucun mot de position : non appliquée.',
    bareNumbers:
      '{{count}} numéros de recommandation sont donnés sans leur paragraphe (par exemple « 1–5 ») : ils sont gardés tels quels et rapprochés des numéros du rapport lorsque l’additif est appliqué.',
    bareNumbers_one:
      '{{count}} numéro de recommandation est donné sans son paragraphe (par exemple « 5 ») : il est gardé tel quel et rapproché des numéros du rapport lorsque l’additif est appliqué.',
    noPositions: 'Aucune liste de recommandations avec une position (acceptées, appuyées, prises en note…) n’a été trouvée dans l’additif.',
    answerWithoutPosition: 'La réponse à la recommandation {{numbers}} ne donne aucune position lisible : « {{excerpt}} ».',
    reportAlreadyGave: 'L’additif donne la recommandation {{number}} comme {{position}}, mais le rapport la donnait déjà comme {{from}} : la position du rapport est conservée.',
    notInReport: '{{count}} numéros de l’additif ne figurent pas dans le rapport : {{numbers}}.',
    notInReport_one: '{{count}} numéro de l’additif ne figure pas dans le rapport : {{numbers}}.',
    ambiguous: '{{count}} numéros sans paragraphe correspondent à plusieurs paragraphes du rapport et n’ont pas été appliqués : {{numbers}}.',
    ambiguous_one: '{{count}} numéro sans paragraphe correspond à plusieurs paragraphes du rapport et n’a pas été appliqué : {{numbers}}.',
    stillPending: '{{count}} recommandations sont encore en attente après l’additif : {{numbers}}.',
    stillPending_one: '{{count}} recommandation est encore en attente après l’additif : {{numbers}}.',
    statedSupported:
      'L’additif annonce {{stated}} recommandations appuyées ; une fois appliqué, le rapport en compte {{all}} (dont {{inScope}} auxquelles l’additif répond).',
    statedNoted:
      'L’additif annonce {{stated}} recommandations prises en note ; une fois appliqué, le rapport en compte {{all}} (dont {{inScope}} auxquelles l’additif répond).',
    statedTotal:
      'L’additif annonce {{stated}} recommandations au total ; une fois appliqué, le rapport en compte {{all}} (dont {{inScope}} auxquelles l’additif répond).',
    applyInternal: 'L’additif n’a pas pu être appliqué entièrement ({{detail}}).'
  },
  file: {
    empty: '{{file}} est vide.',
    tooLarge: '{{file}} pèse {{size}} Mo ; UPR Desk importe des fichiers jusqu’à {{max}} Mo. Est-ce bien le bon fichier ?',
    notReadable:
      '{{file}} n’est pas un fichier qu’UPR Desk sait lire ({{reason}}). UPR Desk lit les rapports du Groupe de travail et leurs additifs (PDF, Word, texte), les exports d’UPR Info (.xls, .xlsx, .csv), les exports de l’Index universel des droits de l’homme (.xlsx) et les listes thématiques du HCDH (.docx).',
    couldNotRead: '{{file}} n’a pas pu être lu : {{detail}}',
    noText: '{{file}} ne contient aucun texte.',
    unexpected: 'Impossible de lire {{file}} : problème inattendu ({{detail}}).',
    cannotRead: 'Impossible de lire {{file}} : {{reason}}'
  },
  pdf: {
    empty: 'le fichier est vide.',
    notPdf: 'ce n’est pas un PDF (il ne commence pas par « %PDF- »).',
    tooManyPages: 'le PDF compte {{pages}} pages, plus que les {{limit}} qu’un document de l’EPU peut avoir : c’est un autre document, ou il est endommagé.',
    password: 'le PDF est protégé par un mot de passe : ouvrez-le, enregistrez-en une copie sans mot de passe et importez la copie.',
    damaged: 'le PDF semble endommagé ({{detail}}).'
  },
  source: {
    addendumFirst: 'Ceci est un additif (les réponses de l’État). Importez d’abord le rapport du Groupe de travail, puis ajoutez-lui l’additif.',
    notAddendum: 'Le second fichier n’est pas un additif à un rapport du Groupe de travail.',
    nothingYet: 'Rien à importer pour l’instant.'
  },
  table: {
    noWorksheet: '{{file}} n’a aucune feuille contenant des cellules.',
    unclosedQuote: 'Un champ entre guillemets ouvert à la ligne {{line}} n’est jamais fermé : le reste du fichier a été lu comme ce seul champ.',
    isPdf: '{{file}} est un PDF, pas {{what}} : {{reason}}.',
    isWord: '{{file}} est un document Word, pas {{what}} : {{reason}}.',
    notSpreadsheet: '{{file}} n’est ni un classeur ni un fichier CSV : {{reason}}.',
    whatUprInfo: 'un export d’UPR Info',
    whatUhri: 'un export de l’Index universel des droits de l’homme',
    whatSpreadsheet: 'un classeur',
    noDataRows: 'Aucune recommandation sous la ligne d’en-tête : le fichier n’a pas de lignes de données.',
    noDataRowsInSheet: 'Aucune recommandation sous la ligne d’en-tête : la feuille « {{sheet}} » n’a pas de lignes de données.',
    noRecommendations: 'Aucune recommandation sous la ligne d’en-tête.',
    duplicateColumn: 'La colonne « {{column}} » apparaît deux fois : la première (colonne {{first}}) est utilisée.',
    missingColumnsNoRows_other: 'Colonnes obligatoires manquantes : {{columns}}. Le fichier n’a aucune ligne. Ligne d’en-tête attendue : {{expected}}.',
    missingColumnsNoRows_one: 'Colonne obligatoire manquante : {{columns}}. Le fichier n’a aucune ligne. Ligne d’en-tête attendue : {{expected}}.',
    missingColumns_other: 'Colonnes obligatoires manquantes : {{columns}}. En-tête trouvé à la ligne {{row}} : {{header}}. Attendu : {{expected}}.',
    missingColumns_one: 'Colonne obligatoire manquante : {{columns}}. En-tête trouvé à la ligne {{row}} : {{header}}. Attendu : {{expected}}.',
    missingColumnsInSheet_other:
      'Colonnes obligatoires manquantes : {{columns}}. En-tête trouvé à la ligne {{row}} de la feuille « {{sheet}} » : {{header}}. Attendu : {{expected}}.',
    missingColumnsInSheet_one:
      'Colonne obligatoire manquante : {{columns}}. En-tête trouvé à la ligne {{row}} de la feuille « {{sheet}} » : {{header}}. Attendu : {{expected}}.'
  },
  rows: {
    one: 'ligne {{row}}',
    oneInSheet: 'ligne {{row}} (feuille « {{sheet}} »)',
    many: '{{count}} lignes : {{rows}}',
    manyInSheet: '{{count}} lignes : {{rows}} (feuille « {{sheet}} »)'
  },
  uprInfo: {
    noText: 'Pas de texte dans la colonne Recommendation : ligne ignorée — {{where}}.',
    noSur: 'Pas d’État examiné dans la colonne SuR — {{where}}.',
    unknownResponse: 'Réponse inconnue « {{response}} » dans la colonne Response, lue comme en attente — {{where}}.',
    badAction: 'L’action « {{action}} » n’est pas une catégorie de 1 à 5, laissée vide — {{where}}.',
    badSession: 'La session « {{session}} » n’est pas un numéro de session, laissée vide — {{where}}.'
  },
  uhri: {
    noText: 'Pas de texte dans la colonne Text : ligne ignorée — {{where}}.',
    unknownPosition: 'Position inconnue « {{position}} » dans la colonne UPR Position, lue comme en attente — {{where}}.',
    severalCountries: 'Plusieurs pays concernés sur une même ligne : le premier est pris comme État examiné — {{where}}.',
    badSession: 'La session « {{session}} » n’est pas un numéro de session, laissée vide — {{where}}.',
    badDate: 'La date de publication « {{date}} » n’est pas une date, laissée vide — {{where}}.',
    otherMechanisms:
      '{{count}} lignes d’autres mécanismes (organes conventionnels, procédures spéciales) ont été ignorées ; seules les recommandations de l’EPU sont importées ({{breakdown}}).',
    otherMechanisms_one:
      '{{count}} ligne d’un autre mécanisme (organes conventionnels, procédures spéciales) a été ignorée ; seules les recommandations de l’EPU sont importées ({{breakdown}}).'
  },
  docx: {
    notZip: '{{file}} n’est pas un fichier Word .docx (il ne commence pas par la signature ZIP « PK »).',
    noDocument: '{{file}} est une archive ZIP sans word/document.xml : ce n’est pas un fichier Word .docx.',
    cannotOpen: 'Impossible d’ouvrir {{file}} comme fichier Word .docx : {{reason}}'
  },
  matrix: {
    noTitleFacts: 'L’État examiné ou la session ne figurent pas dans le titre du document : indiquez-les dans l’aperçu.',
    noTable:
      'Aucun tableau dont la ligne d’en-tête nomme les colonnes Recommandation et Position n’a été trouvé : ce document ne ressemble pas à une liste thématique de recommandations du HCDH.',
    defaultColumns:
      'Aucune ligne d’en-tête ne nomme les colonnes : elles ont été lues dans l’ordre habituel Recommandation | Position | Liste complète des thèmes | Évaluation.',
    merged: '{{count}} recommandations figurent sous plusieurs thèmes et ont été fusionnées en un seul enregistrement chacune, avec leurs thèmes réunis : {{list}}.',
    merged_one: '{{count}} recommandation figure sous plusieurs thèmes et a été fusionnée en un seul enregistrement, avec ses thèmes réunis : {{list}}.',
    noteRow: 'Une ligne sur toute la largeur qui n’est pas une ligne de thème (« Theme ») a été ignorée — {{where}}.',
    noText: 'Une ligne du tableau n’a pas de texte dans la colonne Recommandation : ligne ignorée — {{where}}.',
    noNumber: 'Pas de numéro de recommandation (comme « 122.7 ») au début de la cellule Recommandation — {{where}}.',
    noPosition: 'Aucune position indiquée : lue comme en attente — {{where}}.',
    unknownPosition: 'Position inconnue « {{position}} » : lue comme en attente — {{where}}.',
    otherPosition: 'La recommandation {{number}} revient avec une autre position ({{position}} au lieu de {{first}}) ; la première est conservée — {{where}}.',
    otherText: 'La recommandation {{number}} revient avec un autre texte ; le premier est conservé — {{where}}.',
    noState: 'Aucun État auteur entre parenthèses à la fin de la recommandation — {{where}}.'
  },
  records: {
    unknownSuR: 'État examiné non reconnu : « {{name}} »',
    unknownState: 'État auteur non reconnu : « {{name}} » ({{count}}×) ; le nom est conservé tel qu’il est imprimé.'
  },
  format: {
    empty: 'le fichier est vide (0 octet)',
    pdf: 'il commence par la signature PDF %PDF-',
    zipWord: 'une archive ZIP avec un dossier word/ (Word .docx)',
    zipExcel: 'une archive ZIP avec un dossier xl/ (Excel .xlsx)',
    zipOther: 'une archive ZIP sans dossier word/ ni xl/ : ce n’est pas un fichier Word ou Excel',
    encrypted: 'un fichier Office protégé par un mot de passe (chiffré) : enregistrez-le d’abord sans mot de passe',
    oldWord: 'un ancien fichier Word .doc : enregistrez-le d’abord au format .docx',
    xls: 'un fichier composite OLE (D0 CF 11 E0) contenant un classeur Excel 97-2003',
    compoundOther: 'un fichier composite OLE (D0 CF 11 E0) sans flux de classeur Excel',
    utf16: 'du texte UTF-16, qui n’est pas pris en charge : enregistrez-le en CSV UTF-8 ou en texte brut (UTF-8)',
    binary: 'un contenu binaire qui n’est ni un PDF, ni un fichier Word, Excel ou texte',
    binaryNamed: 'un contenu binaire qui n’est ni un PDF, ni un fichier Word, Excel ou texte (nommé .{{extension}})',
    xmlSpreadsheet: 'un classeur Excel XML/HTML enregistré sous un nom en .xls',
    delimitedExtension: 'un fichier texte avec l’extension .{{extension}}',
    textExtension: 'un fichier texte avec l’extension .txt',
    misnamedDelimited: 'nommé .{{extension}} mais son contenu est du texte délimité (CSV)',
    misnamedText: 'nommé .{{extension}} mais son contenu est du texte brut',
    delimited: 'un texte dont les lignes se divisent en autant de champs sur « {{delimiter}} »',
    delimitedTab: 'un texte dont les lignes se divisent en autant de champs sur les tabulations',
    plain: 'du texte brut'
  },
  read: {
    'row-beyond-limit': 'ce fichier semble endommagé : sa ligne {{row}} dépasse la limite d’Excel de {{limit}} lignes.',
    'row-beyond-limit-xls': 'ce fichier semble endommagé : sa ligne {{row}} dépasse la limite d’Excel 97-2003 de {{limit}} lignes.',
    'column-beyond-limit': 'ce fichier semble endommagé : sa colonne {{column}} dépasse la limite d’Excel de {{limit}} colonnes.',
    'column-beyond-limit-xls': 'ce fichier semble endommagé : sa colonne {{column}} dépasse la limite d’Excel 97-2003 de {{limit}} colonnes.',
    'too-many-rows': 'ce fichier compte plus de {{limit}} lignes, la limite d’Excel : il est endommagé ou ce n’est pas un export.',
    'too-many-cells': 'ce fichier contient plus de {{limit}} cellules, plus qu’UPR Desk n’en lit dans un fichier : il est endommagé ou ce n’est pas un export.',
    'too-many-paragraphs': 'ce document contient plus de {{limit}} paragraphes et cellules de tableau, plus qu’UPR Desk n’en lit dans un fichier.',
    'sheets-overlap': 'le fichier est endommagé : deux de ses feuilles revendiquent les mêmes enregistrements.',
    'not-zip': 'il ne commence pas par la signature ZIP « PK » des fichiers Office.',
    'zip-incomplete': 'le fichier est endommagé ou tronqué : ce n’est pas une archive ZIP complète (le répertoire de fin manque).',
    'zip-damaged': 'le fichier est endommagé ou tronqué : {{detail}}.',
    zip64: 'le fichier est une archive ZIP64, dont un document Office de cette taille n’a jamais besoin : il est endommagé ou ce n’est pas un export.',
    'zip-too-many-entries': 'le fichier contient {{count}} parties, plus que les {{limit}} qu’UPR Desk lit : il est endommagé ou ce n’est pas un export.',
    'entry-encrypted': 'sa partie « {{entry}} » est chiffrée : enregistrez d’abord le fichier sans mot de passe.',
    'entry-method': 'sa partie « {{entry}} » est compressée avec la méthode {{method}}, que les fichiers Office n’utilisent pas : le fichier est endommagé.',
    'entry-too-large':
      'sa partie « {{entry}} » se décompresse en {{declaredMb}} Mo, plus que les {{limitMb}} Mo qu’UPR Desk lit dans une partie : il est endommagé ou ce n’est pas un export.',
    'entry-size-mismatch': 'ce fichier semble endommagé : sa partie « {{entry}} » annonce {{declared}} octets une fois décompressée, mais en contient {{actual}}.',
    'entry-size-mismatch-more': 'ce fichier semble endommagé : sa partie « {{entry}} » annonce {{declared}} octets une fois décompressée, mais en contient davantage.',
    'entry-size-undeclared':
      'ce fichier semble endommagé : sa partie « {{entry}} » n’indique pas sa taille et se décompresse en plus de {{limitMb}} Mo, plus qu’UPR Desk lit dans une partie.',
    'entry-damaged': 'le fichier est endommagé ou tronqué : sa partie « {{entry}} » ne peut pas être décompressée ({{detail}}).',
    'entry-missing': 'le fichier n’a pas de partie « {{entry}} ».',
    'unpacked-too-large': 'les parties de ce fichier dont UPR Desk a besoin se décompressent en plus de {{limitMb}} Mo : il est endommagé ou ce n’est pas un export.',
    'no-workbook-part':
      'le fichier est une archive ZIP sans partie de classeur Excel (xl/workbook.xml) : ce n’est pas un classeur .xlsx (un classeur binaire .xlsb doit d’abord être enregistré en .xlsx).',
    'workbook-damaged': 'le fichier est endommagé ou tronqué ({{detail}}).',
    'no-worksheet': 'le classeur n’a aucune feuille contenant des cellules.',
    'cfb-too-short': 'le fichier est tronqué : {{bytes}} octets, moins que l’en-tête de 512 octets d’un fichier Excel 97-2003.',
    'cfb-sector-size': 'le fichier est endommagé : taille de secteur inattendue 2^{{shift}} dans son en-tête.',
    'cfb-truncated':
      'le fichier est tronqué : il fait {{bytes}} octets mais sa structure renvoie au secteur {{sector}}, qui se termine à l’octet {{endsAt}}. Téléchargez ou copiez à nouveau le fichier.',
    'cfb-fat-loop': 'le fichier est endommagé : sa table d’allocation des secteurs boucle.',
    'cfb-chain-broken': 'le fichier est endommagé : un flux s’arrête au milieu de sa chaîne de secteurs.',
    'cfb-chain-loop': 'le fichier est endommagé : ses chaînes de secteurs bouclent.',
    'cfb-stream-short': 'le fichier est tronqué : un flux devrait contenir {{declared}} octets, mais seuls {{available}} sont présents.',
    'no-workbook-stream': 'aucun flux de classeur Excel à l’intérieur : ce n’est pas un fichier Excel 97-2003.',
    'xls-encrypted': 'le classeur est protégé par un mot de passe : enregistrez-le d’abord sans mot de passe.',
    'xls-record-damaged': 'le fichier est endommagé : son enregistrement {{record}} à l’octet {{offset}} du classeur est illisible ({{detail}}).',
    'xls-record-damaged-plain': 'le fichier est endommagé : {{detail}}.',
    'xls-records-damaged': 'le fichier est endommagé : {{detail}}.'
  },
  measuresFile: {
    tooLarge: '{{file}} pèse {{size}} Mo ; un fichier de mesures peut peser au plus {{max}} Mo.',
    notSpreadsheet: '{{file}} n’est ni un fichier CSV ni un classeur Excel : {{reason}}.',
    couldNotRead: '{{file}} n’a pas pu être lu : {{detail}}',
    noRows: 'Le fichier n’a aucune ligne.',
    noRowsInSheet: 'La feuille « {{sheet}} » n’a aucune ligne.',
    tooManyColumns: 'La ligne d’en-tête compte {{count}} colonnes ; un fichier de mesures en compte au plus {{max}}.',
    tooManyRows: 'Le fichier compte plus de {{max}} lignes sous l’en-tête ; importez au plus {{max}} mesures à la fois.',
    tooManyRowsInSheet: 'La feuille « {{sheet}} » compte plus de {{max}} lignes sous l’en-tête ; importez au plus {{max}} mesures à la fois.',
    cannotRead: 'Le fichier ne peut pas être lu : {{reason}}',
    unclosedQuote: 'Une cellule entre guillemets ouverte à la ligne {{line}} n’est jamais fermée : vérifiez les guillemets (") de cette ligne.',
    csvTooManyRows: 'Le fichier compte {{count}} lignes ; importez au plus {{max}} mesures à la fois.',
    notWorkbook: '{{file}} ne peut pas être lu comme classeur Excel : {{reason}}',
    tooManyParts: '{{file}} contient {{count}} parties ; un classeur de mesures en a bien moins. Il n’est pas lu.',
    unpacksTooLarge: '{{file}} se décompresserait en {{size}} Mo, plus que les {{max}} Mo qu’un classeur de mesures peut contenir. Il n’est pas lu.',
    tooManySheets: '{{file}} compte {{count}} feuilles ; un classeur de mesures en compte au plus {{max}}.',
    noSheets: '{{file}} n’a aucune feuille.',
    emptySheet: 'La feuille « {{sheet}} » de {{file}} n’a aucune cellule.',
    sheetTooManyRows: 'La feuille « {{sheet}} » compte {{count}} lignes ; importez au plus {{max}} mesures à la fois.'
  },
  measures: {
    unknownColumn: 'La colonne « {{header}} » n’est pas une colonne de mesures : elle est ignorée.',
    duplicateColumn: 'La colonne {{column}} apparaît deux fois (aussi en colonne {{first}}).',
    missingColumns_other: 'Colonnes obligatoires manquantes : {{columns}}. La ligne d’en-tête doit nommer les colonnes : {{all}} ({{required}} obligatoires).',
    missingColumns_one: 'Colonne obligatoire manquante : {{columns}}. La ligne d’en-tête doit nommer les colonnes : {{all}} ({{required}} obligatoires).',
    budgetColumnMissing: 'La colonne {{column}} manque : un budget demande à la fois budget_amount et budget_currency.',
    noMeasures: 'Le fichier a une ligne d’en-tête mais aucune mesure en dessous.',
    duplicateId: 'L’identifiant « {{id}} » est déjà utilisé à la ligne {{row}} : chaque mesure a son propre identifiant.',
    textTooLong: 'Le texte compte {{length}} caractères ; au plus {{max}} sont conservés.',
    badId: '« {{id}} » n’est pas un identifiant utilisable : lettres, chiffres et . _ : - uniquement, 80 au plus, en commençant par une lettre ou un chiffre.',
    noTitle: 'Le titre est vide : chaque mesure en a besoin.',
    badType: '« {{type}} » n’est pas un type de mesure : écrivez l’un de ceux-ci : {{types}}.',
    noType: 'Le type est vide : écrivez l’un de ceux-ci : {{types}}.',
    badStatus: '« {{status}} » n’est pas un statut : écrivez l’un de ceux-ci : {{statuses}}.',
    notADate: '{{value}} n’est pas une date.',
    dateFormat: '« {{value}} » n’est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2020-04-06.',
    notACalendarDay: '« {{value}} » n’est pas un jour du calendrier.',
    endsBeforeInForce: 'La mesure prend fin ({{ended}}) avant d’entrer en vigueur ({{inForce}}).',
    currencyWithoutAmount: 'Une monnaie ({{currency}}) est indiquée, mais aucun montant.',
    budgetNotAccepted: 'Le budget n’est pas accepté : {{reason}}.',
    currencyNotAccepted: 'La monnaie n’est pas acceptée : {{reason}}.',
    unknownRights_other: 'Droits inconnus : {{list}}. Utilisez les identifiants ou les noms de la liste de référence (voir la documentation des colonnes).',
    unknownRights_one: 'Droit inconnu : {{list}}. Utilisez les identifiants ou les noms de la liste de référence (voir la documentation des colonnes).',
    unknownGroups_other: 'Groupes inconnus : {{list}}. Utilisez les identifiants ou les noms de la liste de référence (voir la documentation des colonnes).',
    unknownGroups_one: 'Groupe inconnu : {{list}}. Utilisez les identifiants ou les noms de la liste de référence (voir la documentation des colonnes).',
    unknownSdgTargets_other: 'Cibles des ODD inconnues : {{list}}. Utilisez les identifiants ou les noms de la liste de référence (voir la documentation des colonnes).',
    unknownSdgTargets_one: 'Cible des ODD inconnue : {{list}}. Utilisez les identifiants ou les noms de la liste de référence (voir la documentation des colonnes).',
    notYesNo: '« {{value}} » n’est ni oui (yes) ni non (no).',
    cannotLink: 'Lien impossible : {{reason}}.'
  },
  money: {
    noCurrency: 'aucune monnaie n’est indiquée',
    noCurrencyForAmount: 'aucune monnaie n’est indiquée pour le montant : écrivez son code ISO 4217, par exemple EUR',
    withdrawn: '« {{code}} » n’est plus un code ISO 4217 en vigueur (depuis le {{since}}) : utilisez {{replacedBy}}',
    notIso: '« {{value}} » n’est pas un code ISO 4217 (trois lettres, comme EUR ou USD)',
    notActive: '« {{code}} » n’est pas un code de monnaie ISO 4217 en vigueur',
    notANumber: 'le montant n’est pas un nombre',
    negative: 'le montant {{amount}} est négatif : un budget est nul ou positif',
    negativeText: 'le montant « {{value}} » est négatif : un budget est nul ou positif',
    noAmount: 'aucun montant n’est indiqué',
    notAnAmount: '« {{value}} » n’est pas un montant : écrivez seulement des chiffres, comme 1200000 ou 1,200,000.50, sans la monnaie',
    tooLarge: '« {{value}} » est trop grand pour être un montant'
  },
  refs: {
    notInSession: 'la recommandation {{number}} de la session {{session}} ne figure pas dans le registre',
    notInRegister: 'la recommandation {{number}} ne figure pas dans le registre',
    inSeveralSessions: 'la recommandation {{number}} existe dans les sessions {{sessions}} : écrivez-la {{latest}}',
    notAReference: '« {{value}} » ne désigne pas une recommandation : écrivez la session et le numéro, par exemple UPR47 105.12'
  },
  place: {
    inSheet: '(feuille « {{sheet}} »)'
  }
}
