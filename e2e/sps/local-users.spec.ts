import { E2E_ORIGIN } from '../../playwright.config'
import { uniqueName } from '../support/api'
import { apiWriteHeaders, expect, signInAs, test } from '../support/fixtures'
import { committed, discardPending, lockHolder, startOwnSps, type OwnSps, type SimUser } from './sps-config-support'

for (const version of ['6.0.7', '7.0.5'] as const) {
  test.describe(`SPS ${version}: local users`, () => {
    test.describe.configure({ mode: 'serial' })
    let sps: OwnSps
    test.beforeAll(async ({ playwright }) => {
      const request = await playwright.request.newContext({ baseURL: E2E_ORIGIN })
      sps = await startOwnSps(request, version)
      await request.dispose()
    })
    test.afterAll(async () => {
      await sps?.sims.stop()
    })
    test.afterEach(async ({ page }) => {
      await discardPending(page, sps)
    })

    test('admin creates a local user and commits it at once; the password is checked, never shown', async ({ page, scan }) => {
      const name = uniqueName('gh-carol').toLowerCase()
      const password = `Pw-${Date.now()}-strong!`
      await signInAs(page, 'admin')
      await page.goto(`/t/${sps.tenantId}/sps/local-users`)
      await expect(page.getByRole('heading', { level: 1, name: 'Local users' })).toBeVisible()
      await expect(page.getByRole('row').filter({ hasText: 'admin' }).getByText('built in')).toBeVisible()
      await scan()

      await page.getByRole('button', { name: 'New local user' }).click()
      const dialog = page.getByRole('dialog', { name: 'New local user' })
      await dialog.getByLabel('Username').fill(name)
      await dialog.getByLabel('Password', { exact: true }).fill('short')
      await dialog.getByLabel('Confirm password').fill('other')
      await dialog.getByRole('button', { name: 'Add to pending changes' }).click()
      await expect(dialog.getByText('At least 12 characters', { exact: true })).toBeVisible()
      await expect(dialog.getByText('The two passwords differ')).toBeVisible()
      await dialog.getByLabel('Password', { exact: true }).fill(password)
      await dialog.getByLabel('Confirm password').fill(password)
      await scan()

      // A quick single change: committed at once, after a confirmation, with the reason required.
      await dialog.getByRole('button', { name: 'Commit now…' }).click()
      await expect(dialog.getByText('Committing at once needs a reason or ticket')).toBeVisible()
      await dialog.getByLabel('Reason or ticket (optional)').fill('ONB-42 new SPS operator')
      await dialog.getByRole('button', { name: 'Commit now…' }).click()
      await page.getByRole('alertdialog', { name: 'Commit this change to SPS now?' }).getByRole('button', { name: 'Commit now' }).click()
      await expect(page.getByText(`Local user ${name}: committed to SPS.`)).toBeVisible()
      await expect(page.getByRole('region', { name: 'Pending SPS changes' })).toHaveCount(0)

      const user = (await committed<SimUser>(sps, 'localUsers')).find((candidate) => candidate.name === name)
      expect(user?.password).toEqual(expect.any(String))
      expect(await lockHolder(sps)).toBeNull()
      expect(await page.content()).not.toContain(password)
      const auditLog = await page.request.get(`/api/console/audit-log?q=${encodeURIComponent(name)}`)
      expect(await auditLog.text()).not.toContain(password)
    })

    test('changing a password makes a new password object; it waits in the pending changes', async ({ page }) => {
      const target = (await committed<SimUser>(sps, 'localUsers')).find((user) => user.name === 'auditor') as SimUser
      await signInAs(page, 'admin')
      await page.goto(`/t/${sps.tenantId}/sps/local-users?q=auditor`)
      await page.getByRole('button', { name: 'Actions for local user auditor', exact: true }).click()
      await page.getByRole('menuitem', { name: 'Change password…' }).click()
      const dialog = page.getByRole('dialog', { name: 'Change the password of auditor' })
      await dialog.getByLabel('Password', { exact: true }).fill('Rotated-password-2026')
      await dialog.getByLabel('Confirm password').fill('Rotated-password-2026')
      await dialog.getByRole('button', { name: 'Add to pending changes' }).click()
      await expect(page.getByRole('region', { name: 'Pending SPS changes' }).getByText('2 pending SPS changes')).toBeVisible()
      expect((await committed<SimUser>(sps, 'localUsers')).find((user) => user.key === target.key)?.password).toBe(target.password)

      await page.getByRole('button', { name: 'Review and commit…' }).click()
      const sheet = page.getByRole('dialog', { name: 'Pending SPS changes' })
      await expect(sheet.getByText('A new password; its value is never shown.')).toBeVisible()
      await expect(sheet.getByRole('listitem').filter({ hasText: 'auditor' }).getByText('changed', { exact: true }).first()).toBeVisible()
      await sheet.getByLabel('Commit message').fill('SEC-9 rotation')
      await sheet.getByRole('button', { name: 'Commit to SPS' }).click()
      await expect(page.getByText('Your changes are committed: SPS now uses them.')).toBeVisible()
      expect((await committed<SimUser>(sps, 'localUsers')).find((user) => user.key === target.key)?.password).not.toBe(target.password)
    })

    test.describe('admin', () => {
      test.use({ expectedHttpErrors: [409] })

      test('cannot be deleted, and the screen says why', async ({ page }) => {
        const adminUser = (await committed<SimUser>(sps, 'localUsers')).find((user) => user.name === 'admin') as SimUser
        await signInAs(page, 'admin')
        await page.goto(`/t/${sps.tenantId}/sps/local-users?q=admin`)
        await page.getByRole('button', { name: 'Actions for local user admin', exact: true }).click()
        await expect(page.getByRole('menuitem', { name: 'Delete…' })).toBeDisabled()
        await expect(page.getByText('admin is built in with every privilege; SPS does not allow deleting it.')).toBeVisible()
        await page.keyboard.press('Escape')

        // The console refuses it too, in words, and SPS is not touched.
        const refused = await page.request.delete(`/api/t/${sps.tenantId}/sps/local-users/${adminUser.key}`, { headers: apiWriteHeaders(E2E_ORIGIN), data: { reason: 'try anyway' } })
        expect(refused.status()).toBe(409)
        expect((await refused.json()).error.message).toMatch(/admin user cannot be deleted/)
        expect(await lockHolder(sps)).toBeNull()
        expect((await committed<SimUser>(sps, 'localUsers')).map((user) => user.name)).toContain('admin')
      })
    })

    test('the ACLs are a read-only matrix with SPS’s note', async ({ page, scan }) => {
      await signInAs(page, 'admin')
      await page.goto(`/t/${sps.tenantId}/sps/acls`)
      await expect(page.getByText('SPS does not allow editing ACLs over its REST API')).toBeVisible()
      const matrix = page.getByRole('table', { name: 'SPS ACLs: usergroups by privilege' })
      const row = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'basic-write', exact: true }) })
      await expect(row.getByText('write', { exact: true })).toBeVisible()
      await scan()
    })
  })
}
