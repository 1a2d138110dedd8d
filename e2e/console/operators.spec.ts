import { E2E_ORIGIN } from '../../playwright.config'
import { adminApi, uniqueName } from '../support/api'
import { expect, signIn, signInAs, test } from '../support/fixtures'

test.describe('operators and per-tenant roles', () => {
  // The other tenant refuses this operator: the browser logs that 403 as an error.
  test.use({ expectedHttpErrors: [403] })

  test('admin creates a helpdesk operator for one tenant; elsewhere they get 403', async ({ page, browser, request, scan }) => {
    const otherTenant = uniqueName('globex')
    await (await adminApi(request, E2E_ORIGIN)).createTenant(otherTenant, `Globex ${otherTenant}`)
    const username = uniqueName('demo-helpdesk')
    const password = 'a long enough password'

    await signInAs(page, 'admin')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operators' }).click()
    await page.getByRole('button', { name: 'New operator' }).click()
    const dialog = page.getByRole('dialog', { name: 'New operator' })
    await scan()
    await dialog.getByRole('button', { name: 'Create operator' }).click()
    await expect(dialog.getByText('At least 2 characters', { exact: true })).toBeVisible()
    await expect(dialog.getByText('At least 12 characters', { exact: true })).toBeVisible()

    await dialog.getByLabel('Username').fill(username)
    await dialog.getByLabel('Display name').fill('Demo helpdesk')
    await dialog.getByLabel('Initial password').fill(password)
    await dialog.getByRole('button', { name: 'Add role' }).click()
    await dialog.getByRole('combobox', { name: 'Role 1', exact: true }).click()
    await page.getByRole('option', { name: 'Helpdesk' }).click()
    await dialog.getByRole('combobox', { name: 'Scope of role 1' }).click()
    await page.getByRole('option', { name: 'Demo (simulated)' }).click()
    await dialog.getByLabel('Reason or ticket (optional)').fill('ONB-17 new helpdesk hire')
    await dialog.getByRole('button', { name: 'Create operator' }).click()
    await expect(dialog).toBeHidden()
    const row = page.getByRole('row').filter({ hasText: username })
    await expect(row).toContainText('Helpdesk · demo')
    await expect(row).toContainText('Active')
    await scan()

    // The new operator, in a browser of their own.
    const theirs = await browser.newPage()
    await theirs.goto('/sign-in')
    await signIn(theirs, { username, password })
    await expect(theirs).toHaveURL(/\/t\/demo\/identity\/users$/)
    await expect(theirs.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['Users', 'Users'])
    expect((await theirs.request.get(`/api/t/demo`)).status()).toBe(200)
    const refused = await theirs.request.get(`/api/t/${otherTenant}`)
    expect(refused.status()).toBe(403)
    expect((await refused.json()).error.message).toContain('You have no role for the tenant')
    await theirs.goto(`/t/${otherTenant}/identity/users`)
    await expect(theirs.getByRole('heading', { name: 'You do not have access to this' })).toBeVisible()
    await theirs.close()

    // The audit log holds the creation with its reason.
    await page.goto('/console/audit-log?action=operator.create')
    await expect(page.getByRole('row').filter({ hasText: username }).filter({ hasText: 'ONB-17 new helpdesk hire' })).toBeVisible()
  })

  test('admin disables an operator: their open session ends at once', async ({ page, browser, request }) => {
    const username = uniqueName('leaver')
    const password = 'a long enough password'
    await (await adminApi(request, E2E_ORIGIN)).createOperator(username, password, [{ role: 'auditor', tenantId: null }])
    const theirs = await browser.newPage()
    await theirs.goto('/sign-in')
    await signIn(theirs, { username, password })
    await expect(theirs.getByRole('navigation', { name: 'Main' })).toBeVisible()

    await signInAs(page, 'admin')
    await page.goto('/console/operators')
    await page.getByRole('button', { name: `Actions for ${username}` }).click()
    await page.getByRole('menuitem', { name: 'Disable…' }).click()
    const dialog = page.getByRole('dialog', { name: `Disable operator: ${username}` })
    await dialog.getByLabel('Reason or ticket (optional)').fill('HR-99 left the company')
    await dialog.getByRole('button', { name: 'Disable' }).click()
    await expect(page.getByRole('row').filter({ hasText: username })).toContainText('Disabled')

    await theirs.reload()
    await expect(theirs).toHaveURL(/\/sign-in/)
    await theirs.close()
  })
})
