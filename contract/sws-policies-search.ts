// Policy security layers, member types and the lists' page sizes.
// Zod-free: routes check their URL against these in the entry chunk, which loads before
// sign-in (DESIGN.md budget); sws-policies.ts builds its schemas from them and re-exports them.

export const SWS_SECURITY_LAYERS = ['SessionProtection', 'ContinuousAuthentication', 'StepRecording', 'SessionControl'] as const
export type SwsSecurityLayer = (typeof SWS_SECURITY_LAYERS)[number]

export const SWS_SECURITY_LAYER_LABELS: Record<SwsSecurityLayer, string> = {
  SessionProtection: 'Session protection',
  ContinuousAuthentication: 'Continuous authentication',
  StepRecording: 'Step recording',
  SessionControl: 'Session control',
}

export const SWS_MEMBER_TYPES = ['User', 'Group', 'Role'] as const
export type SwsMemberType = (typeof SWS_MEMBER_TYPES)[number]

/** The members' layer filter: a layer, or `None` for members without any. */
export const SWS_MEMBER_LAYER_FILTERS = [...SWS_SECURITY_LAYERS, 'None'] as const
export type SwsMemberLayerFilter = (typeof SWS_MEMBER_LAYER_FILTERS)[number]

export const SWS_POLICY_PAGE_SIZES = [25, 50, 100] as const
export type SwsPolicyPageSize = (typeof SWS_POLICY_PAGE_SIZES)[number]
export const SWS_POLICY_DEFAULT_PAGE_SIZE: SwsPolicyPageSize = 25

/** SWS lists answer only the first 10,000 results (offset + limit), whatever the total. */
export const SWS_RESULT_WINDOW = 10_000
