import type { Context } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import type { IdentityData } from '../data/identity-data'
import type { IdentityUser } from '../data/identity-users'
import type { UserFieldChanges } from '../model/user-fields'
import { organizationName } from '../model/user-relations'
import { rolesOfUser } from '../model/user-roles'
import { isScimActive } from '../model/user-state'
import { scimLocation, scimTimestamp, ScimError } from './scim-response'

// A Cloud Directory user as a SCIM User resource (S6 examples, RFC 7643), and back. `active` is
// "neither disabled nor cloud locked"; groups are the user's roles.

export const SCIM_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User'
export const SCIM_ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'

export function scimUserResource(c: Context<SimEnv>, data: IdentityData, user: IdentityUser): Record<string, unknown> {
  const organization = organizationName(data, user)
  const manager = user.ReportsTo !== null && data.users.has(user.ReportsTo) ? user.ReportsTo : null
  const phoneNumbers = [
    ...(user.MobileNumber ? [{ type: 'mobile', value: user.MobileNumber }] : []),
    ...(user.OfficeNumber ? [{ type: 'work', value: user.OfficeNumber }] : []),
    ...(user.HomeNumber ? [{ type: 'home', value: user.HomeNumber }] : []),
  ]
  const groups = rolesOfUser(data, user)
    .filter((role) => role.ID !== 'Everybody')
    .map((role) => ({ display: role.Name, value: role.ID, $ref: scimLocation(c, 'Groups', role.ID) }))
  const enterprise = organization !== null || manager !== null
  return {
    name: {
      formatted: user.DisplayName,
      ...(user.internal.familyName ? { familyName: user.internal.familyName } : {}),
      ...(user.internal.givenName ? { givenName: user.internal.givenName } : {}),
    },
    displayName: user.DisplayName,
    ...(user.PreferredCulture ? { preferredLanguage: user.PreferredCulture } : {}),
    active: isScimActive(user),
    ...(user.Mail ? { emails: [{ type: 'work', primary: true, value: user.Mail }] } : {}),
    ...(phoneNumbers.length > 0 ? { phoneNumbers } : {}),
    ...(groups.length > 0 ? { groups } : {}),
    userName: user.Name,
    schemas: enterprise ? [SCIM_USER_SCHEMA, SCIM_ENTERPRISE_SCHEMA] : [SCIM_USER_SCHEMA],
    id: user.Uuid,
    meta: {
      resourceType: 'User',
      created: scimTimestamp(user.CreateDate),
      lastModified: scimTimestamp(user.LastModifiedDate),
      location: scimLocation(c, 'Users', user.Uuid),
    },
    ...(enterprise
      ? { [SCIM_ENTERPRISE_SCHEMA]: { ...(organization !== null ? { organization } : {}), ...(manager !== null ? { manager: { value: manager } } : {}) } }
      : {}),
  }
}

/** What a POST or PUT body asks for, in user-field terms; absent attributes are cleared (PUT replaces). */
export interface ScimUserInput {
  readonly changes: UserFieldChanges & { Name: string }
  readonly active: boolean
  readonly password: string | null
  readonly givenName: string | null
  readonly familyName: string | null
}

export function scimUserInput(body: unknown): ScimUserInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ScimError(400, 'The request body must be a SCIM User resource.', 'invalidSyntax')
  const resource = lowerKeys(body as Record<string, unknown>)
  const schemas = resource.get('schemas')
  if (!Array.isArray(schemas) || !schemas.some((schema) => String(schema).toLowerCase() === SCIM_USER_SCHEMA.toLowerCase())) {
    throw new ScimError(400, `The schemas attribute must include ${SCIM_USER_SCHEMA}.`, 'invalidSyntax')
  }
  const userName = text(resource.get('username'))
  if (!userName) throw new ScimError(400, 'userName is required.', 'invalidValue')
  const name = lowerKeys(objectOr(resource.get('name')))
  const emails = listOf(resource.get('emails'))
  const primaryEmail = emails.find((email) => email.get('primary') === true || email.get('primary') === 'true') ?? emails[0]
  const phones = listOf(resource.get('phonenumbers'))
  const phone = (...types: string[]) => text(phones.find((entry) => types.includes(String(entry.get('type') ?? '').toLowerCase()))?.get('value')) ?? null
  const enterprise = lowerKeys(objectOr(resource.get(SCIM_ENTERPRISE_SCHEMA.toLowerCase())))
  const manager = lowerKeys(objectOr(enterprise.get('manager')))
  const active = resource.get('active')
  return {
    changes: {
      Name: userName,
      DisplayName: text(resource.get('displayname')) ?? text(name.get('formatted')) ?? null,
      Mail: text(primaryEmail?.get('value')) ?? null,
      MobileNumber: phone('mobile'),
      OfficeNumber: phone('work', 'office'),
      HomeNumber: phone('home'),
      PreferredCulture: text(resource.get('preferredlanguage')) ?? null,
      OrgPath: text(enterprise.get('organization')) ?? null,
      ReportsTo: text(manager.get('value')) ?? null,
    },
    active: active === undefined || active === null ? true : active === true || String(active).toLowerCase() === 'true',
    password: text(resource.get('password')) ?? null,
    givenName: text(name.get('givenname')) ?? null,
    familyName: text(name.get('familyname')) ?? null,
  }
}

function lowerKeys(record: Record<string, unknown>): Map<string, unknown> {
  return new Map(Object.entries(record).map(([key, value]) => [key.toLowerCase(), value]))
}

function objectOr(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function listOf(value: unknown): Map<string, unknown>[] {
  return Array.isArray(value) ? value.map((entry) => lowerKeys(objectOr(entry))) : []
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value
  if (typeof value === 'number') return String(value)
  return undefined
}
