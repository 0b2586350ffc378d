// Shared test setup: fake-indexeddb is loaded before this file (vitest.config.ts), so Dexie finds IndexedDB.
export {}
