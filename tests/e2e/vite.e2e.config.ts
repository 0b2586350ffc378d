import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mergeConfig, type Plugin } from 'vite'
import web from '../../vite.web.config.js'

/** The cookie with which a test asks the preview server for "the next version" of the web build. */
export const NEXT_VERSION_COOKIE = 'upr-desk-e2e-version=next'

/**
 * As if a new build had been deployed, for the browser that carries the cookie only (each test has its own
 * browser context, so its own cookies): sw.js comes with one more line, which is a new service worker to the
 * browser. Playwright cannot route the browser's own update check of sw.js, so the server answers it.
 */
function nextVersionForCookie(): Plugin {
  const sw = resolve(import.meta.dirname, '../../out/web/sw.js')
  return {
    name: 'upr-desk-e2e-next-version',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split('?')[0]?.endsWith('/sw.js') || !req.headers.cookie?.includes(NEXT_VERSION_COOKIE)) return next()
        res.setHeader('Content-Type', 'text/javascript')
        res.setHeader('Cache-Control', 'no-cache')
        res.end(`${readFileSync(sw, 'utf8')}\n// the next version\n`)
      })
    }
  }
}

// The e2e web server: the web build served as `npm run web` does, plus the hook above.
export default mergeConfig(web, { plugins: [nextVersionForCookie()] })
