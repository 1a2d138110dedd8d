import { createHash } from 'node:crypto'
import { DAY_MS } from '../../framework/data-time'
import { hostileFieldValue, hostileKindAt, hostileText, type HostileKind } from '../../framework/hostile-values'
import type { BaseRecords } from '../../framework/overlay-store'
import { personAt } from '../../framework/people'
import type { Rng } from '../../framework/prng'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { CITIES, CULTURES, DEPARTMENTS, TIME_ZONES } from '../../framework/word-lists'
import { identityOrganizationId, identityOrganizationName } from './identity-organizations'
import { identityRoleId, SYSADMIN_ROLE_ID } from './identity-roles'
import { IDENTITY_DEMO_SERVICE_USER, IDENTITY_TENANT_SUFFIX } from './identity-tenant'

/** One flag of `/CDirectoryService/SetUserState`. */
export type IdentityUserStateFlag = 'Locked' | 'Disabled' | 'Expired'

/**
 * `/CDirectoryService/SetUserState` state: 'None', or one or more flags comma separated in this
 * order ("Locked, Disabled"), as the vendor writes them.
 */
export type IdentityUserState = string

/**
 * A Cloud Directory user. Field names are the ones GetUser, GetUserAttributes and GetUsers use;
 * timestamps are epoch ms here and formatted (`/Date(ms)/`) by the endpoints.
 */
export interface IdentityUser {
  readonly Uuid: string
  /** Login name, `user@suffix`. */
  readonly Name: string
  readonly DisplayName: string
  readonly Mail: string | null
  readonly MobileNumber: string | null
  readonly OfficeNumber: string | null
  readonly HomeNumber: string | null
  readonly Description: string | null
  /** Manager's Uuid. */
  readonly ReportsTo: string | null
  /** Name of the user's organization. */
  readonly OrgPath: string | null
  readonly PreferredCulture: string | null
  readonly PreferredTimeZone: string | null
  readonly StartDate: number | null
  readonly EndDate: number | null
  readonly PictureUri: string | null
  readonly CreateDate: number
  readonly LastModifiedDate: number
  readonly LastPasswordChangeDate: number | null
  readonly LastLogin: number | null
  /** The login suffix (CDS alias) the Name uses. */
  readonly Alias: string
  readonly InEverybodyRole: boolean
  readonly OauthClient: boolean
  readonly ServiceUser: boolean
  readonly PasswordNeverExpire: boolean
  readonly ForcePasswordChangeNext: boolean
  readonly State: IdentityUserState
  /** Cloud lock set by an administrator (`/UserMgmt/SetCloudLock`). */
  readonly LockedByAdmin: boolean
  readonly SubjectToCloudLocks: boolean
  readonly Version: number
  readonly ExternalUuid: string | null
  readonly RiskLevel: string | null
  /** Never served as such; drives endpoint results that have no field of their own. */
  readonly internal: {
    /** Organization membership (`/Org/ChangeMemberShip`); OrgPath shows its name. */
    readonly organizationId: string | null
    readonly roleIds: readonly string[]
    /** Consecutive failed sign-ins; a lock-out by policy follows from it. */
    readonly failedSignIns: number
    /** `/CDirectoryService/ExemptUserFromMfa` until this time (epoch ms). */
    readonly mfaExemptUntil: number | null
    /** Values of the ExtData columns (`/ExtData/GetColumns`). */
    readonly extData: Readonly<Record<string, string | number | boolean | null>>
    /** SHA-256 (hex) of the password; null when the user has none the simulator knows. */
    readonly passwordSha256: string | null
    /** SCIM `name.givenName` / `name.familyName` (the Cloud Directory has no such fields). */
    readonly givenName: string | null
    readonly familyName: string | null
  }
}

const COLLECTION = 'identity.user'
const DEMO_SERVICE_DISPLAY_NAME = 'Gatehouse demo service user'
const HISTORY_MS = 3 * 365 * DAY_MS

/** The Uuid of user `index` without building the record (managers, policy members use it). */
export function identityUserUuid(options: SimDataOptions, index: number): string {
  return options.seed.rng(COLLECTION, 'id', index).uuid()
}

