import type { Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { DAY_MS } from '../../framework/data-time'
import { IDENTITY_TENANT_ID } from '../data/identity-tenant'
import { msJsonDate } from '../envelope/ms-json-date'
import { redrockResult } from '../envelope/redrock-result'
import { registerAction } from '../http/identity-action'
import { pageRequest } from '../http/page-args'
import type { IdentityRuntime } from '../identity-runtime'
import { findUserByName, requireUser } from '../model/user-lookup'
import { GET_USERS_COLUMNS, getUserView, getUsersRow, userAttributesView } from '../model/user-views'
import { notFound } from '../envelope/identity-api-error'

// CDirectoryService reads: one user by Uuid or name, all users, the caller's attributes, and
// the tenant's technical support user.

export function registerCDirectoryUserReads(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  registerAction(app, runtime, '/CDirectoryService/GetUser', 'authenticated', (action) => {
    const user = requireUser(action.data, action.args.string('ID') ?? action.args.string('uuid'))
    action.requireFor(user, 'read')
    return getUserView(action.data, user)
  })

  // `username` defaults to the caller.
  registerAction(app, runtime, '/CDirectoryService/GetUserByName', 'authenticated', (action) => {
    const name = action.args.string('username') ?? action.args.string('Name')
    const user = name ? findUserByName(action.data, name) : action.caller
    if (!user) throw notFound(`User '${name}' was not found.`)
    action.requireFor(user, 'read')
    return getUserView(action.data, user)
  })

  // The whole directory as one table; the optional Redrock `Args` page it.
  registerAction(app, runtime, '/CDirectoryService/GetUsers', 'read', (action) => {
    const page = pageRequest(action.args.nested('Args'))
    const users = action.data.users
    const items = users.slice(page.offset, page.limit ?? users.size)
    return redrockResult(GET_USERS_COLUMNS, items.map((user) => getUsersRow(action.data, user)), users.size)
  })

  // The caller's own attributes (S3 calls it without arguments); an ID names someone else.
  registerAction(app, runtime, '/CDirectoryService/GetUserAttributes', 'authenticated', (action) => {
    const id = action.args.string('ID')
    const user = id ? requireUser(action.data, id) : action.caller
    action.requireFor(user, 'read')
    return userAttributesView(action.data, user)
  })

  registerAction(app, runtime, '/CDirectoryService/GetTechSupportUser', 'manage', (action) => ({
    Name: `techsupport_${IDENTITY_TENANT_ID.toLowerCase()}`,
    PasswordExp: msJsonDate(action.runtime.context.dataNow + 30 * DAY_MS),
    Uuid: action.runtime.context.seed.rng('identity.techsupport').uuid(),
  }))
}
