import type { Page } from '@playwright/test'
import type { BenchRow, MeasuredBenchmark } from '../benchmark'
import { launchBenchBrowser, timed } from '../support/browser'
import { startConsoleOnLargeProfile } from '../support/console-under-load'
import { median, percentile } from '../support/format'

const BUDGET = '≤ 500 ms open → first steps; ≤ 200 DOM rows while scrolling'
const RUNS = 5
const SESSIONS = [
  { id: 'LongSession-10k-step', steps: 10_000 },
  { id: 'LongSession-25k-step', steps: 25_000 },
] as const
// A word the generated steps use (the player's journey searches it too).
const SEARCH_TERM = 'quarterly'

const stepRows = (page: Page) => page.locator('[data-step-row]')

/** In-app navigation to the player (the SPA is already loaded), as an auditor arriving from the sessions list would. */
async function openInApp(page: Page, sessionId: string): Promise<number> {
  await page.goto('/t/demo/sws/sessions')
  await page.getByRole('heading', { level: 1 }).waitFor()
  return timed(async () => {
    await page.evaluate((href) => {
      window.history.pushState({}, '', href)
      window.dispatchEvent(new PopStateEvent('popstate'))
    }, `/t/demo/sws/sessions/${sessionId}`)
    await stepRows(page).first().filter({ hasText: /#\d+/ }).waitFor()
  })
}

/** Scrolls the virtual list from top to bottom in large wheel steps; the most rows the DOM held on the way. */
async function mostRowsWhileScrolling(page: Page): Promise<number> {
  const list = page.getByRole('listbox', { name: 'Steps' })
  await list.hover()
  let most = await stepRows(page).count()
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 6_000)
    most = Math.max(most, await stepRows(page).count())
  }
  await page.locator('main').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('End')
  await page.getByTestId('player-position').filter({ hasText: /Step ([\d,]+) of \1/ }).waitFor({ timeout: 30_000 })
  return Math.max(most, await stepRows(page).count())
}

async function searchJump(page: Page): Promise<number> {
  await page.locator('main').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Home')
  await page.keyboard.press('/')
  await page.keyboard.type(SEARCH_TERM)
  return timed(async () => {
    await page.keyboard.press('Enter')
    await page.getByRole('status').filter({ hasText: /^1 of / }).first().waitFor({ timeout: 30_000 })
  })
}

export const sessionPlayerBenchmark: MeasuredBenchmark = {
  name: 'session-player',
  budget: BUDGET,
  async run() {
    const { bff, cookie } = await startConsoleOnLargeProfile('auditor')
    const browser = await launchBenchBrowser()
    try {
      const rows: BenchRow[] = []
      for (const session of SESSIONS) {
        const context = await browser.signedInContext(bff.origin, cookie)
        context.setDefaultTimeout(30_000)
        const page = await context.newPage()
        await page.goto(`${bff.origin}/t/demo/sws/sessions`)
        // One unmeasured open warms the BFF's adapter (tokens, the sessions-or-recordings probe).
        await openInApp(page, session.id)
        const opens: number[] = []
        for (let run = 0; run < RUNS; run++) opens.push(await openInApp(page, session.id))
        const fullLoad = await timed(async () => {
          await page.goto(`${bff.origin}/t/demo/sws/sessions/${session.id}`)
          await stepRows(page).first().filter({ hasText: /#\d+/ }).waitFor()
        })
        const mostRows = await mostRowsWhileScrolling(page)
        const jumpMs = await searchJump(page)
        await context.close()
        const p95 = percentile(opens, 95)
        rows.push({
          benchmark: 'session-player',
          subject: `${session.steps.toLocaleString('en')}-step session (large profile): open → first steps, in-app navigation, ${RUNS} runs`,
          figures: `p50 ${median(opens).toFixed(0)} / p95 ${p95.toFixed(0)} ms; full page load ${fullLoad.toFixed(0)} ms; at most ${mostRows} step rows in the DOM scrolling to the end; search → first match ${jumpMs.toFixed(0)} ms`,
          budget: BUDGET,
          met: p95 <= 500 && mostRows <= 200,
          data: { opens, fullLoadMs: fullLoad, mostRows, searchJumpMs: jumpMs },
        })
      }
      return rows
    } finally {
      await browser.close()
    }
  },
}
