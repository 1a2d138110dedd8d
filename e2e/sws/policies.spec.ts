import { E2E_SIMULATORS } from '../../playwright.config'
import { expect, signInAs, test, type DemoRole } from '../support/fixtures'

// Journeys over the SWS policy screens, checked by what the gateway simulator now holds. Each
// journey works on its own policy (by its place in the seeded list), so parallel runs never meet.

interface SimPolicy {
  members: Array<{ id: string; name: string; securityLayers: string[] }>
  policyId: string
  name: string
  active: boolean
  defaultSecurityLayers: string[]
  configuration: { manualModeURLIncludeList: string[]; excludedURLs: string[]; [key: string]: unknown }
}

async function simPolicies(): Promise<SimPolicy[]> {
  const response = await fetch(`${E2E_SIMULATORS.gateway}/__sim/collections/policies?limit=1000`)
  const body = (await response.json()) as { items: SimPolicy[] }
  return body.items
}

async function simPolicyAt(index: number): Promise<SimPolicy> {
  const policy = (await simPolicies())[index]
  if (!policy) throw new Error(`the simulator has no policy ${index}`)
  return policy
}

async function simPolicy(id: string): Promise<SimPolicy> {
  const policy = (await simPolicies()).find((candidate) => candidate.policyId === id)
  if (!policy) throw new Error(`the simulator has no policy ${id}`)
  return policy
}

const LAYER_LABELS: Record<string, string> = {
  SessionProtection: 'Session protection',
  ContinuousAuthentication: 'Continuous authentication',
  StepRecording: 'Step recording',
  SessionControl: 'Session control',
}

