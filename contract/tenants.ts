import { z } from 'zod/mini'

export const tenantSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
})
export type TenantSummary = z.infer<typeof tenantSummarySchema>
