import { randomInt } from 'node:crypto'
import type { CreateUserRequest, InvitationChannel, TechSupportUser, UpdateProfileRequest } from '../../../contract/identity-users'
import type { IdentityClient } from './identity-client'
import { stateFlagsOf } from './identity-user-detail'
import { asRecord, identityBool, identityDate, identityText } from './identity-user-wire'

// Changes to one user, each through the endpoint the vendor documents for it. Writes say how to
// check whether they took effect, so a 5xx or timeout is not blindly retried.

type Call = IdentityClient['call']
const reader = (client: IdentityClient, requestId?: string) => (path: string, args: Record<string, unknown>) =>
  client.call(path, args, { read: true, requestId })

async function write(
  client: IdentityClient,
  path: string,
  args: Record<string, unknown>,
  requestId: string | undefined,
  checkApplied?: () => Promise<boolean>,
): ReturnType<Call> {
  return client.call(path, args, {
    read: false,
    requestId,
    ...(checkApplied ? { checkApplied } : {}),
  })
}

async function servedFlags(client: IdentityClient, id: string, requestId?: string): Promise<string[]> {
  return stateFlagsOf(
    asRecord(
      await reader(client, requestId)('/UserMgmt/GetUserAttributes', {
        ID: id,
      }),
      'GetUserAttributes',
    ).State,
  )
}

const isCloudLocked = async (client: IdentityClient, id: string, requestId?: string) =>
  identityBool(
    await reader(client, requestId)('/UserMgmt/IsUserCloudLocked', {
      user: id,
    }),
  )

export async function lockUser(client: IdentityClient, id: string, requestId?: string): Promise<void> {
  await write(client, '/UserMgmt/SetCloudLock', { user: id, lockUser: true }, requestId, () => isCloudLocked(client, id, requestId))
}

/**
 * Lifts every lock: the administrator cloud lock (SetCloudLock false, which also ends a
 * lock-out by policy), then a Locked flag set through SetUserState, keeping its other flags.
 */
export async function unlockUser(client: IdentityClient, id: string, requestId?: string): Promise<void> {
  await write(client, '/UserMgmt/SetCloudLock', { user: id, lockUser: false }, requestId, async () => !(await isCloudLocked(client, id, requestId)))
  const flags = await servedFlags(client, id, requestId)
  if (flags.includes('Locked')) {
    const rest = flags.filter((flag) => flag !== 'Locked')
    const state = rest.length === 0 ? 'None' : rest.join(', ')
    await write(
      client,
      '/CDirectoryService/SetUserState',
      { ID: id, state },
      requestId,
      async () => !(await servedFlags(client, id, requestId)).includes('Locked'),
    )
  }
}

export async function setUserEnabled(client: IdentityClient, id: string, enabled: boolean, requestId?: string): Promise<void> {
  await write(
    client,
    '/CDirectoryService/ChangeUserState',
    { uuid: id, state: enabled },
    requestId,
    async () => (await servedFlags(client, id, requestId)).includes('Disabled') !== enabled,
  )
}

export async function setUserState(client: IdentityClient, id: string, flags: readonly string[], requestId?: string): Promise<void> {
  const state = flags.length === 0 ? 'None' : flags.join(', ')
  await write(client, '/CDirectoryService/SetUserState', { ID: id, state }, requestId)
}

const PASSWORD_ALPHABETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!#%+-=?@_']

/** A strong password with every character class, from the CSPRNG; never logged. */
export function generatePassword(length = 20): string {
  const all = PASSWORD_ALPHABETS.join('')
  const chars = PASSWORD_ALPHABETS.map((alphabet) => alphabet[randomInt(alphabet.length)] as string)
  while (chars.length < length) chars.push(all[randomInt(all.length)] as string)
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[chars[i], chars[j]] = [chars[j] as string, chars[i] as string]
  }
  return chars.join('')
}

export async function resetUserPassword(client: IdentityClient, id: string, password: string, requestId?: string): Promise<void> {
  // Not retried blindly after a 5xx: whether it took effect cannot be read back.
  await write(client, '/UserMgmt/ResetUserPassword', { ID: id, newPassword: password }, requestId, async () => false)
}

export async function signOutEverywhere(client: IdentityClient, id: string, requestId?: string): Promise<void> {
  await write(client, '/UserMgmt/SignOutEverywhere', { ID: id }, requestId)
}

export async function exemptFromMfa(client: IdentityClient, id: string, minutes: number, requestId?: string): Promise<void> {
  await write(client, '/CDirectoryService/ExemptUserFromMfa', { ID: id, timespan: minutes }, requestId)
}