/** Index of the user's manager: always an earlier user, so the hierarchy has no cycles. */
function managerIndexOf(options: SimDataOptions, index: number): number | null {
  if (index <= 10) return null
  return 1 + (options.seed.hash(COLLECTION, 'manager', index) % Math.floor(index / 10))
}

/** Index of the user's organization, or null (about 5% belong to none). */
export function identityUserOrganizationIndex(options: SimDataOptions, index: number): number | null {
  if (index === 0) return null
  const roll = options.seed.hash(COLLECTION, 'organization', index)
  if (roll % 20 === 0) return null
  return (roll >>> 5) % options.profile.identity.organizations
}

function phoneNumber(rng: Rng): string {
  return `+1 555 ${rng.digits(3)} ${rng.digits(4)}`
}

export function passwordSha256(password: string): string {
  return createHash('sha256').update(password, 'utf8').digest('hex')
}

function pickState(rng: Rng): IdentityUserState {
  return rng.weighted<IdentityUserState>([
    ['None', 90],
    ['Disabled', 4],
    ['Locked', 3],
    ['Expired', 3],
  ])
}

/** Hostile formula logins: `=`, `+` and `-` are legal at the start of an e-mail local part. */
function loginFor(kind: HostileKind | null, login: string): string {
  if (kind === 'formula-equals') return `=${login}`
  if (kind === 'formula-plus') return `+${login}`
  if (kind === 'formula-minus') return `-${login}`
  return login
}

/** Name (login) of user `index` without building the record, for fast columns. */
export function identityUserName(options: SimDataOptions, index: number): string {
  if (index === 0) return IDENTITY_DEMO_SERVICE_USER.name
  const kind = hostileKindAt(options.seed, COLLECTION, index, options.profile.identity.users)
  return `${loginFor(kind, personAt(options.seed, index).login)}@${IDENTITY_TENANT_SUFFIX}`
}

/** DisplayName of user `index` without building the record, for fast columns. */
export function identityUserDisplayName(options: SimDataOptions, index: number): string {
  if (index === 0) return DEMO_SERVICE_DISPLAY_NAME
  const person = personAt(options.seed, index)
  const kind = hostileKindAt(options.seed, COLLECTION, index, options.profile.identity.users)
  const plain = `${person.firstName} ${person.lastName}`
  return kind ? hostileText(kind, plain) : plain
}

/** Mail of user `index` without building the record, for fast columns. */
export function identityUserMail(options: SimDataOptions, index: number): string | null {
  if (index === 0) return null
  const kind = hostileKindAt(options.seed, COLLECTION, index, options.profile.identity.users)
  return kind === 'empty-optional' ? null : `${personAt(options.seed, index).login}@${IDENTITY_TENANT_SUFFIX}`
}

