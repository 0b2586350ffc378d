// PouchDB's packages ship no type declarations; the engine types what it uses in pouch-types.ts, and each
// package's default export (the constructor, or a plugin for `PouchDB.plugin`) is typed here as opaque.
declare module 'pouchdb-core' {
  const PouchDB: { plugin(plugin: unknown): unknown }
  export default PouchDB
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown
  export default plugin
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown
  export default plugin
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown
  export default plugin
}
declare module 'pouchdb-replication' {
  const plugin: unknown
  export default plugin
}
