// An import's row filters and page sizes.
// Zod-free: routes check their URL against these in the entry chunk, which loads before
// sign-in (DESIGN.md budget); identity-imports.ts builds its schemas from them and re-exports them.

export const IMPORT_ROW_FILTERS = ['all', 'created', 'rejected', 'remaining', 'cancelled'] as const
export type ImportRowFilter = (typeof IMPORT_ROW_FILTERS)[number]
export const IMPORT_PAGE_SIZES = [25, 50, 100, 200] as const
