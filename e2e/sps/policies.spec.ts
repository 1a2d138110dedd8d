import { E2E_SIMULATORS } from '../../playwright.config'
import { expect, signInAs, test } from '../support/fixtures'

/** What the simulator holds (its committed configuration), to check the screen against. */
async function simCollection(name: string): Promise<Array<{ key: string; name: string }>> {
  const response = await fetch(`${E2E_SIMULATORS.sps}/__sim/collections/${name}?limit=1000`)
  const body = (await response.json()) as { items?: Array<{ key: string; name: string }> } | Array<{ key: string; name: string }>
  return Array.isArray(body) ? body : (body.items ?? [])
}

test('admin reads the SPS policies with the built-ins marked, and opens one', async ({ page, scan }) => {
  await signInAs(page, 'admin')
  await page.goto('/t/demo/sps/policies')
  await expect(page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible()

  // Time policies: every one SPS holds, the built-in 7x24 (key -100) marked, the others not.
  const timeTable = page.getByRole('table', { name: 'Time policies' })
  const timePolicies = await simCollection('timePolicies')
  await expect(timeTable.locator('tbody tr')).toHaveCount(timePolicies.length)
  const builtIn = timeTable.getByTestId('time-policy--100')
  await expect(builtIn).toContainText('7x24')
  await expect(builtIn).toContainText('Built-in')
  await expect(builtIn).toContainText('Every day 0:00–23:59')
  await expect(timeTable.locator('tbody tr').filter({ hasText: 'Built-in' })).toHaveCount(timePolicies.filter((policy) => policy.key.startsWith('-')).length)
  await expect(timeTable.locator('tbody tr').filter({ hasText: 'office-hours' })).toContainText('Mon–Fri 7:00–19:00; Sat–Sun never')
  await scan()

  // RDP channel policies: the tab is in the URL; the built-in `all` (-20100) is marked.
  await page.getByRole('tab', { name: 'RDP channel policies' }).click()
  await expect(page).toHaveURL(/[?&]tab=rdp(&|$)/)
  const rdpTable = page.getByRole('table', { name: 'RDP channel policies' })
  const rdpPolicies = await simCollection('rdpChannelPolicies')
  await expect(rdpTable.locator('tbody tr')).toHaveCount(rdpPolicies.length)
  await expect(rdpTable.getByTestId('channel-policy--20100')).toContainText('Built-in')
  await expect(rdpTable.locator('tbody tr').filter({ hasText: 'Built-in' })).toHaveCount(1)
  await scan()

  // A policy's rules open beside the list, and the open policy survives a reload.
  const helpdesk = rdpPolicies.find((policy) => policy.name === 'helpdesk-office-hours')
  expect(helpdesk).toBeDefined()
  await rdpTable.getByRole('button', { name: 'helpdesk-office-hours' }).click()
  await expect(page).toHaveURL(new RegExp(`[?&]policy=${helpdesk?.key}(&|$)`))
  const sheet = page.getByRole('dialog')
  await expect(sheet.getByRole('heading', { name: 'helpdesk-office-hours' })).toBeVisible()
  await expect(sheet.getByText('Rules (2)')).toBeVisible()
  await expect(sheet.getByText('office-hours', { exact: true }).first()).toBeVisible()
  await expect(sheet.getByText('helpdesk', { exact: true }).first()).toBeVisible()
  await expect(sheet).not.toContainText('Built-in')
  await page.reload()
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'helpdesk-office-hours' })).toBeVisible()
  await scan()
  await page.keyboard.press('Escape')
  await expect(page).not.toHaveURL(/policy=/)

  // SSH, straight from a link: the built-in `all` (-10100).
  await page.goto('/t/demo/sps/policies?tab=ssh&policy=-10100')
  await expect(page.getByRole('dialog').getByRole('heading', { name: /^all/ })).toContainText('Built-in')
})

test('an auditor cannot open the SPS policies, on screen or through the API', async ({ page }) => {
  await signInAs(page, 'auditor')
  await expect(page.locator('a[href="/t/demo/sps/policies"]')).toHaveCount(0)
  await page.goto('/t/demo/sps/policies')
  await expect(page.getByRole('heading', { name: 'You do not have access to this' })).toBeVisible()
  await expect(page.getByText('sps.policies.read')).toBeVisible()
  for (const path of ['/api/t/demo/sps/policies/time-policies', '/api/t/demo/sps/policies/channel-policies/rdp', '/api/t/demo/sps/policies/channel-policies/ssh/-10100']) {
    const response = await page.request.get(path)
    expect(response.status(), path).toBe(403)
  }
})
