import type { Strings } from './en'
import type { Translation } from './index'

/**
 * French UI strings, in the terminology of the United Nations in Geneva (Examen périodique universel,
 * État examiné, Groupe de travail, Conseil des droits de l'homme, HCDH). Typography: a no-break space
 * before `:` `;` `?` `!` and inside « », so that they never start a line.
 *
 * Plurals: a key whose English uses `{{count}}` may add `key_one` (French uses it for 0 and 1); the
 * plain key is the plural, which i18next also uses for `many` (1 000 000 and up).
 */
export const fr = {
  app: {
    name: 'UPR Desk',
    tagline: 'Le poste de travail de l’Examen périodique universel pour les missions permanentes',
    skipToContent: 'Aller au contenu principal',
    loading: 'Ouverture de vos données…',
    loadingPage: 'Ouverture de la page…',
    navigation: 'Navigation principale'
  },
  nav: {
    dashboard: 'Tableau de bord',
    recommendations: 'Recommandations',
    review: 'Notre examen',
    sessions: 'Autres examens',
    statements: 'Déclarations',
    measures: 'Mesures de relèvement',
    data: 'Données et sauvegardes',
    settings: 'Paramètres'
  },
  positions: {
    supported: 'Appuyée',
    noted: 'Prise en note',
    'supported-in-part': 'Appuyée en partie',
    pending: 'En attente'
  },
  statuses: {
    'not-started': 'Non entamée',
    'in-progress': 'En cours',
    'partially-implemented': 'Partiellement mise en œuvre',
    'fully-implemented': 'Pleinement mise en œuvre'
  },
  regions: {
    African: 'Groupe des États d’Afrique',
    'Asia-Pacific': 'Groupe des États d’Asie et du Pacifique',
    'Eastern European': 'Groupe des États d’Europe orientale',
    'Latin American and Caribbean': 'Groupe des États d’Amérique latine et des Caraïbes',
    'Western European and others': 'Groupe des États d’Europe occidentale et autres États'
  },
  register: {
    title: 'Recommandations',
    import: 'Importer…',
    search: 'Rechercher',
    searchPlaceholder: 'Mots sous toute forme, ou « expression exacte »',
    sortBy: 'Trier par',
    groupBy: 'Regrouper par',
    sort: {
      register: 'Ordre du registre',
      number: 'Session et numéro',
      stateUnderReview: 'État examiné',
      position: 'Position',
      actionCategory: 'Catégorie d’action (la plus forte d’abord)',
      updated: 'Dernière modification'
    },
    group: { none: 'Aucun', theme: 'Thème', recommendingState: 'État recommandant', position: 'Position' },
    counts: 'Recommandations : {{shown}} sur {{total}}',
    failed: 'Le registre n’a pas pu être lu depuis le stockage de cet ordinateur ({{message}}). Rien n’a été modifié ; rouvrez l’application pour réessayer.',
    loading: 'Chargement du registre… {{count}} pour l’instant',
    countsByPosition:
      'Qui ont recueilli l’appui : {{supported}} ; dont il a été pris note : {{noted}} ; appuyées en partie : {{partly}} ; en attente : {{pending}}',
    listLabel: 'Recommandations',
    groupHeading: '{{name}} ({{count}})',
    noValue: 'Aucun',
    sessionShort: 'session {{session}}',
    madeByUs: 'formulée par nous',
    actionCategory: 'Catégorie d’action',
    categoryShort: 'Cat. {{n}}',
    empty: {
      title: 'Aucune recommandation pour l’instant',
      text: 'Importez un rapport du Groupe de travail (PDF, Word ou texte collé) avec son additif, un export d’UPR Info ou de l’Index universel des droits de l’homme (UHRI), ou une liste thématique du HCDH.'
    },
    filters: {
      title: 'Filtres',
      clear: 'Effacer les filtres',
      all: 'Tous',
      cycle: 'Cycle',
      session: 'Session',
      stateUnderReview: 'État examiné',
      stateUnderReviewRegion: 'Groupe régional de l’État examiné',
      recommendingState: 'État recommandant',
      region: 'Groupe régional de l’État recommandant',
      position: 'Position',
      actionCategory: 'Catégorie d’action',
      theme: 'Thème',
      affectedPerson: 'Personnes concernées',
      sdg: 'ODD',
      sdgGoal: 'Objectif {{n}}',
      implementationStatus: 'Mise en œuvre',
      madeByUs: 'Formulées par nous',
      madeByUsYes: 'Formulées par nous',
      madeByUsNo: 'Formulées par d’autres États'
    },
    views: {
      title: 'Vues enregistrées',
      open: 'Vue enregistrée',
      choose: 'Choisir une vue…',
      apply: 'Afficher',
      delete: 'Supprimer',
      name: 'Enregistrer la vue actuelle sous le nom',
      save: 'Enregistrer la vue',
      saved: 'Vue « {{name}} » enregistrée.',
      applied: 'Affichage de la vue « {{name}} ».',
      deleted: 'Vue « {{name}} » supprimée.',
      nameRequired: 'Donnez un nom à la vue.'
    },
    bulk: {
      label: 'Modifier les recommandations sélectionnées',
      selected: '{{count}} sélectionnées',
      selected_one: '{{count}} sélectionnée',
      position: 'Position',
      status: 'Mise en œuvre',
      category: 'Catégorie d’action',
      addTheme: 'Ajouter un thème',
      keep: 'Ne pas modifier',
      apply: 'Appliquer aux {{count}}',
      apply_one: 'Appliquer à {{count}}',
      clear: 'Annuler la sélection'
    },
    detail: {
      title: 'Recommandation {{number}}',
      close: 'Fermer',
      source: 'source : {{source}}',
      text: 'Texte',
      textRequired: 'Le texte ne peut pas être vide.',
      recommendingStates: 'États recommandants',
      asPrinted: 'Tel qu’imprimé dans la source : {{names}}',
      add: 'Ajouter',
      remove: 'Retirer {{name}}',
      position: 'Position',
      positionSource: 'Position indiquée dans',
      actionCategory: 'Catégorie d’action',
      none: 'Non définie',
      suggested: 'Suggestion selon les règles d’UPR Info : {{n}} ({{label}}).',
      decidedBy: 'Mots déterminants :',
      useSuggestion: 'Retenir la suggestion',
      themes: 'Thèmes',
      affectedPersons: 'Personnes concernées',
      sdgTargets: 'Cibles des ODD',
      suggestedTags: 'Suggestions tirées du texte :',
      followUp: 'Suivi',
      implementationStatus: 'État de la mise en œuvre',
      lastReviewedOn: 'Dernière vérification le',
      responsibleInstitutions: 'Institutions responsables',
      institutionsHint: 'Séparez les institutions par un point-virgule.',
      evidence: 'Éléments justificatifs',
      notes: 'Notes',
      madeByUs: 'Formulée par notre État',
      save: 'Enregistrer les modifications',
      saved: 'Modifications enregistrées.'
    }
  },
  import: {
    title: 'Importer des recommandations',
    close: 'Fermer l’importation',
    intro:
      'Rapports du Groupe de travail et leurs additifs (PDF, Word ou texte), exports d’UPR Info (.xls, .xlsx, .csv), exports de l’Index universel des droits de l’homme (.xlsx) et listes thématiques du HCDH (.docx). Rien n’est enregistré avant votre confirmation.',
    chooseFile: 'Choisir un fichier',
    dropHint: 'ou déposez-le ici.',
    pasteSummary: 'Coller plutôt le texte d’un rapport',
    pasteLabel: 'Texte du rapport',
    readPaste: 'Lire le texte collé',
    pastedText: 'Texte collé',
    emptyPaste: 'Il n’y a aucun texte à lire : collez d’abord le texte du rapport.',
    tooLarge: '{{name}} pèse {{size}} Mo ; UPR Desk importe des fichiers jusqu’à {{max}} Mo. Est-ce bien le bon fichier ?',
    addendumFirst:
      'Ce document est un additif (les réponses de l’État). Importez d’abord le rapport du Groupe de travail, puis ajoutez l’additif depuis son aperçu.',
    storeFailed: 'Rien n’a été enregistré : {{message}}',
    stage: {
      reading: 'Lecture du fichier…',
      parsing: 'Recherche des recommandations…',
      'applying-addendum': 'Application de l’additif…',
      classifying: 'Classement…',
      storing: 'Enregistrement…'
    },
    done: 'Importation terminée. Ajoutées : {{added}} ; mises à jour : {{updated}} ; déjà à jour : {{unchanged}}.',
    showRegister: 'Afficher le registre',
    kinds: {
      'wg-report': 'Rapport du Groupe de travail',
      addendum: 'Additif',
      'upr-info': 'Export d’UPR Info',
      uhri: 'Export de l’Index universel des droits de l’homme',
      'ohchr-matrix': 'Liste thématique du HCDH'
    },
    confirm: 'Importer {{count}} recommandations',
    confirm_one: 'Importer {{count}} recommandation',
    preview: {
      title: 'Aperçu de {{file}}',
      found: '{{count}} recommandations trouvées',
      found_one: '{{count}} recommandation trouvée',
      review: 'Examen',
      stateUnderReview: 'État examiné',
      detected: 'Tel que détecté ({{name}})',
      session: 'Session du Groupe de travail',
      addendum: 'Ajouter l’additif (positions sur les recommandations en attente)',
      pendingHint: '{{count}} recommandations sont en attente : leurs positions figurent dans l’additif.',
      pendingHint_one: '{{count}} recommandation est en attente : sa position figure dans l’additif.',
      changes: 'L’additif fixe {{count}} positions',
      changes_one: 'L’additif fixe {{count}} position',
      unknownStates: 'États non reconnus (conservés tels qu’imprimés) : {{names}}',
      warnings: '{{count}} avertissements',
      warnings_one: '{{count}} avertissement',
      line: 'Ligne {{line}} :',
      row: 'Ligne {{row}} du tableur :',
      listLabel: 'Recommandations trouvées',
      unknown: 'non reconnu'
    }
  },
  setup: {
    title: 'Bienvenue dans UPR Desk',
    intro:
      'UPR Desk conserve sur cet ordinateur les travaux de votre mission relatifs à l’Examen périodique universel : ni réseau, ni serveur. Pour commencer, indiquez l’État que représente votre mission.',
    submit: 'Commencer à utiliser UPR Desk'
  },
  profile: {
    legend: 'Profil de la mission',
    state: 'État représenté',
    statePlaceholder: 'Choisissez un État…',
    missionName: 'Nom de la mission',
    missionNameHint: 'Figure dans l’en-tête des documents que vous exportez.',
    city: 'Ville',
    language: 'Langue des documents',
    speakingRate: 'Débit de parole (mots/min)',
    speakingRateHint: 'Sert à minuter les déclarations ; de 120 à 130 pour l’interprétation.',
    observer: 'État observateur',
    errors: {
      stateRequired: 'Choisissez l’État que représente votre mission.',
      missionNameRequired: 'Saisissez le nom de la mission.',
      cityRequired: 'Saisissez la ville.',
      speakingRate: 'Saisissez un nombre entier de mots par minute compris entre 60 et 250.'
    },
    errorSummary: 'Veuillez corriger les points suivants :'
  },
  languages: { en: 'Anglais', fr: 'Français', es: 'Espagnol' },
  settings: {
    title: 'Paramètres',
    save: 'Enregistrer les paramètres',
    saved: 'Paramètres enregistrés.',
    interfaceLanguage: {
      title: 'Langue',
      label: 'Langue de l’application',
      hint: 'Menus, boutons et messages. Les documents sont rédigés dans la langue des documents choisie dans le profil de la mission.',
      changed: 'UPR Desk est maintenant en français.',
      failed: 'La langue n’a pas pu être enregistrée ; rien n’a été modifié : {{message}}'
    },
    demo: {
      title: 'Mission de démonstration',
      intro:
        'Essayez UPR Desk avec une mission de démonstration : la Mission permanente du Portugal à Genève, avec des recommandations, un cycle d’examen, des mesures de relèvement et des déclarations rédigées pour la démonstration par le projet UPR Desk (il ne s’agit pas de documents officiels). Vos propres données sont conservées ; la suppression de la démonstration n’efface que ses données et rétablit le profil de votre mission.',
      load: 'Charger la mission de démonstration',
      reload: 'Recharger la mission de démonstration',
      remove: 'Supprimer les données de démonstration',
      loaded: 'La mission de démonstration est chargée.',
      done: 'Mission de démonstration chargée : {{count}} enregistrements.',
      done_one: 'Mission de démonstration chargée : {{count}} enregistrement.',
      removed: 'Données de démonstration supprimées : {{count}} enregistrements.',
      removed_one: 'Données de démonstration supprimées : {{count}} enregistrement.',
      failed: 'La démonstration n’a pas pu être chargée ou supprimée ; rien n’a été modifié : {{message}}'
    }
  },
  dashboard: {
    title: 'Tableau de bord',
    mission: 'Votre mission',
    ownReviews: 'Examens : {{state}}',
    ownReviewsIntro:
      'Toutes les sessions du Groupe de travail au cours desquelles l’examen {{state, of}} a eu lieu ou aura lieu, d’après le calendrier de l’Examen périodique universel.',
    noReviews: 'Aucune session du calendrier ne prévoit l’examen {{state, of}}.',
    next: 'Prochain examen',
    nextReviewSummary: 'Prochain examen : session {{session}}, {{dates}}',
    noNextReview: 'Aucun examen à venir ne figure encore au calendrier.',
    estimated: 'estimation',
    estimatedNote:
      'Les dates estimées sont déduites du rythme du calendrier tant que le HCDH ne les a pas publiées ; vous pourrez les corriger par la suite.',
    columns: { session: 'Session', cycle: 'Cycle', dates: 'Dates', status: 'Statut' },
    status: { past: 'Tenue', next: 'Prochaine', future: 'Prévue' },
    datesUnknown: 'Dates non publiées',
    speakingRate: '{{rate}} mots par minute',
    edit: 'Modifier dans les paramètres'
  },
  dbError: {
    title: 'UPR Desk ne peut pas ouvrir vos données',
    newer:
      'Vos données ont été enregistrées par une version plus récente d’UPR Desk (version des données : {{found}} ; cette version lit jusqu’à la version {{supported}}). Pour les protéger, cette version ne les ouvrira ni ne les modifiera.',
    failed: 'La base de données n’a pas pu être ouverte : {{message}}',
    nothingDeleted:
      'Rien n’a été supprimé. Installez la version plus récente d’UPR Desk, ou enregistrez une copie des données pour les mettre en sécurité.',
    saveCopy: 'Enregistrer une copie des données',
    saving: 'Enregistrement…',
    saved: 'Copie enregistrée : {{where}}',
    cancelled: 'L’enregistrement a été annulé.',
    saveFailed: 'La copie n’a pas pu être enregistrée : {{message}}'
  },
  export: {
    wordDocument: 'Document Word',
    excelWorkbook: 'Classeur Excel',
    emblemUnreadable: 'L’emblème choisi dans les paramètres n’a pas pu être lu ; il ne figure pas dans l’en-tête.',
    problems: {
      empty: 'Le document est vide : rédigez-le avant de l’exporter.',
      tableWithoutColumns: 'Un tableau du document n’a aucune colonne ; rien n’a été écrit. Merci de le signaler au projet UPR Desk : il s’agit d’un défaut de l’application.',
      tableTooLong: 'Un tableau de {{rows}} lignes dépasse ce qu’un document Word devrait contenir ({{max}}) : exportez-le sous forme de tableur ou scindez-le.',
      tableRowLength: 'La ligne {{row}} d’un tableau compte {{cells}} cellules pour {{columns}} colonnes ; rien n’a été écrit. Merci de le signaler au projet UPR Desk : il s’agit d’un défaut de l’application.'
    }
  },
  common: {
    required: 'obligatoire'
  },
  updates: {
    ready: 'La version {{version}} d’UPR Desk est prête.',
    whatChanged: 'Nouveautés',
    noNotes: 'L’éditeur n’a pas décrit cette version.',
    installOnQuit: 'Installer en quittant',
    later: 'Plus tard',
    willInstall: 'La version {{version}} sera installée quand vous quitterez UPR Desk.'
  }
} satisfies Translation<Strings>
