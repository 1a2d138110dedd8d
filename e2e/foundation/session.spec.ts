import { E2E_ORIGIN } from '../../playwright.config'
import { expect, signInAs, test } from '../support/fixtures'

test('sign-out ends the session on the server: the old cookie is refused', async ({ page, playwright }) => {
  await signInAs(page, 'admin')
  const cookies = await page.context().cookies()
  const session = cookies.find((cookie) => cookie.name === 'gatehouse_session')
  expect(session, 'a session cookie is set').toBeDefined()
  expect(session?.httpOnly).toBe(true)
  expect(session?.sameSite).toBe('Strict')

  await page.getByRole('button', { name: /Account menu/ }).click()
  await page.getByRole('menuitem', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in/)
  await expect(page.getByText('You are signed out.')).toBeVisible()

  const replay = await playwright.request.newContext({ baseURL: E2E_ORIGIN, extraHTTPHeaders: { cookie: `gatehouse_session=${session?.value}` } })
  expect(await (await replay.get('/api/auth/session')).json()).toEqual({ session: null })
  expect((await replay.get('/api/tenants')).status()).toBe(401)
  await replay.dispose()

  await page.goto('/t/demo/identity/users')
  await expect(page).toHaveURL(/\/sign-in/)
})

test('helpdesk calling an admin-only API gets 403 naming the permission', async ({ page }) => {
  await signInAs(page, 'helpdesk')
  const response = await page.request.get('/api/console/operators')
  expect(response.status()).toBe(403)
  const body = await response.json()
  expect(body.error.code).toBe('forbidden')
  expect(body.error.details.permission).toBe('console.operators.manage')
  expect(body.error.message).toContain('console.operators.manage')
})

test('a link followed from another site opens the screen signed in, though that first request carries no cookie', async ({ page }) => {
  await signInAs(page, 'helpdesk')
  // A page of no site of ours (a ticket, a chat) links to a user list.
  await page.goto('about:blank')
  await page.setContent(`<a href="${E2E_ORIGIN}/t/demo/identity/users?search=costa">Open in Gatehouse</a>`)
  const [documentResponse] = await Promise.all([page.waitForResponse((response) => response.url().includes('/t/demo/identity/users')), page.getByRole('link', { name: 'Open in Gatehouse' }).click()])
  // SameSite=Strict: the browser leaves the session cookie off a cross-site navigation.
  expect((await documentResponse.request().allHeaders()).cookie).toBeUndefined()
  await expect(page).toHaveURL(/\/t\/demo\/identity\/users/)
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
})
