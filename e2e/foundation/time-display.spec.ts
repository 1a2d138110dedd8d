import type { Page } from '@playwright/test'
import { E2E_SIMULATORS } from '../../playwright.config'
import { expect, signInAs, test } from '../support/fixtures'

// Berlin is UTC+1/+2: local time and UTC always read differently. The locale is pinned so the
// expected text can be built here with the console's own format options.
test.use({ timezoneId: 'Europe/Berlin', locale: 'en-US' })

const WITH_SECONDS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
}
/** The console's display of an instant to the second, in a zone; spaces normalised (ICU uses U+202F). */
const shown = (iso: string, timeZone: 'UTC' | 'Europe/Berlin') =>
  new Intl.DateTimeFormat('en-US', { ...WITH_SECONDS, timeZone }).format(new Date(iso)).replace(/\s/g, ' ')
const normalised = (text: string) => text.replace(/\s/g, ' ').trim()

/** Straight to the simulator as SPS's admin: what SPS itself serves. */
async function fromSps(path: string): Promise<Response> {
  const login = await fetch(`${E2E_SIMULATORS.sps}/api/authentication`, { headers: { authorization: `Basic ${Buffer.from('admin:sps-admin').toString('base64')}` } })
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  return fetch(`${E2E_SIMULATORS.sps}${path}`, { headers: { cookie } })
}

/** An indexed, finished SSH session and the instant SPS says it started. */
async function knownSession(): Promise<{ id: string; startedAt: string }> {
  const q = encodeURIComponent('protocol:SSH AND recording.index_status:INDEXED AND active:false')
  const found = (await (await fromSps(`/api/audit/sessions?limit=1&sort=-duration&q=${q}`)).json()) as { items: Array<{ key: string }> }
  const id = found.items[0]?.key as string
  const detail = (await (await fromSps(`/api/audit/sessions/${encodeURIComponent(id)}`)).json()) as { body?: { creation_time?: string }; creation_time?: string }
  const startedAt = detail.body?.creation_time ?? detail.creation_time
  expect(startedAt, 'SPS gives the session a start time').toBeTruthy()
  return { id, startedAt: new Date(startedAt as string).toISOString() }
}

async function chooseTimes(page: Page, name: RegExp) {
  await page.getByRole('button', { name: /Change theme/ }).click()
  await page.getByRole('menuitemradio', { name }).click()
}

const startedFact = (page: Page) => page.locator('dl > div').filter({ has: page.locator('dt', { hasText: /^Started$/ }) }).locator('dd time')

test('times switch to UTC from the header, everywhere at once, and the choice survives a reload', async ({ page, scan }) => {
  const session = await knownSession()
  await signInAs(page, 'auditor')

  // A custom window from the URL: the inputs show it in local time (Berlin, summer: UTC+2).
  const listUrl = '/t/demo/sps/audited-sessions?range=custom&from=2026-10-01T00%3A00%3A00Z&to=2026-11-01T12%3A00%3A00Z'
  await page.goto(listUrl)
  const from = page.getByLabel('From', { exact: true })
  await expect(from).toHaveValue('2026-10-01T02:00')
  // The window as the toolbar states it, "<from> – <to>".
  const window = page.locator('p:has(> time)').first()
  await expect(window).toContainText('GMT+2')
  const firstLink = page.getByRole('table', { name: 'Audited sessions' }).locator('tbody tr').first().getByRole('link').first()
  await expect(firstLink).toHaveAttribute('aria-label', /GMT[+-]\d/)

  // The header menu names the local zone; pick UTC.
  await page.getByRole('button', { name: /Change theme/ }).click()
  await expect(page.getByRole('menuitemradio', { name: 'Local time (Europe/Berlin)' })).toHaveAttribute('aria-checked', 'true')
  await scan()
  await page.getByRole('menuitemradio', { name: 'UTC' }).click()

  // Inputs, summary, and table cells built by memoised column definitions all follow; the URL keeps the same instants.
  await expect(from).toHaveValue('2026-10-01T00:00')
  await expect(window).toContainText('UTC')
  await expect(window).not.toContainText('GMT+')
  await expect(firstLink).toHaveAttribute('aria-label', /UTC/)
  expect(page.url()).toContain('from=2026-10-01T00%3A00%3A00Z')
  await scan()

  // What is typed now means UTC.
  await from.fill('2026-10-02T00:00')
  await from.press('Enter')
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2026-10-02T00:00:00.000Z')

  // A known instant from SPS, in UTC; still UTC after a reload.
  await page.goto(`/t/demo/sps/audited-sessions/${encodeURIComponent(session.id)}`)
  await expect(page.getByRole('heading', { level: 1, name: 'SSH session' })).toBeVisible()
  await expect.poll(async () => normalised(await startedFact(page).innerText())).toBe(shown(session.startedAt, 'UTC'))
  await page.reload()
  await expect.poll(async () => normalised(await startedFact(page).innerText())).toBe(shown(session.startedAt, 'UTC'))
  await expect(startedFact(page)).toContainText('UTC')

  // And back to local time.
  await chooseTimes(page, /^Local time/)
  await expect.poll(async () => normalised(await startedFact(page).innerText())).toBe(shown(session.startedAt, 'Europe/Berlin'))
  await expect(startedFact(page)).not.toContainText('UTC')
  await page.reload()
  await expect.poll(async () => normalised(await startedFact(page).innerText())).toBe(shown(session.startedAt, 'Europe/Berlin'))
})

test('switching from the palette keeps a half-typed search on the screen', async ({ page, scan }) => {
  const session = await knownSession()
  await signInAs(page, 'auditor')
  await page.goto(`/t/demo/sps/audited-sessions/${encodeURIComponent(session.id)}`)
  await expect(page.getByRole('heading', { level: 1, name: 'SSH session' })).toBeVisible()
  await expect.poll(async () => normalised(await startedFact(page).innerText())).toBe(shown(session.startedAt, 'Europe/Berlin'))

  // Typed but not searched yet: a remount would lose it.
  const searchFor = page.getByRole('searchbox', { name: 'Search for' })
  await searchFor.fill('half typed')

  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await expect(palette).toBeVisible()
  await page.keyboard.type('times in')
  await expect(palette.getByRole('option', { name: /Show times in local time/ })).toHaveCount(0)
  await scan()
  await palette.getByRole('option', { name: 'Show times in UTC' }).click()
  await expect(palette).toBeHidden()

  await expect.poll(async () => normalised(await startedFact(page).innerText())).toBe(shown(session.startedAt, 'UTC'))
  await expect(searchFor).toHaveValue('half typed')

  // The palette now offers the way back, naming the local zone.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('times in')
  await palette.getByRole('option', { name: 'Show times in local time (Europe/Berlin)' }).click()
  await expect.poll(async () => normalised(await startedFact(page).innerText())).toBe(shown(session.startedAt, 'Europe/Berlin'))
  await expect(searchFor).toHaveValue('half typed')
})
