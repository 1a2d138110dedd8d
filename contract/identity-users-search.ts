/*
 * The Identity users list's fixed values, without zod: the users route validates its URL with
 * them in the entry chunk, which loads before sign-in (DESIGN.md budget). identity-users.ts
 * builds its schemas from these and re-exports them.
 */

export const IDENTITY_USER_PAGE_SIZES = [10, 25, 50, 100] as const
export type IdentityUserPageSize = (typeof IDENTITY_USER_PAGE_SIZES)[number]
export const IDENTITY_USER_DEFAULT_PAGE_SIZE: IdentityUserPageSize = 25

/** The directory query's Status: Suspended = disabled (ChangeUserState false). */
export const IDENTITY_USER_STATUSES = ['Active', 'Locked', 'Suspended', 'Expired'] as const
export type IdentityUserStatus = (typeof IDENTITY_USER_STATUSES)[number]

/** Columns the server sorts by (the directory query's SortBy). */
export const IDENTITY_USER_SORTS = ['displayName', 'username', 'email', 'status'] as const
export type IdentityUserSort = (typeof IDENTITY_USER_SORTS)[number]
