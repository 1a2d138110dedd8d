import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

export const DEMO = {
  admin: { username: 'admin', password: 'admin-demo' },
  helpdesk: { username: 'helpdesk', password: 'helpdesk-demo' },
  auditor: { username: 'auditor', password: 'auditor-demo' },
} as const
export type DemoRole = keyof typeof DEMO

interface Fixtures {
  /** HTTP statuses a journey provokes on purpose (a wrong password's 401); the browser logs those as errors. */
  expectedHttpErrors: number[]
  /** Fails the journey on any console error, uncaught exception or CSP violation. */
  failOnPageErrors: void
  /** Runs an axe scan of the current page; serious and critical violations fail the journey. */
  scan: (page?: Page) => Promise<void>
}

export const test = base.extend<Fixtures>({
  expectedHttpErrors: [[], { option: true }],
  failOnPageErrors: [
    async ({ page, expectedHttpErrors }, use) => {
      const problems: string[] = []
      const expected = new RegExp(`^Failed to load resource: the server responded with a status of (${expectedHttpErrors.join('|') || 'none'}) `)
      page.on('console', (message) => {
        if (message.type() === 'error' && !expected.test(message.text())) problems.push(`console error: ${message.text()}`)
      })
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
        })
      })
      await use()
      expect(problems, 'the page logged errors or CSP violations').toEqual([])
    },
    { auto: true },
  ],
  scan: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target }).analyze()
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      expect(serious, `accessibility violations on ${target.url()}`).toEqual([])
    })
  },
})

export { expect }

export async function signIn(page: Page, credentials: { username: string; password: string }): Promise<void> {
  await page.getByLabel('Username').fill(credentials.username)
  await page.getByLabel('Password').fill(credentials.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/**
 * Opens the console and signs in as a demo operator; resolves once the shell is showing. It lands
 * in the demo tenant: other journeys add tenants (some with connections that fail on purpose), and
 * the console otherwise opens the first tenant by name.
 */
export async function signInAs(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/sign-in?redirect=/t/demo')
  await signIn(page, DEMO[role])
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
}

/** Headers the BFF requires on a state-changing API call made outside the SPA. */
export function apiWriteHeaders(origin: string): Record<string, string> {
  return { 'x-gatehouse-csrf': '1', origin, 'content-type': 'application/json' }
}
