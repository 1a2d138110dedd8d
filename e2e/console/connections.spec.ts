import { E2E_ORIGIN, E2E_SIMULATORS } from '../../playwright.config'
import { uniqueName } from '../support/api'
import { expect, signInAs, test } from '../support/fixtures'

test('admin adds a tenant and its Identity connection; the secret is sealed and never shown', async ({ page, scan }) => {
  // Named to sort after the demo tenant: journeys that sign in land on the first tenant by name.
  const name = uniqueName('Test ACME prod')
  const id = uniqueName('acme')
  const secret = `s3cret-${Date.now()}`
  await signInAs(page, 'admin')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Connections' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Connections' })).toBeVisible()
  await scan()

  await page.getByRole('button', { name: 'New tenant' }).click()
  const dialog = page.getByRole('dialog', { name: 'New tenant' })
  await dialog.getByLabel('Name').fill(name)
  await dialog.getByLabel('Short id').fill('Not Valid!')
  await dialog.getByRole('button', { name: 'Create tenant' }).click()
  await expect(dialog.getByText(/Lower-case letters, digits and dashes/)).toBeVisible()
  await dialog.getByLabel('Short id').fill(id)
  await dialog.getByRole('button', { name: 'Create tenant' }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/console/connections/${id}$`))

  const identity = page.getByRole('form', { name: 'CyberArk Identity connection' })
  await identity.getByLabel('Tenant URL').fill('http://identity.example.com')
  await identity.getByLabel('Service user').fill('svc-gatehouse@example.com')
  await identity.getByRole('button', { name: 'Save Identity connection' }).click()
  await expect(identity.getByText(/Use an https:\/\/ address/)).toBeVisible()

  await identity.getByLabel('Tenant URL').fill('https://abc1234.id.cyberark.cloud')
  await identity.getByLabel('Client secret').fill(secret)
  await identity.getByLabel('Reason or ticket (optional)').fill('ONB-3 new customer')
  await identity.getByRole('button', { name: 'Save Identity connection' }).click()
  await expect(page.getByText('CyberArk Identity connection saved.')).toBeVisible()
  await expect(identity.getByText(/^Set · changed/)).toBeVisible()
  await scan()

  await page.reload()
  await expect(page.getByRole('form', { name: 'CyberArk Identity connection' }).getByLabel('Tenant URL')).toHaveValue('https://abc1234.id.cyberark.cloud')
  expect(await page.content()).not.toContain(secret)
  const api = await page.request.get(`/api/tenants/${id}/connections`)
  expect(await api.text()).not.toContain(secret)

  await page.goto('/console/connections')
  const row = page.getByRole('row').filter({ hasText: name })
  await expect(row.getByText('Configured')).toHaveCount(1)
})

test.describe('connections are for admins only', () => {
  test.use({ expectedHttpErrors: [403] })

  for (const role of ['helpdesk', 'auditor'] as const) {
    test(`${role} cannot see or change connections`, async ({ page }) => {
      await signInAs(page, role)
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Connections' })).toHaveCount(0)
      await page.goto('/console/connections')
      await expect(page.getByText('console.connections.manage')).toBeVisible()
      expect((await page.request.get('/api/tenants/demo/connections')).status()).toBe(403)
    })
  }
})

test('admin tests each connection against the simulators; a wrong secret fails clearly', async ({ page, scan }) => {
  const id = uniqueName('sim')
  await signInAs(page, 'admin')
  // A tenant of its own, pointed at the journeys' simulators, so the demo tenant stays as it is.
  const headers = { 'x-gatehouse-csrf': '1', origin: E2E_ORIGIN, 'content-type': 'application/json' }
  await page.request.post('/api/tenants', { headers, data: { id, name: `Simulated ${id}` } })
  await page.request.put(`/api/tenants/${id}/connections/identity`, { headers, data: { tenantUrl: E2E_SIMULATORS.identity, clientId: 'demo-service@gatehouse.sim', clientSecret: 'demo-secret' } })
  await page.request.put(`/api/tenants/${id}/connections/sws`, {
    headers,
    data: { dataCenter: null, apiBaseUrl: E2E_SIMULATORS.gateway, authBaseUrl: E2E_SIMULATORS.gateway, pathPrefix: '/v2-edge', tenantId: '0123456789abcdef0123456789abcdef', auth: 'client-secret', clientId: 'demo-sws', secret: 'demo-secret' },
  })
  await page.request.put(`/api/tenants/${id}/connections/sps`, { headers, data: { applianceUrl: E2E_SIMULATORS.sps, username: 'admin', password: 'sps-admin', tls: 'system', caPem: null } })

  await page.goto(`/console/connections/${id}`)
  for (const vendor of ['CyberArk Identity', 'Remote Access / Secure Web Sessions', 'Safeguard for Privileged Sessions']) {
    const card = page.getByRole('region', { name: vendor })
    await card.getByRole('button', { name: 'Test connection' }).click()
    await expect(card.getByText(/^Connected in \d+ ms$/)).toBeVisible()
  }
  await scan()

  // Replace the Identity secret with a wrong one: the test says so in plain words.
  const identity = page.getByRole('form', { name: 'CyberArk Identity connection' })
  await identity.getByRole('button', { name: 'Replace…' }).click()
  await identity.getByLabel('Client secret').fill('not-the-secret')
  await identity.getByRole('button', { name: 'Save Identity connection' }).click()
  await expect(page.getByText('CyberArk Identity connection saved.')).toBeVisible()
  const card = page.getByRole('region', { name: 'CyberArk Identity' })
  await card.getByRole('button', { name: 'Test connection' }).click()
  await expect(card.getByText('The connection failed')).toBeVisible()
  await scan()
})
