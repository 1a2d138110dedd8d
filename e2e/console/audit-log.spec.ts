import { readFile } from 'node:fs/promises'
import { adminApi } from '../support/api'
import { expect, signInAs, test } from '../support/fixtures'

test('auditor filters the audit log, verifies the chain and exports what they see', async ({ page, request, baseURL, scan }) => {
  // An admin sign-in first: the sort checks below need two sign-ins, also when this journey runs first.
  await adminApi(request, baseURL ?? '')
  await signInAs(page, 'auditor')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click()
  await expect(page).toHaveURL(/\/console\/audit-log$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Audit log entries' })
  const rows = table.locator('tbody tr')

  // Their own sign-in is there (other journeys sign in too, so look for an auditor one).
  const ownSignIn = rows.filter({ hasText: 'Sign-in' }).filter({ has: page.getByRole('cell', { name: 'auditor', exact: true }) })
  await expect(ownSignIn.first()).toBeVisible()
  await expect(ownSignIn.first()).toContainText('Success')
  await scan()

  // Filter by action through the UI; the URL carries it, so a reload (or a shared link) keeps it.
  await page.getByLabel('Action').click()
  await page.getByRole('option', { name: /^Sign-in/ }).click()
  await expect(page).toHaveURL(/[?&]action=auth\.sign-in(&|$)/)
  await expect(rows.first()).toContainText('Sign-in')
  await expect(rows.filter({ hasNotText: 'Sign-in' })).toHaveCount(0)
  await page.reload()
  await expect(page).toHaveURL(/[?&]action=auth\.sign-in(&|$)/)
  await expect(page.getByLabel('Action')).toContainText('Sign-in')
  await expect(rows.filter({ hasNotText: 'Sign-in' })).toHaveCount(0)
  await expect(ownSignIn.first()).toBeVisible()
  await scan()

  // Oldest first, with the keyboard on the Time header; again for newest first (the default, so it leaves the URL).
  const entryNumbers = async () => (await rows.locator('td:first-child').allInnerTexts()).map(Number)
  await table.getByRole('button', { name: 'Time' }).press('Enter')
  await expect(page).toHaveURL(/[?&]sort=at(&|$)/)
  await expect(table.getByRole('columnheader', { name: 'Time' })).toHaveAttribute('aria-sort', 'ascending')
  const ascending = (numbers: number[]) => numbers.length > 1 && numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? n))
  await expect.poll(async () => ascending(await entryNumbers())).toBe(true)
  await table.getByRole('button', { name: 'Time' }).press('Enter')
  await expect(page).not.toHaveURL(/sort=/)
  await expect(table.getByRole('columnheader', { name: 'Time' })).toHaveAttribute('aria-sort', 'descending')

  // A smaller page, kept in the URL too.
  await page.getByRole('combobox', { name: 'Rows per page' }).click()
  await page.getByRole('option', { name: '25', exact: true }).click()
  await expect(page).toHaveURL(/[?&]pageSize=25(&|$)/)
  await expect(page.getByText(/^Rows 1–\d+ of \d+$/)).toBeVisible()

  // Verify the chain: intact, with the number of entries checked.
  await page.getByRole('button', { name: 'Verify chain' }).click()
  const verified = page.getByRole('status').filter({ hasText: 'The audit chain is intact' })
  await expect(verified).toBeVisible()
  await expect(verified).toContainText(/All \d[\d,]* entries checked/)
  await scan()

  // Export the filtered view.
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^gatehouse-audit-log-\d{4}-\d\d-\d\d\.csv$/)
  const csv = await readFile(await download.path(), 'utf8')
  const [header, ...lines] = csv.trimEnd().split('\r\n')
  expect(header).toBe('seq,at,actor,ip,tenant,action,target,reason,result,details,hash')
  expect(lines.length).toBeGreaterThan(0)
  for (const line of lines) expect(line).toContain(',auth.sign-in,')
  const auditorLine = lines.find((line) => /^\d+,[^,]+,auditor,/.test(line))
  expect(auditorLine).toMatch(/^\d+,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d),auditor,/)

  // The export is itself in the log, with the filter it used.
  await page.getByLabel('Action').click()
  // By keyboard: the long list scrolls itself while the pointer rests on its scroll arrows, and a
  // click could land where the option no longer was (seen once in CI).
  await page.getByRole('option', { name: /^Audit log exported/ }).press('Enter')
  await expect(page).toHaveURL(/[?&]action=audit\.export(&|$)/)
  const exported = rows.filter({ has: page.getByRole('cell', { name: 'auditor', exact: true }) }).first()
  await expect(exported).toContainText('Audit log exported')
  await page.getByRole('button', { name: 'Columns' }).click()
  await page.getByRole('menuitemcheckbox', { name: 'Details' }).click()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/[?&]hide=ip(&|$)/)
  await expect(exported).toContainText('"action":"auth.sign-in"')
  await scan()
})

test('helpdesk has no audit log: not in the sidebar, a 403 page, and a 403 from the API', async ({ page, scan }) => {
  await signInAs(page, 'helpdesk')
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' })).toHaveCount(0)

  const response = await page.request.get('/api/console/audit-log')
  expect(response.status()).toBe(403)
  expect((await response.json()).error).toMatchObject({ code: 'forbidden', details: { permission: 'console.audit-log.read' } })

  await page.goto('/console/audit-log')
  await expect(page.getByRole('heading', { name: 'You do not have access to this' })).toBeVisible()
  await expect(page.getByText('console.audit-log.read')).toBeVisible()
  await scan()
})
