// The organizations list's page sizes and sorts.
// Zod-free: routes check their URL against these in the entry chunk, which loads before
// sign-in (DESIGN.md budget); identity-organizations.ts builds its schemas from them and re-exports them.

export const ORG_PAGE_SIZES = [25, 50, 100] as const
export const ORG_SORTS = ['name', '-name'] as const
