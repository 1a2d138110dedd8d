import { z } from 'zod/mini'
import { IDENTITY_USER_PAGE_SIZES, IDENTITY_USER_SORTS, IDENTITY_USER_STATUSES, type IdentityUserStatus } from './identity-users-search'
import { optionalReasonSchema, requiredReasonSchema } from './reason'

/*
 * CyberArk Identity users as the console shows them. The list comes from the documented
 * directory query (/UserMgmt/DirectoryServiceQuery), whose rows carry the account state
 * (Locked, Enabled, Status); everything else is read per user.
 */

// The list's page sizes, statuses and sorts live in a zod-free module the entry chunk can load.
export {
  IDENTITY_USER_DEFAULT_PAGE_SIZE,
  IDENTITY_USER_PAGE_SIZES,
  IDENTITY_USER_SORTS,
  IDENTITY_USER_STATUSES,
  type IdentityUserPageSize,
  type IdentityUserSort,
  type IdentityUserStatus,
} from './identity-users-search'

const strict = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `Unknown query parameter: ${(issue.keys ?? []).join(', ')}` : undefined,
}

const booleanText = z.optional(z.enum(['true', 'false'], 'Use true or false'))

/** Filters shared by the list and the CSV export; query-string values. */
const filterShape = {
  /** Matches the start of the login, display name or e-mail (the directory query's `_like`), or a whole user id. */
  q: z.optional(z.string().check(z.trim(), z.maxLength(200, 'At most 200 characters'))),
  status: z.optional(z.enum(IDENTITY_USER_STATUSES, 'Use Active, Locked, Suspended or Expired')),
  locked: booleanText,
  enabled: booleanText,
  /** `displayName` ascending, `-displayName` descending. */
  sort: z.optional(
    z
      .string()
      .check(
        z.refine(
          (value) => (IDENTITY_USER_SORTS as readonly string[]).includes(value.replace(/^-/, '')),
          `Sort by one of ${IDENTITY_USER_SORTS.join(', ')}, with - for descending`,
        ),
      ),
  ),
}

export const identityUserFilterSchema = z.strictObject(filterShape, strict)
export type IdentityUserFilter = z.infer<typeof identityUserFilterSchema>
export type IdentityUserFilterQuery = z.input<typeof identityUserFilterSchema>

const pageNumber = z.optional(z.string().check(z.regex(/^[1-9]\d{0,6}$/, 'A whole page number from 1')))
const pageSize = z.optional(z.enum(IDENTITY_USER_PAGE_SIZES.map(String) as [string, ...string[]], `Use one of ${IDENTITY_USER_PAGE_SIZES.join(', ')}`))

export const identityUserListQuerySchema = z.strictObject({ ...filterShape, page: pageNumber, pageSize }, strict)
export type IdentityUserListRequest = z.input<typeof identityUserListQuerySchema>

/** One row of the users list; others (organization member picker, person view) build on it. */
export interface IdentityUserSummary {
  /** The user's Uuid. */
  id: string
  /** The login, name@suffix. */
  username: string
  displayName: string
  email: string | null
  description: string | null
  status: IdentityUserStatus | string
  /** Locked by an administrator or by SetUserState. */
  locked: boolean
  enabled: boolean
  /** CDS for the Cloud Directory; AdProxy, FDS… for users of other directories. */
  directory: string
}

export interface IdentityUserPage {
  items: IdentityUserSummary[]
  total: number | null
  page: number
  pageSize: number
}

/** What the list fetches per visible row, after the rows: lock-out by policy and risk. */
export interface IdentityUserSignals {
  id: string
  lockedOutByPolicy: boolean | null
  riskLevel: string | null
}

export interface IdentityUserRole {
  id: string
  name: string
  description: string | null
  organization: string | null
  rights: { path: string; service: string; description: string | null }[]
}

export interface IdentityUserLink {
  id: string
  username: string
  displayName: string
}

export interface IdentityUserDetail {
  id: string
  username: string
  displayName: string
  email: string | null
  mobileNumber: string | null
  officeNumber: string | null
  homeNumber: string | null
  description: string | null
  directory: string
  directoryServiceUuid: string | null
  organization: string | null
  /** SetUserState flags as served (Locked also while the cloud lock is on). */
  stateFlags: string[]
  cloudLocked: boolean
  lockedOutByPolicy: boolean
  enabled: boolean
  expired: boolean
  riskLevel: string | null
  isSysAdmin: boolean
  inEverybodyRole: boolean
  oauthClient: boolean
  passwordNeverExpires: boolean
  forcePasswordChangeNext: boolean
  hasPicture: boolean
  createdAt: string | null
  modifiedAt: string | null
  lastLoginAt: string | null
  passwordChangedAt: string | null
  passwordExpiresAt: string | null
  preferredCulture: string | null
  preferredTimeZone: string | null
  /** The reporting line above the user, the direct manager first. */
  managers: IdentityUserLink[]
  roles: IdentityUserRole[]
  /** ExtData values by column name (null when unset). */
  attributes: Record<string, string | number | boolean | null>
  /** Core/GetUserSettings rows; the Cloud Directory keeps none. */
  settings: Record<string, unknown>[]
}

export const IDENTITY_USER_ID_MESSAGE = 'Not a user id'
export const identityUserIdParamSchema = z.object({
  id: z.string().check(z.uuid(IDENTITY_USER_ID_MESSAGE)),
})

