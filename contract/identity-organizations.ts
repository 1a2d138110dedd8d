import { z } from 'zod/mini'
import { ORG_SORTS } from './identity-organizations-search'
import { optionalReasonSchema, requiredReasonSchema } from './reason'

/* Identity organizations (Org/*), their members, administrators, rights and roles; SCIM groups. */

export interface IdentityOrganization {
  id: string
  name: string
  description: string | null
}

export interface IdentityOrganizationPage {
  items: IdentityOrganization[]
  total: number
  page: number
  pageSize: number
}

export interface IdentityOrganizationMember {
  id: string
  username: string
  displayName: string | null
  email: string | null
}

export interface IdentityOrganizationMembers {
  items: IdentityOrganizationMember[]
  /** False when the directory was too large to scan whole: Identity has no "members of" query. */
  complete: boolean
}

export interface IdentityOrganizationAdministrator {
  id: string
  username: string
  displayName: string | null
  type: string
}

export const ORG_PRINCIPAL_TYPES = ['User', 'Role'] as const
export type OrgPrincipalType = (typeof ORG_PRINCIPAL_TYPES)[number]

export interface IdentityOrganizationPermission {
  right: string
  principal: string
  principalType: OrgPrincipalType
}

export interface IdentityOrganizationRole {
  id: string
  name: string
  description: string | null
}

export interface IdentityScimGroup {
  id: string
  displayName: string
  memberCount: number
}

export interface IdentityScimGroupPage {
  items: IdentityScimGroup[]
  total: number
  page: number
  pageSize: number
}

// Fixed values the list's URL is checked against: a zod-free module the entry chunk can load.
export {
  ORG_PAGE_SIZES,
  ORG_SORTS,
} from './identity-organizations-search'

const pageNumber = z.pipe(z.string().check(z.regex(/^[1-9]\d{0,8}$/, 'Use a whole number from 1')), z.transform(Number))
const pageSize = z.pipe(z.enum(['25', '50', '100'], 'Use 25, 50 or 100'), z.transform(Number))
const search = z.optional(z.string().check(z.trim(), z.maxLength(200, 'At most 200 characters')))

export const organizationListQuerySchema = z.strictObject({
  q: search,
  page: z._default(pageNumber, 1),
  pageSize: z._default(pageSize, 25),
  sort: z._default(z.enum(ORG_SORTS, 'Use name or -name'), 'name'),
})
export type OrganizationListRequest = z.input<typeof organizationListQuerySchema>

export const scimGroupListQuerySchema = z.strictObject({ q: search, page: z._default(pageNumber, 1), pageSize: z._default(pageSize, 25) })
export type ScimGroupListRequest = z.input<typeof scimGroupListQuerySchema>

const organizationName = z.string().check(z.trim(), z.minLength(1, 'Enter a name'), z.maxLength(256, 'At most 256 characters'))
const description = z.string().check(z.trim(), z.maxLength(1024, 'At most 1024 characters'))

export const organizationFormSchema = z.object({ name: organizationName, description, reason: optionalReasonSchema })
export type OrganizationFormValues = z.input<typeof organizationFormSchema>
export type OrganizationRequest = z.infer<typeof organizationFormSchema>

export const deleteRequestSchema = z.object({ reason: requiredReasonSchema })

const userIds = z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(256))).check(z.maxLength(200, 'At most 200 users at once'))

export const membershipChangeSchema = z
  .object({ add: z._default(userIds, []), remove: z._default(userIds, []), reason: optionalReasonSchema })
  .check(z.refine((value) => value.add.length + value.remove.length > 0, { message: 'Pick at least one user', path: ['add'] }))
export type MembershipChangeRequest = z.input<typeof membershipChangeSchema>

export const administratorsChangeSchema = z
  .object({ grant: z._default(userIds, []), revoke: z._default(userIds, []), reason: optionalReasonSchema })
  .check(z.refine((value) => value.grant.length + value.revoke.length > 0, { message: 'Pick at least one user', path: ['grant'] }))
export type AdministratorsChangeRequest = z.input<typeof administratorsChangeSchema>

const right = z.string().check(z.trim(), z.minLength(1, 'Enter a right'), z.maxLength(64, 'At most 64 characters'))
const principal = z.string().check(z.trim(), z.minLength(1, 'Enter a user login or role'), z.maxLength(256, 'At most 256 characters'))

export const permissionGrantSchema = z.object({ right, principal, principalType: z.enum(ORG_PRINCIPAL_TYPES, 'Use User or Role') })
export type PermissionGrantValues = z.input<typeof permissionGrantSchema>

export const permissionsChangeSchema = z
  .object({
    grant: z._default(z.array(permissionGrantSchema).check(z.maxLength(50)), []),
    revoke: z._default(z.array(z.object({ right, principal })).check(z.maxLength(50)), []),
    reason: optionalReasonSchema,
  })
  .check(z.refine((value) => value.grant.length + value.revoke.length > 0, { message: 'Grant or revoke at least one right', path: ['grant'] }))
export type PermissionsChangeRequest = z.input<typeof permissionsChangeSchema>
