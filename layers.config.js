// The layers of UPR Desk, read by eslint.config.js (eslint-plugin-boundaries) and drawn in the README.
//
//   domain (pure) <- import, export, archive, sync, demo (pure, plus their own file-format libraries) <- db
//   <- platform <- features <- app;  components and routes are used by features and the app only.
//   src-main (Electron's main process) never imports the renderer; the renderer reads only the types of
//   its IPC contract.
//
// Each layer lists the layers and the packages it may import; anything else fails lint, at any depth.

/** Every folder (or file) of the layers, first match wins. */
export const LAYERS = [
  { type: 'domain', pattern: 'src-renderer/domain', partialMatch: false },
  { type: 'resources', pattern: 'resources', partialMatch: false },
  { type: 'i18n', pattern: 'src-renderer/i18n', partialMatch: false },
  { type: 'import', pattern: 'src-renderer/import', partialMatch: false },
  { type: 'export', pattern: 'src-renderer/export', partialMatch: false },
  { type: 'archive', pattern: 'src-renderer/archive', partialMatch: false },
  { type: 'sync', pattern: 'src-renderer/sync', partialMatch: false },
  { type: 'demo', pattern: 'src-renderer/demo', partialMatch: false },
  // The database itself (schema, opening, rescue) is for the db layer and the app's start only.
  { type: 'db-schema', pattern: 'src-renderer/db/schema', partialMatch: false },
  { type: 'db', pattern: 'src-renderer/db', partialMatch: false },
  { type: 'platform', pattern: 'src-renderer/platform', partialMatch: false },
  { type: 'routes', pattern: 'src-renderer/routes', partialMatch: false },
  { type: 'components', pattern: 'src-renderer/components', partialMatch: false },
  { type: 'feature', pattern: 'src-renderer/features/*', capture: ['area'], partialMatch: false },
  { type: 'app', pattern: 'src-renderer/*.{ts,tsx,css,html}', mode: 'full' },
  { type: 'ipc-contract', pattern: 'src-main/ipc/contract.ts', mode: 'full' },
  { type: 'main', pattern: 'src-main', partialMatch: false },
  { type: 'manifest', pattern: 'package.json', mode: 'full' }
]

const RENDERER_BELOW_APP = ['domain', 'resources', 'i18n', 'import', 'export', 'archive', 'sync', 'demo', 'db', 'platform', 'routes', 'components', 'feature']

/** What each layer may import: layers (by type) and packages (by name, globs allowed). */
const ALLOWED = {
  // Pure rules; the only libraries are pure text algorithms (the Snowball stemmers of search).
  domain: { layers: ['domain', 'resources'], packages: ['porter2', '@orama/stemmers', '@orama/stemmers/*'] },
  resources: { layers: ['resources'], packages: [] },
  i18n: { layers: ['i18n', 'domain'], packages: ['i18next', 'react-i18next'] },
  import: { layers: ['import', 'domain', 'resources'], packages: ['@e965/xlsx', 'jszip', 'pdfjs-dist', 'fflate'] },
  export: { layers: ['export', 'domain', 'resources'], packages: ['docx', '@e965/xlsx'] },
  archive: { layers: ['archive', 'domain'], packages: ['zod', 'fflate'] },
  // The replication engine (PouchDB side, no Dexie): documents, revisions, merges, sign-in, folder mode.
  sync: { layers: ['sync', 'archive', 'domain'], packages: ['pouchdb-core', 'pouchdb-adapter-idb', 'pouchdb-adapter-http', 'pouchdb-replication', 'events'] },
  demo: { layers: ['demo', 'domain', 'resources'], packages: [] },
  'db-schema': { layers: ['db-schema', 'db', 'domain'], packages: ['dexie'] },
  // The db layer also hosts the workers that parse and store (import) or read in parallel (backups).
  db: { layers: ['db', 'db-schema', 'domain', 'resources', 'import', 'export', 'archive', 'sync', 'demo'], packages: ['dexie', 'dexie-react-hooks', 'react', 'pdfjs-dist'] },
  platform: { layers: ['platform', 'db', 'archive', 'sync', 'domain', 'manifest'], packages: ['react'], types: ['ipc-contract'] },
  routes: { layers: ['routes', 'domain'], packages: ['react'] },
  components: { layers: ['components', 'routes', 'domain', 'resources', 'i18n', 'platform'], packages: ['react', 'react-i18next', 'i18next', 'recharts'] },
  feature: {
    layers: ['routes', 'components', 'db', 'import', 'export', 'archive', 'sync', 'demo', 'platform', 'domain', 'resources', 'i18n'],
    packages: ['react', 'react-i18next', 'i18next', 'recharts', '@tanstack/react-virtual', '@tiptap/*']
  },
  app: { layers: ['app', 'db-schema', ...RENDERER_BELOW_APP], packages: ['react', 'react-dom', 'react-dom/*', 'react-i18next', 'i18next'] },
  'ipc-contract': { layers: ['ipc-contract'], packages: ['zod'] },
  main: { layers: ['main', 'ipc-contract', 'manifest'], packages: ['electron', 'electron-updater', 'zod', '@electron/*'], core: true }
}

/** The dependency policies of `boundaries/dependencies`, one per layer. */
export function layerPolicies() {
  return Object.entries(ALLOWED).map(([type, allowed]) => {
    const to = [
      { element: { types: { anyOf: allowed.layers } } },
      ...allowed.packages.map((source) => ({ module: { origin: 'external', source } })),
      ...(allowed.core ? [{ module: { origin: 'core' } }] : [])
    ]
    const policy = { from: { element: { type } }, allow: { to } }
    return policy
  }).concat(
    // Type-only imports of another layer (the renderer's platform reads the IPC contract's types).
    Object.entries(ALLOWED)
      .filter(([, allowed]) => allowed.types)
      .map(([type, allowed]) => ({ from: { element: { type } }, allow: { to: { element: { types: { anyOf: allowed.types } } }, dependency: { kind: 'type' } } })),
    // A feature imports its own files freely, and of another feature only its public entry (index.ts).
    [
      { from: { element: { type: 'feature' } }, allow: { to: { element: { type: 'feature', captured: { area: '{{ from.element.captured.area }}' } } } } },
      { from: { element: { type: 'feature' } }, allow: { to: { element: { type: 'feature', fileInternalPath: 'index.ts' } } } }
    ]
  )
}
