import { z } from 'zod/mini'
import { SPS_CONFIG_PAGE_SIZES } from './sps-config-search'
import { optionalReasonSchema, requiredReasonSchema } from './reason'

// SPS configuration screens: local usergroups, local users, ACLs and the operator's pending
// changes (an SPS transaction held in the operator's own SPS login session).

// Fixed values the list's URL is checked against: a zod-free module the entry chunk can load.
export {
  SPS_CONFIG_DEFAULT_PAGE_SIZE,
  SPS_CONFIG_PAGE_SIZES,
  type SpsConfigPageSize,
} from './sps-config-search'

/** List query of the usergroups and local users screens: filter, page, size, name order. */
export const spsConfigListQuerySchema = z.object({
  q: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  page: z.optional(z.string().check(z.regex(/^[1-9]\d{0,5}$/, 'A page number from 1'))),
  pageSize: z.optional(z.enum(SPS_CONFIG_PAGE_SIZES.map(String) as ['25', '50', '100'])),
  order: z.optional(z.enum(['name', '-name'])),
})
export type SpsConfigListQuery = z.infer<typeof spsConfigListQuerySchema>

/**
 * How a change is applied. Without `commit` it joins the operator's pending changes (the bar
 * then commits or discards them); with `commit` a single change goes live at once and the reason
 * becomes the commit's reason (required, as for every SPS commit).
 */
const applyFields = {
  reason: optionalReasonSchema,
  commit: z.optional(z.boolean()),
}
const commitNeedsReason = z.refine<{ reason?: string | undefined; commit?: boolean | undefined }>((value) => !value.commit || (value.reason ?? '').trim().length >= 3, {
  message: 'Committing at once needs a reason or ticket (at least 3 characters)',
  path: ['reason'],
})

/** Names SPS stores (SPS itself refuses duplicates); trimmed, no control characters. */
const spsNameSchema = (what: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  z.string().check(z.trim(), z.minLength(1, `Enter the ${what}`), z.maxLength(128, 'At most 128 characters'), z.regex(/^[^\u0000-\u001f\u007f]+$/, 'No control characters'))

export const usergroupRequestSchema = z
  .object({
    name: spsNameSchema('usergroup name'),
    /** Local user keys (SPS accepts keys or names; the console sends keys). */
    members: z.array(z.string().check(z.minLength(1), z.maxLength(128))).check(z.maxLength(1000, 'At most 1000 members')),
    /** On a change: the member names the operator saw, so a change someone committed meanwhile is not overwritten. */
    expectedMembers: z.optional(z.array(z.string().check(z.maxLength(128))).check(z.maxLength(1000))),
    ...applyFields,
  })
  .check(commitNeedsReason)
export type UsergroupRequest = z.infer<typeof usergroupRequestSchema>

/** Deletes always say why. */
export const spsDeleteRequestSchema = z.object({ reason: requiredReasonSchema, commit: z.optional(z.boolean()) })
export type SpsDeleteRequest = z.infer<typeof spsDeleteRequestSchema>

const PASSWORD_CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/]

/** A new SPS local password: 12+ characters of at least three kinds (lower, upper, digit, symbol). */
export const spsPasswordSchema = z.string().check(
  z.minLength(12, 'At least 12 characters'),
  z.maxLength(128, 'At most 128 characters'),
  z.refine((value) => PASSWORD_CLASSES.filter((kind) => kind.test(value)).length >= 3, 'Mix at least three of: lower case, upper case, digits, symbols'),
)

export const createLocalUserRequestSchema = z
  .object({
    name: spsNameSchema('username'),
    password: spsPasswordSchema,
    ...applyFields,
  })
  .check(
    commitNeedsReason,
    z.refine((value) => !value.password.toLowerCase().includes(value.name.trim().toLowerCase()), { message: 'The password must not contain the username', path: ['password'] }),
  )
export type CreateLocalUserRequest = z.infer<typeof createLocalUserRequestSchema>

export const changeLocalUserPasswordRequestSchema = z.object({ password: spsPasswordSchema, ...applyFields }).check(commitNeedsReason)
export type ChangeLocalUserPasswordRequest = z.infer<typeof changeLocalUserPasswordRequestSchema>

