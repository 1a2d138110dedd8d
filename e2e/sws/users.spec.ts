import { E2E_SIMULATORS } from '../../playwright.config'
import { apiWriteHeaders, expect, signInAs, test } from '../support/fixtures'

// SWS users journeys, checked in the gateway simulator. Each journey takes its own user (by
// position in the seeded list), so parallel journeys never touch the same one.

interface SimSwsUser {
  id: string
  username: string
  firstName: string
  lastName: string
  status: 'Activated' | 'Deactivated'
}

async function simUsers(): Promise<SimSwsUser[]> {
  const body = (await (await fetch(`${E2E_SIMULATORS.gateway}/__sim/collections/users?limit=1000`)).json()) as { items: SimSwsUser[] }
  return body.items
}

async function simUser(id: string): Promise<SimSwsUser | null> {
  const response = await fetch(`${E2E_SIMULATORS.gateway}/__sim/collections/users/${id}`)
  return response.status === 404 ? null : ((await response.json()) as SimSwsUser)
}

/** The nth user with a plain name in the given status (hostile names are the hostile-value journey's). */
async function plainUser(status: SimSwsUser['status'], nth: number): Promise<SimSwsUser> {
  const plain = (await simUsers()).filter((user) => user.status === status && /^[A-Za-z]+$/.test(user.firstName) && /^[a-z0-9._-]+@/.test(user.username))
  const user = plain[nth]
  if (!user) throw new Error(`no ${status} user number ${nth}`)
  return user
}

test.describe('SWS users', () => {
  test.use({ expectedHttpErrors: [403] })

  test('helpdesk deactivates an SWS user; no delete control, and the API refuses a delete', async ({ page, scan }) => {
    const user = await plainUser('Activated', 3)
    await signInAs(page, 'helpdesk')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).nth(1).click()
    await expect(page).toHaveURL(/\/t\/demo\/sws\/users$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible()
    await expect(page.getByText(/^Rows 1–50 of 80$/)).toBeVisible()

    await page.getByLabel('Name or login').fill(user.username)
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(user.username).replace(/\./g, '\\.')}`))
    const row = page.getByRole('row').filter({ hasText: user.username })
    await expect(row).toContainText('Activated')
    await scan()

    await row.getByRole('button', { name: `Actions for ${user.username}` }).click()
    await expect(page.getByRole('menuitem', { name: /Delete/ })).toHaveCount(0)
    await page.getByRole('menuitem', { name: 'Deactivate…' }).click()
    const dialog = page.getByRole('dialog', { name: `Deactivate SWS user: ${user.username}` })
    await scan()
    await dialog.getByLabel('Reason or ticket (optional)').fill('HD-1001 phone reported stolen')
    await dialog.getByRole('button', { name: 'Deactivate' }).click()
    await expect(dialog).toBeHidden()
    await expect(row).toContainText('Deactivated')
    await expect.poll(async () => (await simUser(user.id))?.status).toBe('Deactivated')

    // The detail page offers activation but no delete either.
    await row.getByRole('link', { name: `${user.firstName} ${user.lastName}` }).click()
    await expect(page).toHaveURL(new RegExp(`/t/demo/sws/users/${user.id}$`))
    await expect(page.getByRole('heading', { level: 1, name: `${user.firstName} ${user.lastName}` })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Activate…' })).toBeVisible()
    await expect(page.getByRole('button', { name: /Delete/ })).toHaveCount(0)
    await scan()

    const refused = await page.request.delete(`/api/t/demo/sws/users/${user.id}`, { headers: apiWriteHeaders(new URL(page.url()).origin), data: { reason: 'trying anyway' } })
    expect(refused.status()).toBe(403)
    expect((await refused.json()).error.details.permission).toBe('sws.users.delete')
    expect(await simUser(user.id)).not.toBeNull()
  })

  test('admin deletes an SWS user from the SWS tenant only, with a reason', async ({ page, scan }) => {
    const user = await plainUser('Deactivated', 1)
    await signInAs(page, 'admin')
    await page.goto(`/t/demo/sws/users/${user.id}`)
    await expect(page.getByRole('heading', { level: 1, name: `${user.firstName} ${user.lastName}` })).toBeVisible()
    await page.getByRole('button', { name: 'Delete from SWS…' }).click()
    const dialog = page.getByRole('dialog', { name: `Delete SWS user: ${user.username}` })
    await expect(dialog).toContainText('The user is only deleted from the SWS tenant, and not from CyberArk Identity.')
    await scan()

    await dialog.getByRole('button', { name: 'Delete from SWS' }).click()
    await expect(dialog.getByText('Give a reason or ticket (at least 3 characters)')).toBeVisible()
    expect(await simUser(user.id)).not.toBeNull()

    await dialog.getByLabel('Reason or ticket').fill('OFF-2002 contract ended')
    await dialog.getByRole('button', { name: 'Delete from SWS' }).click()
    await expect(page).toHaveURL(/\/t\/demo\/sws\/users$/)
    await expect.poll(() => simUser(user.id)).toBeNull()

    await page.goto('/console/audit-log?action=sws.user.delete')
    await expect(page.getByRole('row').filter({ hasText: user.username }).filter({ hasText: 'OFF-2002 contract ended' })).toBeVisible()
  })

  test('an auditor has no SWS user screen and the API refuses their changes', async ({ page }) => {
    const user = await plainUser('Activated', 5)
    await signInAs(page, 'auditor')
    await page.goto('/t/demo/sws/users')
    await expect(page.getByRole('heading', { name: 'You do not have access to this' })).toBeVisible()
    const refused = await page.request.put(`/api/t/demo/sws/users/${user.id}/status`, {
      headers: apiWriteHeaders(new URL(page.url()).origin),
      data: { status: 'Deactivated', reason: 'not mine to do' },
    })
    expect(refused.status()).toBe(403)
    expect((await simUser(user.id))?.status).toBe('Activated')
  })

  test('hostile names are shown as text', async ({ page, scan }) => {
    const hostile = (await simUsers()).find((user) => user.firstName.includes('<img') || user.firstName.includes('<script'))
    if (!hostile) throw new Error('the seeded users have no markup in a name')
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await signInAs(page, 'admin')
    await page.goto(`/t/demo/sws/users?q=${encodeURIComponent(hostile.username)}`)
    const row = page.getByRole('row').filter({ hasText: hostile.username })
    await expect(row).toContainText(hostile.firstName)
    await row.getByRole('link').first().click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText(hostile.firstName)
    await expect(page.locator('main img')).toHaveCount(0)
    await scan()
    expect(dialogs).toEqual([])
  })
})
