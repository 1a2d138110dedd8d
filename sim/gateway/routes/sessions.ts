import type { Hono } from 'hono'
import type { SimContext } from '../../framework/sim-context'
import type { SimEnv } from '../../framework/sim-env'
import type { GatewayData } from '../data/gateway-data'
import type { SwsSession } from '../data/sws-sessions'
import { pathParam } from '../http/path-param'
import { SwsProblem } from '../http/problem-json'
import { swsRoute, type SwsRouteOptions } from '../http/sws-route'
import { searchSessions } from '../search/session-search'
import { searchSteps } from '../search/step-search'
import { sessionSearchParams, stepSearchParams } from './session-search-params'

// Operations 14–16, the newer sessions API: closed sessions, one session with its security
// layers, and its steps. On a "recordings only" tenant (`/__sim/config`) these paths do not exist.

function sessionItem(session: SwsSession): Record<string, unknown> {
  return {
    id: session.id,
    startDatetime: session.startDatetime,
    endDatetime: session.endDatetime,
    stepsCount: session.stepsCount,
    flag: session.flag,
    application: session.application,
    user: session.user,
  }
}

export function registerSessionRoutes(app: Hono<SimEnv>, context: SimContext<GatewayData>): void {
  const data = context.data
  const onThisTenant: SwsRouteOptions = { available: () => !data.tenantConfig.recordingsOnly }
  const requireSession = (sessionId: string): SwsSession => {
    const session = data.sessions.get(sessionId)
    if (!session) throw new SwsProblem(404, `Session ${sessionId} was not found`)
    return session
  }

  swsRoute(
    app,
    '/v2-edge/sws/sessions',
    {
      GET: (c) => {
        const result = searchSessions(data, sessionSearchParams(c))
        return c.json({ sessions: result.items.map(sessionItem), totalCount: result.total, lastUpdate: context.dataNow })
      },
    },
    onThisTenant,
  )

  swsRoute(app, '/v2-edge/sws/sessions/:sessionId', { GET: (c) => c.json({ session: requireSession(pathParam(c, 'sessionId')) }) }, onThisTenant)

  swsRoute(
    app,
    '/v2-edge/sws/sessions/:sessionId/steps',
    {
      GET: (c) => {
        const sessionId = pathParam(c, 'sessionId')
        const page = searchSteps(data, sessionId, stepSearchParams(c))
        if (!page) throw new SwsProblem(404, `Session ${sessionId} was not found`)
        return c.json({ sessionSteps: page.steps, totalCount: page.totalCount, lastUpdate: context.dataNow })
      },
    },
    onThisTenant,
  )
}
