import type { Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { passwordSha256 } from '../data/identity-users'
import { badArgument, IdentityApiError, notFound } from '../envelope/identity-api-error'
import { registerAction } from '../http/identity-action'
import type { IdentityRuntime } from '../identity-runtime'
import { checkPassword } from '../model/password-policy'
import { applyUserFieldChanges, userFieldChangesFrom } from '../model/user-fields'
import { findUser, requireUser } from '../model/user-lookup'
import { deleteUser } from '../model/user-removal'
import { changeUser } from '../model/user-change'

// UserMgmt changes: attributes, the administrator cloud lock, deletion, passwords, sign-out.

export function registerUserMgmtUserActions(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  // For users of other directories on a real tenant; here every user is a Cloud Directory user.
  registerAction(app, runtime, '/UserMgmt/ChangeUserAttributes', 'manage', (action) => {
    const user = requireUser(action.data, action.args.string('ID'))
    const changes = userFieldChangesFrom(action.args)
    delete changes.Name
    action.data.users.put(user.Uuid, applyUserFieldChanges(action.data, user, changes, action.now()))
    return null
  })

  // Query `?user=&lockUser=` (S3, S5) or the same names in the body (S6). Unlocking also resets
  // the failed sign-ins, ending a lock-out by policy.
  registerAction(app, runtime, '/UserMgmt/SetCloudLock', 'manage', (action) => {
    const user = requireUser(action.data, action.args.string('user') ?? action.args.string('ID'), 'user')
    const lock = action.args.bool('lockUser')
    if (lock === undefined) throw badArgument("Parameter 'lockUser' must be specified.")
    if (lock && user.Uuid === action.caller.Uuid) throw new IdentityApiError('You cannot lock your own account.')
    changeUser(
      action.data,
      user,
      (draft) => ({
        ...draft,
        LockedByAdmin: lock,
        internal: lock ? draft.internal : { ...draft.internal, failedSignIns: 0 },
      }),
      action.now(),
    )
    return null
  })

  // All or nothing: an unknown Uuid deletes no one.
  registerAction(app, runtime, '/UserMgmt/RemoveUsers', 'manage', (action) => {
    const ids = action.args.list('Users')
    if (!ids || ids.length === 0) throw badArgument("Parameter 'Users' must list at least one user.")
    const users = ids.map((id) => {
      const user = typeof id === 'string' ? findUser(action.data, id) : undefined
      if (!user) throw notFound(`User '${String(id)}' was not found.`)
      if (user.Uuid === action.caller.Uuid) throw new IdentityApiError('You cannot delete your own account.')
      return user
    })
    for (const user of users) deleteUser(action.runtime, user)
    return null
  })

  registerAction(app, runtime, '/UserMgmt/ResetUserPassword', 'manage', (action) => {
    const user = requireUser(action.data, action.args.string('ID'))
    const password = action.args.string('newPassword')
    if (password === undefined || password === null || password === '') throw badArgument("Parameter 'newPassword' must be specified.")
    checkPassword(password)
    const now = action.now()
    changeUser(action.data, user, (draft) => ({ ...draft, LastPasswordChangeDate: now, internal: { ...draft.internal, passwordSha256: passwordSha256(password) } }), action.now())
    return null
  })

  // Ends every session of the user: here, every platform token issued to them.
  registerAction(app, runtime, '/UserMgmt/SignOutEverywhere', 'authenticated', (action) => {
    const id = action.args.string('ID')
    const user = id ? requireUser(action.data, id) : action.caller
    action.requireFor(user, 'manage')
    action.runtime.context.tokens.revokeSubject(user.Uuid)
    return null
  })
}
