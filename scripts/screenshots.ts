// Screenshots of the console's screens in light and dark, for a person to look at.
// Usage: start the console (npm start), then: npx tsx scripts/screenshots.ts [origin] [outDir]
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Page } from '@playwright/test'

const origin = process.argv[2] ?? 'http://127.0.0.1:8080'
const outDir = path.resolve(process.argv[3] ?? '.tmp/screenshots')

const SHOTS: Array<{ name: string; as: string | null; path: string; before?: (page: Page) => Promise<void> }> = [
  { name: 'sign-in', as: null, path: '/sign-in' },
  { name: 'sign-in-error', as: null, path: '/sign-in', before: async (page) => {
    await page.getByLabel('Username').fill('admin')
    await page.getByLabel('Password').fill('wrong')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('alert').first().waitFor()
  } },
  { name: 'admin-users', as: 'admin', path: '/t/demo/identity/users' },
  { name: 'admin-operators', as: 'admin', path: '/console/operators' },
  { name: 'admin-palette', as: 'admin', path: '/t/demo/identity/users', before: async (page) => {
    await page.keyboard.press('Control+k')
    await page.getByRole('dialog').waitFor()
  } },
  { name: 'admin-tenant-menu', as: 'admin', path: '/t/demo/sws/sessions', before: async (page) => {
    await page.getByRole('button', { name: /Switch tenant/ }).click()
    await page.getByRole('menu').waitFor()
  } },
  { name: 'admin-new-operator', as: 'admin', path: '/console/operators', before: async (page) => {
    await page.getByRole('button', { name: 'New operator' }).click()
    await page.getByRole('button', { name: 'Add role' }).click()
    await page.getByRole('button', { name: 'Create operator' }).click()
  } },
  { name: 'admin-operator-actions', as: 'admin', path: '/console/operators', before: async (page) => {
    await page.getByRole('button', { name: 'Actions for helpdesk' }).click()
  } },
  { name: 'account-mfa-enrol', as: 'auditor', path: '/console/account', before: async (page) => {
    await page.getByRole('button', { name: 'Set up two-factor authentication' }).click()
    await page.getByRole('img', { name: /QR code/ }).waitFor()
  } },
  { name: 'audit-log', as: 'auditor', path: '/console/audit-log' },
  { name: 'helpdesk-users', as: 'helpdesk', path: '/t/demo/identity/users' },
  { name: 'auditor-forbidden', as: 'auditor', path: '/t/demo/identity/users' },
  { name: 'not-found', as: 'auditor', path: '/no/such/page' },
]

const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
})
mkdirSync(outDir, { recursive: true })
for (const theme of ['light', 'dark'] as const) {
  for (const shot of SHOTS) {
    const context = await browser.newContext({ baseURL: origin, colorScheme: theme, viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    if (shot.as) {
      await page.goto('/sign-in')
      await page.getByLabel('Username').fill(shot.as)
      await page.getByLabel('Password').fill(`${shot.as}-demo`)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('navigation', { name: 'Main' }).waitFor()
    }
    await page.goto(shot.path)
    await page.waitForLoadState('networkidle')
    await shot.before?.(page)
    await page.waitForTimeout(300)
    const file = path.join(outDir, `${shot.name}-${theme}.png`)
    await page.screenshot({ path: file })
    console.log(file)
    await context.close()
  }
}
await browser.close()
