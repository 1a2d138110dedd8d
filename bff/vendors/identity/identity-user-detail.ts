import type { IdentityUserDetail, IdentityUserLink, IdentityUserRole, IdentityUserSignals } from '../../../contract/identity-users'
import type { IdentityClient } from './identity-client'
import { notFound } from '../../http/api-error'
import { isIdentityNotFound } from './identity-envelope'
import { asRecord, identityBool, identityDate, identityText, redrockRows } from './identity-user-wire'

// One user in full: profile and state (GetUserAttributes, GetUserInfo), locks
// (IsUserCloudLocked, IsUserLockedOutByPolicy), risk, roles and rights, the reporting line
// (GetUserHierarchy), extended attributes (ExtData/GetColumns) and settings (Core/GetUserSettings).

const STATE_FLAGS = ['Locked', 'Disabled', 'Expired']

/** "Locked, Disabled" → ['Locked', 'Disabled']; "None" → []. */
export function stateFlagsOf(state: unknown): string[] {
  const text = identityText(state) ?? 'None'
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => STATE_FLAGS.includes(part))
}

export function rolesFromTable(result: unknown): IdentityUserRole[] {
  return redrockRows(result, 'GetUsersRolesAndAdministrativeRights').rows.map((row) => ({
    id: identityText(row.ID) ?? identityText(row.Role) ?? '',
    name: identityText(row.Name) ?? identityText(row.RoleName) ?? '',
    description: identityText(row.Description),
    organization: identityText(row.OrgPath),
    rights: (Array.isArray(row.AdministrativeRights) ? row.AdministrativeRights : []).map((right) => {
      const record = (right ?? {}) as Record<string, unknown>
      return {
        path: identityText(record.Path) ?? '',
        service: identityText(record.ServiceName) ?? '',
        description: identityText(record.Description),
      }
    }),
  }))
}

/** GetUserHierarchy lists the user first, then each manager up to the top. */
export function managersFromHierarchy(result: unknown, userId: string): IdentityUserLink[] {
  return redrockRows(result, 'GetUserHierarchy')
    .rows.map((row) => ({
      id: identityText(row.Uuid) ?? '',
      username: identityText(row.Name) ?? '',
      displayName: identityText(row.DisplayName) ?? identityText(row.Name) ?? '',
    }))
    .filter((link) => link.id !== '' && link.id.toLowerCase() !== userId.toLowerCase())
}

