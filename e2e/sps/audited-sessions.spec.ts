import { readFile } from 'node:fs/promises'
import { E2E_SIMULATORS } from '../../playwright.config'
import { expect, signInAs, test } from '../support/fixtures'

// The shared SPS simulator's seeded sessions end at its "data now" (2026-11-01T12:00Z); its
// version is never switched here (vitest covers 6.0 and 7.x against its own simulators).

// The custom window is typed in local time: make that UTC, so it matches the instants asked of SPS.
test.use({ timezoneId: 'UTC' })

/** Straight to the simulator as SPS's admin: what SPS itself serves. */
async function fromSps(path: string): Promise<Response> {
  const login = await fetch(`${E2E_SIMULATORS.sps}/api/authentication`, { headers: { authorization: `Basic ${Buffer.from('admin:sps-admin').toString('base64')}` } })
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  return fetch(`${E2E_SIMULATORS.sps}${path}`, { headers: { cookie } })
}

test('auditor searches audited sessions; the filters survive a reload and match what SPS finds', async ({ page }) => {
  await signInAs(page, 'auditor')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audited sessions' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Audited sessions' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Audited sessions' })
  const rows = table.locator('tbody tr')

  // A custom window around the seeded sessions, SSH only, indexed only: all through the filters.
  await page.getByLabel('Time window').click()
  await page.getByRole('option', { name: 'Custom range' }).click()
  await page.getByLabel('From').fill('2026-10-01T00:00')
  await page.getByLabel('From').press('Enter')
  await expect(page).toHaveURL(/[?&]from=2026-10-01T00%3A00/)
  await page.getByLabel('To', { exact: true }).fill('2026-11-01T12:00')
  await page.getByLabel('To', { exact: true }).press('Enter')
  await page.getByLabel('Protocol').click()
  await page.getByRole('option', { name: 'SSH' }).click()
  await page.getByLabel('Search expression').fill('recording.index_status:INDEXED')
  await page.getByLabel('Search expression').press('Enter')
  await expect(page).toHaveURL(/[?&]range=custom(&|$)/)
  await expect(page).toHaveURL(/[?&]protocol=SSH(&|$)/)
  await expect(page).toHaveURL(/[?&]q=recording\.index_status%3AINDEXED(&|$)/)
  await expect(page).toHaveURL(/[?&]to=2026-11-01T12%3A00/)
  // SPS's own count for the same search: the screen must settle on exactly that (a count read
  // earlier could come from the answer to a filter set only half applied).
  const sps = (await (await fromSps('/api/audit/sessions?limit=1&q=protocol:SSH%20AND%20recording.index_status:INDEXED&start=2026-10-01T00:00:00Z&end=2026-11-01T12:00:00Z')).json()) as {
    meta: { match_count: number }
  }
  const total = sps.meta.match_count
  expect(total).toBeGreaterThan(0)
  const summary = `Rows 1–${Math.min(total, 50)} of ${total}`
  await expect(page.getByText(summary)).toBeVisible()
  await expect(rows.first()).toContainText('SSH')
  await expect(rows.filter({ hasNotText: 'SSH' })).toHaveCount(0)

  // The filters live in the URL: a reload keeps them and the same matches.
  await page.reload()
  await expect(page.getByLabel('Protocol')).toContainText('SSH')
  await expect(page.getByLabel('Search expression')).toHaveValue('recording.index_status:INDEXED')
  await expect(page.getByLabel('Time window')).toContainText('Custom range')
  await expect(page.getByText(summary)).toBeVisible()

  // Sorting is in the URL too, and a row opens its session.
  await table.getByRole('button', { name: 'Duration' }).click()
  await expect(page).toHaveURL(/[?&]sort=-duration(&|$)/)
  await rows.first().getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1, name: 'SSH session' })).toBeVisible()
})

