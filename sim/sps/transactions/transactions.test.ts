import { describe, expect, it } from 'vitest'
import { AUDITOR, createTestSps, type SpsErrorJson, type SpsListingJson, type SpsMetaJson, type SpsObjectJson } from '../test-support/sps-test-client'

// Seed 003 (6.0.7): configuration changes happen in a transaction that belongs to the session that
// opened it and locks the configuration; without one, POST/PUT/DELETE answer 409.

const GROUPS = '/api/configuration/aaa/local_database/groups'
const TIME_POLICIES = '/api/configuration/policies/time_policies'

interface StatusJson {
  readonly key: string
  readonly meta: { readonly href: string; readonly parent: string; readonly remaining_seconds: number; readonly changes?: string }
  readonly transaction: { readonly status: 'open' | 'closed' }
}

interface ChangesJson {
  readonly changes: readonly { readonly type: string; readonly path: string; readonly new_value?: unknown; readonly old_value?: unknown }[]
  readonly meta: Record<string, unknown>
}

const NEW_GROUP = { name: 'release-managers', members: ['auditor'] }

describe('SPS transactions (default 5.7/6.0 behaviour)', () => {
  it('answers POST, PUT and DELETE on the configuration with 409 NoTransaction when none is open', async () => {
    const client = await createTestSps().signIn()
    const groupKey = (await client.get<SpsListingJson>(GROUPS)).json.items.at(-1)!.key
    const answers = [
      await client.post<SpsErrorJson>(GROUPS, NEW_GROUP),
      await client.put<SpsErrorJson>(`${GROUPS}/${groupKey}`, NEW_GROUP),
      await client.delete<SpsErrorJson>(`${GROUPS}/${groupKey}`),
      await client.post<SpsErrorJson>('/api/configuration/passwords', { plain: 'x' }),
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(409)
      expect(answer.json.error.type).toBe('NoTransaction')
      expect(answer.json.error.message).toMatch(/No open Transaction is available/)
    }
  })

  it('reports the status closed, then open after POST, with remaining_seconds', async () => {
    const client = await createTestSps().signIn()
    const closed = await client.get<StatusJson>('/api/transaction')
    expect(closed.json).toEqual({ key: 'transaction', meta: { href: '/api/transaction', parent: '/api', remaining_seconds: 1200 }, transaction: { status: 'closed' } })
    const opened = await client.openTransaction<StatusJson>()
    expect(opened.status).toBe(200)
    expect(opened.json.transaction.status).toBe('open')
    // Opening again in the same session keeps the transaction (and its changes).
    expect((await client.openTransaction<StatusJson>()).json.transaction.status).toBe('open')
  })

  it('needs Content-Length on POST /api/transaction (411 otherwise)', async () => {
    const client = await createTestSps().signIn()
    const answer = await client.send<SpsErrorJson>('POST', '/api/transaction')
    expect(answer.status).toBe(411)
    expect((await client.get<StatusJson>('/api/transaction')).json.transaction.status).toBe('closed')
  })

  it('stages changes in the transaction: only its session sees them until commit', async () => {
    const { signIn } = createTestSps()
    const admin = await signIn()
    const reader = await signIn(AUDITOR)
    await admin.openTransaction()
    const created = await admin.post<SpsMetaJson>(GROUPS, NEW_GROUP)
    expect(created.status).toBe(201)
    const key = created.json.key!
    expect((await admin.get(`${GROUPS}/${key}`)).status).toBe(200)
    expect((await reader.get(`${GROUPS}/${key}`)).status).toBe(404)
    expect((await reader.get<SpsListingJson>(GROUPS)).json.items.some((item) => item.key === key)).toBe(false)

    const status = await admin.get<StatusJson>('/api/transaction')
    expect(status.json.meta.changes).toBe('/api/transaction/changes')
    const committed = await admin.commit<StatusJson>()
    expect(committed.status).toBe(200)
    expect(committed.json.transaction.status).toBe('closed')
    expect((await reader.get<SpsObjectJson>(`${GROUPS}/${key}`)).json.body).toEqual({ members: ['auditor'], name: 'release-managers' })
  })

  it('lists the changes with their type, path and values', async () => {
    const { signIn } = createTestSps()
    const client = await signIn()
    await client.openTransaction()
    const created = await client.post<SpsMetaJson>(GROUPS, NEW_GROUP)
    const path = `${GROUPS}/${created.json.key}`
    await client.put(path, { ...NEW_GROUP, members: [] })
    await client.delete(path)
    const changes = await client.get<ChangesJson>('/api/transaction/changes')
    expect(changes.json).toEqual({
      changes: [
        { type: 'create', path, new_value: { members: ['auditor'], name: 'release-managers' } },
        { type: 'replace', path, old_value: { members: ['auditor'], name: 'release-managers' }, new_value: { members: [], name: 'release-managers' } },
        { type: 'delete', path, old_value: { members: [], name: 'release-managers' } },
      ],
      meta: { href: '/api/transaction/changes', parent: '/api/transaction', transaction: '/api/transaction' },
    })
  })

  it('rolls back with DELETE /api/transaction: nothing reaches the configuration', async () => {
    const { sim, signIn } = createTestSps()
    const client = await signIn()
    await client.openTransaction()
    const key = (await client.post<SpsMetaJson>(GROUPS, NEW_GROUP)).json.key!
    const rolledBack = await client.delete<StatusJson>('/api/transaction')
    expect(rolledBack.json.transaction.status).toBe('closed')
    expect((await client.get(`${GROUPS}/${key}`)).status).toBe(404)
    expect((await client.get<ChangesJson>('/api/transaction/changes')).json.changes).toEqual([])
    expect(sim.context.data.usergroups.changes()).toEqual({ created: 0, replaced: 0, deleted: 0 })
  })

  it('commits only with {"status": "commit"}, and only an open transaction', async () => {
    const client = await createTestSps().signIn()
    expect((await client.commit<SpsErrorJson>()).json.error.type).toBe('NoTransaction')
    await client.openTransaction()
    const wrong = await client.put<SpsErrorJson>('/api/transaction', { status: 'closed' })
    expect(wrong.status).toBe(400)
    expect(wrong.json.error.type).toBe('SemanticError')
    expect((await client.put<SpsErrorJson>('/api/transaction', 'not json')).json.error.type).toBe('SyntacticError')
  })

  describe('two sessions contending for the configuration lock', () => {
    it('answers the second session 409 while the first holds the transaction, on open and on every change', async () => {
      const { signIn } = createTestSps()
      const first = await signIn()
      const second = await signIn()
      expect((await first.openTransaction()).status).toBe(200)

      const open = await second.openTransaction<SpsErrorJson>()
      expect(open.status).toBe(409)
      expect(open.json.error).toMatchObject({ type: 'ConfigurationLocked', details: { path: '/api/transaction', locked_by: 'admin' } })
      const write = await second.post<SpsErrorJson>(TIME_POLICIES, { name: 'x', Mon: [], Tue: [], Wed: [], Thu: [], Fri: [], Sat: [], Sun: [] })
      expect(write.status).toBe(409)
      expect(write.json.error.type).toBe('ConfigurationLocked')
      expect((await second.commit<SpsErrorJson>()).status).toBe(409)
      // The second session's rollback does not touch the first one's transaction.
      await second.delete('/api/transaction')
      expect((await first.get<StatusJson>('/api/transaction')).json.transaction.status).toBe('open')
      expect((await second.get<StatusJson>('/api/transaction')).json.transaction.status).toBe('closed')

      await first.commit()
      expect((await second.openTransaction()).status).toBe(200)
      expect((await first.openTransaction<SpsErrorJson>()).status).toBe(409)
    })

    it('cancels the transaction automatically when its session times out, which frees the lock', async () => {
      const { sim, signIn, clock } = createTestSps({ idleTimeoutSeconds: 60 })
      const first = await signIn()
      const second = await signIn()
      await first.openTransaction()
      await first.post(GROUPS, NEW_GROUP)
      clock.advanceSeconds(30)
      const status = await first.get<StatusJson>('/api/transaction')
      expect(status.json.meta.remaining_seconds).toBe(60)
      await second.get('/api/info')
      clock.advanceSeconds(45)
      // The second session kept itself alive; the first has been idle for 45 s.
      expect((await second.openTransaction<SpsErrorJson>()).status).toBe(409)
      clock.advanceSeconds(16)
      expect((await second.openTransaction<StatusJson>()).json.transaction.status).toBe('open')
      expect((await first.get<SpsErrorJson>('/api/transaction')).json.error.type).toBe('Unauthenticated')
      expect(sim.context.data.usergroups.size).toBe(34)
      const state = (await (await sim.app.request('/__sim/sps')).json()) as { transactionsCancelledAutomatically: number; lock: { username: string } }
      expect(state.transactionsCancelledAutomatically).toBe(1)
      expect(state.lock.username).toBe('admin')
    })
  })

  it('ends open transactions on /__sim/reset', async () => {
    const { sim, signIn } = createTestSps()
    const client = await signIn()
    await client.openTransaction()
    await sim.app.request('/__sim/reset', { method: 'POST' })
    const state = (await (await sim.app.request('/__sim/sps')).json()) as { lock: unknown; sessions: unknown[] }
    expect(state).toMatchObject({ lock: null, sessions: [] })
    expect((await client.get('/api/transaction')).status).toBe(401)
  })
})
