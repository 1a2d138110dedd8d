import type { Page } from '@playwright/test'
import { E2E_SIMULATORS } from '../../playwright.config'
import { spsCommitAsAdmin, spsCommittedGroups } from '../../bff/vendors/testing/sps-sim-admin'
import { expect, signInAs, test } from '../support/fixtures'

// The people journeys work on SWS users far down the list, so the SWS screens' journeys (which
// take the first ones) never share a person with them.
const SWS_POSITION = { happy: 30, retry: 31 } as const

interface SimSwsUser {
  id: string
  username: string
  status: string
}

async function swsUsers(): Promise<SimSwsUser[]> {
  const response = await fetch(`${E2E_SIMULATORS.gateway}/__sim/collections/users?limit=1000`)
  const body = (await response.json()) as { items?: SimSwsUser[] } | SimSwsUser[]
  return Array.isArray(body) ? body : (body.items ?? [])
}

const swsStatus = async (id: string) => (await swsUsers()).find((user) => user.id === id)?.status

/** An SWS user (so also an Identity user), given an SPS local user in a usergroup of its own. */
async function personInAllVendors(position: number, tag: string) {
  const candidates = (await swsUsers()).filter((user) => user.status === 'Activated' && /^[a-z]+\.[a-z]+\d+@/.test(user.username))
  const sws = candidates[position]
  if (!sws) throw new Error('no active SWS user at that position')
  const login = sws.username.split('@')[0] ?? ''
  let spsKey = ''
  const group = `leaver-${tag}-${Date.now().toString(36)}`
  await spsCommitAsAdmin(E2E_SIMULATORS.sps, async (api) => {
    spsKey = await api.createLocalUser(login)
    await api.createUsergroup(group, [spsKey])
  })
  return { sws, login, spsKey, group }
}

async function openPerson(page: Page, username: string) {
  // The person view is reached from the Identity user's page.
  const response = await page.request.get(`/api/t/demo/identity/users?q=${encodeURIComponent(username.split('@')[0] ?? '')}&pageSize=10`)
  const { items } = (await response.json()) as { items: Array<{ id: string; username: string }> }
  const identity = items.find((user) => user.username.toLowerCase() === username.toLowerCase())
  if (!identity) throw new Error(`no Identity user ${username}`)
  await page.goto(`/t/demo/identity/users/${identity.id}`)
  await page.getByRole('link', { name: 'Person view' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  return identity.id
}

test('admin runs the leaver workflow on a person in Identity, SWS and SPS; each vendor shows it', async ({ page, scan }) => {
  const person = await personInAllVendors(SWS_POSITION.happy, 'happy')
  await signInAs(page, 'admin')
  const identityId = await openPerson(page, person.sws.username)

  const swsCard = page.getByRole('heading', { name: 'SWS user' }).locator('xpath=ancestor::*[@data-slot="card"][1]')
  await expect(swsCard.getByText('Matched', { exact: true })).toBeVisible()
  await expect(swsCard.getByText(person.sws.username)).toBeVisible()
  const spsCard = page.getByRole('heading', { name: 'SPS local user and usergroups' }).locator('xpath=ancestor::*[@data-slot="card"][1]')
  await expect(spsCard.getByText(person.group)).toBeVisible()
  await expect(page.getByText('Matched on:').first()).toBeVisible()
  await scan()

  await page.getByRole('button', { name: 'Leaver…' }).click()
  const dialog = page.getByRole('dialog')
  const steps = dialog.getByRole('list', { name: 'Leaver steps' })
  await expect(steps.locator('[data-state="planned"]')).toHaveCount(4)
  await expect(dialog.getByText(`Remove ${person.login} from 1 usergroup: ${person.group}`)).toBeVisible()
  await scan()

  // Without a reason nothing runs.
  await dialog.getByRole('button', { name: 'Run the leaver workflow' }).click()
  await expect(dialog.getByText(/Give a reason/)).toBeVisible()
  expect(await swsStatus(person.sws.id)).toBe('Activated')

  await dialog.getByLabel('Reason or ticket').fill('HR-1001 leaves today')
  await dialog.getByRole('button', { name: 'Run the leaver workflow' }).click()
  await expect(dialog.getByText('Every step is done')).toBeVisible()
  await expect(steps.locator('[data-state="done"]')).toHaveCount(4)

  // Checked where it lives: each vendor.
  expect(await swsStatus(person.sws.id)).toBe('Deactivated')
  expect((await spsCommittedGroups(E2E_SIMULATORS.sps)).find((group) => group.name === person.group)?.members).toEqual([])
  const detail = await page.request.get(`/api/t/demo/identity/users/${identityId}`)
  expect(((await detail.json()) as { enabled: boolean }).enabled).toBe(false)
})

test('a failed SWS step is reported in the vendor’s words and a retry completes it without repeating the rest', async ({ page }) => {
  const person = await personInAllVendors(SWS_POSITION.retry, 'retry')
  // Only this person's status change fails, so journeys running alongside are not touched.
  const fault = await fetch(`${E2E_SIMULATORS.gateway}/__sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ faults: [{ kind: 'server-error', status: 500, method: 'PUT', pathPrefix: `/v2-edge/sws/users/${person.sws.id}/status`, times: 20 }] }),
  })
  expect(fault.ok).toBe(true)
  try {
    await signInAs(page, 'admin')
    await openPerson(page, person.sws.username)
    await page.getByRole('button', { name: 'Leaver…' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Reason or ticket').fill('HR-1002')
    await dialog.getByRole('button', { name: 'Run the leaver workflow' }).click()
    const swsStep = dialog.locator('[data-step="sws-deactivate"]')
    await expect(swsStep).toHaveAttribute('data-state', 'failed', { timeout: 30_000 })
    await expect(swsStep).toContainText('Secure Web Sessions')
    await expect(dialog.locator('[data-step="sps-remove-from-usergroups"]')).toHaveAttribute('data-state', 'done')
    expect(await swsStatus(person.sws.id)).toBe('Activated')
  } finally {
    const state = (await (await fetch(`${E2E_SIMULATORS.gateway}/__sim/faults`)).json()) as { faults?: Array<{ id: string; rule: { pathPrefix?: string } }> }
    for (const rule of state.faults ?? []) {
      if (rule.rule.pathPrefix?.includes(person.sws.id)) await fetch(`${E2E_SIMULATORS.gateway}/__sim/faults/${rule.id}`, { method: 'DELETE' })
    }
  }
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Retry the steps that did not run' }).click()
  await expect(dialog.getByText('Every step is done')).toBeVisible()
  expect(await swsStatus(person.sws.id)).toBe('Deactivated')
})