/** Lock, unlock, sign out everywhere, enable, disable: only a reason. */
export const identityUserActionSchema = z.object({
  reason: optionalReasonSchema,
})
export type IdentityUserActionRequest = z.infer<typeof identityUserActionSchema>

export const identityUserDeleteSchema = z.object({
  reason: requiredReasonSchema,
})

/** Exemptions last a bounded time, in minutes (the vendor's `timespan`). */
export const MFA_EXEMPTION_MINUTES = [10, 30, 60, 240, 480, 1440] as const
export const mfaExemptionSchema = z.object({
  minutes: z.number('Choose how long').check(
    z.int('Choose how long'),
    z.refine((value) => (MFA_EXEMPTION_MINUTES as readonly number[]).includes(value), 'Choose one of the offered durations'),
  ),
  reason: requiredReasonSchema,
})
export type MfaExemptionRequest = z.infer<typeof mfaExemptionSchema>

/** The tenant's Cloud Directory password rule as the console checks it before sending. */
export const identityPasswordSchema = z.string().check(z.minLength(8, 'At least 8 characters'), z.maxLength(256, 'At most 256 characters'))

export const resetPasswordSchema = z.object({
  /** `generate`: the BFF makes a strong password and shows it once; `set`: the operator types it. */
  mode: z.enum(['generate', 'set']),
  password: z.optional(identityPasswordSchema),
  reason: optionalReasonSchema,
})
export type ResetPasswordRequest = z.infer<typeof resetPasswordSchema>
export interface ResetPasswordResult {
  /** Only when generated: shown once, never stored or logged. */
  password: string | null
}

export const INVITATION_CHANNELS = ['invitation-email', 'invitation-sms', 'login-email'] as const
export type InvitationChannel = (typeof INVITATION_CHANNELS)[number]
export const inviteSchema = z.object({
  channel: z.enum(INVITATION_CHANNELS, 'Choose how to send it'),
  reason: optionalReasonSchema,
})
export type InviteRequest = z.infer<typeof inviteSchema>

export const IDENTITY_STATE_FLAGS = ['Locked', 'Disabled', 'Expired'] as const
export const setStateSchema = z.object({
  flags: z.array(z.enum(IDENTITY_STATE_FLAGS)),
  reason: optionalReasonSchema,
})
export type SetStateRequest = z.infer<typeof setStateSchema>

const optionalText = (max: number) => z.nullable(z.string().check(z.trim(), z.maxLength(max, `At most ${max} characters`)))
const emailText = z.nullable(
  z.string().check(
    z.trim(),
    z.maxLength(254, 'At most 254 characters'),
    z.refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'Enter an e-mail address like name@example.com'),
  ),
)
const phoneText = z.nullable(
  z.string().check(
    z.trim(),
    z.maxLength(32, 'At most 32 characters'),
    z.refine((value) => value === '' || /^\+?[\d\s().-]{3,}$/.test(value), 'Digits, spaces and + ( ) - . only'),
  ),
)

export const profileShape = {
  displayName: z.string().check(z.trim(), z.minLength(1, 'Enter a display name'), z.maxLength(256, 'At most 256 characters')),
  email: emailText,
  mobileNumber: phoneText,
  officeNumber: phoneText,
  homeNumber: phoneText,
  description: optionalText(1024),
}

export const updateProfileSchema = z.object({
  ...profileShape,
  reason: optionalReasonSchema,
})
export type UpdateProfileRequest = z.infer<typeof updateProfileSchema>

export const LOGIN_PATTERN = /^[\p{L}\p{N}+\-_.']+@[\p{L}\p{N}\-_.]+$/u
export const createUserSchema = z.object({
  username: z
    .string()
    .check(
      z.trim(),
      z.minLength(3, 'Enter a login name like jdoe@example.com'),
      z.maxLength(256, 'At most 256 characters'),
      z.regex(LOGIN_PATTERN, 'Use name@suffix with letters, digits and + - _ . only'),
    ),
  ...profileShape,
  password: z.nullable(identityPasswordSchema),
  forcePasswordChangeNext: z.boolean(),
  sendEmailInvite: z.boolean(),
  reason: optionalReasonSchema,
})
export type CreateUserRequest = z.infer<typeof createUserSchema>
export interface CreateUserResult {
  id: string
}

/** The largest picture the vendor takes (SetUserPicture), and the types it takes. */
export const PICTURE_MAX_BYTES = 2 * 1024 * 1024
export const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/bmp'] as const
export const setPictureSchema = z.object({
  /** Base64 of the file. */
  data: z.string().check(z.minLength(1, 'Choose a picture'), z.maxLength(Math.ceil((PICTURE_MAX_BYTES * 4) / 3) + 8, 'The picture is larger than 2 MB')),
  reason: optionalReasonSchema,
})
export type SetPictureRequest = z.infer<typeof setPictureSchema>

export const setAttributesSchema = z.object({
  values: z.record(z.string(), z.nullable(z.union([z.string().check(z.maxLength(4000, 'At most 4000 characters')), z.number(), z.boolean()]))),
  reason: optionalReasonSchema,
})
export type SetAttributesRequest = z.infer<typeof setAttributesSchema>

export interface TechSupportUser {
  id: string | null
  username: string
  passwordExpiresAt: string | null
}

export interface IdentityUserActionResult {
  ok: true
}
