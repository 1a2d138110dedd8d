import { z } from 'zod/mini'
import type { Permission } from './roles'
import { optionalReasonSchema } from './reason'

export const tenantSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
})
export type TenantSummary = z.infer<typeof tenantSummarySchema>

export const tenantIdSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(2, 'At least 2 characters'),
    z.maxLength(40, 'At most 40 characters'),
    z.regex(/^[a-z0-9][a-z0-9-]*$/, 'Lower-case letters, digits and dashes; it becomes part of the address (/t/<id>/…)'),
  )

export const createTenantRequestSchema = z.object({
  id: tenantIdSchema,
  name: z.string().check(z.trim(), z.minLength(1, 'Enter a name'), z.maxLength(80, 'At most 80 characters')),
  reason: optionalReasonSchema,
})
export type CreateTenantRequest = z.infer<typeof createTenantRequestSchema>

/** A tenant as one operator may use it: what their roles there allow. */
export interface TenantAccess {
  tenant: TenantSummary
  permissions: Permission[]
}
