import { z } from 'zod/mini'
import { SWS_MEMBER_LAYER_FILTERS, SWS_MEMBER_TYPES, SWS_POLICY_DEFAULT_PAGE_SIZE, SWS_POLICY_PAGE_SIZES, SWS_RESULT_WINDOW, SWS_SECURITY_LAYERS, type SwsPolicyPageSize } from './sws-policies-search'
import { optionalReasonSchema } from './reason'

// Secure Web Sessions application policies: list, detail (configuration, EPM status, default
// security layers, members, session-control rules) and the four changes the SWS API offers.

// Fixed values the list's URL is checked against: a zod-free module the entry chunk can load.
export {
  SWS_MEMBER_LAYER_FILTERS,
  SWS_MEMBER_TYPES,
  SWS_POLICY_DEFAULT_PAGE_SIZE,
  SWS_POLICY_PAGE_SIZES,
  SWS_RESULT_WINDOW,
  SWS_SECURITY_LAYER_LABELS,
  SWS_SECURITY_LAYERS,
  type SwsMemberLayerFilter,
  type SwsMemberType,
  type SwsPolicyPageSize,
  type SwsSecurityLayer,
} from './sws-policies-search'

/** The policy's on/off settings, in the order the vendor documents them. */
export const SWS_CONFIG_FLAGS = [
  'clipboardRestrictionEnabled',
  'contextMenuRestrictionEnabled',
  'downloadRestrictionEnabled',
  'enforceEPM',
  'watermarkEnabled',
  'watermarkIncludesUserData',
  'enforcePedometerLock',
] as const
export type SwsConfigFlag = (typeof SWS_CONFIG_FLAGS)[number]

export const SWS_CONFIG_URL_LISTS = ['manualModeURLIncludeList', 'excludedURLs'] as const
export type SwsConfigUrlList = (typeof SWS_CONFIG_URL_LISTS)[number]

export const SWS_CONFIG_LABELS: Record<SwsConfigFlag | SwsConfigUrlList | 'appProtectionMode', string> = {
  clipboardRestrictionEnabled: 'Restrict the clipboard',
  contextMenuRestrictionEnabled: 'Restrict the context menu',
  downloadRestrictionEnabled: 'Restrict downloads',
  enforceEPM: 'Enforce EPM',
  watermarkEnabled: 'Watermark',
  watermarkIncludesUserData: 'Watermark includes user data',
  enforcePedometerLock: 'Enforce pedometer lock',
  appProtectionMode: 'Protection mode',
  manualModeURLIncludeList: 'URLs included (manual mode)',
  excludedURLs: 'URLs excluded',
}

const SCHEME = /^https?:\/\//i

/**
 * One entry of an include or exclude list: an absolute http(s) address, `*` allowed as a
 * wildcard (e.g. `https://app.example/static/*`), no spaces.
 */
export const swsPolicyUrlSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'Enter an address, or remove this line'),
  z.maxLength(2048, 'At most 2048 characters'),
  z.refine((value) => {
    if (!SCHEME.test(value) || /\s/.test(value)) return false
    try {
      return new URL(value.replaceAll('*', 'x')).hostname !== ''
    } catch {
      return false
    }
  }, 'Use a full http:// or https:// address, e.g. https://app.example.com/path (* is a wildcard)'),
)

const urlListSchema = z.array(swsPolicyUrlSchema).check(
  z.maxLength(500, 'At most 500 addresses'),
  z.refine((list) => new Set(list.map((url) => url.trim().toLowerCase())).size === list.length, 'An address is listed twice'),
)

/** The application configuration, as the console shows and edits it (the vendor's field names). */
export const swsPolicyConfigurationSchema = z.object({
  clipboardRestrictionEnabled: z.boolean(),
  contextMenuRestrictionEnabled: z.boolean(),
  downloadRestrictionEnabled: z.boolean(),
  enforceEPM: z.boolean(),
  watermarkEnabled: z.boolean(),
  watermarkIncludesUserData: z.boolean(),
  enforcePedometerLock: z.boolean(),
  manualModeURLIncludeList: urlListSchema,
  excludedURLs: urlListSchema,
})
export type SwsPolicyConfiguration = z.infer<typeof swsPolicyConfigurationSchema>
export type SwsPolicyConfigurationKey = keyof SwsPolicyConfiguration

/** The edit form: the whole configuration, validated field by field, and a reason. */
export const swsPolicyConfigurationFormSchema = z.object({ ...swsPolicyConfigurationSchema.shape, reason: optionalReasonSchema })
export type SwsPolicyConfigurationForm = z.infer<typeof swsPolicyConfigurationFormSchema>

/**
 * PUT …/configuration: only the fields the operator changed, with the values they saw before.
 * The BFF refuses (409) when one of those fields changed meanwhile, and keeps every other field
 * as the vendor holds it.
 */
export const updateSwsPolicyConfigurationRequestSchema = z.object({
  changes: z.partial(swsPolicyConfigurationSchema).check(z.refine((changes) => Object.keys(changes).length > 0, 'Nothing was changed')),
  expected: z.partial(z.object({ ...swsPolicyConfigurationSchema.shape, manualModeURLIncludeList: z.array(z.string()), excludedURLs: z.array(z.string()) })),
  reason: optionalReasonSchema,
})
export type UpdateSwsPolicyConfigurationRequest = z.infer<typeof updateSwsPolicyConfigurationRequestSchema>