export function attributesFromColumns(result: unknown): Record<string, string | number | boolean | null> {
  const record = result === null || result === undefined ? {} : asRecord(result, 'ExtData/GetColumns')
  const values: Record<string, string | number | boolean | null> = {}
  for (const [name, value] of Object.entries(record)) {
    if (typeof value === 'string') values[name] = identityDate(value) && /^\/Date\(/.test(value) ? identityDate(value) : value
    else if (typeof value === 'number' || typeof value === 'boolean') values[name] = value
    else values[name] = null
  }
  return values
}

export function riskLevelOf(result: unknown): string | null {
  if (result === null || result === undefined) return null
  return identityText(asRecord(result, 'GetUserRiskLevel').RiskLevel)
}

interface DetailParts {
  attributes: unknown
  info: unknown
  cloudLocked: unknown
  lockedOutByPolicy: unknown
  risk: unknown
  roles: unknown
  hierarchy: unknown
  extData: unknown
  settings: unknown
}

/** The answers of the per-user reads, as the console's user detail. */
export function userDetailFrom(id: string, parts: DetailParts): IdentityUserDetail {
  const attributes = asRecord(parts.attributes, 'GetUserAttributes')
  const info = parts.info === null ? {} : asRecord(parts.info, 'GetUserInfo')
  const flags = stateFlagsOf(attributes.State)
  const username = identityText(attributes.Name) ?? ''
  return {
    id: identityText(attributes.Uuid) ?? id,
    username,
    displayName: identityText(attributes.DisplayName) ?? username,
    email: identityText(attributes.Mail),
    mobileNumber: identityText(attributes.MobileNumber),
    officeNumber: identityText(attributes.OfficeNumber),
    homeNumber: identityText(attributes.HomeNumber),
    description: identityText(attributes.Description),
    directory: identityText(info.DirectoryServiceType) ?? 'CDS',
    directoryServiceUuid: identityText(attributes.directoryServiceUuid) ?? identityText(info.DirectoryServiceId),
    organization: identityText(attributes.OrgPath),
    stateFlags: flags,
    cloudLocked: identityBool(parts.cloudLocked),
    lockedOutByPolicy: identityBool(parts.lockedOutByPolicy),
    enabled: !flags.includes('Disabled'),
    expired: flags.includes('Expired'),
    riskLevel: riskLevelOf(parts.risk),
    isSysAdmin: identityBool(info.IsSysAdmin),
    inEverybodyRole: identityBool(attributes.InEverybodyRole),
    oauthClient: identityBool(attributes.OauthClient),
    passwordNeverExpires: identityBool(attributes.PasswordNeverExpire),
    forcePasswordChangeNext: identityBool(attributes.ForcePasswordChangeNext),
    hasPicture: identityText(attributes.PictureUri) !== null || identityBool(info.HasPicture),
    createdAt: identityDate(attributes.CreateDate),
    modifiedAt: identityDate(attributes.LastModifiedDate),
    lastLoginAt: identityDate(info.LastLoginDate),
    passwordChangedAt: identityDate(attributes.LastPasswordChangeDate),
    passwordExpiresAt: identityDate(info.PasswordExpDate),
    preferredCulture: identityText(attributes.PreferredCulture),
    preferredTimeZone: identityText(attributes.PreferredTimeZone),
    managers: parts.hierarchy === null ? [] : managersFromHierarchy(parts.hierarchy, id),
    roles: parts.roles === null ? [] : rolesFromTable(parts.roles),
    attributes: attributesFromColumns(parts.extData),
    settings: parts.settings === null ? [] : redrockRows(parts.settings, 'GetUserSettings').rows,
  }
}

export async function readIdentityUser(client: IdentityClient, id: string, requestId?: string): Promise<IdentityUserDetail> {
  const read = (path: string, args: Record<string, unknown>) => client.call(path, args, { read: true, requestId })
  // The attributes decide whether the user exists; the rest are read alongside.
  const [attributes, info, cloudLocked, lockedOutByPolicy, risk, roles, hierarchy, extData, settings] = await Promise.all([
    read('/UserMgmt/GetUserAttributes', { ID: id }),
    read('/UserMgmt/GetUserInfo', { ID: id }),
    read('/UserMgmt/IsUserCloudLocked', { user: id }),
    read('/UserMgmt/IsUserLockedOutByPolicy', { user: id }),
    read('/UserMgmt/GetUserRiskLevel', { ID: id }),
    read('/UserMgmt/GetUsersRolesAndAdministrativeRights', {
      ID: id,
      Args: { PageNumber: 1, PageSize: 200, Limit: 200, Caching: -1 },
    }),
    read('/UserMgmt/GetUserHierarchy', { ID: id }),
    read('/ExtData/GetColumns', { Table: 'users', ID: id, IncludeNulls: true }),
    read('/Core/GetUserSettings', { ID: id, SettingsType: '' }),
  ]).catch((error: unknown) => {
    // An unknown id fails every call with KeyNotFoundException: that is a 404, not a vendor fault.
    throw isIdentityNotFound(error) ? notFound('The user') : error
  })
  return userDetailFrom(id, {
    attributes,
    info,
    cloudLocked,
    lockedOutByPolicy,
    risk,
    roles,
    hierarchy,
    extData,
    settings,
  })
}

/** What the list shows per visible row once the rows are there. */
export async function readIdentityUserSignals(client: IdentityClient, id: string, requestId?: string): Promise<IdentityUserSignals> {
  const [lockedOut, risk] = await Promise.all([
    client.call('/UserMgmt/IsUserLockedOutByPolicy', { user: id }, { read: true, requestId }),
    client.call('/UserMgmt/GetUserRiskLevel', { ID: id }, { read: true, requestId }),
  ])
  return {
    id,
    lockedOutByPolicy: typeof lockedOut === 'boolean' ? lockedOut : lockedOut === null ? null : identityBool(lockedOut),
    riskLevel: riskLevelOf(risk),
  }
}
