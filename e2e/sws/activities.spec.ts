import { readFile } from 'node:fs/promises'
import { E2E_SIMULATORS } from '../../playwright.config'
import { expect, signInAs, test } from '../support/fixtures'

// The simulator's 400 activities span the 180 days before its "data now", 2026-11-01T12:00Z.
test.use({ timezoneId: 'UTC' })

interface SimActivity {
  activityType: string
  activityData: { time: number; initiatedByName: string }
}

const FROM = Date.parse('2026-08-01T00:00:00Z')
const TO = Date.parse('2026-11-01T12:00:00Z')

async function simActivities(): Promise<SimActivity[]> {
  const body = (await (await fetch(`${E2E_SIMULATORS.gateway}/__sim/collections/activities?limit=1000`)).json()) as { items: SimActivity[] }
  return body.items.filter((activity) => activity.activityData.time >= FROM && activity.activityData.time <= TO)
}

test('auditor lists activities by type and time window with the type multi-select', async ({ page, scan }) => {
  const inWindow = await simActivities()
  const withoutLogins = inWindow.filter((activity) => activity.activityType !== 'TenantLogin')

  await signInAs(page, 'auditor')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activities' }).click()
  await expect(page).toHaveURL(/\/t\/demo\/sws\/activities$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Activities' })).toBeVisible()
  // Every type is preselected (the vendor needs at least one).
  await expect(page.getByRole('button', { name: 'Activity types: All types' })).toBeVisible()
  await scan()

  await page.getByLabel('Time window').click()
  await page.getByRole('option', { name: 'Custom range' }).click()
  await page.getByLabel('From', { exact: true }).fill('2026-08-01T00:00')
  // Each input commits after a pause in typing; wait for From to reach the URL before typing To.
  await expect(page).toHaveURL(/[?&]from=2026-08-01T00/)
  await page.getByLabel('To', { exact: true }).fill('2026-11-01T12:00')
  await expect(page.getByText(new RegExp(`^Rows 1–50 of ${inWindow.length}$`))).toBeVisible()

  // Take tenant logins out with the multi-select.
  await page.getByRole('button', { name: 'Activity types: All types' }).click()
  await expect(page.getByRole('menuitemcheckbox', { name: 'Tenant login' })).toBeChecked()
  await scan()
  await page.getByRole('menuitemcheckbox', { name: 'Tenant login' }).click()
  await expect(page.getByRole('menuitemcheckbox', { name: 'Tenant login' })).not.toBeChecked()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Activity types: 19 of 20 types' })).toBeVisible()
  await expect(page).toHaveURL(/[?&]types=/)
  await expect(page).not.toHaveURL(/TenantLogin/)

  const table = page.getByRole('table', { name: 'SWS activities' })
  const rows = table.locator('tbody tr')
  await expect(page.getByText(new RegExp(`^Rows 1–50 of ${withoutLogins.length}$`))).toBeVisible()
  await expect(rows.filter({ hasText: 'Tenant login' })).toHaveCount(0)
  // Initiator and role are shown for each row; the newest is first.
  const newest = [...withoutLogins].sort((a, b) => b.activityData.time - a.activityData.time)[0]
  await expect(rows.first()).toContainText(newest?.activityData.initiatedByName ?? '')

  // The selection survives a reload.
  await page.reload()
  await expect(page.getByRole('button', { name: 'Activity types: 19 of 20 types' })).toBeVisible()
  await expect(page.getByText(new RegExp(`^Rows 1–50 of ${withoutLogins.length}$`))).toBeVisible()
})

test('auditor exports the listed activities as CSV', async ({ page }) => {
  const logins = (await simActivities()).filter((activity) => activity.activityType === 'TenantLogin')
  await signInAs(page, 'auditor')
  await page.goto('/t/demo/sws/activities?range=custom&from=2026-08-01T00:00:00.000Z&to=2026-11-01T12:00:00.000Z&types=TenantLogin')
  await expect(page.getByRole('button', { name: 'Activity types: Tenant login' })).toBeVisible()
  await expect(page.getByText(new RegExp(`^Rows 1–\\d+ of ${logins.length}$`))).toBeVisible()

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloading
  const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\r\n')
  expect(lines[0]).toBe('id,time,type,initiator,initiator_role,initiator_id,details')
  expect(lines).toHaveLength(logins.length + 1)
  expect(lines.slice(1).every((line) => line.includes(',TenantLogin,'))).toBe(true)
})
