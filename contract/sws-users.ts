import { z } from 'zod/mini'
import { SWS_USER_DEFAULT_PAGE_SIZE, SWS_USER_PAGE_SIZES, type SwsUserPageSize } from './sws-users-search'
import { optionalReasonSchema, requiredReasonSchema } from './reason'

/** SWS user statuses as the gateway names them (seed 000: "Activated/Deactivated"). */
export const SWS_USER_STATUSES = ['Activated', 'Deactivated'] as const
export type SwsUserStatus = (typeof SWS_USER_STATUSES)[number]

// Fixed values the list's URL is checked against: a zod-free module the entry chunk can load.
export {
  SWS_USER_DEFAULT_PAGE_SIZE,
  SWS_USER_PAGE_SIZES,
  type SwsUserPageSize,
} from './sws-users-search'

const strict = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `Unknown query parameter: ${(issue.keys ?? []).join(', ')}` : undefined,
}

const pageNumber = z.pipe(
  z.string().check(z.regex(/^[1-9]\d{0,8}$/, 'Use a whole number from 1')),
  z.transform((value) => Number(value)),
)

/** `GET /api/t/:tenant/sws/users`: `q` is the vendor's `name` search (`*` and `?` wildcards; full name and login). */
export const swsUserListQuerySchema = z.strictObject(
  {
    q: z.optional(z.string('Give this parameter once, as text').check(z.trim(), z.maxLength(200, 'At most 200 characters'))),
    page: z._default(pageNumber, 1),
    pageSize: z._default(
      z.pipe(
        z.enum(SWS_USER_PAGE_SIZES.map(String) as [`${SwsUserPageSize}`, ...Array<`${SwsUserPageSize}`>], `Use one of ${SWS_USER_PAGE_SIZES.join(', ')}`),
        z.transform((value) => Number(value) as SwsUserPageSize),
      ),
      SWS_USER_DEFAULT_PAGE_SIZE,
    ),
  },
  strict,
)
export type SwsUserListQuery = z.infer<typeof swsUserListQuerySchema>
export type SwsUserListRequest = z.input<typeof swsUserListQuerySchema>

/** SWS user ids: 32 hex digits in the vendor's examples; anything path-safe is accepted and passed on encoded. */
export const swsUserIdParamSchema = z.object({
  userId: z.string().check(z.minLength(1), z.maxLength(128, 'Not an SWS user id'), z.regex(/^[A-Za-z0-9_-]+$/, 'Not an SWS user id')),
})

export const swsUserStatusRequestSchema = z.object({
  status: z.enum(SWS_USER_STATUSES, 'Use Activated or Deactivated'),
  reason: optionalReasonSchema,
})
export type SwsUserStatusRequest = z.infer<typeof swsUserStatusRequestSchema>

/** Deleting removes the user from the SWS tenant only (not from CyberArk Identity); a reason is required. */
export const swsUserDeleteRequestSchema = z.object({ reason: requiredReasonSchema })
export type SwsUserDeleteRequest = z.infer<typeof swsUserDeleteRequestSchema>

/** An SWS user as the console shows it; times are ISO 8601, absent values null. */
export interface SwsUserSummary {
  id: string
  username: string
  fullName: string
  role: string
  status: SwsUserStatus | string
  invitedBy: string | null
  lastLogin: string | null
  phoneNumber: string | null
  phoneModel: string | null
  appVersion: string | null
}

export interface SwsUserDetail extends SwsUserSummary {
  firstName: string | null
  lastName: string | null
  phoneOS: string | null
}

export interface SwsUserPage {
  items: SwsUserSummary[]
  total: number | null
  page: number
  pageSize: number
}

/** What the delete dialog and the API docs say, word for word from seed 000. */
export const SWS_USER_DELETE_WARNING = 'The user is only deleted from the SWS tenant, and not from CyberArk Identity.'
