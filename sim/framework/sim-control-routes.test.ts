import { describe, expect, it } from 'vitest'
import { createTestSimApp } from '../test-support/test-sim-app'
import type { SimState } from './sim-context'

// The control surface through app.request(): no socket needed for these.

describe('/__sim control routes', () => {
  it('reports profile, seed, collection sizes and overlay changes', async () => {
    const { app } = createTestSimApp()
    const state = (await (await app.request('/__sim/state')).json()) as SimState
    expect(state).toMatchObject({
      simulator: 'identity',
      profile: 'small',
      seed: 'framework-tests',
      collections: { notes: { size: 1_000, created: 0, replaced: 0, deleted: 0 } },
      data: { kind: 'test' },
      faults: [],
      tokens: { live: 0, issued: 0 },
      pendingRequests: 0,
    })
  })

  it('reads raw records and pages of a collection', async () => {
    const { app } = createTestSimApp()
    const page = (await (await app.request('/__sim/collections/notes?offset=998&limit=5')).json()) as { items: { id: string }[]; total: number }
    expect(page.total).toBe(1_000)
    expect(page.items.map((item) => item.id)).toEqual(['note-998', 'note-999'])
    expect((await app.request('/__sim/collections/notes/note-5')).status).toBe(200)
    expect((await app.request('/__sim/collections/notes/nope')).status).toBe(404)
    expect((await app.request('/__sim/collections/nope')).status).toBe(404)
    const listing = (await (await app.request('/__sim/collections')).json()) as { collections: Record<string, unknown> }
    expect(Object.keys(listing.collections)).toEqual(['notes'])
  })

  it('reset restores the seeded data and clears faults, tokens, counters and reset hooks state', async () => {
    const { app, context } = createTestSimApp()
    const original = await (await app.request('/__sim/collections/notes/note-7')).text()
    context.data.notes.update('note-7', (draft) => ({ ...draft, title: 'edited' }))
    context.data.notes.delete('note-8')
    context.data.notes.create('note-new', { id: 'note-new', title: 'new' })
    context.faults.add({ kind: 'latency', latencyMs: 5 })
    context.tokens.issue({ subject: 'x', ttlSeconds: 60 })
    let hookRuns = 0
    context.onReset(() => hookRuns++)
    await app.request('/ping')

    expect(JSON.parse(await (await app.request('/__sim/collections/notes/note-7')).text())).toMatchObject({ title: 'edited' })
    const before = (await (await app.request('/__sim/state')).json()) as SimState
    expect(before.collections.notes).toEqual({ size: 1_000, created: 1, replaced: 1, deleted: 1 })

    const reset = await app.request('/__sim/reset', { method: 'POST' })
    expect(reset.status).toBe(200)
    const after = (await (await app.request('/__sim/state')).json()) as SimState
    expect(after.collections.notes).toEqual({ size: 1_000, created: 0, replaced: 0, deleted: 0 })
    expect(after.faults).toEqual([])
    expect(after.tokens.issued).toBe(0)
    expect(after.requests.total).toBe(0)
    expect(hookRuns).toBe(1)
    expect(await (await app.request('/__sim/collections/notes/note-7')).text()).toBe(original)
    expect((await app.request('/__sim/collections/notes/note-8')).status).toBe(200)
    expect((await app.request('/__sim/collections/notes/note-new')).status).toBe(404)
  })

  it('refuses a dropped connection where there is no socket instead of pretending', async () => {
    const { app, context } = createTestSimApp()
    context.faults.add({ kind: 'drop-connection' })
    const response = await app.request('/ping')
    expect(response.status).toBe(500)
  })
})
