import { E2E_ORIGIN } from '../../playwright.config'
import { apiWriteHeaders, DEMO, expect, signIn, test } from '../support/fixtures'

const WRONG = 'The username or password is not correct.'

// These journeys provoke refused sign-ins on purpose.
test.use({ expectedHttpErrors: [401, 429] })

test('a wrong password and an unknown user get the same single message', async ({ page, scan }) => {
  await page.goto('/sign-in')
  await signIn(page, { username: 'admin', password: 'not-the-password' })
  const alert = page.getByRole('alert').filter({ hasText: WRONG })
  await expect(alert).toBeVisible()
  await expect(page).toHaveURL(/\/sign-in/)
  await expect(page.getByLabel('Password')).toHaveValue('')
  await scan()

  const answered = page.waitForResponse((response) => response.url().endsWith('/api/auth/sign-in'))
  await signIn(page, { username: 'nobody-by-this-name', password: 'whatever' })
  expect((await answered).status()).toBe(401)
  await expect(alert).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(1)
})

test('empty fields are named beside the field, and nothing is sent', async ({ page }) => {
  await page.goto('/sign-in')
  let posted = false
  page.on('request', (request) => {
    if (request.url().endsWith('/api/auth/sign-in')) posted = true
  })
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText('Enter your username')).toBeVisible()
  await expect(page.getByText('Enter your password')).toBeVisible()
  expect(posted).toBe(false)
})

test('five failures in a row throttle that username from this address, even with the right password', async ({ page, scan }) => {
  // A throwaway operator, so the lock-out touches nobody else's journey.
  const username = `throttle-${Date.now().toString(36)}`
  const password = 'correct horse battery staple'
  await page.goto('/sign-in')
  await signIn(page, DEMO.admin)
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  const created = await page.request.post('/api/console/operators', {
    headers: apiWriteHeaders(E2E_ORIGIN),
    data: { username, displayName: 'Throttle test', password, grants: [{ role: 'helpdesk', tenantId: null }] },
  })
  expect(created.status()).toBe(201)
  await page.context().clearCookies()

  // Each attempt waits for its own answer: the alert of the one before is still on screen.
  const attempt = async (attemptPassword: string) => {
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/auth/sign-in'))
    await signIn(page, { username, password: attemptPassword })
    const status = (await answered).status()
    // The form clears the password once it has handled the refusal; only then type the next one.
    await expect(page.getByLabel('Password')).toHaveValue('')
    return status
  }
  await page.goto('/sign-in')
  for (let n = 1; n <= 4; n++) {
    expect(await attempt(`wrong-${n}`)).toBe(401)
    await expect(page.getByRole('alert').filter({ hasText: WRONG })).toBeVisible()
  }
  expect(await attempt('wrong-5')).toBe(429)
  await expect(page.getByRole('alert').filter({ hasText: 'Too many failed sign-in attempts' })).toBeVisible()

  expect(await attempt(password)).toBe(429)
  await expect(page.getByRole('alert').filter({ hasText: 'Too many failed sign-in attempts' })).toBeVisible()
  await expect(page).toHaveURL(/\/sign-in/)
  await scan()

  // Another username from the same address is not affected.
  await signIn(page, DEMO.helpdesk)
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
})

test('a deep link while signed out returns there after sign-in', async ({ page }) => {
  await page.goto('/console/audit-log')
  await expect(page).toHaveURL(/\/sign-in\?redirect=/)
  await signIn(page, DEMO.auditor)
  await expect(page).toHaveURL(/\/console\/audit-log$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
})