/** An invitation e-mail or SMS (InviteUsers, SendSmsInvite) or a login e-mail (SendLoginEmails). */
export async function inviteUser(client: IdentityClient, id: string, channel: InvitationChannel, requestId?: string): Promise<void> {
  // Sending twice is worse than not at all: no blind retry.
  const once = async () => false
  if (channel === 'invitation-email') {
    await write(
      client,
      '/UserMgmt/InviteUsers',
      {
        Entities: [{ Type: 'User', Guid: id }],
        EmailInvite: true,
        SmsInvite: false,
        GroupInvite: false,
      },
      requestId,
      once,
    )
  } else if (channel === 'invitation-sms') {
    await write(client, '/UserMgmt/SendSmsInvite', { ID: id }, requestId, once)
  } else {
    await write(client, '/UserMgmt/SendLoginEmails', { ID: [id] }, requestId, once)
  }
}

const blankToNull = (value: string | null | undefined) => (value === undefined || value === null || value.trim() === '' ? null : value.trim())

/** The profile fields as CreateUser / ChangeUser name them; an empty field clears it. */
export function profileArgs(profile: Omit<UpdateProfileRequest, 'reason'>): Record<string, unknown> {
  return {
    DisplayName: profile.displayName,
    Mail: blankToNull(profile.email) ?? '',
    MobileNumber: blankToNull(profile.mobileNumber) ?? '',
    OfficeNumber: blankToNull(profile.officeNumber) ?? '',
    HomeNumber: blankToNull(profile.homeNumber) ?? '',
    Description: blankToNull(profile.description) ?? '',
  }
}

export async function createUser(client: IdentityClient, request: CreateUserRequest, requestId?: string): Promise<string> {
  const args: Record<string, unknown> = {
    Name: request.username,
    ...profileArgs(request),
    ForcePasswordChangeNext: request.forcePasswordChangeNext,
    SendEmailInvite: request.sendEmailInvite,
    InEverybodyRole: true,
  }
  if (request.password) args.Password = request.password
  const exists = async () => {
    const found = await reader(client, requestId)('/UserMgmt/DirectoryServiceQuery', {
      user: JSON.stringify({ SystemName: { _eq: request.username } }),
      Args: { PageNumber: 1, PageSize: 1 },
    })
    const section = asRecord(found, 'the directory query').User as { FullCount?: number } | undefined
    return (section?.FullCount ?? 0) > 0
  }
  const created = await write(client, '/CDirectoryService/CreateUser', args, requestId, exists)
  if (typeof created === 'string' && created !== '') return created
  // Confirmed by the check after a lost answer: find the new user's id.
  const found = await reader(client, requestId)('/CDirectoryService/GetUserByName', { username: request.username })
  return identityText(asRecord(found, 'GetUserByName').Uuid) ?? ''
}

/** Cloud Directory users change through ChangeUser; users of other directories through ChangeUserAttributes. */
export async function updateProfile(
  client: IdentityClient,
  id: string,
  directory: string,
  profile: Omit<UpdateProfileRequest, 'reason'>,
  requestId?: string,
): Promise<void> {
  const path = directory === 'CDS' ? '/CDirectoryService/ChangeUser' : '/UserMgmt/ChangeUserAttributes'
  await write(client, path, { ID: id, ...profileArgs(profile) }, requestId)
}

export async function removeUser(client: IdentityClient, id: string, requestId?: string): Promise<void> {
  const gone = async () => {
    try {
      await reader(client, requestId)('/UserMgmt/GetUserAttributes', {
        ID: id,
      })
      return false
    } catch {
      return true
    }
  }
  await write(client, '/UserMgmt/RemoveUsers', { Users: [id] }, requestId, gone)
}

export async function setUserPicture(client: IdentityClient, id: string, base64: string, requestId?: string): Promise<void> {
  await write(client, '/CDirectoryService/SetUserPicture', { ID: id, File: base64 }, requestId)
}

export async function setUserAttributes(client: IdentityClient, id: string, values: Record<string, unknown>, requestId?: string): Promise<void> {
  await write(client, '/ExtData/SetColumns', { Table: 'users', ID: id, Columns: values }, requestId)
}

export async function readTechSupportUser(client: IdentityClient, requestId?: string): Promise<TechSupportUser> {
  const record = asRecord(await reader(client, requestId)('/CDirectoryService/GetTechSupportUser', {}), 'GetTechSupportUser')
  return {
    id: identityText(record.Uuid),
    username: identityText(record.Name) ?? '',
    passwordExpiresAt: identityDate(record.PasswordExp),
  }
}
