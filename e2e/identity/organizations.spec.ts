import { uniqueName } from '../support/api'
import { expect, signInAs, test } from '../support/fixtures'
import { simIdentityUsers, simOrganizations } from './identity-sim-support'

// Organization journeys, checked by what the Identity simulator holds. Each run creates its own
// organization and picks members by seeded position no other journey uses.

test('admin creates an organization and adds two members picked from the directory', async ({ page, scan }) => {
  test.setTimeout(90_000)
  const name = uniqueName('E2E Org')
  const users = await simIdentityUsers()
  // Seeded users 150 and 151: this journey's own; their logins are plain words.
  const [first, second] = [users[150], users[151]]
  if (!first || !second) throw new Error('the simulator has too few users')

  await signInAs(page, 'admin')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organizations' }).click()
  await expect(page.getByRole('heading', { name: 'Organizations', level: 1 })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Organizations' }).getByRole('row').nth(1)).toBeVisible()
  await scan()

  await page.getByRole('button', { name: 'New organization' }).click()
  const dialog = page.getByRole('dialog', { name: 'New organization' })
  await dialog.getByLabel('Name').fill(name)
  await dialog.getByLabel('Description (optional)').fill('Made by an e2e journey <img src=x onerror=alert(1)>')
  await dialog.getByLabel('Reason or ticket (optional)').fill('E2E-1')
  await dialog.getByRole('button', { name: 'Create organization' }).click()
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible()
  await expect(page.getByText('Made by an e2e journey <img src=x onerror=alert(1)>')).toBeVisible()
  const created = (await simOrganizations()).find((organization) => organization.Name === name)
  expect(created).toBeTruthy()

  await expect(page.getByText('No members yet.')).toBeVisible()
  await page.getByRole('button', { name: 'Add members' }).click()
  const add = page.getByRole('dialog', { name: `Add members to ${name}` })
  for (const user of [first, second]) {
    await add.getByRole('combobox', { name: 'Search the directory' }).fill(user.Name)
    await add.getByRole('option', { name: new RegExp(user.Name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click()
  }
  await expect(add.getByRole('list', { name: 'Picked users' }).getByRole('listitem')).toHaveCount(2)
  await scan()
  await add.getByRole('button', { name: 'Add 2 members' }).click()
  await expect(add).toBeHidden()

  const members = page.getByRole('table', { name: 'Members' })
  await expect(members.getByRole('row')).toHaveCount(3)
  await expect(members).toContainText(first.Name)
  await expect(members).toContainText(second.Name)
  await scan()

  const held = (await simIdentityUsers()).filter((user) => user.internal.organizationId === created?.ID)
  expect(held.map((user) => user.Uuid).sort()).toEqual([first.Uuid, second.Uuid].sort())
})

test('helpdesk sees no organizations screen', async ({ page }) => {
  await signInAs(page, 'helpdesk')
  await page.goto('/t/demo/identity/organizations')
  await expect(page.getByText('identity.organizations.read')).toBeVisible()
  await expect(page.getByRole('button', { name: 'New organization' })).toHaveCount(0)
})

test('auditor reads an organization without any control to change it', async ({ page, scan }) => {
  await signInAs(page, 'auditor')
  await page.goto('/t/demo/identity/organizations')
  const table = page.getByRole('table', { name: 'Organizations' })
  await expect(table.getByRole('row').nth(1)).toBeVisible()
  await expect(page.getByRole('button', { name: 'New organization' })).toHaveCount(0)
  await table.getByRole('row').nth(1).getByRole('link').click()
  await expect(page.getByRole('tab', { name: 'Members' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Members' })).toBeVisible()
  await expect(page.getByRole('button', { name: /Add members|Edit|Delete/ })).toHaveCount(0)
  await page.getByRole('tab', { name: 'Administrators' }).click()
  await expect(page.getByRole('table', { name: 'Administrators' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add administrators' })).toHaveCount(0)
  await scan()
})