test('admin finds a policy and deactivates it; the simulator and the audit log show it', async ({ page, scan }) => {
  // Seeded policy 10 has a plain name and is this journey's own.
  const policy = await simPolicyAt(10)
  await signInAs(page, 'admin')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Policies' }).first().click()
  await expect(page.getByRole('heading', { name: 'Policies', level: 1 })).toBeVisible()
  await expect(page.getByRole('table', { name: 'SWS policies' }).getByRole('row')).toHaveCount(25)
  await scan()

  await page.getByLabel('Name or description').fill(policy.name)
  await expect(page).toHaveURL(/[?&]q=/)
  await expect(page.getByRole('table', { name: 'SWS policies' }).getByRole('row')).toHaveCount(2)
  await page.getByRole('link', { name: policy.name, exact: true }).click()
  await expect(page.getByRole('heading', { name: policy.name, level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Application configuration' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Session-control rules' })).toBeVisible()
  await scan()

  // An inactive policy (from an earlier run against the same simulators) is activated first.
  if (!policy.active) {
    await page.getByRole('button', { name: 'Activate', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Activate policy' })
    await dialog.getByRole('button', { name: 'Activate' }).click()
    await expect(dialog).toBeHidden()
  }
  // Deactivate: the confirmation says exactly what changes.
  await page.getByRole('button', { name: 'Deactivate', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Deactivate policy' })
  const changes = dialog.getByRole('table', { name: 'Changes to confirm' })
  await expect(changes.getByRole('row')).toHaveCount(2)
  await expect(changes.getByRole('row').nth(1)).toHaveText(/Status\s*Active\s*Inactive/)
  await dialog.getByLabel('Reason or ticket (optional)').fill('CHG-7001 application retired')
  await dialog.getByRole('button', { name: 'Deactivate' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Activate', exact: true })).toBeVisible()
  expect((await simPolicy(policy.policyId)).active).toBe(false)

  const audit = await (await page.request.get('/api/console/audit-log?action=sws.policy.deactivate')).json()
  expect(audit.items).toContainEqual(
    expect.objectContaining({ target: `policy ${policy.name} (${policy.policyId})`, reason: 'CHG-7001 application retired', result: 'success' }),
  )
})

test('admin changes the default security layers after reviewing the change', async ({ page, scan }) => {
  const policy = await simPolicyAt(14)
  const before = policy.defaultSecurityLayers
  const flipped = before.includes('SessionControl') ? before.filter((layer) => layer !== 'SessionControl') : [...before, 'SessionControl']
  await signInAs(page, 'admin')
  await page.goto(`/t/demo/sws/policies/${policy.policyId}`)
  await page.getByRole('button', { name: 'Edit layers', exact: true }).click()
  const layers = page.getByRole('dialog', { name: 'Default security layers' })
  await layers.getByRole('button', { name: 'Review changes' }).click()
  await expect(layers.getByText('Nothing changed: tick or untick at least one layer')).toBeVisible()
  await layers.getByLabel('Session control').click()
  await layers.getByRole('button', { name: 'Review changes' }).click()
  const confirm = page.getByRole('dialog', { name: 'Confirm: Default security layers' })
  const row = confirm.getByRole('table', { name: 'Changes to confirm' }).getByRole('row').nth(1)
  await expect(row).toContainText('Default security layers')
  const [beforeCell, afterCell] = [row.getByRole('cell').nth(1), row.getByRole('cell').nth(2)]
  if (flipped.includes('SessionControl')) {
    await expect(afterCell).toContainText(`${LAYER_LABELS.SessionControl} (added)`)
    await expect(beforeCell).not.toContainText(LAYER_LABELS.SessionControl!)
  } else {
    await expect(beforeCell).toContainText(`${LAYER_LABELS.SessionControl} (removed)`)
    await expect(afterCell).not.toContainText(LAYER_LABELS.SessionControl!)
  }
  await scan()
  await confirm.getByLabel('Reason or ticket (optional)').fill('CHG-7002 tighten controls')
  await confirm.getByRole('button', { name: 'Apply change' }).click()
  await expect(confirm).toBeHidden()

  const order = ['SessionProtection', 'ContinuousAuthentication', 'StepRecording', 'SessionControl']
  const expected = order.filter((layer) => flipped.includes(layer))
  expect((await simPolicy(policy.policyId)).defaultSecurityLayers).toEqual(expected)
  await expect(page.getByTestId('default-security-layers').getByRole('listitem')).toHaveText(expected.map((layer) => LAYER_LABELS[layer]!))
})

test("admin changes one member's own layers; the other members keep theirs", async ({ page }) => {
  const policy = (await simPolicies()).find((candidate, index) => index >= 16 && candidate.members.length >= 2)
  if (!policy) throw new Error('no seeded policy from 16 on has two members')
  const [member, other] = policy.members as [SimPolicy['members'][number], SimPolicy['members'][number]]
  const adds = !member.securityLayers.includes('StepRecording')
  await signInAs(page, 'admin')
  await page.goto(`/t/demo/sws/policies/${policy.policyId}`)
  await page.getByRole('button', { name: `Edit layers of ${member.name}`, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Member security layers' })
  await dialog.getByLabel('Step recording').click()
  await dialog.getByRole('button', { name: 'Review changes' }).click()
  const confirm = page.getByRole('dialog', { name: 'Confirm: Member security layers' })
  await expect(confirm.getByRole('table', { name: 'Changes to confirm' })).toContainText(`Step recording (${adds ? 'added' : 'removed'})`)
  await confirm.getByRole('button', { name: 'Apply change' }).click()
  await expect(confirm).toBeHidden()
  const now = await simPolicy(policy.policyId)
  const layers = now.members.find((candidate) => candidate.id === member.id)!.securityLayers
  expect(layers.includes('StepRecording')).toBe(adds)
  expect(now.members.find((candidate) => candidate.id === other.id)!.securityLayers).toEqual(other.securityLayers)
})

test('a configuration with a bad address shows the error beside it and sends nothing', async ({ page, scan }) => {
  const policy = await simPolicyAt(12)
  const writes: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'PUT' && request.url().includes('/sws/policies/')) writes.push(request.url())
  })
  await signInAs(page, 'admin')
  await page.goto(`/t/demo/sws/policies/${policy.policyId}`)
  await page.getByRole('button', { name: 'Edit configuration' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit application configuration' })
  await dialog.getByRole('button', { name: 'Add included url' }).click()
  const count = policy.configuration.manualModeURLIncludeList.length
  const input = dialog.getByRole('textbox', { name: `Included URL ${count + 1}` })
  await input.fill('not a url')
  await dialog.getByRole('button', { name: 'Review changes' }).click()
  await expect(input).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByText('Use a full http:// or https:// address', { exact: false })).toBeVisible()
  await scan()
  expect(writes).toEqual([])
  expect((await simPolicy(policy.policyId)).configuration).toEqual(policy.configuration)

  // Corrected, the review lists exactly the include list, and the simulator gets it.
  const url = 'https://reports.example.com/export/*'
  await input.fill(url)
  const watermark = dialog.getByRole('switch', { name: 'Watermark', exact: true })
  await watermark.click()
  await dialog.getByRole('button', { name: 'Review changes' }).click()
  const confirm = page.getByRole('dialog', { name: 'Confirm configuration changes' })
  const rows = confirm.getByRole('table', { name: 'Changes to confirm' }).getByRole('row')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(1)).toContainText('Watermark')
  await expect(rows.nth(2)).toContainText('URLs included (manual mode)')
  await expect(rows.nth(2)).toContainText(url)
  await confirm.getByLabel('Reason or ticket (optional)').fill('CHG-7003 protect exports')
  await confirm.getByRole('button', { name: 'Apply changes' }).click()
  await expect(confirm).toBeHidden()
  expect(writes).toHaveLength(1)
  const after = (await simPolicy(policy.policyId)).configuration
  expect(after).toEqual({
    ...policy.configuration,
    watermarkEnabled: !policy.configuration.watermarkEnabled,
    manualModeURLIncludeList: [...policy.configuration.manualModeURLIncludeList, url],
  })
})

test.describe('roles without policy access', () => {
  test.use({ expectedHttpErrors: [403] })

  for (const role of ['helpdesk', 'auditor'] as DemoRole[]) {
    test(`${role} gets a 403 page and a 403 from the API`, async ({ page, scan }) => {
      const policy = await simPolicyAt(0)
      await signInAs(page, role)
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Policies' })).toHaveCount(0)
      const list = await page.request.get('/api/t/demo/sws/policies')
      expect(list.status()).toBe(403)
      expect((await list.json()).error).toMatchObject({ code: 'forbidden', details: { permission: 'sws.policies.read' } })
      const write = await page.request.put(`/api/t/demo/sws/policies/${policy.policyId}/status`, {
        headers: { 'x-gatehouse-csrf': '1', 'content-type': 'application/json' },
        data: { active: false },
      })
      expect(write.status()).toBe(403)

      for (const path of ['/t/demo/sws/policies', `/t/demo/sws/policies/${policy.policyId}`]) {
        await page.goto(path)
        await expect(page.getByRole('heading', { name: 'You do not have access to this' })).toBeVisible()
        await expect(page.getByText('sws.policies.read')).toBeVisible()
      }
      await scan()
      expect((await simPolicy(policy.policyId)).active).toBe(policy.active)
    })
  }
})

test('hostile policy names render as text', async ({ page }) => {
  const hostile = (await simPolicies()).filter((policy) => /<(script|img)/.test(policy.name))
  expect(hostile.length).toBeGreaterThan(0)
  const alerts: string[] = []
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message())
    void dialog.dismiss()
  })
  await signInAs(page, 'admin')
  await page.goto('/t/demo/sws/policies')
  const table = page.getByRole('table', { name: 'SWS policies' })
  for (const policy of hostile) await expect(table.getByRole('link', { name: policy.name, exact: true })).toBeVisible()
  await expect(page.locator('table img, table script, table b')).toHaveCount(0)

  const [first] = hostile
  await page.goto(`/t/demo/sws/policies/${first!.policyId}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.name)
  await expect(page.locator('main img, main b')).toHaveCount(0)
  expect(alerts).toEqual([])
})