export function identityUsers(options: SimDataOptions): BaseRecords<IdentityUser> {
  const size = options.profile.identity.users
  const { dataNow } = options
  const firstCreated = dataNow - HISTORY_MS
  const slot = HISTORY_MS / size

  return {
    size,
    idAt: (index) => identityUserUuid(options, index),
    recordAt(index) {
      const rng = options.seed.rng(COLLECTION, index)
      const uuid = identityUserUuid(options, index)
      const created = Math.floor(firstCreated + index * slot + rng.float() * slot * 0.9)
      if (index === 0) return demoServiceUser(uuid, created)

      const kind = hostileKindAt(options.seed, COLLECTION, index, size)
      const empty = kind === 'empty-optional'
      const managerIndex = managerIndexOf(options, index)
      const organizationIndex = identityUserOrganizationIndex(options, index)
      const lastLogin = rng.chance(0.1) ? null : dataNow - rng.int(60 * DAY_MS)
      const lastPasswordChange = created + rng.int(Math.max(1, dataNow - created))
      const leaver = rng.chance(0.02)
      const department = rng.pick(DEPARTMENTS)
      const roleIds: string[] = []
      if (index <= 5) roleIds.push(SYSADMIN_ROLE_ID)
      for (let r = rng.int(3); r > 0; r--) roleIds.push(identityRoleId(options, 1 + rng.int(options.profile.identity.roles - 1)))

      return {
        Uuid: uuid,
        Name: identityUserName(options, index),
        DisplayName: identityUserDisplayName(options, index),
        Mail: identityUserMail(options, index),
        MobileNumber: empty || rng.chance(0.15) ? null : phoneNumber(rng),
        OfficeNumber: empty || rng.chance(0.4) ? null : phoneNumber(rng),
        HomeNumber: empty || rng.chance(0.8) ? null : phoneNumber(rng),
        Description: empty || rng.chance(0.6) ? null : kind ? hostileFieldValue(kind, `${department}, ${rng.pick(CITIES)}`) : `${department}, ${rng.pick(CITIES)}`,
        ReportsTo: managerIndex === null ? null : identityUserUuid(options, managerIndex),
        OrgPath: organizationIndex === null ? null : identityOrganizationName(options, organizationIndex),
        PreferredCulture: empty || rng.chance(0.3) ? null : rng.pick(CULTURES),
        PreferredTimeZone: empty || rng.chance(0.3) ? null : rng.pick(TIME_ZONES),
        StartDate: empty ? null : created,
        EndDate: leaver ? dataNow + (rng.int(60) - 30) * DAY_MS : null,
        PictureUri: empty || rng.chance(0.7) ? null : `/UserMgmt/GetUserPicture?id=${uuid}`,
        CreateDate: created,
        LastModifiedDate: Math.max(lastPasswordChange, created + rng.int(Math.max(1, dataNow - created))),
        LastPasswordChangeDate: lastPasswordChange,
        LastLogin: lastLogin,
        Alias: IDENTITY_TENANT_SUFFIX,
        InEverybodyRole: true,
        OauthClient: false,
        ServiceUser: false,
        PasswordNeverExpire: rng.chance(0.05),
        ForcePasswordChangeNext: rng.chance(0.03),
        State: pickState(rng),
        LockedByAdmin: rng.chance(0.03),
        SubjectToCloudLocks: true,
        Version: rng.between(1, 12),
        ExternalUuid: null,
        RiskLevel: rng.chance(0.8) ? null : rng.pick(['Low', 'Medium', 'High']),
        internal: {
          organizationId: organizationIndex === null ? null : identityOrganizationId(options, organizationIndex),
          roleIds,
          failedSignIns: rng.chance(0.04) ? rng.between(5, 9) : rng.weighted([[0, 85], [1, 8], [2, 4], [3, 2], [4, 1]]),
          mfaExemptUntil: null,
          extData: {
            Termination_Flag: leaver,
            EmployeeId: empty ? null : `E${String(100000 + index).padStart(7, '0')}`,
            CostCenter: empty ? null : kind?.startsWith('formula') ? hostileText(kind, 'CC-100') : `CC-${rng.between(100, 999)}`,
          },
          passwordSha256: null,
          givenName: personAt(options.seed, index).firstName,
          familyName: personAt(options.seed, index).lastName,
        },
      }
    },
  }
}

function demoServiceUser(uuid: string, created: number): IdentityUser {
  return {
    Uuid: uuid,
    Name: IDENTITY_DEMO_SERVICE_USER.name,
    DisplayName: DEMO_SERVICE_DISPLAY_NAME,
    Mail: null,
    MobileNumber: null,
    OfficeNumber: null,
    HomeNumber: null,
    Description: 'OAuth2 client-credentials user of the Gatehouse demo tenant',
    ReportsTo: null,
    OrgPath: null,
    PreferredCulture: null,
    PreferredTimeZone: null,
    StartDate: null,
    EndDate: null,
    PictureUri: null,
    CreateDate: created,
    LastModifiedDate: created,
    LastPasswordChangeDate: created,
    LastLogin: null,
    Alias: IDENTITY_TENANT_SUFFIX,
    InEverybodyRole: true,
    OauthClient: true,
    ServiceUser: true,
    PasswordNeverExpire: true,
    ForcePasswordChangeNext: false,
    State: 'None',
    LockedByAdmin: false,
    SubjectToCloudLocks: false,
    Version: 1,
    ExternalUuid: null,
    RiskLevel: null,
    internal: {
      organizationId: null,
      roleIds: [SYSADMIN_ROLE_ID],
      failedSignIns: 0,
      mfaExemptUntil: null,
      extData: { Termination_Flag: false, EmployeeId: null, CostCenter: null },
      passwordSha256: passwordSha256(IDENTITY_DEMO_SERVICE_USER.secret),
      givenName: null,
      familyName: null,
    },
  }
}
