import type { Hono } from 'hono'
import type { SimContext } from '../../framework/sim-context'
import type { SimEnv } from '../../framework/sim-env'
import type { GatewayData } from '../data/gateway-data'
import type { SwsUser, SwsUserStatus } from '../data/sws-users'
import { emptyJsonStringOk } from '../http/empty-ok'
import { FAILED_TO_READ, readJsonBody } from '../http/json-body'
import { pathParam } from '../http/path-param'
import { SwsProblem } from '../http/problem-json'
import { stringParam } from '../http/query-params'
import { pageParams } from '../http/result-window'
import { swsRoute } from '../http/sws-route'
import { matchesAny, wildcardMatcher } from '../http/wildcard-search'

// Operations 7–10 of the SWS API: list users, get one, set the status with a bare JSON string
// ("Activated" / "Deactivated"), and delete (from the SWS tenant only, not from Identity).

const BASE = '/v2-edge/sws/users'
const STATUSES: readonly SwsUserStatus[] = ['Activated', 'Deactivated']

function fullName(user: SwsUser): string {
  return `${user.firstName} ${user.lastName}`
}

/** A list row, with the fields in the order of the vendor's example. */
function userListItem(user: SwsUser): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    fullname: fullName(user),
    phoneNumber: user.phoneNumber,
    phoneModel: user.phoneModel,
    invitedBy: user.invitedBy,
    lastLogin: user.lastLogin,
    role: user.role,
    status: user.status,
    appVersion: user.appVersion,
  }
}

export function registerUserRoutes(app: Hono<SimEnv>, context: SimContext<GatewayData>): void {
  const users = context.data.users
  const requireUser = (userId: string): SwsUser => {
    const user = users.get(userId)
    if (!user) throw new SwsProblem(404, `User ${userId} was not found`)
    return user
  }

  swsRoute(app, BASE, {
    GET: (c) => {
      const name = stringParam(c, 'name')
      const page = pageParams(c)
      const matches = name === undefined ? null : wildcardMatcher(name)
      const result = users.query({
        where: matches ? (user) => matchesAny(matches, [fullName(user), user.username]) : undefined,
        offset: page.offset,
        limit: page.limit,
      })
      return c.json({ users: result.items.map(userListItem), totalCount: result.total })
    },
  })

  swsRoute(app, `${BASE}/:userId`, {
    GET: (c) => c.json(requireUser(pathParam(c, 'userId'))),
    // The body some clients send along (e.g. "Activated") is ignored.
    DELETE: (c) => {
      const userId = pathParam(c, 'userId')
      requireUser(userId)
      users.delete(userId)
      return emptyJsonStringOk(c)
    },
  })

  swsRoute(app, `${BASE}/:userId/status`, {
    PUT: async (c) => {
      const userId = pathParam(c, 'userId')
      requireUser(userId)
      const status = await readJsonBody(c)
      if (!(STATUSES as readonly unknown[]).includes(status)) throw new SwsProblem(400, FAILED_TO_READ)
      users.update(userId, (user) => ({ ...user, status: status as SwsUserStatus }))
      return emptyJsonStringOk(c)
    },
  })
}
