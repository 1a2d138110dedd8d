// The SWS users list's page sizes.
// Zod-free: routes check their URL against these in the entry chunk, which loads before
// sign-in (DESIGN.md budget); sws-users.ts builds its schemas from them and re-exports them.

export const SWS_USER_PAGE_SIZES = [25, 50, 100] as const
export type SwsUserPageSize = (typeof SWS_USER_PAGE_SIZES)[number]
export const SWS_USER_DEFAULT_PAGE_SIZE: SwsUserPageSize = 50
