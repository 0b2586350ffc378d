/** English UI strings of the sync area (`t('sync.…')`). French and Spanish files mirror this shape. */
export const syncEn = {
  title: 'Sync',
  lead: 'One register for the whole mission: every laptop keeps working offline, and changes are exchanged through the mission’s CouchDB server when there is a connection.',
  status: {
    label: 'Sync',
    starting: 'Connecting…',
    synced: 'Synced',
    syncedAt: 'Synced at {{time}}',
    sending: 'Sending {{count}}',
    receiving: 'Receiving {{count}}',
    offline: 'Offline since {{time}}',
    stopped: 'Not syncing',
    readOnly: 'read only',
    error: 'Sync stopped: {{problem}}'
  },
  problem: {
    'invalid-address': 'The server address is not a web address (for example https://sync.mission.example).',
    'not-https': 'The server address must start with https:// (plain http is accepted only for this computer, 127.0.0.1).',
    'invalid-database': 'The mission database name may use lower-case letters, digits and _ $ ( ) + - /, and must start with a letter.',
    unreachable: 'The server cannot be reached: check the address and the connection.',
    'wrong-password': 'The user name or password is wrong.',
    'not-couchdb': 'There is no CouchDB server at this address.',
    'no-database': 'This mission database does not exist on the server: an administrator sets it up first.',
    'no-access': 'This account may not open this mission database.',
    'not-admin': 'Only a server administrator can set up a mission database.',
    'no-write': 'This account may read the mission register but not change it: your changes stay on this computer.',
    'wrong-passphrase': 'The mission passphrase is wrong.',
    'passphrase-needed': 'This mission encrypts its confidential text: enter the mission passphrase.',
    'server-error': 'The server answered with an error. Try again later; if it persists, tell your IT.'
  },
  signIn: {
    title: 'Sign in to the mission server',
    server: 'Server address',
    serverHint: 'Given by your IT, for example https://sync.mission.example',
    database: 'Mission database',
    name: 'User name',
    password: 'Password',
    passphrase: 'Mission passphrase (optional)',
    passphraseHint: 'When the mission uses one, statement texts and notes are encrypted on every laptop before they leave it: the server never sees them.',
    encrypt: 'Encrypt the mission’s confidential text with this passphrase (first member only)',
    shareExisting: 'Send the records already on this computer to the mission',
    submit: 'Sign in and sync',
    working: 'Signing in…',
    browserNote: 'In a browser the password is not kept: after the browser session ends, sign in again.',
    desktopNote: 'The desktop app keeps the password protected by your operating system.',
    again: 'Sign in again to resume syncing.'
  },
  signedIn: {
    title: 'Connected',
    summary: 'Signed in as {{name}} to the mission database {{database}} on {{server}}.',
    readOnly: 'This account can read the mission register but not change it: changes made on this computer are not sent.',
    encrypted: 'Statement texts and notes are encrypted end to end with the mission passphrase.',
    syncNow: 'Sync now',
    signOut: 'Sign out',
    removeLocal: 'Also remove the mission’s records from this computer',
    signedOut: 'Signed out.'
  },
  admin: {
    title: 'Set up a mission database (server administrators)',
    intro: 'Creates the database, lets the two mission roles read it, and installs the rule that makes the server refuse changes from readers and malformed records.',
    name: 'Administrator name',
    password: 'Administrator password',
    submit: 'Set up the database',
    working: 'Setting up…',
    done: 'The database {{database}} is ready. Give mission members the role {{writer}} and readers (for example the capital) the role {{reader}}.'
  },
  settings: {
    title: 'Sync with the mission',
    off: 'This computer does not sync: its data stays here.',
    on: 'Syncing with {{database}} on {{server}}.',
    open: 'Open the Sync page'
  },
  folder: {
    title: 'Or sync through a shared folder (no server)',
    intro: 'A shared drive or OneDrive folder that every laptop of the mission can open. Each laptop writes its own change files there, encrypted with the mission passphrase, and reads the others’.',
    passphrase: 'Mission passphrase',
    passphraseHint: 'The same on every laptop. The first laptop sets it; without it nobody can read the folder’s files.',
    choose: 'Choose the shared folder and sync',
    reopen: 'Open the shared folder again',
    working: 'Opening the folder…',
    summary: 'Syncing through the shared folder {{folder}} (this laptop: {{device}}).',
    unsupported: 'This browser cannot open a folder: use the desktop app or Chromium, or a server.'
  },
  conflicts: {
    title: 'Conflicts',
    navCount: 'Conflicts ({{count}})',
    lead: 'The same field was changed on two laptops before they exchanged their changes. Every laptop shows the same version until one of you chooses; what you choose replaces the other version everywhere.',
    none: 'No conflicts: every laptop agrees.',
    notSyncing: 'Sign in on the Sync page to resolve conflicts.',
    mine: 'Shown now',
    theirs: 'Other version',
    resolve: 'Resolve',
    resolved: 'Resolved: the chosen version goes to every laptop.'
  }
}
