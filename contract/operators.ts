import { z } from 'zod/mini'
import { roleGrantSchema } from './auth'
import { optionalReasonSchema } from './reason'

export const usernameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(2, 'At least 2 characters'),
    z.maxLength(64, 'At most 64 characters'),
    z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'Lower-case letters, digits, dot, dash and underscore; start with a letter or digit'),
  )

export const newPasswordSchema = z.string().check(z.minLength(12, 'At least 12 characters'), z.maxLength(1024, 'At most 1024 characters'))

const grantsSchema = z.array(roleGrantSchema).check(
  z.maxLength(100),
  z.refine((grants) => new Set(grants.map((grant) => `${grant.role}:${grant.tenantId ?? '*'}`)).size === grants.length, 'The same role is granted twice for the same scope'),
)

export const createOperatorRequestSchema = z.object({
  username: usernameSchema,
  displayName: z.string().check(z.trim(), z.minLength(1, 'Enter a display name'), z.maxLength(128, 'At most 128 characters')),
  password: newPasswordSchema,
  grants: grantsSchema,
  reason: optionalReasonSchema,
})
export type CreateOperatorRequest = z.infer<typeof createOperatorRequestSchema>

export const updateGrantsRequestSchema = z.object({ grants: grantsSchema, reason: optionalReasonSchema })
export type UpdateGrantsRequest = z.infer<typeof updateGrantsRequestSchema>

/** Disable, enable, reset password, reset MFA: only a reason. */
export const operatorActionRequestSchema = z.object({ reason: optionalReasonSchema })
export type OperatorActionRequest = z.infer<typeof operatorActionRequestSchema>

export const operatorIdParamSchema = z.object({ id: z.string().check(z.uuid('Not an operator id')) })

export const operatorSummarySchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  mfaEnabled: z.boolean(),
  grants: z.array(roleGrantSchema),
  createdAt: z.string(),
})
export type OperatorSummary = z.infer<typeof operatorSummarySchema>

export interface PasswordResetResult {
  /** Shown once to the admin, who passes it on; never stored or logged in the clear. */
  temporaryPassword: string
}
