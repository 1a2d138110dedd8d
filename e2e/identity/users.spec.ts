import type { Page } from '@playwright/test'
import { E2E_SIMULATORS } from '../../playwright.config'
import { expect, signInAs, test } from '../support/fixtures'
import { identityApi } from '../support/identity-api'

// Identity users: journeys checked against what the Identity simulator holds afterwards. Each
// journey works on users of its own (fixed places in the seeded directory), so journeys running
// side by side do not meet.

interface SimUser {
  Uuid: string
  Name: string
  DisplayName: string
  LockedByAdmin: boolean
}

async function simUserAt(index: number): Promise<SimUser> {
  const body = (await (await fetch(`${E2E_SIMULATORS.identity}/__sim/collections/users?offset=${index}&limit=1`)).json()) as { items: SimUser[] }
  return body.items[0] as SimUser
}

const isCloudLocked = (id: string) => identityApi('/UserMgmt/IsUserCloudLocked', { user: id })

async function searchUsers(page: Page, text: string) {
  const search = page.getByRole('searchbox', { name: 'Search users' })
  await search.fill(text)
  await search.press('Enter')
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/\./g, '\\.')}`))
}

const usersTable = (page: Page) => page.getByRole('table', { name: 'Users' })

test('helpdesk finds a locked user from the command palette, sees why, unlocks them; cannot delete', async ({ page, scan }) => {
  const user = await simUserAt(150)
  await identityApi('/UserMgmt/SetCloudLock', { user: user.Uuid, lockUser: true })
  expect(await isCloudLocked(user.Uuid)).toBe(true)

  await signInAs(page, 'helpdesk')
  await expect(page).toHaveURL(/\/t\/[a-z0-9-]+\/identity\/users$/)
  await expect(usersTable(page).getByRole('row')).not.toHaveCount(1)
  await scan()

  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await palette.getByRole('combobox').fill(user.Name.slice(0, user.Name.indexOf('@')))
  await palette
    .getByRole('option', {
      name: new RegExp(user.Name.replace(/[.+]/g, '\\$&')),
    })
    .click()

  await expect(page).toHaveURL(new RegExp(`/t/demo/identity/users/${user.Uuid}$`))
  await expect(page.getByRole('heading', { name: 'Cannot sign in' })).toBeVisible()
  await expect(page.getByText('Locked by an administrator')).toBeVisible()
  await scan()
  // Helpdesk may not delete, edit or change state: those controls are not there.
  await page.getByRole('button', { name: 'More actions' }).click()
  await expect(page.getByRole('menuitem', { name: 'Delete user…' })).toHaveCount(0)
  await expect(page.getByRole('menuitem', { name: 'Set state…' })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Edit profile' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Unlock' }).click()
  const dialog = page.getByRole('dialog', { name: `Unlock: ${user.Name}` })
  await dialog.getByLabel('Reason or ticket (optional)').fill('INC-4711 forgot password')
  await dialog.getByRole('button', { name: 'Unlock' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Can sign in' })).toBeVisible()
  expect(await isCloudLocked(user.Uuid)).toBe(false)

  // Back in the list, the row says so at once.
  await page.getByRole('link', { name: 'Users' }).first().click()
  await searchUsers(page, user.Name)
  const row = usersTable(page).getByRole('row').filter({ hasText: user.Name })
  await expect(row.getByText('Active')).toBeVisible()

  // The BFF refuses a delete from helpdesk whatever the page shows.
  const refused = await page.request.delete(`/api/t/demo/identity/users/${user.Uuid}`, {
    headers: { 'x-gatehouse-csrf': '1', 'content-type': 'application/json' },
    data: { reason: 'should not work' },
  })
  expect(refused.status()).toBe(403)
  expect(await simUserAt(150)).toMatchObject({ Uuid: user.Uuid })
})

test('admin unlocks 5 selected users in bulk and sees each result', async ({ page, scan }) => {
  const users = await Promise.all([170, 171, 172, 173, 174].map(simUserAt))
  for (const user of users)
    await identityApi('/UserMgmt/SetCloudLock', {
      user: user.Uuid,
      lockUser: true,
    })

  await signInAs(page, 'admin')
  await page.goto('/t/demo/identity/users')
  // The selection is kept across searches: pick each user by name.
  for (const user of users) {
    await searchUsers(page, user.Name)
    await usersTable(page)
      .getByRole('checkbox', { name: `Select ${user.Name}` })
      .check()
  }
  const bulk = page.getByRole('group', { name: 'Bulk actions' })
  await expect(bulk.getByText('5 selected')).toBeVisible()
  await bulk.getByRole('button', { name: 'Unlock' }).click()
  const dialog = page.getByRole('dialog', { name: 'Unlock 5 users?' })
  for (const user of users) await expect(dialog.getByText(user.Name)).toBeVisible()
  await scan()
  await dialog.getByLabel('Reason or ticket (optional)').fill('INC-5000 bulk unlock')
  await dialog.getByRole('button', { name: 'Unlock 5 users' }).click()
  await expect(dialog.getByText('Finished: 5 done')).toBeVisible()
  await expect(dialog.getByRole('list', { name: 'Results' }).getByText('Done')).toHaveCount(5)
  await scan()
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(bulk).toBeHidden()
  for (const user of users) expect(await isCloudLocked(user.Uuid), user.Name).toBe(false)

  await page.goto('/console/audit-log?action=identity.user.unlock')
  await expect(page.getByRole('row').filter({ hasText: 'INC-5000 bulk unlock' })).toHaveCount(5)
})

test('a new user form with bad input shows errors beside the fields and sends nothing', async ({ page, scan }) => {
  await signInAs(page, 'admin')
  await page.goto('/t/demo/identity/users')
  const posts: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/identity\/users\/?$/.test(new URL(request.url()).pathname)) posts.push(request.url())
  })
  await page.getByRole('button', { name: 'New user' }).click()
  const dialog = page.getByRole('dialog', { name: 'New user' })
  await dialog.getByLabel('Login name').fill('no-suffix')
  await dialog.getByLabel('E-mail (optional)').fill('not an address')
  await dialog.getByLabel('Mobile').fill('call me')
  await dialog.getByLabel('Initial password (optional)').fill('short')
  await dialog.getByRole('button', { name: 'Create user' }).click()
  await expect(dialog.getByText('Use name@suffix with letters, digits and + - _ . only')).toBeVisible()
  await expect(dialog.getByText('Enter a display name')).toBeVisible()
  await expect(dialog.getByText('Enter an e-mail address like name@example.com')).toBeVisible()
  await expect(dialog.getByText('Digits, spaces and + ( ) - . only')).toBeVisible()
  await expect(dialog.getByText('At least 8 characters', { exact: true })).toBeVisible()
  await expect(dialog.getByLabel('Login name')).toHaveAttribute('aria-invalid', 'true')
  await scan()
  expect(posts).toEqual([])
  const found = (await identityApi('/UserMgmt/DirectoryServiceQuery', {
    user: JSON.stringify({ SystemName: { _like: 'no-suffix' } }),
  })) as { User: { FullCount: number } }
  expect(found.User.FullCount).toBe(0)
})

test.describe('auditor', () => {
  test.use({ expectedHttpErrors: [403] })

  test('sees users read-only: no change controls, and the API refuses a change', async ({ page, scan }) => {
    const user = await simUserAt(190)
    await signInAs(page, 'auditor')
    await page.goto('/t/demo/identity/users')
    await expect(usersTable(page).getByRole('row')).not.toHaveCount(1)
    await expect(page.getByRole('button', { name: 'New user' })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Import users' })).toHaveCount(0)
    await expect(usersTable(page).getByRole('checkbox')).toHaveCount(0)
    await expect(usersTable(page).getByRole('button', { name: /^Actions for/ })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible()
    await scan()

    await page.goto(`/t/demo/identity/users/${user.Uuid}`)
    await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible()
    await expect(
      page.getByRole('button', {
        name: /Unlock|Reset password|More actions|Edit profile|Edit attributes/,
      }),
    ).toHaveCount(0)
    await scan()

    const refused = await page.request.post(`/api/t/demo/identity/users/${user.Uuid}/lock`, {
      headers: {
        'x-gatehouse-csrf': '1',
        'content-type': 'application/json',
      },
      data: { reason: 'should not work' },
    })
    expect(refused.status()).toBe(403)
    expect(await isCloudLocked(user.Uuid)).toBe(false)
  })
})

test('hostile display names render as text, in the list and on the user page', async ({ page, scan }) => {
  const user = await simUserAt(36)
  expect(user.DisplayName).toContain('<img src=x onerror=')
  page.on('dialog', (dialog) => {
    throw new Error(`a script ran: ${dialog.message()}`)
  })
  await signInAs(page, 'admin')
  await page.goto(`/t/demo/identity/users?q=${encodeURIComponent(user.Name)}`)
  const link = usersTable(page).getByRole('link', {
    name: user.DisplayName,
    exact: true,
  })
  await expect(link).toBeVisible()
  expect(await usersTable(page).locator('img').count()).toBe(0)
  await link.click()
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: user.DisplayName,
      exact: true,
    }),
  ).toBeVisible()
  expect(await page.locator('main img').count()).toBe(0)
  await scan()
})
