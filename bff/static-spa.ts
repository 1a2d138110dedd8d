import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import type { AppEnv } from './app-env'
import { loadSession } from './security/sessions'
import { bootDataElement, bootDataFor } from './spa-boot-data'

/** Must match CSP_NONCE_PLACEHOLDER in vite.config.ts (Vite writes it into index.html). */
const NONCE_PLACEHOLDER = '__GATEHOUSE_CSP_NONCE__'
/** The boot data goes just before the element the SPA renders into. */
const ROOT_ELEMENT = '<div id="root"></div>'

/**
 * Serves the built SPA: hashed assets cached for good, other public files briefly, and index.html
 * for every other path (client-side routes) with a fresh CSP nonce, a signed-in page's boot data (see
 * contract/boot-data.ts: the first screen then starts without two round trips) and no caching.
 */
export function spaRoutes(staticDir: string | null): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const indexFile = staticDir && path.join(staticDir, 'index.html')
  if (!staticDir || !indexFile || !existsSync(indexFile)) {
    return app.get('*', (c) => c.text('The console is not built. Run `npm run build`, then start the BFF again.', 503))
  }
  const indexHtml = readFileSync(indexFile, 'utf8')
  if (!indexHtml.includes(ROOT_ELEMENT)) throw new Error(`${indexFile} has no ${ROOT_ELEMENT} to put the boot data before`)

  app.use(
    '/assets/*',
    serveStatic({ root: staticDir, onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }),
  )
  app.use(
    '*',
    serveStatic({
      root: staticDir,
      onFound: (filePath, c) => {
        if (filePath.endsWith('index.html')) return
        c.header('Cache-Control', 'public, max-age=300')
      },
      rewriteRequestPath: (requestPath) => (requestPath === '/' || requestPath === '/index.html' ? '/__no-such-file__' : requestPath),
    }),
  )
  app.get('*', loadSession, async (c) => {
    c.header('Cache-Control', 'no-store')
    const nonce = c.get('secureHeadersNonce') ?? ''
    const data = await bootDataFor(c)
    const bootData = data ? bootDataElement(data) : ''
    // A function, not a string: the data holds names, and `$&` or `$'` in a string replacement are patterns.
    return c.html(indexHtml.replaceAll(NONCE_PLACEHOLDER, nonce).replace(ROOT_ELEMENT, () => bootData + ROOT_ELEMENT))
  })
  return app
}
