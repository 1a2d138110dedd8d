import { Secret, TOTP } from 'otpauth'
import { E2E_ORIGIN } from '../../playwright.config'
import { adminApi, uniqueName } from '../support/api'
import { expect, signIn, test } from '../support/fixtures'

const codeFor = (secret: string, username: string, offsetSeconds = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), label: username, issuer: 'Gatehouse' }).generate({ timestamp: Date.now() + offsetSeconds * 1000 })

test.use({ expectedHttpErrors: [401] })

test('an operator enrols TOTP, then signs in with a code, and with a recovery code once', async ({ page, request, scan }) => {
  const username = uniqueName('mfa-user')
  const password = 'a long enough password'
  await (await adminApi(request, E2E_ORIGIN)).createOperator(username, password, [{ role: 'auditor', tenantId: null }])

  await page.goto('/sign-in')
  await signIn(page, { username, password })
  await page.getByRole('button', { name: /Account menu/ }).click()
  await page.getByRole('menuitem', { name: 'Account security' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Account security' })).toBeVisible()
  await page.getByRole('button', { name: 'Set up two-factor authentication' }).click()
  await expect(page.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeVisible()
  await scan()
  const secret = ((await page.getByTestId('mfa-manual-key').textContent()) ?? '').replace(/\s+/g, '')
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)

  await page.getByLabel('Code from the app').fill('000000')
  await page.getByRole('button', { name: 'Turn on' }).click()
  await expect(page.getByText('That code is not correct.')).toBeVisible()
  await page.getByLabel('Code from the app').fill(codeFor(secret, username))
  await page.getByRole('button', { name: 'Turn on' }).click()
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')
  await expect(codes).toHaveCount(10)
  await scan()
  const recovery = (await codes.first().textContent()) ?? ''
  await page.getByRole('button', { name: 'I have saved them' }).click()
  await expect(page.getByText('On', { exact: true })).toBeVisible()

  // Password alone is not enough any more.
  await page.context().clearCookies()
  await page.goto('/sign-in')
  await signIn(page, { username, password })
  await expect(page.getByLabel('Authentication code')).toBeVisible()
  await scan()
  await page.getByLabel('Authentication code').fill('123456')
  await page.getByRole('button', { name: 'Verify' }).click()
  await expect(page.getByText('That code is not correct.')).toBeVisible()
  // The next time step's code: the one used at enrolment may not be replayed.
  await page.getByLabel('Authentication code').fill(codeFor(secret, username, 30))
  await page.getByRole('button', { name: 'Verify' }).click()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()

  // A recovery code works once.
  for (const expected of ['signed in', 'refused'] as const) {
    await page.context().clearCookies()
    await page.goto('/sign-in')
    await signIn(page, { username, password })
    await page.getByLabel('Authentication code').fill(recovery)
    await page.getByRole('button', { name: 'Verify' }).click()
    if (expected === 'signed in') await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    else await expect(page.getByText('That code is not correct.')).toBeVisible()
  }
})
