import { randomUUID } from 'node:crypto'
import { badArgument } from '../envelope/identity-api-error'
import type { IdentityData } from '../data/identity-data'
import { SYSADMIN_ROLE_ID } from '../data/identity-roles'
import { IDENTITY_TENANT_SUFFIX } from '../data/identity-tenant'
import { passwordSha256, type IdentityUser } from '../data/identity-users'
import { checkPassword } from './password-policy'
import { applyUserFieldChanges, checkLoginName, localPart, type UserFieldChanges } from './user-fields'

// A new Cloud Directory user, made the same way by CreateUser, SCIM POST and the CSV import.

export interface NewUser {
  readonly changes: UserFieldChanges
  readonly password?: string | null
  readonly inSysAdminRole?: boolean
  /** SCIM name parts. */
  readonly givenName?: string | null
  readonly familyName?: string | null
}

/** Checks and builds the record; `add` stores it. Ids of created users are random, not seeded. */
export function buildNewUser(data: IdentityData, input: NewUser, now: number): IdentityUser {
  if (input.changes.Name === undefined) throw badArgument("Parameter 'Name' must be specified.")
  const name = checkLoginName(data, input.changes.Name, null)
  if (input.password !== undefined && input.password !== null) checkPassword(input.password)
  const blank: IdentityUser = {
    Uuid: randomUUID(),
    Name: name,
    DisplayName: localPart(name),
    Mail: null,
    MobileNumber: null,
    OfficeNumber: null,
    HomeNumber: null,
    Description: null,
    ReportsTo: null,
    OrgPath: null,
    PreferredCulture: null,
    PreferredTimeZone: null,
    StartDate: null,
    EndDate: null,
    PictureUri: null,
    CreateDate: now,
    LastModifiedDate: now,
    LastPasswordChangeDate: input.password ? now : null,
    LastLogin: null,
    Alias: IDENTITY_TENANT_SUFFIX,
    InEverybodyRole: true,
    OauthClient: false,
    ServiceUser: false,
    PasswordNeverExpire: false,
    ForcePasswordChangeNext: false,
    State: 'None',
    LockedByAdmin: false,
    SubjectToCloudLocks: true,
    Version: 0,
    ExternalUuid: null,
    RiskLevel: null,
    internal: {
      organizationId: null,
      roleIds: input.inSysAdminRole ? [SYSADMIN_ROLE_ID] : [],
      failedSignIns: 0,
      mfaExemptUntil: null,
      extData: {},
      passwordSha256: input.password ? passwordSha256(input.password) : null,
      givenName: input.givenName ?? null,
      familyName: input.familyName ?? null,
    },
  }
  const { Name: _name, ...rest } = input.changes
  // Version 0 + the one change applyUserFieldChanges counts = 1, as for a new user on a tenant.
  return applyUserFieldChanges(data, blank, rest, now)
}

export function addUser(data: IdentityData, user: IdentityUser): void {
  data.users.create(user.Uuid, user)
}
