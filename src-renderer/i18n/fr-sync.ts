import type { Translation } from './index'
import type { syncEn } from './en-sync'

/** French strings of the sync area (synchronisation). */
export const syncFr: Translation<typeof syncEn> = {
  title: 'Synchronisation',
  lead: 'Un seul registre pour toute la mission : chaque ordinateur continue de fonctionner hors ligne, et les modifications sont échangées par le serveur CouchDB de la mission dès qu’il y a une connexion.',
  status: {
    label: 'Synchronisation',
    starting: 'Connexion…',
    synced: 'Synchronisé',
    syncedAt: 'Synchronisé à {{time}}',
    sending: 'Envoi de {{count}}',
    receiving: 'Réception de {{count}}',
    offline: 'Hors ligne depuis {{time}}',
    stopped: 'Pas de synchronisation',
    readOnly: 'lecture seule',
    error: 'Synchronisation arrêtée : {{problem}}'
  },
  problem: {
    'invalid-address': 'L’adresse du serveur n’est pas une adresse web (par exemple https://sync.mission.example).',
    'not-https': 'L’adresse du serveur doit commencer par https:// (http n’est accepté que pour cet ordinateur, 127.0.0.1).',
    'invalid-database': 'Le nom de la base de la mission peut contenir des minuscules, des chiffres et _ $ ( ) + - /, et commence par une lettre.',
    unreachable: 'Le serveur est injoignable : vérifiez l’adresse et la connexion.',
    'wrong-password': 'Le nom d’utilisateur ou le mot de passe est erroné.',
    'not-couchdb': 'Il n’y a pas de serveur CouchDB à cette adresse.',
    'no-database': 'Cette base de la mission n’existe pas sur le serveur : un administrateur doit d’abord la créer.',
    'no-access': 'Ce compte ne peut pas ouvrir cette base de la mission.',
    'not-admin': 'Seul un administrateur du serveur peut créer la base d’une mission.',
    'no-write': 'Ce compte peut lire le registre de la mission mais pas le modifier : vos modifications restent sur cet ordinateur.',
    'wrong-passphrase': 'La phrase secrète de la mission est erronée.',
    'passphrase-needed': 'Cette mission chiffre ses textes confidentiels : saisissez la phrase secrète de la mission.',
    'server-error': 'Le serveur a répondu par une erreur. Réessayez plus tard ; si cela persiste, prévenez votre service informatique.'
  },
  signIn: {
    title: 'Se connecter au serveur de la mission',
    server: 'Adresse du serveur',
    serverHint: 'Fournie par votre service informatique, par exemple https://sync.mission.example',
    database: 'Base de la mission',
    name: 'Nom d’utilisateur',
    password: 'Mot de passe',
    passphrase: 'Phrase secrète de la mission (facultative)',
    passphraseHint: 'Si la mission en utilise une, les textes des déclarations et les notes sont chiffrés sur chaque ordinateur avant de le quitter : le serveur ne les voit jamais.',
    encrypt: 'Chiffrer les textes confidentiels de la mission avec cette phrase secrète (premier membre seulement)',
    shareExisting: 'Envoyer à la mission les données déjà présentes sur cet ordinateur',
    submit: 'Se connecter et synchroniser',
    working: 'Connexion…',
    browserNote: 'Dans un navigateur, le mot de passe n’est pas conservé : à la fin de la session du navigateur, reconnectez-vous.',
    desktopNote: 'L’application de bureau conserve le mot de passe, protégé par votre système d’exploitation.',
    again: 'Reconnectez-vous pour reprendre la synchronisation.'
  },
  signedIn: {
    title: 'Connecté',
    summary: 'Connecté en tant que {{name}} à la base de la mission {{database}} sur {{server}}.',
    readOnly: 'Ce compte peut lire le registre de la mission mais pas le modifier : les modifications faites sur cet ordinateur ne sont pas envoyées.',
    encrypted: 'Les textes des déclarations et les notes sont chiffrés de bout en bout avec la phrase secrète de la mission.',
    syncNow: 'Synchroniser maintenant',
    signOut: 'Se déconnecter',
    removeLocal: 'Retirer aussi les données de la mission de cet ordinateur',
    signedOut: 'Déconnecté.'
  },
  admin: {
    title: 'Créer la base d’une mission (administrateurs du serveur)',
    intro: 'Crée la base, permet aux deux rôles de la mission de la lire et installe la règle par laquelle le serveur refuse les modifications des lecteurs et les enregistrements mal formés.',
    name: 'Nom de l’administrateur',
    password: 'Mot de passe de l’administrateur',
    submit: 'Créer la base',
    working: 'Création…',
    done: 'La base {{database}} est prête. Donnez aux membres de la mission le rôle {{writer}} et aux lecteurs (par exemple la capitale) le rôle {{reader}}.'
  },
  settings: {
    title: 'Synchronisation avec la mission',
    off: 'Cet ordinateur ne se synchronise pas : ses données restent ici.',
    on: 'Synchronisation avec {{database}} sur {{server}}.',
    open: 'Ouvrir la page Synchronisation'
  },
  folder: {
    title: 'Ou synchroniser par un dossier partagé (sans serveur)',
    intro: 'Un lecteur partagé ou un dossier OneDrive que chaque ordinateur de la mission peut ouvrir. Chaque ordinateur y écrit ses propres fichiers de modifications, chiffrés avec la phrase secrète de la mission, et lit ceux des autres.',
    passphrase: 'Phrase secrète de la mission',
    passphraseHint: 'La même sur chaque ordinateur. Le premier ordinateur la choisit ; sans elle, personne ne peut lire les fichiers du dossier.',
    choose: 'Choisir le dossier partagé et synchroniser',
    reopen: 'Rouvrir le dossier partagé',
    working: 'Ouverture du dossier…',
    summary: 'Synchronisation par le dossier partagé {{folder}} (cet ordinateur : {{device}}).',
    unsupported: 'Ce navigateur ne peut pas ouvrir de dossier : utilisez l’application de bureau, Chromium, ou un serveur.'
  },
  conflicts: {
    title: 'Conflits',
    navCount: 'Conflits ({{count}})',
    lead: 'Le même champ a été modifié sur deux ordinateurs avant qu’ils n’échangent leurs modifications. Tous les ordinateurs affichent la même version jusqu’à ce que l’un de vous choisisse ; votre choix remplace l’autre version partout.',
    none: 'Aucun conflit : tous les ordinateurs sont d’accord.',
    notSyncing: 'Connectez-vous sur la page Synchronisation pour résoudre les conflits.',
    mine: 'Affichée',
    theirs: 'Autre version',
    resolve: 'Résoudre',
    resolved: 'Résolu : la version choisie est envoyée à tous les ordinateurs.'
  }
}
