import { defineConfig } from '@playwright/test'

// The desktop app itself, driven by Playwright's _electron (tests/electron). Not part of `npm run
// test:e2e`, which tests the renderer in Chromium. Runs against UPR_DESK_APP (a packaged app, built
// with `UPR_DESK_E2E_BUILD=1 npm run dist -- --dir`) or, for a development run, the Electron binary in node_modules with
// out/main/index.js; without either it skips and says why (no Electron binary can be downloaded on
// the build machines). One worker: each test starts its own app with its own data folder.
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env['CI'] ? 'line' : 'list',
  timeout: 90_000
})
