import type { Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import type { IdentityUser } from '../data/identity-users'
import { badArgument, IdentityApiError, notFound } from '../envelope/identity-api-error'
import { asText } from '../http/identity-args'
import { registerAction } from '../http/identity-action'
import type { IdentityRuntime } from '../identity-runtime'
import { sendMessage } from '../model/outbox'
import { findUser, requireUser } from '../model/user-lookup'
import { EVERYBODY_ROLE, findRole, membersOfRole } from '../model/user-roles'
import { changeUser } from '../model/user-change'

// Invitations and login e-mails. What is sent lands in the simulator's outbox
// (/__sim/collections/outbox), as the real tenant would e-mail or text it.

export function registerUserMgmtInvitations(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  // Entities name users (Guid or Name) or roles; `Role` adds the invited users to that role.
  registerAction(app, runtime, '/UserMgmt/InviteUsers', 'manage', (action) => {
    const entities = action.args.list('Entities')
    if (!entities || entities.length === 0) throw badArgument("Parameter 'Entities' must list at least one user or role.")
    const invitees = new Map<string, IdentityUser>()
    for (const entity of entities) for (const user of usersOfEntity(action.data, entity)) invitees.set(user.Uuid, user)

    const roleName = action.args.string('Role')
    const role = roleName ? findRole(action.data, roleName) : undefined
    if (roleName && !role) throw notFound(`Role '${roleName}' was not found.`)

    const email = action.args.bool('EmailInvite') ?? true
    const sms = action.args.bool('SmsInvite') ?? false
    const now = action.now()
    for (const user of invitees.values()) {
      if (role && !user.internal.roleIds.includes(role.ID)) {
        changeUser(action.data, user, (draft) => ({ ...draft, internal: { ...draft.internal, roleIds: [...draft.internal.roleIds, role.ID] } }), action.now())
      }
      if (email && user.Mail) sendMessage(action.data, now, { channel: 'Email', kind: 'Invitation', to: user.Mail, userUuid: user.Uuid, details: { role: role?.ID ?? null } })
      if (sms && user.MobileNumber) sendMessage(action.data, now, { channel: 'SMS', kind: 'Invitation', to: user.MobileNumber, userUuid: user.Uuid, details: { role: role?.ID ?? null } })
    }
    return null
  })

  // `ID` is a list of Uuids (S5); a single Uuid in the query works as well.
  registerAction(app, runtime, '/UserMgmt/SendLoginEmails', 'manage', (action) => {
    const ids = action.args.list('ID')
    if (!ids || ids.length === 0) throw badArgument("Parameter 'ID' must list at least one user.")
    const users = ids.map((id) => requireUser(action.data, asText('ID', id)))
    const missing = users.find((user) => !user.Mail)
    if (missing) throw new IdentityApiError(`User '${missing.Name}' has no e-mail address.`)
    for (const user of users) sendMessage(action.data, action.now(), { channel: 'Email', kind: 'LoginEmail', to: user.Mail as string, userUuid: user.Uuid, details: {} })
    return null
  })

  registerAction(app, runtime, '/UserMgmt/SendSmsInvite', 'manage', (action) => {
    const user = requireUser(action.data, action.args.string('ID') ?? action.args.string('user'))
    if (!user.MobileNumber) throw new IdentityApiError(`User '${user.Name}' has no mobile number.`)
    sendMessage(action.data, action.now(), { channel: 'SMS', kind: 'Invitation', to: user.MobileNumber, userUuid: user.Uuid, details: {} })
    return null
  })
}

function usersOfEntity(data: Parameters<typeof findUser>[0], entity: unknown): IdentityUser[] {
  if (typeof entity !== 'object' || entity === null) throw badArgument('Each of Entities must be an object with Type and Guid or Name.')
  const fields = new Map(Object.entries(entity).map(([name, value]) => [name.toLowerCase(), value]))
  const type = String(fields.get('type') ?? 'User').toLowerCase()
  const key = asText('Guid', fields.get('guid')) ?? asText('Name', fields.get('name'))
  if (!key) throw badArgument('Each of Entities needs a Guid or a Name.')
  if (type === 'user') {
    const user = findUser(data, key)
    if (!user) throw notFound(`User '${key}' was not found.`)
    return [user]
  }
  if (type === 'role') {
    if (key.toLowerCase() === EVERYBODY_ROLE.ID.toLowerCase()) return [...data.users.values()].filter((user) => user.InEverybodyRole)
    const role = findRole(data, key)
    if (!role) throw notFound(`Role '${key}' was not found.`)
    return membersOfRole(data, role.ID)
  }
  // The tenant has no directory groups (they come from AD or federation).
  throw notFound(`Group '${key}' was not found.`)
}
