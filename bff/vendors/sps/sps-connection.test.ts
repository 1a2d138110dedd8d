import { afterAll, describe, expect, it } from 'vitest'
import { VendorApiError } from '../http/vendor-errors'
import { createCapturingLogger } from '../testing/capturing-logger'
import { addFaults, collection, simJson } from '../testing/sim-control'
import { useSpawnedSimulators } from '../testing/use-spawned-simulators'
import { createSpsConnection, type SpsConnection } from './sps-connection'
import { SPS_LOCKED_MESSAGE } from './sps-errors'
import { withTransaction } from './sps-transaction'

const GROUPS = '/api/configuration/aaa/local_database/groups'
const TIME_POLICIES = '/api/configuration/policies/time_policies'

const sims = useSpawnedSimulators({ resetBeforeEach: 'sps' })

const opened: SpsConnection[] = []
function connect() {
  const log = createCapturingLogger()
  const sps = createSpsConnection({ connectionId: 'conn-sps', baseUrl: sims.sps, username: 'admin', password: 'sps-admin' }, log, { baseDelayMs: 5, maxDelayMs: 20 })
  opened.push(sps)
  return { sps, log }
}
afterAll(async () => {
  await Promise.all(opened.map((sps) => sps.closeAll()))
})

interface SimSpsState {
  version: string
  lock: unknown
  sessions: { username: string; transaction: string }[]
}
const spsState = () => simJson(sims.sps, '/__sim/sps') as Promise<SimSpsState>
const groupNames = async () => (await collection<{ name: string }>(sims.sps, 'usergroups')).map((group) => group.name)

/** A promise the test resolves later, to hold one operator's transaction open. */
function gate() {
  let open = () => {}
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { opened, open }
}

