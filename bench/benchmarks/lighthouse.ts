import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import type { BenchRow, MeasuredBenchmark } from '../benchmark'
import { addCleanup } from '../support/child-process'
import { median } from '../support/format'
import { startConsoleOnLargeProfile } from '../support/console-under-load'

const RUNS_PER_PAGE = 3
const CHROMIUM_PATH = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium'
// What this machine's system Chromium needs (see playwright.config.ts).
const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage']
const CATEGORIES = [
  { id: 'performance', label: 'performance', budget: 95, budgetText: '≥ 95' },
  { id: 'accessibility', label: 'accessibility', budget: 100, budgetText: '100' },
  { id: 'best-practices', label: 'best practices', budget: 95, budgetText: '≥ 95' },
] as const

interface PageToAudit {
  subject: string
  path: string
  cookie?: string
  /** Informative pages (e.g. a placeholder screen) are measured but not held to the budget. */
  heldToBudget: boolean
}

type Scores = Record<(typeof CATEGORIES)[number]['id'], number>

async function auditOnce(port: number, url: string, cookie: string | undefined): Promise<{ scores: Scores; metrics: Record<string, number | undefined> }> {
  const result = await lighthouse(
    url,
    { port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES.map((category) => category.id), extraHeaders: cookie ? { Cookie: cookie } : undefined },
    desktopConfig,
  )
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  // A redirect (e.g. to /sign-in when the cookie did not take) would score the wrong page.
  if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${url}`)
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category.id, Math.round((lhr.categories[category.id]?.score ?? 0) * 100)])) as Scores
  const metric = (id: string): number | undefined => lhr.audits[id]?.numericValue
  return {
    scores,
    metrics: { fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') },
  }
}

/** Lighthouse's own advice for a trace it failed to record (NO_NAVSTART and kin) is to run again: up to twice. */
async function auditWithRetry(port: number, url: string, cookie: string | undefined): ReturnType<typeof auditOnce> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(port, url, cookie)
    } catch (error) {
      if (attempt >= 3 || !/NO_NAVSTART|NO_FCP|PROTOCOL_TIMEOUT/.test(String(error))) throw error
      console.error(`bench: lighthouse ${url}: ${String(error)}; running it again`)
    }
  }
}

export const lighthouseBenchmark: MeasuredBenchmark = {
  name: 'lighthouse',
  budget: 'performance ≥ 95, accessibility 100, best practices ≥ 95 (desktop)',
  async run() {
    // The users page reads the 100,000-user tenant, as the users-page benchmark does.
    const { bff, cookie } = await startConsoleOnLargeProfile('admin')
    try {
      const pages: PageToAudit[] = [
        { subject: 'sign-in page /sign-in', path: '/sign-in', heldToBudget: true },
        { subject: 'users page /t/demo/identity/users (100k users)', path: '/t/demo/identity/users', cookie, heldToBudget: true },
      ]
      const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, logLevel: 'error' })
      const forgetChrome = addCleanup(() => chrome.kill())
      try {
        const rows: BenchRow[] = []
        for (const page of pages) {
          const runs: Awaited<ReturnType<typeof auditOnce>>[] = []
          for (let i = 0; i < RUNS_PER_PAGE; i++) runs.push(await auditWithRetry(chrome.port, `${bff.origin}${page.path}`, page.cookie))
          const medians = Object.fromEntries(CATEGORIES.map((category) => [category.id, median(runs.map((run) => run.scores[category.id]))])) as Scores
          const met = CATEGORIES.every((category) => medians[category.id] >= category.budget)
          rows.push({
            benchmark: 'lighthouse',
            subject: `${page.subject}, median of ${RUNS_PER_PAGE}`,
            figures: CATEGORIES.map((category) => `${category.label} ${medians[category.id]}`).join(', '),
            budget: page.heldToBudget ? CATEGORIES.map((category) => `${category.label} ${category.budgetText}`).join(', ') : '— (placeholder page)',
            met: page.heldToBudget ? met : null,
            data: { medians, runs },
          })
        }
        return rows
      } finally {
        forgetChrome()
        chrome.kill()
      }
    } finally {
      await bff.child.stop()
    }
  },
}
