import { DEMO, expect, signInAs, test, type DemoRole } from '../support/fixtures'

/** What each role's sidebar must show, area by area — no more, no less. */
const EXPECTED_NAV: Record<DemoRole, Record<string, string[]>> = {
  admin: {
    Identity: ['Users', 'Organizations', 'User attributes'],
    'Secure Web Sessions': ['Policies', 'Users', 'Sessions', 'Activities'],
    'Safeguard SPS': ['Usergroups', 'Local users', 'ACLs', 'Policies', 'Audited sessions'],
    Console: ['Connections', 'Operators', 'Audit log'],
  },
  helpdesk: {
    Identity: ['Users'],
    'Secure Web Sessions': ['Users'],
  },
  auditor: {
    Identity: ['Users', 'Organizations', 'User attributes'],
    'Secure Web Sessions': ['Sessions', 'Activities'],
    'Safeguard SPS': ['Audited sessions'],
    Console: ['Audit log'],
  },
}

// The first tenant by name: other journeys may have added tenants, so any tenant id will do.
const LANDING: Record<DemoRole, RegExp> = {
  admin: /\/t\/[a-z0-9-]+\/identity\/users$/,
  helpdesk: /\/t\/[a-z0-9-]+\/identity\/users$/,
  auditor: /\/t\/[a-z0-9-]+\/identity\/users$/,
}

for (const role of Object.keys(DEMO) as DemoRole[]) {
  test(`${role} signs in and sees exactly the areas of that role`, async ({ page, scan }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/sign-in/)
    await expect(page.getByText('Demo mode — simulated vendors')).toBeVisible()
    await scan()

    await signInAs(page, role)
    await expect(page).toHaveURL(LANDING[role])
    await expect(page.getByText('Demo', { exact: true })).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Main' })
    const expected = EXPECTED_NAV[role]
    await expect(nav.getByRole('heading')).toHaveText(Object.keys(expected))
    for (const [area, links] of Object.entries(expected)) {
      await expect(nav.getByRole('region', { name: area }).getByRole('link')).toHaveText(links)
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await scan()
  })
}

test('a screen outside the role shows a 403 naming the missing permission', async ({ page, scan }) => {
  await signInAs(page, 'auditor')
  await page.goto('/t/demo/sws/users')
  await expect(page.getByRole('heading', { name: 'You do not have access to this' })).toBeVisible()
  await expect(page.getByText('sws.users.read')).toBeVisible()
  await scan()
})

test('admin sees the operators the console really holds', async ({ page, scan }) => {
  await signInAs(page, 'admin')
  await page.getByRole('link', { name: 'Operators' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Operators' })).toBeVisible()
  for (const username of ['admin', 'helpdesk', 'auditor']) {
    await expect(page.getByRole('cell', { name: username, exact: true })).toBeVisible()
  }
  await scan()
})