describe('SPS adapter', () => {
  it('signs in, reads the version and reads through the shared session without logging secrets', async () => {
    const { sps, log } = connect()
    await expect(sps.testConnection()).resolves.toMatchObject({ version: '6.0.7' })
    const groups = (await sps.read(GROUPS)) as { items: unknown[] }
    expect(groups.items.length).toBeGreaterThan(0)
    expect(log.lines.join('\n')).not.toMatch(/sps-admin|session_id/)
    expect((await spsState()).sessions.every((session) => session.transaction !== 'open')).toBe(true)
  })

  it('reports a wrong password in plain words', async () => {
    const sps = createSpsConnection({ connectionId: 'conn-sps', baseUrl: sims.sps, username: 'admin', password: 'wrong' }, createCapturingLogger())
    opened.push(sps)
    const error = (await sps.testConnection().catch((caught: unknown) => caught)) as VendorApiError
    expect(error.status).toBe(502)
    expect(error.message).toContain('refused the username or password')
    expect(error.toBody().error.vendor).toMatchObject({ type: 'AuthenticationFailure' })
  })

  it('logs in again when SPS ends the read session', async () => {
    const { sps } = connect()
    await sps.testConnection()
    // A version change ends every SPS login session, like a firmware upgrade.
    await simJson(sims.sps, '/__sim/sps', { method: 'PUT', body: JSON.stringify({ version: '7.0.5' }) })
    await expect(sps.info()).resolves.toMatchObject({ version: '6.0.7' })
    await sps.read(GROUPS)
    await expect(sps.info()).resolves.toMatchObject({ version: '7.0.5', shape: 'seven' })
  })

  it('commits a change made in a transaction (5.7/6.0 shape)', async () => {
    const { sps } = connect()
    await withTransaction(sps.writeSession('console-a'), (tx) => tx.post(GROUPS, { name: 'gatehouse-ops', members: [] }))
    expect(await groupNames()).toContain('gatehouse-ops')
    const state = await spsState()
    expect(state.lock).toBeNull()
  })

  it('commits with a message in the 7.x shape', async () => {
    await simJson(sims.sps, '/__sim/sps', { method: 'PUT', body: JSON.stringify({ version: '7.0.5', commitMessage: 'required' }) })
    const { sps } = connect()
    await withTransaction(sps.writeSession('console-a'), (tx) => tx.post(GROUPS, { name: 'seven-ops', members: [] }), { commitMessage: 'ticket CHG-1' })
    expect(await groupNames()).toContain('seven-ops')
    expect((await spsState()).lock).toBeNull()
  })

  it('rolls back when the change fails midway: no open transaction, no partial change', async () => {
    const { sps } = connect()
    await addFaults(sims.sps, { kind: 'server-error', status: 500, pathPrefix: TIME_POLICIES, method: 'POST' })
    const failure = withTransaction(sps.writeSession('console-a'), async (tx) => {
      await tx.post(GROUPS, { name: 'half-done', members: [] })
      await tx.post(TIME_POLICIES, { name: 'never', Mon: [], Tue: [], Wed: [], Thu: [], Fri: [], Sat: [], Sun: [] })
    })
    await expect(failure).rejects.toMatchObject({ status: 502 })
    const state = await spsState()
    expect(state.lock).toBeNull()
    expect(state.sessions.some((session) => session.transaction === 'open')).toBe(false)
    expect(await groupNames()).not.toContain('half-done')
  })

  it('rolls back when SPS refuses part of the change, keeping SPS’s words', async () => {
    const { sps } = connect()
    const failure = withTransaction(sps.writeSession('console-a'), async (tx) => {
      await tx.post(GROUPS, { name: 'also-half', members: [] })
      await tx.delete(`${TIME_POLICIES}/-100`)
    })
    const error = (await failure.catch((caught: unknown) => caught)) as VendorApiError
    expect(error.status).toBe(400)
    expect(error.toBody().error.vendor).toMatchObject({ type: 'SemanticError' })
    expect((await spsState()).lock).toBeNull()
    expect(await groupNames()).not.toContain('also-half')
  })

  it('gives a second operator SPS’s lock error instead of merging their changes', async () => {
    const { sps } = connect()
    const first = gate()
    const firstWrote = gate()
    const holding = withTransaction(sps.writeSession('console-a'), async (tx) => {
      await tx.post(GROUPS, { name: 'from-operator-a', members: [] })
      firstWrote.open()
      await first.opened
    })
    await firstWrote.opened
    let secondRan = false
    const second = withTransaction(sps.writeSession('console-b'), async (tx) => {
      secondRan = true
      await tx.post(GROUPS, { name: 'from-operator-b', members: [] })
    })
    const error = (await second.catch((caught: unknown) => caught)) as VendorApiError
    expect(error).toBeInstanceOf(VendorApiError)
    expect(error.status).toBe(409)
    expect(error.message).toBe(SPS_LOCKED_MESSAGE)
    expect(secondRan).toBe(false)
    first.open()
    await holding
    const names = await groupNames()
    expect(names).toContain('from-operator-a')
    expect(names).not.toContain('from-operator-b')
  })

  it('discards an operator’s pending change when their console session ends', async () => {
    const { sps } = connect()
    const wrote = gate()
    const release = gate()
    const pending = withTransaction(sps.writeSession('console-a'), async (tx) => {
      await tx.post(GROUPS, { name: 'signed-out', members: [] })
      wrote.open()
      await release.opened
      await tx.post(GROUPS, { name: 'after-sign-out', members: [] })
    })
    await wrote.opened
    await sps.endWriteSession('console-a')
    expect((await spsState()).lock).toBeNull()
    release.open()
    await expect(pending).rejects.toMatchObject({ status: 409 })
    const names = await groupNames()
    expect(names).not.toContain('signed-out')
    expect(names).not.toContain('after-sign-out')
  })

  it('on 7.x too, a change still running after sign-out cannot open a new transaction and commit', async () => {
    await simJson(sims.sps, '/__sim/sps', { method: 'PUT', body: JSON.stringify({ version: '7.0.5' }) })
    const { sps } = connect()
    const wrote = gate()
    const release = gate()
    const pending = withTransaction(sps.writeSession('console-a'), async (tx) => {
      await tx.post(GROUPS, { name: 'seven-signed-out', members: [] })
      wrote.open()
      await release.opened
      // On 7.x the first change opens a transaction by itself; a fresh login must not get that far.
      await tx.post(GROUPS, { name: 'seven-after-sign-out', members: [] })
    })
    await wrote.opened
    await sps.endWriteSession('console-a')
    release.open()
    await expect(pending).rejects.toMatchObject({ status: 409 })
    const state = await spsState()
    expect(state.lock).toBeNull()
    expect(state.sessions.some((session) => session.transaction === 'open')).toBe(false)
    const names = await groupNames()
    expect(names).not.toContain('seven-signed-out')
    expect(names).not.toContain('seven-after-sign-out')
  })

  it('rolls back every open transaction on shutdown', async () => {
    const { sps } = connect()
    const wrote = gate()
    const pending = withTransaction(sps.writeSession('console-a'), async (tx) => {
      await tx.post(GROUPS, { name: 'at-shutdown', members: [] })
      wrote.open()
      await new Promise(() => {})
    })
    void pending
    await wrote.opened
    await sps.closeAll()
    expect((await spsState()).lock).toBeNull()
    expect(await groupNames()).not.toContain('at-shutdown')
  })
})
