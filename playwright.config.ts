import { defineConfig } from '@playwright/test'

// The renderer runs unchanged in a plain browser: e2e tests drive the web build (out/web, with its service
// worker) in real Chromium, served by tests/e2e/vite.e2e.config.ts (vite preview, as `npm run web`).
// CHROMIUM_PATH points at the browser (Debian's by default; Playwright's own Chromium works too).
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const port = Number(process.env['E2E_PORT'] ?? 5181)

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic'
      ]
    }
  },
  webServer: {
    command: `npx vite preview --config tests/e2e/vite.e2e.config.ts --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 30_000
  }
})
