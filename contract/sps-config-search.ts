// The usergroups and local users lists' page sizes.
// Zod-free: routes check their URL against these in the entry chunk, which loads before
// sign-in (DESIGN.md budget); sps-config.ts builds its schemas from them and re-exports them.

export const SPS_CONFIG_PAGE_SIZES = [25, 50, 100] as const
export type SpsConfigPageSize = (typeof SPS_CONFIG_PAGE_SIZES)[number]
export const SPS_CONFIG_DEFAULT_PAGE_SIZE: SpsConfigPageSize = 25
