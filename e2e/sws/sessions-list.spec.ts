import { readFile } from 'node:fs/promises'
import { E2E_SIMULATORS } from '../../playwright.config'
import { apiWriteHeaders, expect, signInAs, test } from '../support/fixtures'

// The simulator's data ends at its "data now", 2026-11-01T12:00Z; sessions span the 90 days before.
// The browser runs in UTC so the custom window's local inputs are UTC too.
test.use({ timezoneId: 'UTC', expectedHttpErrors: [403] })

interface SimSession {
  id: string
  startDatetime: number
  endDatetime: number | null
  user: { fullName: string; username: string }
}

const FROM = Date.parse('2026-09-01T00:00:00Z')
const TO = Date.parse('2026-11-01T12:00:00Z')

async function closedSessionsInWindow(): Promise<SimSession[]> {
  const body = (await (await fetch(`${E2E_SIMULATORS.gateway}/__sim/collections/sessions?limit=1000`)).json()) as { items: SimSession[] }
  return body.items.filter((session) => session.endDatetime !== null && session.startDatetime >= FROM && session.startDatetime <= TO)
}

test('auditor filters sessions by user and time window; the URL keeps it across a reload', async ({ page, scan }) => {
  const sessions = await closedSessionsInWindow()
  const counts = new Map<string, number>()
  for (const session of sessions) if (/^[a-z0-9._-]+@[a-z.]+$/.test(session.user.username)) counts.set(session.user.username, (counts.get(session.user.username) ?? 0) + 1)
  const [username, expected] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? []
  if (!username || !expected) throw new Error('no user with sessions in the window')

  await signInAs(page, 'auditor')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions', exact: true }).click()
  await expect(page).toHaveURL(/\/t\/demo\/sws\/sessions$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible()
  await scan()

  await page.getByLabel('Time window').click()
  await page.getByRole('option', { name: 'Custom range' }).click()
  await page.getByLabel('From', { exact: true }).fill('2026-09-01T00:00')
  // Each input commits after a pause in typing; wait for From to reach the URL before typing To.
  await expect(page).toHaveURL(/[?&]from=2026-09-01T00/)
  await page.getByLabel('To', { exact: true }).fill('2026-11-01T12:00')
  await page.getByLabel('User login').fill(username)
  await expect(page).toHaveURL(/[?&]range=custom(&|$)/)
  await expect(page).toHaveURL(/[?&]from=2026-09-01T00%3A00%3A00\.000Z|from=2026-09-01T00:00:00\.000Z/)
  await expect(page).toHaveURL(new RegExp(`[?&]user=${encodeURIComponent(username).replace(/\./g, '\\.')}(&|$)`))

  const table = page.getByRole('table', { name: 'SWS sessions' })
  const rows = table.locator('tbody tr')
  await expect(page.getByText(new RegExp(`^Rows 1–${expected} of ${expected}$`))).toBeVisible()
  await expect(rows).toHaveCount(expected)
  await expect(rows.filter({ hasNotText: username })).toHaveCount(0)
  await scan()

  await page.reload()
  await expect(page.getByLabel('User login')).toHaveValue(username)
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2026-09-01T00:00')
  await expect(rows).toHaveCount(expected)
  await expect(rows.filter({ hasNotText: username })).toHaveCount(0)

  // Sorting by steps: the vendor's one direction, most steps first; kept in the URL.
  await table.getByRole('button', { name: 'Steps' }).click()
  await expect(page).toHaveURL(/[?&]sort=steps(&|$)/)
  await expect(table.getByRole('columnheader', { name: 'Steps' })).toHaveAttribute('aria-sort', 'descending')

  // No changes are offered to an auditor, and the API refuses them.
  await expect(page.getByRole('button', { name: /Delete|Deactivate|Activate/ })).toHaveCount(0)
  const refused = await page.request.put('/api/t/demo/sws/users/0123456789abcdef0123456789abcdef/status', {
    headers: apiWriteHeaders(new URL(page.url()).origin),
    data: { status: 'Deactivated' },
  })
  expect(refused.status()).toBe(403)

  // The export holds the same sessions and is audited.
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^gatehouse-sws-sessions-demo-\d{4}-\d\d-\d\d\.csv$/)
  const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\r\n')
  expect(lines).toHaveLength(expected + 1)
  expect(lines.slice(1).every((line) => line.includes(username))).toBe(true)

  // Each row opens the session player.
  await expect(rows.first().getByRole('link', { name: /^Open the session of/ })).toHaveAttribute('href', /^\/t\/demo\/sws\/sessions\/[^/?]+$/)

  await page.goto('/console/audit-log?action=sws.sessions.export')
  await expect(page.getByRole('row').filter({ hasText: 'auditor' }).first()).toBeVisible()
})

test('an empty window points to where the data is', async ({ page }) => {
  await signInAs(page, 'auditor')
  await page.goto('/t/demo/sws/sessions?range=24h')
  // The simulator's data ends on 1 Nov 2026; the last 24 hours of the real clock hold nothing.
  const hint = page.getByRole('button', { name: 'Show the 7 days up to then' })
  await expect(hint).toBeVisible()
  await hint.click()
  await expect(page).toHaveURL(/[?&]range=custom/)
  await expect(page.getByRole('table', { name: 'SWS sessions' }).locator('tbody tr').first()).toContainText(/\d/)
})
