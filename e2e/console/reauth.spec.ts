import { E2E_SHORT_REAUTH_ORIGIN } from '../../playwright.config'
import { adminApi, uniqueName } from '../support/api'
import { DEMO, expect, signIn, test } from '../support/fixtures'

// This console asks again after 2 seconds, so the prompt can be seen without waiting 5 minutes.
test.use({ baseURL: E2E_SHORT_REAUTH_ORIGIN, expectedHttpErrors: [401, 403] })

test('a sensitive action asks for the password again, then goes through', async ({ page, request, scan }) => {
  const username = uniqueName('forgetful')
  await (await adminApi(request, E2E_SHORT_REAUTH_ORIGIN)).createOperator(username, 'a long enough password', [{ role: 'helpdesk', tenantId: null }])

  await page.goto('/sign-in')
  await signIn(page, DEMO.admin)
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await page.goto('/console/operators')
  await page.waitForTimeout(2_500)

  await page.getByRole('button', { name: `Actions for ${username}` }).click()
  await page.getByRole('menuitem', { name: 'Reset password…' }).click()
  await page.getByRole('dialog', { name: `Reset password: ${username}` }).getByRole('button', { name: 'Reset password' }).click()

  const prompt = page.getByRole('dialog', { name: 'Confirm it is you' })
  await expect(prompt).toBeVisible()
  await scan()
  await prompt.getByLabel('Password').fill('not my password')
  await prompt.getByRole('button', { name: 'Confirm' }).click()
  await expect(prompt.getByText('That password is not correct.')).toBeVisible()
  await prompt.getByLabel('Password').fill(DEMO.admin.password)
  await prompt.getByRole('button', { name: 'Confirm' }).click()
  await expect(prompt).toBeHidden()

  const result = page.getByRole('dialog', { name: `Reset password: ${username}` })
  const temporary = (await result.getByLabel('Temporary password', { exact: true }).textContent()) ?? ''
  expect(temporary.length).toBeGreaterThanOrEqual(20)
  await result.getByRole('button', { name: 'Done' }).click()

  // The temporary password really works.
  const other = await page.context().browser()!.newPage()
  await other.goto(`${E2E_SHORT_REAUTH_ORIGIN}/sign-in`)
  await signIn(other, { username, password: temporary })
  await expect(other.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await other.close()
})
