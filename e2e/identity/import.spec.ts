import type { Page } from '@playwright/test'
import { uniqueName } from '../support/api'
import { expect, signInAs, test } from '../support/fixtures'
import { addIdentityFault, identityFaultHits, removeIdentityFault, simIdentityUsers } from './identity-sim-support'

// CSV import journeys, checked by what the Identity simulator holds. Every run uses logins of
// its own (a unique prefix), so parallel and repeated runs never meet.

/** 50 rows; lines 11, 26 and 41 are bad: an e-mail that is not one, a repeated login, no login. */
function csvWithThreeBadRows(prefix: string): { csv: string; good: string[] } {
  const lines = ['username,email,displayName,description']
  const good: string[] = []
  for (let index = 0; index < 50; index++) {
    const line = index + 2
    const login = `${prefix}-${index}@gatehouse.sim`
    if (line === 11) lines.push(`${login},not-an-email,Bad Mail ${index},`)
    else if (line === 26) lines.push(`${prefix}-0@gatehouse.sim,dup-${index}@example.com,Duplicate ${index},`)
    else if (line === 41) lines.push(`,nobody-${index}@example.com,No Login ${index},`)
    else {
      lines.push(`${login},${prefix}-${index}@example.com,Import ${index},${index === 3 ? '"=cmd|\'/c calc\'!A0 <img src=x onerror=alert(1)>"' : ''}`)
      good.push(login)
    }
  }
  return { csv: `${lines.join('\r\n')}\r\n`, good }
}

async function importThroughTheScreen(page: Page, scan: () => Promise<void>, prefix: string) {
  const { csv, good } = csvWithThreeBadRows(prefix)
  await signInAs(page, 'admin')
  await page.goto('/t/demo/identity/imports')
  await expect(page.getByRole('heading', { name: 'Import users', level: 1 })).toBeVisible()
  await page.getByLabel('CSV file').setInputFiles({ name: `${prefix}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) })

  // The preview flags exactly the three bad rows, each with its line and reason.
  await expect(page.getByText('47 of 50 rows are ready; 3 rows have problems')).toBeVisible()
  const problems = page.getByRole('table', { name: 'Problems found in the file' }).getByRole('row')
  await expect(problems).toHaveCount(4)
  await expect(problems.nth(1)).toContainText('11')
  await expect(problems.nth(1)).toContainText('not an e-mail address')
  await expect(problems.nth(2)).toContainText('26')
  await expect(problems.nth(2)).toContainText('Duplicate login name')
  await expect(problems.nth(3)).toContainText('41')
  await expect(problems.nth(3)).toContainText('login name is missing')
  await scan()

  await page.getByLabel('Reason or ticket (optional)').fill('E2E import')
  await page.getByRole('button', { name: 'Import 47 users' }).click()
  await expect(page).toHaveURL(/\/t\/demo\/identity\/imports\/[0-9a-f-]{36}/)
  await expect(page.getByRole('heading', { name: `${prefix}.csv`, level: 1 })).toBeVisible()
  return good
}

async function expectReport(page: Page, scan: () => Promise<void>) {
  await expect(page.getByText('Completed', { exact: true })).toBeVisible({ timeout: 40_000 })
  await expect(page.getByRole('progressbar', { name: 'Rows done' })).toHaveAttribute('aria-valuenow', '50')
  await expect(page.getByText('50 of 50 rows done')).toBeVisible()
  const counts = page.locator('dl')
  await expect(counts.getByText('Created').locator('..')).toContainText('47')
  await expect(counts.getByText('Rejected').locator('..')).toContainText('3')
  await scan()

  await page.getByRole('button', { name: 'Rejected', exact: true }).click()
  const rejected = page.getByRole('table', { name: 'Import report' }).getByRole('row')
  await expect(rejected).toHaveCount(4)
  await expect(rejected.nth(1)).toContainText('not an e-mail address')
  await page.getByRole('button', { name: 'Created', exact: true }).click()
  await expect(page.getByText('Rows 1–47 of 47')).toBeVisible()
}

async function expectCreatedOnce(prefix: string, good: string[]) {
  const held = (await simIdentityUsers()).filter((user) => user.Name.startsWith(`${prefix}-`))
  expect(held.map((user) => user.Name).sort()).toEqual([...good].sort())
  expect(new Set(held.map((user) => user.Name.toLowerCase())).size).toBe(47)
}

test('admin imports a 50-row CSV with 3 bad rows: preview flags them, 47 are created, the report lists every row', async ({ page, scan }) => {
  test.setTimeout(90_000)
  const prefix = uniqueName('e2e-imp')
  const good = await importThroughTheScreen(page, scan, prefix)
  await expectReport(page, scan)
  await expectCreatedOnce(prefix, good)
})

test('the same import with Identity answering 429 creates the same 47 users, none twice', async ({ page, scan }) => {
  test.setTimeout(120_000)
  const prefix = uniqueName('e2e-imp429')
  // Every fourth CreateUser is refused with 429 (for at most 12 refusals, so other journeys are not starved).
  const fault = await addIdentityFault({ kind: 'too-many-requests', retryAfterSeconds: 1, pathPrefix: '/CDirectoryService/CreateUser', method: 'POST', share: 0.25, times: 12 })
  try {
    const good = await importThroughTheScreen(page, scan, prefix)
    await expectReport(page, scan)
    expect(await identityFaultHits(fault)).toBeGreaterThan(0)
    await expectCreatedOnce(prefix, good)
  } finally {
    await removeIdentityFault(fault)
  }
})

test.describe('helpdesk', () => {
  test.use({ expectedHttpErrors: [403] })
  test('sees no import screen', async ({ page }) => {
    await signInAs(page, 'helpdesk')
    await page.goto('/t/demo/identity/imports')
    await expect(page.getByText('identity.users.write')).toBeVisible()
    await expect(page.getByLabel('CSV file')).toHaveCount(0)
  })
})