/** The forms add a confirmation that never leaves the browser. */
const confirmationMatches = z.refine<{ password: string; confirm: string }>((value) => value.password === value.confirm, {
  message: 'The two passwords differ',
  path: ['confirm'],
})
export const createLocalUserFormSchema = z
  .object({ name: spsNameSchema('username'), password: spsPasswordSchema, confirm: z.string(), ...applyFields })
  .check(
    commitNeedsReason,
    confirmationMatches,
    z.refine((value) => !value.password.toLowerCase().includes(value.name.trim().toLowerCase()), { message: 'The password must not contain the username', path: ['password'] }),
  )
export type CreateLocalUserForm = z.infer<typeof createLocalUserFormSchema>
export const changeLocalUserPasswordFormSchema = z.object({ password: spsPasswordSchema, confirm: z.string(), ...applyFields }).check(commitNeedsReason, confirmationMatches)
export type ChangeLocalUserPasswordForm = z.infer<typeof changeLocalUserPasswordFormSchema>

export const spsCommitRequestSchema = z.object({ reason: requiredReasonSchema })
export type SpsCommitRequest = z.infer<typeof spsCommitRequestSchema>
export const spsDiscardRequestSchema = z.object({ reason: optionalReasonSchema })
export type SpsDiscardRequest = z.infer<typeof spsDiscardRequestSchema>

/** `created` / `changed` / `deleted` in the operator's open transaction; null when committed as shown. */
export type SpsPendingMark = 'created' | 'changed' | null

export interface SpsUsergroupMember {
  name: string
  /** The local user's key; null when no local user has that name (e.g. an LDAP user). */
  userKey: string | null
}

export interface SpsUsergroup {
  key: string
  name: string
  members: SpsUsergroupMember[]
  /** Named in the ACLs: SPS refuses to rename or delete it. */
  inAcls: boolean
  pending: SpsPendingMark
}

export interface SpsLocalUser {
  key: string
  name: string
  hasPassword: boolean
  /** ISO 8601; when the password was last set. */
  passwordChangedAt: string | null
  /** `admin` is built in and cannot be deleted or renamed. */
  builtIn: boolean
  /** Names of the usergroups that list this user. */
  groups: string[]
  pending: SpsPendingMark
}

/** What the operator's list shows: the committed configuration, or it with their own pending changes. */
export type SpsConfigView = 'committed' | 'with-pending-changes'

export interface SpsUsergroupList {
  items: SpsUsergroup[]
  total: number
  page: number
  pageSize: number
  view: SpsConfigView
}

export interface SpsLocalUserList {
  items: SpsLocalUser[]
  total: number
  page: number
  pageSize: number
  view: SpsConfigView
  /** SPS uses LDAP: local users are disabled there and cannot be managed. */
  ldap: boolean
  /** SPS checks passwords with RADIUS: only group memberships are local. */
  radius: boolean
}

/** One member choice for the usergroup form. */
export interface SpsUserChoice {
  key: string
  name: string
}

export type SpsAclPermission = 'read' | 'write'
export interface SpsAclMatrix {
  /** Columns: each privilege (ACL object) with a readable label. */
  privileges: Array<{ object: string; label: string }>
  /** Rows: each usergroup named in the ACLs, with its permission per privilege object. */
  groups: Array<{ group: string; permissions: Record<string, SpsAclPermission> }>
}

export type SpsChangeType = 'create' | 'replace' | 'delete' | 'reorder'
export type SpsChangeKind = 'usergroup' | 'local-user' | 'password' | 'other'

/** One entry of the pending changes' diff, with secrets left out. */
export interface SpsChange {
  type: SpsChangeType
  kind: SpsChangeKind
  /** SPS's path of the object. */
  path: string
  key: string
  /** The object's name where it has one. */
  name: string | null
  /** Field-by-field differences, values as text (passwords never). */
  fields: Array<{ field: string; before: string | null; after: string | null }>
}

export interface SpsTransactionState {
  /** Whether the tenant has an SPS connection at all (no SPS call is made otherwise). */
  connected: boolean
  /** `open` when this operator's SPS session holds a transaction with pending changes. */
  status: 'open' | 'closed'
  /** Seconds before SPS cancels the transaction (and the changes) if nothing more is done. */
  remainingSeconds: number | null
  /** 7.x may require a commit message; 5.7/6.0 have none (`none`). */
  commitMessage: 'optional' | 'required' | 'none'
  changes: SpsChange[]
  /** Set when SPS ended the transaction on its own (e.g. the idle timeout): the changes are gone. */
  lost: string | null
}
