import type { Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { redrockResult } from '../envelope/redrock-result'
import { registerAction } from '../http/identity-action'
import type { IdentityRuntime } from '../identity-runtime'
import { applyUserFieldChanges, userFieldChangesFrom } from '../model/user-fields'
import { requireUser } from '../model/user-lookup'

// Core/GetUserSettings and User/UpdateProfile.

export function registerProfileAndSettings(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  // ID and SettingsType in the body (S6) or ID and SettingType in the query (S5). The tenant keeps
  // no per-user settings of any type, so the table is empty, as in the observed answer.
  registerAction(app, runtime, '/Core/GetUserSettings', 'authenticated', (action) => {
    const id = action.args.string('ID')
    const user = id ? requireUser(action.data, id) : action.caller
    action.requireFor(user, 'read')
    return redrockResult([], [])
  })

  registerAction(app, runtime, '/User/UpdateProfile', 'authenticated', (action) => {
    const user = requireUser(action.data, action.args.string('ID'))
    action.requireFor(user, 'manage')
    const changes = userFieldChangesFrom(action.args, ['Name', 'DisplayName', 'Mail', 'MobileNumber', 'OfficeNumber', 'HomeNumber', 'Description'])
    action.data.users.put(user.Uuid, applyUserFieldChanges(action.data, user, changes, action.now()))
    return null
  })
}