const layerListSchema = z.array(z.enum(SWS_SECURITY_LAYERS, 'Pick one of the four security layers')).check(
  z.maxLength(SWS_SECURITY_LAYERS.length),
  z.refine((layers) => new Set(layers).size === layers.length, 'A layer is listed twice'),
)

/** PUT default or member security layers: the new set, and the set the operator saw before (409 if it moved). */
export const updateSwsSecurityLayersRequestSchema = z.object({
  securityLayers: layerListSchema,
  expected: z.array(z.string()),
  reason: optionalReasonSchema,
})
export type UpdateSwsSecurityLayersRequest = z.infer<typeof updateSwsSecurityLayersRequestSchema>

/** The layers form: the new set and a reason. */
export const swsSecurityLayersFormSchema = z.object({ securityLayers: layerListSchema, reason: optionalReasonSchema })
export type SwsSecurityLayersForm = z.infer<typeof swsSecurityLayersFormSchema>

export const setSwsPolicyStatusRequestSchema = z.object({ active: z.boolean('Say true or false'), reason: optionalReasonSchema })
export type SetSwsPolicyStatusRequest = z.infer<typeof setSwsPolicyStatusRequestSchema>

/** Policy and member ids travel in vendor paths: keep them to safe characters. */
const vendorIdSchema = z.string().check(z.regex(/^[A-Za-z0-9._~-]{1,128}$/, 'Not a valid id'))
export const swsPolicyParamSchema = z.object({ policyId: vendorIdSchema })
export const swsPolicyMemberParamSchema = z.object({ policyId: vendorIdSchema, memberId: vendorIdSchema })

const strict = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `Unknown query parameter: ${(issue.keys ?? []).join(', ')}` : undefined,
}

const pageNumber = z._default(
  z.pipe(z.string().check(z.regex(/^[1-9]\d{0,5}$/, 'Use a whole number from 1')), z.transform((value) => Number(value))),
  1,
)
const pageSize = z._default(
  z.pipe(
    z.enum(SWS_POLICY_PAGE_SIZES.map(String) as [`${SwsPolicyPageSize}`, ...Array<`${SwsPolicyPageSize}`>], `Use one of ${SWS_POLICY_PAGE_SIZES.join(', ')}`),
    z.transform((value) => Number(value) as SwsPolicyPageSize),
  ),
  SWS_POLICY_DEFAULT_PAGE_SIZE,
)
const searchText = z.optional(z.string('Give this parameter once, as text').check(z.trim(), z.maxLength(200, 'At most 200 characters')))
const withinWindow = z.refine<{ page: number; pageSize: number }>((query) => query.page * query.pageSize <= SWS_RESULT_WINDOW, {
  error: `SWS lists only the first ${SWS_RESULT_WINDOW.toLocaleString('en')} results: narrow the search`,
  path: ['page'],
})

/** GET policies: `q` is the vendor's searchString (name and description; `*` and `?` wildcards). */
export const swsPolicyListQuerySchema = z.strictObject({ q: searchText, page: pageNumber, pageSize }, strict).check(withinWindow)
export type SwsPolicyListQuery = z.infer<typeof swsPolicyListQuerySchema>
export type SwsPolicyListRequest = z.input<typeof swsPolicyListQuerySchema>

/** GET a policy's members: name search, type and layer filters (comma-separated), paging. */
export const swsPolicyMemberQuerySchema = z
  .strictObject(
    {
      q: searchText,
      type: z.optional(z.enum(SWS_MEMBER_TYPES, 'Use User, Group or Role')),
      layer: z.optional(z.enum(SWS_MEMBER_LAYER_FILTERS, 'Use one of the security layers, or None')),
      page: pageNumber,
      pageSize,
    },
    strict,
  )
  .check(withinWindow)
export type SwsPolicyMemberQuery = z.infer<typeof swsPolicyMemberQuerySchema>
export type SwsPolicyMemberRequest = z.input<typeof swsPolicyMemberQuerySchema>

export interface SwsPolicySummary {
  id: string
  name: string
  description: string | null
  appKey: string | null
  active: boolean
}

export interface SwsPolicyPage {
  items: SwsPolicySummary[]
  total: number | null
  page: number
  pageSize: number
}

export interface SwsSessionControlRule {
  id: string
  name: string
  labelName: string | null
  actionType: string | null
  inputType: string | null
  active: boolean | null
  emailNotification: boolean | null
  pushNotification: boolean | null
  notificationEmail: string | null
  /** ISO 8601, or null when the vendor did not say. */
  createdAt: string | null
  createdBy: string | null
}

export interface SwsPolicyMember {
  id: string
  name: string
  /** User, Group, Role, or whatever else the vendor names. */
  type: string
  /** Known layers and any the console does not know yet (shown, and kept on changes). */
  securityLayers: string[]
}

export interface SwsPolicyMemberPage {
  items: SwsPolicyMember[]
  total: number | null
  page: number
  pageSize: number
}

export interface SwsPolicyDetail {
  policy: SwsPolicySummary
  configuration: SwsPolicyConfiguration & {
    /** Read-only here: the only value the vendor documents is `Automatic`. */
    appProtectionMode: string | null
  }
  /** Whether Endpoint Privilege Manager is active for this policy; null when not reported. */
  epmActive: boolean | null
  defaultSecurityLayers: string[]
  sessionControlRules: SwsSessionControlRule[]
  /** How many members the policy has in all (they are listed page by page). */
  memberCount: number | null
}

/** One field that a change altered, for the confirmation and the audit log. */
export interface SwsFieldChange {
  field: string
  before: unknown
  after: unknown
}
