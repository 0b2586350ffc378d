import type { Translation } from './index'
import type { syncEn } from './en-sync'

/** Spanish strings of the sync area (sincronización). */
export const syncEs: Translation<typeof syncEn> = {
  title: 'Sincronización',
  lead: 'Un solo registro para toda la misión: cada ordenador sigue funcionando sin conexión, y los cambios se intercambian a través del servidor CouchDB de la misión cuando hay conexión.',
  status: {
    label: 'Sincronización',
    starting: 'Conectando…',
    synced: 'Sincronizado',
    syncedAt: 'Sincronizado a las {{time}}',
    sending: 'Enviando {{count}}',
    receiving: 'Recibiendo {{count}}',
    offline: 'Sin conexión desde las {{time}}',
    stopped: 'Sin sincronizar',
    readOnly: 'solo lectura',
    error: 'Sincronización detenida: {{problem}}'
  },
  problem: {
    'invalid-address': 'La dirección del servidor no es una dirección web (por ejemplo https://sync.mission.example).',
    'not-https': 'La dirección del servidor debe empezar por https:// (http solo se acepta para este ordenador, 127.0.0.1).',
    'invalid-database': 'El nombre de la base de la misión puede usar minúsculas, cifras y _ $ ( ) + - /, y empieza por una letra.',
    unreachable: 'No se puede acceder al servidor: compruebe la dirección y la conexión.',
    'wrong-password': 'El nombre de usuario o la contraseña son incorrectos.',
    'not-couchdb': 'No hay ningún servidor CouchDB en esta dirección.',
    'no-database': 'Esta base de la misión no existe en el servidor: un administrador debe crearla primero.',
    'no-access': 'Esta cuenta no puede abrir esta base de la misión.',
    'not-admin': 'Solo un administrador del servidor puede crear la base de una misión.',
    'no-write': 'Esta cuenta puede leer el registro de la misión pero no modificarlo: sus cambios se quedan en este ordenador.',
    'wrong-passphrase': 'La frase de contraseña de la misión es incorrecta.',
    'passphrase-needed': 'Esta misión cifra sus textos confidenciales: introduzca la frase de contraseña de la misión.',
    'server-error': 'El servidor respondió con un error. Inténtelo más tarde; si persiste, avise a su servicio informático.'
  },
  signIn: {
    title: 'Iniciar sesión en el servidor de la misión',
    server: 'Dirección del servidor',
    serverHint: 'La da su servicio informático, por ejemplo https://sync.mission.example',
    database: 'Base de la misión',
    name: 'Nombre de usuario',
    password: 'Contraseña',
    passphrase: 'Frase de contraseña de la misión (opcional)',
    passphraseHint: 'Si la misión usa una, los textos de las declaraciones y las notas se cifran en cada ordenador antes de salir de él: el servidor nunca los ve.',
    encrypt: 'Cifrar los textos confidenciales de la misión con esta frase (solo el primer miembro)',
    shareExisting: 'Enviar a la misión los datos que ya están en este ordenador',
    submit: 'Iniciar sesión y sincronizar',
    working: 'Iniciando sesión…',
    browserNote: 'En un navegador la contraseña no se guarda: al terminar la sesión del navegador, vuelva a iniciar sesión.',
    desktopNote: 'La aplicación de escritorio guarda la contraseña protegida por su sistema operativo.',
    again: 'Vuelva a iniciar sesión para reanudar la sincronización.'
  },
  signedIn: {
    title: 'Conectado',
    summary: 'Sesión iniciada como {{name}} en la base de la misión {{database}} en {{server}}.',
    readOnly: 'Esta cuenta puede leer el registro de la misión pero no modificarlo: los cambios hechos en este ordenador no se envían.',
    encrypted: 'Los textos de las declaraciones y las notas se cifran de extremo a extremo con la frase de contraseña de la misión.',
    syncNow: 'Sincronizar ahora',
    signOut: 'Cerrar sesión',
    removeLocal: 'Quitar también los datos de la misión de este ordenador',
    signedOut: 'Sesión cerrada.'
  },
  admin: {
    title: 'Crear la base de una misión (administradores del servidor)',
    intro: 'Crea la base, permite que los dos roles de la misión la lean e instala la regla por la que el servidor rechaza los cambios de los lectores y los registros mal formados.',
    name: 'Nombre del administrador',
    password: 'Contraseña del administrador',
    submit: 'Crear la base',
    working: 'Creando…',
    done: 'La base {{database}} está lista. Dé a los miembros de la misión el rol {{writer}} y a los lectores (por ejemplo la capital) el rol {{reader}}.'
  },
  settings: {
    title: 'Sincronización con la misión',
    off: 'Este ordenador no se sincroniza: sus datos se quedan aquí.',
    on: 'Sincronizando con {{database}} en {{server}}.',
    open: 'Abrir la página Sincronización'
  },
  folder: {
    title: 'O sincronizar mediante una carpeta compartida (sin servidor)',
    intro: 'Una unidad compartida o una carpeta de OneDrive que todos los ordenadores de la misión pueden abrir. Cada ordenador escribe allí sus propios archivos de cambios, cifrados con la frase de contraseña de la misión, y lee los de los demás.',
    passphrase: 'Frase de contraseña de la misión',
    passphraseHint: 'La misma en todos los ordenadores. El primer ordenador la elige; sin ella nadie puede leer los archivos de la carpeta.',
    choose: 'Elegir la carpeta compartida y sincronizar',
    reopen: 'Volver a abrir la carpeta compartida',
    working: 'Abriendo la carpeta…',
    summary: 'Sincronizando mediante la carpeta compartida {{folder}} (este ordenador: {{device}}).',
    unsupported: 'Este navegador no puede abrir carpetas: use la aplicación de escritorio, Chromium o un servidor.'
  },
  conflicts: {
    title: 'Conflictos',
    navCount: 'Conflictos ({{count}})',
    lead: 'El mismo campo se modificó en dos ordenadores antes de que intercambiaran sus cambios. Todos los ordenadores muestran la misma versión hasta que uno de ustedes elija; lo que elija sustituye la otra versión en todas partes.',
    none: 'No hay conflictos: todos los ordenadores coinciden.',
    notSyncing: 'Inicie sesión en la página Sincronización para resolver los conflictos.',
    mine: 'Mostrada',
    theirs: 'Otra versión',
    resolve: 'Resolver',
    resolved: 'Resuelto: la versión elegida se envía a todos los ordenadores.'
  }
}
