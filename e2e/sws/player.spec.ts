import type { Page } from '@playwright/test'
import { E2E_SIMULATORS } from '../../playwright.config'
import { expect, signInAs, test } from '../support/fixtures'

// The SWS session player, checked against the gateway simulator's own steps. Read-only: nothing
// here changes the shared simulators.

const TEN_K = 'LongSession-10k-step'
const TWENTY_FIVE_K = 'LongSession-25k-step'
const playerUrl = (id: string, query = '') => `/t/demo/sws/sessions/${id}${query}`

interface SimStep {
  id: string
  url: string
  type: string
  elementValue: string | null
}

/** The gateway's own answer for a session's steps, read with the simulator's viewer service account. */
async function simSteps(id: string, query: Record<string, string>): Promise<{ sessionSteps: SimStep[]; totalCount: number }> {
  const token = await fetch(`${E2E_SIMULATORS.gateway}/auth/realms/serviceaccounts/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'demo-sws-viewer', client_secret: 'demo-secret' }),
  }).then((response) => response.json() as Promise<{ access_token: string }>)
  const response = await fetch(`${E2E_SIMULATORS.gateway}/v2-edge/sws/sessions/${id}/steps?${new URLSearchParams(query)}`, {
    headers: { authorization: `Bearer ${token.access_token}` },
  })
  expect(response.status).toBe(200)
  return response.json() as Promise<{ sessionSteps: SimStep[]; totalCount: number }>
}

const rows = (page: Page) => page.locator('[data-step-row]')
const currentRow = (page: Page) => page.locator('[data-step-row][aria-selected="true"]')
const position = (page: Page) => page.getByTestId('player-position')
const stepDetails = (page: Page) => page.getByTestId('step-details')

/** Opens the player by URL; returns ms from navigation to the first step rows on screen. */
async function openPlayer(page: Page, id: string, query = ''): Promise<number> {
  const started = Date.now()
  await page.goto(playerUrl(id, query))
  await expect(rows(page).first()).toContainText(/#\d+/)
  return Date.now() - started
}

test.describe('SWS session player', () => {
  test('an auditor opens a session by URL, plays it, steps through it, and the view is audited', async ({ page, scan }) => {
    await signInAs(page, 'auditor')
    const openMs = await openPlayer(page, TEN_K)
    console.log(`[measure] 10k session: open → first steps visible ${openMs} ms`)
    await expect(page.getByRole('heading', { name: /Session of / })).toBeVisible()
    await expect(page.getByText('Reconstruction from recorded events, not a screen recording', { exact: false })).toBeVisible()
    await expect(position(page)).toContainText('Step 1 of 10,000')
    await scan()

    // Play: the position moves on by itself; pause stops it.
    await page.getByRole('combobox', { name: 'Playback speed' }).click()
    await page.getByRole('option', { name: '4×' }).click()
    await page.keyboard.press('Escape')
    await page.locator('main').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Space')
    await expect(position(page)).not.toContainText('Step 1 of', { timeout: 10_000 })
    await page.keyboard.press('Space')
    await expect(page.getByRole('button', { name: 'Play (space)' })).toBeVisible()

    // Keys step one at a time.
    await page.keyboard.press('Home')
    await expect(position(page)).toContainText('Step 1 of')
    await page.keyboard.press('j')
    await page.keyboard.press('ArrowRight')
    await expect(position(page)).toContainText('Step 3 of')
    await page.keyboard.press('k')
    await expect(position(page)).toContainText('Step 2 of')

    // The step shown is the gateway's step at that position.
    const second = (await simSteps(TEN_K, { offset: '1', limit: '1' })).sessionSteps[0]
    await expect(stepDetails(page)).toContainText(second?.id ?? 'missing')

    // Who watched what: the audit log shows the view.
    await page.goto('/console/audit-log?action=sws.session.view')
    await expect(page.getByRole('row').filter({ hasText: TEN_K }).filter({ hasText: 'auditor' }).first()).toBeVisible()
  })

  test('an auditor searches the steps, jumps to matches and reloads the deep link', async ({ page, scan }) => {
    await signInAs(page, 'auditor')
    await openPlayer(page, TEN_K)

    // Shortcuts help (a dialog, scanned too).
    await page.locator('main').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('?')
    const shortcutsHelp = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(shortcutsHelp).toBeVisible()
    await scan()
    await page.keyboard.press('Escape')
    // Until its closing animation ends the dialog keeps focus, and a key pressed then is its own.
    await expect(shortcutsHelp).toBeHidden()

    // Search on the server and jump to a match deep in the session.
    const term = 'quarterly'
    const expected = await simSteps(TEN_K, { freeSearch: term, offset: '0', limit: '2' })
    expect(expected.totalCount).toBeGreaterThan(1)
    await page.keyboard.press('/')
    await expect(page.getByRole('searchbox', { name: 'Search steps' })).toBeFocused()
    const jumpStarted = Date.now()
    await page.keyboard.type(term)
    await page.keyboard.press('Enter')
    await expect(stepDetails(page)).toContainText(expected.sessionSteps[0]?.id ?? 'missing')
    console.log(`[measure] 10k session: search → first match shown ${Date.now() - jumpStarted} ms`)
    await expect(page.getByRole('status').filter({ hasText: `1 of ${expected.totalCount.toLocaleString('en-US')}` })).toBeVisible()
    const nextStarted = Date.now()
    await page.getByRole('button', { name: 'Next match (N)' }).click()
    await expect(stepDetails(page)).toContainText(expected.sessionSteps[1]?.id ?? 'missing')
    console.log(`[measure] 10k session: jump to next match ${Date.now() - nextStarted} ms`)
    const landed = (await position(page).textContent())?.match(/Step ([\d,]+) of/)?.[1] ?? ''
    expect(landed).not.toBe('')

    // The URL keeps the step: a reload lands on the same one.
    await expect(page).toHaveURL(new RegExp(`step=${landed.replace(/,/g, '')}`))
    await page.reload()
    await expect(position(page)).toContainText(`Step ${landed} of 10,000`)
    await expect(stepDetails(page)).toContainText(expected.sessionSteps[1]?.id ?? 'missing')
    await expect(currentRow(page)).toContainText(`#${landed.replace(/,/g, '')}`)
  })

  test('the 25,000-step session reaches its last step with at most ~200 rows in the DOM', async ({ page }) => {
    await signInAs(page, 'auditor')
    const openMs = await openPlayer(page, TWENTY_FIVE_K)
    console.log(`[measure] 25k session: open → first steps visible ${openMs} ms`)
    let most = await rows(page).count()

    // Scroll the list a long way, counting rows as it goes.
    const list = page.getByRole('listbox', { name: 'Steps' })
    await list.hover()
    for (let i = 0; i < 15; i++) {
      await page.mouse.wheel(0, 4_000)
      most = Math.max(most, await rows(page).count())
    }
    await expect(rows(page).first()).toContainText(/#\d+/)

    const endStarted = Date.now()
    await page.locator('main').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('End')
    await expect(position(page)).toContainText('Step 25,000 of 25,000')
    await expect(currentRow(page)).toContainText('#25000')
    console.log(`[measure] 25k session: End → last step shown ${Date.now() - endStarted} ms`)
    most = Math.max(most, await rows(page).count())
    const last = (await simSteps(TWENTY_FIVE_K, { fromTime: '0', offset: '0', limit: '1' })).totalCount
    expect(last).toBe(25_000)
    console.log(`[measure] 25k session: most step rows in the DOM ${most}`)
    expect(most).toBeLessThanOrEqual(200)
  })

  test('hostile step values render as text', async ({ page }) => {
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`)
    })
    await signInAs(page, 'auditor')
    await openPlayer(page, TEN_K, '?q=javascript%3Aalert')
    const search = page.getByRole('searchbox', { name: 'Search steps' })
    await expect(page.getByRole('status').filter({ hasText: / of \d/ })).toBeVisible()
    await search.press('Enter')
    await expect(currentRow(page)).toContainText('<a href="javascript:alert(1)">')
    await expect(page.locator('[data-step-row] a, [data-step-row] img, [data-step-row] script')).toHaveCount(0)

    await search.fill('document.cookie')
    await search.press('Enter')
    await expect(page.getByRole('figure', { name: 'Reconstruction of the step' })).toContainText('"><script>fetch(')
    await expect(page.locator('main img, main script')).toHaveCount(0)
  })
})