test('auditor opens an audited session, searches its content, downloads its trail and is listed as a downloader', async ({ page, scan }) => {
  // The longest indexed SSH session SPS holds (the most events to search).
  const found = (await (await fromSps('/api/audit/sessions?limit=1&sort=-duration&q=protocol:SSH%20AND%20recording.index_status:INDEXED%20AND%20active:false')).json()) as {
    items: Array<{ key: string }>
  }
  const sessionId = found.items[0]?.key as string
  await signInAs(page, 'auditor')
  await page.goto(`/t/demo/sps/audited-sessions/${encodeURIComponent(sessionId)}`)
  await expect(page.getByRole('heading', { level: 1, name: 'SSH session' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Channels' })).toBeVisible()

  // Search the content for a word of its first command; the matches are listed and kept in the URL.
  const events = page.getByRole('table', { name: 'Events' })
  await expect(events.locator('tbody tr').first()).toBeVisible()
  const firstCommand = (await events.locator('tbody tr').first().locator('td').nth(2).innerText()).trim()
  // A plain word of the command line (the prompt before it is not a search term).
  const word = firstCommand.split(/\s+/).find((token) => /^[a-z]{3,}$/i.test(token)) ?? 'sudo'
  await page.getByRole('searchbox', { name: 'Search for' }).fill(word)
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(word)
  const matches = page.getByRole('table', { name: 'Content matches' }).locator('tbody tr')
  await expect(matches.first()).toContainText(word)
  await expect(matches.filter({ hasNotText: word })).toHaveCount(0)
  await page.getByRole('searchbox', { name: 'Search for' }).fill('*nope')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page.getByText('A search cannot start with *.')).toBeVisible()

  // Download the audit trail: the bytes are exactly what SPS serves for it.
  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download audit trail' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.zat$/)
  const bytes = await readFile(await download.path())
  const original = Buffer.from(await (await fromSps(`/api/audit/sessions/${encodeURIComponent(sessionId)}/audit_trail`)).arrayBuffer())
  expect(bytes.length).toBe(original.length)
  expect(bytes.equals(original)).toBe(true)

  // Who downloaded it: the auditor, from the console's audit log; and SPS's own record.
  const byConsole = page.getByRole('list', { name: 'Downloads through the console' })
  await expect(byConsole.getByRole('listitem').filter({ hasText: 'auditor' }).first()).toBeVisible({ timeout: 15_000 })
  await page.reload()
  await expect(byConsole.getByRole('listitem').filter({ hasText: 'auditor' }).first()).toBeVisible()
  await expect(page.getByRole('list', { name: 'Downloads recorded by SPS' }).getByRole('listitem').filter({ hasText: 'REST API' }).first()).toBeVisible()
  await scan()
})

test('auditor exports the audited sessions they filtered as CSV', async ({ page, scan }) => {
  await signInAs(page, 'auditor')
  await page.goto('/t/demo/sps/audited-sessions?range=custom&from=2026-10-01T00%3A00%3A00Z&to=2026-11-01T12%3A00%3A00Z&protocol=RDP')
  const summary = page.getByText(/^Rows 1–\d+ of \d+$/)
  await expect(summary).toBeVisible()
  await scan()
  const total = Number((await summary.innerText()).split(' of ')[1])
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^sps-audited-sessions-demo-\d{4}-\d\d-\d\d\.csv$/)
  const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\r\n')
  expect(lines[0]).toContain('session_id,started,ended')
  expect(lines).toHaveLength(total + 1)
  expect(lines.slice(1).every((line) => line.includes(',RDP,'))).toBe(true)
})

test('hostile values from SPS render as text', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', (dialog) => {
    dialogs += 1
    void dialog.dismiss()
  })
  await signInAs(page, 'auditor')
  // Sessions whose SPS user or client name holds markup (the simulator seeds them among its first sessions).
  const q = encodeURIComponent('recording.user.gateway_username:*<* OR client.name:*<*')
  await page.goto(`/t/demo/sps/audited-sessions?range=custom&from=2026-05-01T00%3A00%3A00Z&to=2026-11-01T12%3A00%3A00Z&q=${q}`)
  const table = page.getByRole('table', { name: 'Audited sessions' })
  await expect(table.locator('tbody tr').first()).toBeVisible()
  await expect(table.getByText(/<img src=x onerror=/).first()).toBeVisible()
  await expect(table.locator('img, script, b')).toHaveCount(0)
  await table.locator('tbody tr').filter({ hasText: '<img' }).first().getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('session')
  await expect(page.getByText(/<img src=x onerror=/).first()).toBeVisible()
  await expect(page.locator('main img, main script')).toHaveCount(0)
  expect(dialogs).toBe(0)
})

test('an auditor gets 403 from the API on what is not theirs', async ({ page }) => {
  await signInAs(page, 'auditor')
  for (const path of [
    '/api/t/demo/sps/policies/time-policies',
    '/api/t/demo/sps/policies/channel-policies/rdp',
    '/api/console/operators',
    '/api/tenants/demo/connections',
  ]) {
    const response = await page.request.get(path)
    expect(response.status(), path).toBe(403)
  }
  // Their own screens answer.
  expect((await page.request.get('/api/t/demo/sps/audited-sessions?range=7d')).status()).toBe(200)
})
