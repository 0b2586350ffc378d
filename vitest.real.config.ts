import { defineConfig } from 'vitest/config'

// Tests against the real UN documents in ../shared/fixtures (never committed to the repository).
export default defineConfig({
  test: {
    include: ['tests/real/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    testTimeout: 120000
  }
})
