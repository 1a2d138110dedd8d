import { chromium, type Browser, type BrowserContext } from '@playwright/test'
import { addCleanup } from './child-process'

const CHROMIUM_PATH = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium'
// The same flags the journeys use with this machine's system Chromium (playwright.config.ts).
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update']

export interface BenchBrowser {
  browser: Browser
  /** A fresh context holding the console session cookie for `origin`. */
  signedInContext(origin: string, cookie: string): Promise<BrowserContext>
  close(): Promise<void>
}

/** The system Chromium through Playwright, closed by the bench's cleanup even when a benchmark throws. */
export async function launchBenchBrowser(): Promise<BenchBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const forget = addCleanup(() => void browser.close())
  return {
    browser,
    async signedInContext(origin, cookie) {
      const [name = '', ...rest] = cookie.split('=')
      const context = await browser.newContext({ baseURL: origin, viewport: { width: 1440, height: 900 } })
      await context.addCookies([{ name, value: rest.join('='), url: origin }])
      return context
    },
    async close() {
      forget()
      await browser.close()
    },
  }
}

/** Milliseconds `action` takes, by the bench process's clock. */
export async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await action()
  return performance.now() - started
}
