import type { Hono } from 'hono'
import type { ColumnMatch } from '../../framework/overlay-column'
import type { SimContext } from '../../framework/sim-context'
import type { SimEnv } from '../../framework/sim-env'
import type { GatewayData } from '../data/gateway-data'
import { SWS_ACTIVITY_TYPES, type SwsActivity } from '../data/sws-activities'
import { SwsProblem } from '../http/problem-json'
import { enumListParam, timeWindowParams } from '../http/query-params'
import { pageParams } from '../http/result-window'
import { swsRoute } from '../http/sws-route'

// Operation 11: GET /v2-edge/sws/activities. `activityTypes` is required (400 without it), the
// time window applies to `activityData.time`, and activities come oldest first.

const ACTIVITY_TYPES_PARAM = 'activityTypes'

export function registerActivityRoutes(app: Hono<SimEnv>, context: SimContext<GatewayData>): void {
  const { activities, activityColumns } = context.data

  swsRoute(app, '/v2-edge/sws/activities', {
    GET: (c) => {
      const types = enumListParam(c, ACTIVITY_TYPES_PARAM, SWS_ACTIVITY_TYPES)
      if (types.length === 0) throw new SwsProblem(400, `Required parameter '${ACTIVITY_TYPES_PARAM}' is not present.`)
      const { fromTime, toTime } = timeWindowParams(c)
      const page = pageParams(c)
      const wanted = new Set<string>(types)
      const match: ColumnMatch<SwsActivity>[] = [
        { column: activityColumns.activityType, test: (type) => wanted.has(type as string) },
        { column: activityColumns.time, test: (time) => (time as number) >= fromTime && (time as number) <= toTime },
      ]
      const result = activities.query({ match, offset: page.offset, limit: page.limit })
      return c.json({ activities: result.items, totalCount: result.total })
    },
  })
}
