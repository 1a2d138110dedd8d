import type { Hono } from 'hono'
import type { SimContext } from '../../framework/sim-context'
import type { SimEnv } from '../../framework/sim-env'
import type { GatewayData } from '../data/gateway-data'
import type { SwsSession } from '../data/sws-sessions'
import { pathParam } from '../http/path-param'
import { SwsProblem } from '../http/problem-json'
import { swsRoute } from '../http/sws-route'
import { searchSessions } from '../search/session-search'
import { searchSteps } from '../search/step-search'
import { sessionSearchParams, stepSearchParams } from './session-search-params'

// Operations 12–13, the older recordings API (kept by the vendor for backward compatibility and
// present on every tenant): closed sessions as recordings, and a recording's steps.

function recordingItem(session: SwsSession): Record<string, unknown> {
  return {
    id: session.id,
    startDatetime: session.startDatetime,
    endDatetime: session.endDatetime,
    durationSeconds: session.durationSeconds,
    stepsCount: session.stepsCount,
    flag: session.flag,
    application: session.application,
    user: session.user,
    tabIds: session.tabIds,
  }
}

export function registerRecordingRoutes(app: Hono<SimEnv>, context: SimContext<GatewayData>): void {
  const data = context.data

  swsRoute(app, '/v2-edge/sws/recordings', {
    GET: (c) => {
      const result = searchSessions(data, sessionSearchParams(c))
      return c.json({ recordings: result.items.map(recordingItem), totalCount: result.total, lastUpdate: context.dataNow })
    },
  })

  swsRoute(app, '/v2-edge/sws/recordings/:recordingId', {
    GET: (c) => {
      const recordingId = pathParam(c, 'recordingId')
      const page = searchSteps(data, recordingId, stepSearchParams(c))
      if (!page) throw new SwsProblem(404, `Recording ${recordingId} was not found`)
      return c.json({ sessionSteps: page.steps, totalCount: page.totalCount, lastUpdate: context.dataNow })
    },
  })
}
