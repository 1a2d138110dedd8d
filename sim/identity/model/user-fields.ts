import { badArgument, notFound } from '../envelope/identity-api-error'
import type { IdentityData } from '../data/identity-data'
import { IDENTITY_TENANT_SUFFIX } from '../data/identity-tenant'
import type { IdentityUser } from '../data/identity-users'
import type { IdentityArgs } from '../http/identity-args'
import { findOrganization } from './organization-lookup'
import { findUser, findUserByName } from './user-lookup'

// The user fields CreateUser, ChangeUser, User/UpdateProfile, UserMgmt/ChangeUserAttributes, SCIM
// and the CSV import can set, checked the same way for all of them.

/** Changes named as CreateUser/ChangeUser name them; undefined = leave as is, null = clear. */
export interface UserFieldChanges {
  Name?: string
  DisplayName?: string | null
  Mail?: string | null
  MobileNumber?: string | null
  OfficeNumber?: string | null
  HomeNumber?: string | null
  Description?: string | null
  /** Manager by Uuid or login name. */
  ReportsTo?: string | null
  /** Organization by name or ID. */
  OrgPath?: string | null
  PreferredCulture?: string | null
  /** ISO date the account expires (EndDate). */
  AccountExp?: string | null
  PasswordNeverExpire?: boolean
  ForcePasswordChangeNext?: boolean
  InEverybodyRole?: boolean
  ServiceUser?: boolean
  OauthClient?: boolean
}

const TEXT_FIELDS = ['Name', 'DisplayName', 'Mail', 'MobileNumber', 'OfficeNumber', 'HomeNumber', 'Description', 'ReportsTo', 'OrgPath', 'PreferredCulture', 'AccountExp'] as const
const FLAG_FIELDS = ['PasswordNeverExpire', 'ForcePasswordChangeNext', 'InEverybodyRole', 'ServiceUser', 'OauthClient'] as const

export type TextField = (typeof TEXT_FIELDS)[number]
export type FlagField = (typeof FLAG_FIELDS)[number]

/** Reads the fields an endpoint accepts from its arguments (case-insensitive names). */
export function userFieldChangesFrom(args: IdentityArgs, accepted: readonly (TextField | FlagField)[] = [...TEXT_FIELDS, ...FLAG_FIELDS]): UserFieldChanges {
  const changes: Record<string, unknown> = {}
  for (const field of accepted) {
    if (!args.has(field)) continue
    if ((TEXT_FIELDS as readonly string[]).includes(field)) {
      const value = args.string(field)
      changes[field] = value === null || value === undefined || value.trim() === '' ? null : value
    } else {
      const value = args.bool(field)
      if (value !== undefined) changes[field] = value
    }
  }
  return changes as UserFieldChanges
}

// The documented login alphabet: letters, digits, + - _ . before the suffix.
const LOGIN_PATTERN = /^[\p{L}\p{N}+\-_.']+@([\p{L}\p{N}\-_.]+)$/u
const MAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A login `name@suffix` on one of the tenant's suffixes, not used by anyone else. */
export function checkLoginName(data: IdentityData, name: string, self: IdentityUser | null): string {
  const trimmed = name.trim()
  // Sending back the current login (a SCIM PUT does) is no change, whatever it holds.
  if (self && trimmed.toLowerCase() === self.Name.toLowerCase()) return trimmed
  const match = LOGIN_PATTERN.exec(trimmed)
  if (!match) throw badArgument(`'${name}' is not a valid login name: use name@suffix with letters, digits and + - _ . only.`)
  if ((match[1] ?? '').toLowerCase() !== IDENTITY_TENANT_SUFFIX) throw badArgument(`The login suffix '${match[1]}' is not a suffix of this tenant.`)
  const holder = findUserByName(data, trimmed)
  if (holder && holder.Uuid !== self?.Uuid) throw badArgument(`A user with the name '${trimmed}' already exists.`)
  return trimmed
}

export function checkMail(mail: string): string {
  const trimmed = mail.trim()
  if (!MAIL_PATTERN.test(trimmed)) throw badArgument(`'${mail}' is not a valid e-mail address.`)
  return trimmed
}

/** Applies checked changes to a user; the caller stores the result. */
export function applyUserFieldChanges(data: IdentityData, user: IdentityUser, changes: UserFieldChanges, now: number): IdentityUser {
  let next: IdentityUser = { ...user, internal: { ...user.internal } }
  const set = <K extends keyof IdentityUser>(key: K, value: IdentityUser[K]): void => {
    next = { ...next, [key]: value }
  }
  if (changes.Name !== undefined) set('Name', checkLoginName(data, changes.Name, user))
  if (changes.DisplayName !== undefined) set('DisplayName', changes.DisplayName ?? localPart(next.Name))
  if (changes.Mail !== undefined) set('Mail', changes.Mail === null ? null : checkMail(changes.Mail))
  if (changes.MobileNumber !== undefined) set('MobileNumber', changes.MobileNumber)
  if (changes.OfficeNumber !== undefined) set('OfficeNumber', changes.OfficeNumber)
  if (changes.HomeNumber !== undefined) set('HomeNumber', changes.HomeNumber)
  if (changes.Description !== undefined) set('Description', changes.Description)
  if (changes.PreferredCulture !== undefined) set('PreferredCulture', changes.PreferredCulture)
  if (changes.ReportsTo !== undefined) set('ReportsTo', changes.ReportsTo === null ? null : checkManager(data, user, changes.ReportsTo))
  if (changes.OrgPath !== undefined) {
    const organization = changes.OrgPath === null ? null : findOrganization(data, changes.OrgPath)
    if (changes.OrgPath !== null && !organization) throw notFound(`Organization '${changes.OrgPath}' was not found.`)
    next = { ...next, OrgPath: organization?.Name ?? null, internal: { ...next.internal, organizationId: organization?.ID ?? null } }
  }
  if (changes.AccountExp !== undefined) set('EndDate', changes.AccountExp === null ? null : parseDate('AccountExp', changes.AccountExp))
  for (const field of FLAG_FIELDS) {
    const value = changes[field]
    if (value !== undefined) set(field, value)
  }
  // "Specifying ServiceUser overrides InEverybodyRole" (CreateUser reference).
  if (changes.ServiceUser === true) set('InEverybodyRole', false)
  set('Version', user.Version + 1)
  set('LastModifiedDate', now)
  return next
}

function checkManager(data: IdentityData, user: IdentityUser, idOrName: string): string {
  const manager = findUser(data, idOrName)
  if (!manager) throw notFound(`Manager '${idOrName}' was not found.`)
  // Walk up from the new manager: meeting the user would make a reporting cycle.
  for (let current: IdentityUser | undefined = manager, steps = 0; current && steps < 10_000; steps++) {
    if (current.Uuid === user.Uuid) throw badArgument('A user cannot report to themselves or to anyone who reports to them.')
    current = current.ReportsTo === null ? undefined : data.users.get(current.ReportsTo)
  }
  return manager.Uuid
}

function parseDate(name: string, text: string): number {
  const ms = Date.parse(text)
  if (Number.isNaN(ms)) throw badArgument(`Parameter '${name}' must be a date, not '${text}'.`)
  return ms
}

export function localPart(login: string): string {
  const at = login.lastIndexOf('@')
  return at < 0 ? login : login.slice(0, at)
}
