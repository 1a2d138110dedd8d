import type { Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { badArgument, IdentityApiError } from '../envelope/identity-api-error'
import { registerAction } from '../http/identity-action'
import type { IdentityRuntime } from '../identity-runtime'
import { changeUser, sendInvitations } from '../model/user-change'
import { addUser, buildNewUser } from '../model/user-creation'
import { applyUserFieldChanges, userFieldChangesFrom } from '../model/user-fields'
import { requireUser } from '../model/user-lookup'
import { pictureFromBody, pictureUri } from '../model/user-picture'
import { formatState, parseStateArgument, stateFlags } from '../model/user-state'
import { deleteUser } from '../model/user-removal'

// CDirectoryService changes: create, change, delete, enable/disable, state, MFA exemption, picture.

/** ExemptUserFromMfa's `timespan` is in minutes; absent, the documented default of 10. */
export const DEFAULT_MFA_EXEMPTION_MINUTES = 10

export function registerCDirectoryUserWrites(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  registerAction(app, runtime, '/CDirectoryService/CreateUser', 'manage', (action) => {
    const now = action.now()
    const user = buildNewUser(
      action.data,
      { changes: userFieldChangesFrom(action.args), password: action.args.string('Password'), inSysAdminRole: action.args.bool('InSysAdminRole') },
      now,
    )
    addUser(action.data, user)
    sendInvitations(action.data, user, { email: action.args.bool('SendEmailInvite') ?? false, sms: action.args.bool('SendSmsInvite') ?? false }, now)
    return user.Uuid
  })

  registerAction(app, runtime, '/CDirectoryService/ChangeUser', 'authenticated', (action) => {
    const user = requireUser(action.data, action.args.string('ID'))
    action.requireFor(user, 'manage')
    const changed = applyUserFieldChanges(action.data, user, userFieldChangesFrom(action.args), action.now())
    action.data.users.put(user.Uuid, changed)
    return null
  })

  // ID is a Uuid or a login name (S1 deletes by name).
  registerAction(app, runtime, '/CDirectoryService/DeleteUser', 'manage', (action) => {
    const user = requireUser(action.data, action.args.string('ID'))
    if (user.Uuid === action.caller.Uuid) throw new IdentityApiError('You cannot delete your own account.')
    deleteUser(action.runtime, user)
    return null
  })

  // `state` true = active, false = suspended (Disabled); a user may not change their own.
  registerAction(app, runtime, '/CDirectoryService/ChangeUserState', 'manage', (action) => {
    const user = requireUser(action.data, action.args.string('uuid') ?? action.args.string('ID'), 'uuid')
    const active = action.args.bool('state')
    if (active === undefined) throw badArgument("Parameter 'state' must be specified.")
    if (user.Uuid === action.caller.Uuid) throw new IdentityApiError('You cannot change the state of your own account.')
    const flags = stateFlags(user.State)
    if (active) flags.delete('Disabled')
    else flags.add('Disabled')
    changeUser(action.data, user, (draft) => ({ ...draft, State: formatState(flags) }), action.now())
    return null
  })

  // `state` is None or any of Locked, Disabled, Expired. Leaving Locked out unlocks the account
  // and resets its failed sign-ins, which also ends a lock-out by policy.
  registerAction(app, runtime, '/CDirectoryService/SetUserState', 'manage', (action) => {
    const user = requireUser(action.data, action.args.string('ID') ?? action.args.string('uuid'))
    const flags = parseStateArgument(action.args.requiredString('state'))
    changeUser(
      action.data,
      user,
      (draft) => ({
        ...draft,
        State: formatState(flags),
        internal: flags.has('Locked') ? draft.internal : { ...draft.internal, failedSignIns: 0 },
      }),
      action.now(),
    )
    return null
  })

  registerAction(app, runtime, '/CDirectoryService/ExemptUserFromMfa', 'manage', (action) => {
    const user = requireUser(action.data, action.args.string('ID'))
    const minutes = action.args.int('timespan') ?? DEFAULT_MFA_EXEMPTION_MINUTES
    if (minutes <= 0) throw badArgument("Parameter 'timespan' must be a positive number of minutes.")
    const until = action.now() + minutes * 60_000
    changeUser(action.data, user, (draft) => ({ ...draft, internal: { ...draft.internal, mfaExemptUntil: until } }), action.now())
    return null
  })

  registerAction(app, runtime, '/CDirectoryService/SetUserPicture', 'authenticated', (action) => {
    const user = requireUser(action.data, action.args.string('ID'))
    action.requireFor(user, 'manage')
    const picture = pictureFromBody(action.body)
    action.runtime.pictures.set(user.Uuid, picture)
    changeUser(action.data, user, (draft) => ({ ...draft, PictureUri: pictureUri(user.Uuid) }), action.now())
    return ''
  })
}
