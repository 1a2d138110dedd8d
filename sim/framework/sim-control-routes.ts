import type { Context, Hono } from 'hono'
import { FaultRuleError, parseFaultRule } from './fault-rules'
import type { SimContext, SimDataModel } from './sim-context'
import { SIM_CONTROL_PREFIX, type SimEnv } from './sim-env'

// `/__sim`: the control surface tests and the demo use. It is not part of any vendor API, so it
// needs no vendor credentials and is never subject to injected faults.
//
//   GET    /__sim/state                    profile, seed, collection sizes, faults, tokens, counters
//   POST   /__sim/reset                    back to the seed (overlay, faults, tokens, counters)
//   GET    /__sim/faults                   current rules with their match/hit counts
//   POST   /__sim/faults                   add one rule, or {"faults":[…]} to add several
//   PUT    /__sim/faults                   replace all rules: {"faults":[…]} or a bare array
//   DELETE /__sim/faults[/:id]             remove all rules, or one
//   POST   /__sim/tokens/expire            expire every issued token now
//   GET    /__sim/collections              collection names with sizes and overlay changes
//   GET    /__sim/collections/:name        raw records, ?offset=&limit= (default 0, 50; max 1000)
//   GET    /__sim/collections/:name/:id    one raw record

const MAX_PAGE = 1_000

export function registerSimControlRoutes<D extends SimDataModel>(app: Hono<SimEnv>, context: SimContext<D>): void {
  const base = SIM_CONTROL_PREFIX

  app.get(`${base}/state`, (c) => c.json(context.state()))

  app.post(`${base}/reset`, (c) => {
    context.reset()
    return c.json({ reset: true, state: context.state() })
  })

  app.get(`${base}/faults`, (c) => c.json({ faults: context.faults.list() }))

  app.post(`${base}/faults`, async (c) => {
    const body = await readJson(c)
    if (body === INVALID_JSON) return badRequest(c, 'body is not JSON')
    return withRuleErrors(c, () => {
      const inputs = isFaultList(body) ? body.faults : [body]
      // All or nothing: check every rule before adding any.
      for (const input of inputs) parseFaultRule(input)
      const added = inputs.map((input) => context.faults.add(input))
      return c.json({ added, faults: context.faults.list() }, 201)
    })
  })

  app.put(`${base}/faults`, async (c) => {
    const body = await readJson(c)
    if (body === INVALID_JSON) return badRequest(c, 'body is not JSON')
    const inputs = Array.isArray(body) ? body : isFaultList(body) ? body.faults : null
    if (!inputs) return badRequest(c, 'expected {"faults": [...]} or an array of fault rules')
    return withRuleErrors(c, () => c.json({ faults: context.faults.replace(inputs) }))
  })

  app.delete(`${base}/faults`, (c) => {
    context.faults.clear()
    return c.json({ faults: [] })
  })

  app.delete(`${base}/faults/:id`, (c) => {
    if (!context.faults.remove(c.req.param('id'))) return c.json({ error: 'no such fault rule' }, 404)
    return c.json({ faults: context.faults.list() })
  })

  app.post(`${base}/tokens/expire`, (c) => {
    const expired = context.tokens.expireAll()
    return c.json({ expired, tokens: context.tokens.stats() })
  })

  app.get(`${base}/collections`, (c) => c.json({ collections: context.state().collections }))

  app.get(`${base}/collections/:name`, (c) => {
    const collection = context.data.collections[c.req.param('name')]
    if (!collection) return c.json({ error: 'no such collection' }, 404)
    const offset = nonNegativeInt(c.req.query('offset'), 0)
    const limit = Math.min(nonNegativeInt(c.req.query('limit'), 50), MAX_PAGE)
    return c.json({ items: collection.slice(offset, limit), total: collection.size, offset, limit })
  })

  app.get(`${base}/collections/:name/:id`, (c) => {
    const collection = context.data.collections[c.req.param('name')]
    if (!collection) return c.json({ error: 'no such collection' }, 404)
    const record = collection.get(c.req.param('id'))
    if (record === undefined) return c.json({ error: 'no such record' }, 404)
    return c.json(record)
  })
}

const INVALID_JSON = Symbol('invalid json')

async function readJson(c: Context<SimEnv>): Promise<unknown> {
  try {
    return await c.req.json()
  } catch {
    return INVALID_JSON
  }
}

function isFaultList(body: unknown): body is { faults: unknown[] } {
  return typeof body === 'object' && body !== null && Array.isArray((body as { faults?: unknown }).faults)
}

function badRequest(c: Context<SimEnv>, message: string): Response {
  return c.json({ error: message }, 400)
}

function withRuleErrors(c: Context<SimEnv>, action: () => Response): Response {
  try {
    return action()
  } catch (error) {
    if (error instanceof FaultRuleError) return c.json({ error: 'invalid fault rule', issues: error.issues }, 400)
    throw error
  }
}

function nonNegativeInt(raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? Number.NaN : Number(raw)
  return Number.isInteger(value) && value >= 0 ? value : fallback
}
