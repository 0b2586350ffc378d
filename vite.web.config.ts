import { defineConfig } from 'vite'

// `npm run web`: serve the built renderer on loopback only, for a plain browser (no Electron).
export default defineConfig({
  build: { outDir: 'out/renderer' },
  preview: { host: '127.0.0.1', port: 5180, strictPort: true }
})
