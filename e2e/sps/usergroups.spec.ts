import { adminApi, uniqueName } from '../support/api'
import { expect, signInAs, test } from '../support/fixtures'
import { E2E_ORIGIN } from '../../playwright.config'
import { committed, discardPending, lockHolder, simJson, startOwnSps, twoPlainUsers, type OwnSps, type SimGroup } from './sps-config-support'

for (const version of ['6.0.7', '7.0.5'] as const) {
  test.describe(`SPS ${version}: usergroups and pending changes`, () => {
    // One simulator per version, and the configuration lock is appliance-wide: one journey at a time.
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

    test('admin creates a usergroup with two users: absent from SPS until committed, present after', async ({ page, scan }) => {
      const [alice, bob] = await twoPlainUsers(sps)
      const name = uniqueName('gh-ops')
      if (version === '7.0.5') await simJson(sps.url, '/__sim/sps', { method: 'PUT', body: JSON.stringify({ commitMessage: 'required' }) })
      await signInAs(page, 'admin')
      await page.goto(`/t/${sps.tenantId}/sps/usergroups`)
      await expect(page.getByRole('heading', { level: 1, name: 'Usergroups' })).toBeVisible()
      await expect(page.getByRole('table', { name: 'SPS usergroups' }).getByRole('row').nth(1)).toBeVisible()
      await scan()

      await page.getByRole('button', { name: 'New usergroup' }).click()
      const dialog = page.getByRole('dialog', { name: 'New usergroup' })
      await dialog.getByLabel('Name').fill(name)
      for (const user of [alice, bob]) {
        await dialog.getByRole('searchbox').fill(user.name)
        await dialog.getByRole('checkbox', { name: user.name, exact: true }).check()
      }
      await expect(dialog.getByText('2 members selected')).toBeVisible()
      await scan()
      await dialog.getByRole('button', { name: 'Add to pending changes' }).click()
      await expect(dialog).toBeHidden()

      // Pending: the operator sees it, marked; SPS's committed configuration does not have it.
      const bar = page.getByRole('region', { name: 'Pending SPS changes' })
      await expect(bar.getByText('1 pending SPS change')).toBeVisible()
      await expect(bar.getByText(/SPS keeps them for \d+:\d\d/)).toBeVisible()
      await expect(page.getByRole('row').filter({ hasText: name }).getByText('new · pending')).toBeVisible()
      expect((await committed<SimGroup>(sps, 'usergroups')).map((group) => group.name)).not.toContain(name)

      // The bar follows the operator to other tenant screens.
      await page.goto(`/t/${sps.tenantId}/sps/acls`)
      await expect(page.getByRole('region', { name: 'Pending SPS changes' })).toBeVisible()

      await page.getByRole('button', { name: 'Review and commit…' }).click()
      const sheet = page.getByRole('dialog', { name: 'Pending SPS changes' })
      const change = sheet.getByRole('listitem').filter({ hasText: name })
      await expect(change.getByText('created')).toBeVisible()
      await expect(change.getByText(`${alice.name}, ${bob.name}`)).toBeVisible()
      if (version === '7.0.5') await expect(sheet.getByText('SPS requires a commit message.', { exact: false })).toBeVisible()
      await scan()
      await sheet.getByRole('button', { name: 'Commit to SPS' }).click()
      await expect(sheet.getByText('Give a reason or ticket (at least 3 characters)')).toBeVisible()
      await sheet.getByLabel('Commit message').fill(`CHG-${version} ops team`)
      await sheet.getByRole('button', { name: 'Commit to SPS' }).click()
      await expect(page.getByText('Your changes are committed: SPS now uses them.')).toBeVisible()
      await expect(page.getByRole('region', { name: 'Pending SPS changes' })).toHaveCount(0)

      const group = (await committed<SimGroup>(sps, 'usergroups')).find((candidate) => candidate.name === name)
      expect(group?.members.sort()).toEqual([alice.name, bob.name].sort())
      expect(await lockHolder(sps)).toBeNull()
      if (version === '7.0.5') {
        const state = (await simJson(sps.url, '/__sim/sps')) as { commits: Array<{ message: string | null }> }
        expect(state.commits[0]?.message).toBe(`CHG-${version} ops team`)
        await simJson(sps.url, '/__sim/sps', { method: 'PUT', body: JSON.stringify({ commitMessage: 'optional' }) })
      }
    })

    test('discarding pending changes leaves nothing on SPS', async ({ page }) => {
      const name = uniqueName('gh-discard')
      await signInAs(page, 'admin')
      await page.goto(`/t/${sps.tenantId}/sps/usergroups`)
      await page.getByRole('button', { name: 'New usergroup' }).click()
      const dialog = page.getByRole('dialog', { name: 'New usergroup' })
      await dialog.getByLabel('Name').fill(name)
      await dialog.getByRole('button', { name: 'Add to pending changes' }).click()
      await page.getByRole('button', { name: 'Review and commit…' }).click()
      const sheet = page.getByRole('dialog', { name: 'Pending SPS changes' })
      await sheet.getByRole('button', { name: 'Discard all' }).click()
      await page.getByRole('alertdialog').getByRole('button', { name: 'Discard all' }).click()
      await expect(page.getByText('Your pending SPS changes were discarded')).toBeVisible()
      await expect(page.getByRole('region', { name: 'Pending SPS changes' })).toHaveCount(0)
      await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0)
      expect((await committed<SimGroup>(sps, 'usergroups')).map((group) => group.name)).not.toContain(name)
      expect(await lockHolder(sps)).toBeNull()
    })

    test.describe('a second operator', () => {
      test.use({ expectedHttpErrors: [409] })

      test('gets the lock error while the first has pending changes, and changes nothing', async ({ page, browser, request }) => {
        const first = uniqueName('gh-first')
        const second = uniqueName('gh-second')
        const username = uniqueName('sps-second').toLowerCase()
        const api = await adminApi(request, E2E_ORIGIN)
        await api.createOperator(username, 'second-admin-password-1', [{ role: 'admin', tenantId: sps.tenantId }])

        await signInAs(page, 'admin')
        await page.goto(`/t/${sps.tenantId}/sps/usergroups`)
        await page.getByRole('button', { name: 'New usergroup' }).click()
        await page.getByRole('dialog', { name: 'New usergroup' }).getByLabel('Name').fill(first)
        await page.getByRole('dialog', { name: 'New usergroup' }).getByRole('button', { name: 'Add to pending changes' }).click()
        await expect(page.getByRole('region', { name: 'Pending SPS changes' })).toBeVisible()

        const other = await browser.newContext()
        const otherPage = await other.newPage()
        await otherPage.goto('/sign-in')
        await otherPage.getByLabel('Username').fill(username)
        await otherPage.getByLabel('Password').fill('second-admin-password-1')
        await otherPage.getByRole('button', { name: 'Sign in' }).click()
        await expect(otherPage.getByRole('navigation', { name: 'Main' })).toBeVisible()
        await otherPage.goto(`/t/${sps.tenantId}/sps/usergroups`)
        await otherPage.getByRole('button', { name: 'New usergroup' }).click()
        const dialog = otherPage.getByRole('dialog', { name: 'New usergroup' })
        await dialog.getByLabel('Name').fill(second)
        await dialog.getByRole('button', { name: 'Add to pending changes' }).click()
        await expect(dialog.getByText('The SPS configuration is locked by another administrator; try again when they have committed or discarded.')).toBeVisible()
        await expect(otherPage.getByRole('region', { name: 'Pending SPS changes' })).toHaveCount(0)
        await other.close()

        expect((await committed<SimGroup>(sps, 'usergroups')).map((group) => group.name)).not.toContain(second)
        // The first operator's changes are untouched and still theirs to commit.
        await page.getByRole('button', { name: 'Review and commit…' }).click()
        const sheet = page.getByRole('dialog', { name: 'Pending SPS changes' })
        await expect(sheet.getByRole('listitem').filter({ hasText: first })).toBeVisible()
        await expect(sheet.getByRole('listitem').filter({ hasText: second })).toHaveCount(0)
      })
    })

    test.describe('a refused delete', () => {
      test.use({ expectedHttpErrors: [400] })

      test('a group the ACLs use cannot be deleted: SPS’s refusal in plain words', async ({ page }) => {
      await signInAs(page, 'admin')
      await page.goto(`/t/${sps.tenantId}/sps/usergroups?q=search`)
      await page.getByRole('button', { name: 'Actions for usergroup search', exact: true }).click()
      await page.getByRole('menuitem', { name: 'Delete…' }).click()
      const dialog = page.getByRole('dialog', { name: 'Delete usergroup search?' })
      await dialog.getByLabel('Reason or ticket').fill('cleanup test')
      await dialog.getByRole('button', { name: 'Delete usergroup' }).click()
      await expect(dialog.getByText(/this usergroup is still in use/)).toBeVisible()
      expect(await lockHolder(sps)).toBeNull()
      expect((await committed<SimGroup>(sps, 'usergroups')).map((group) => group.name)).toContain('search')
      })
    })
  })
}
