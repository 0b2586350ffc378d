import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa'

// The web build (`out/web`): the same renderer as the Electron window (keep root, base, publicDir and the
// worker format in step with `renderer` in electron.vite.config.ts), plus what makes it an installable
// app that works offline: a web app manifest, its icons and a service worker that precaches every file
// of the build (workers and lazily loaded chunks included). The Electron renderer (`out/renderer`) is
// built without any of this. `npm run web` and the e2e tests serve this folder.

const here = import.meta.dirname
const BRAND = '#1f4e79'

/** The web app manifest: what Edge and Chrome need to offer installing the app (192 and 512 px icons, maskable too). */
export const WEB_MANIFEST: Partial<ManifestOptions> = {
  name: 'UPR Desk',
  short_name: 'UPR Desk',
  description: 'The Universal Periodic Review desk of a Permanent Mission: recommendations, statements, review cycle. Works offline.',
  lang: 'en',
  start_url: './',
  scope: './',
  display: 'standalone',
  theme_color: BRAND,
  background_color: '#f3f5f8',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }
  ]
}

/** The PNG icons of `resources/web` (drawn by scripts/web-icons.ts), emitted under `icons/` in the web build only. */
function webIcons(): Plugin {
  const names = ['icon-192.png', 'icon-512.png', 'icon-maskable-192.png', 'icon-maskable-512.png', 'apple-touch-icon.png']
  return {
    name: 'upr-desk-web-icons',
    apply: 'build',
    generateBundle() {
      for (const name of names) this.emitFile({ type: 'asset', fileName: `icons/${name}`, source: readFileSync(resolve(here, 'resources/web', name)) })
    },
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { name: 'theme-color', content: BRAND }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: './icons/apple-touch-icon.png' }, injectTo: 'head' }
    ]
  }
}

export default defineConfig({
  root: resolve(here, 'src-renderer'),
  base: './',
  publicDir: resolve(here, 'resources/public'),
  // Turns on the service worker registration (src-renderer/platform/web-updates.ts); without it, as in
  // the Electron build, that code is dropped from the bundle.
  define: { 'import.meta.env.VITE_WEB_APP': JSON.stringify('true') },
  plugins: [
    react(),
    webIcons(),
    VitePWA({
      strategies: 'generateSW',
      // We register the worker ourselves (platform/web-updates.ts): the app decides when to reload.
      injectRegister: false,
      registerType: 'prompt',
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      includeManifestIcons: false,
      manifest: WEB_MANIFEST,
      workbox: {
        // Every file of the build, so that an import (its worker, pdf.js and its worker) and a Word export
        // (a lazily loaded chunk) work with the network off.
        globPatterns: ['**/*.{html,js,mjs,css,svg,png}'],
        // The main chunk and pdf.js's worker are larger than Workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The first visit is controlled at once, so that what it loads later comes from the precache.
        clientsClaim: true,
        // A new version waits until the delegate asks for it (and nothing is left unsaved).
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        sourcemap: false
      }
    })
  ],
  worker: { format: 'es' },
  build: {
    outDir: resolve(here, 'out/web'),
    emptyOutDir: true,
    minify: true
  },
  preview: { host: '127.0.0.1', port: 5180, strictPort: true }
})
