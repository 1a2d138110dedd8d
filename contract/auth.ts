import { z } from 'zod/mini'
import { ROLES } from './roles'

// The contract uses zod/mini: the sign-in page loads it, and full zod would cost the entry budget.

export const CSRF_HEADER = 'x-gatehouse-csrf'

export const signInRequestSchema = z.object({
  username: z.string().check(z.trim(), z.minLength(1, 'Enter your username'), z.maxLength(128, 'Usernames are at most 128 characters')),
  password: z.string().check(z.minLength(1, 'Enter your password'), z.maxLength(1024, 'Passwords are at most 1024 characters')),
})
export type SignInRequest = z.infer<typeof signInRequestSchema>

export const roleGrantSchema = z.object({
  role: z.enum(ROLES),
  tenantId: z.nullable(z.string()),
})

export const sessionInfoSchema = z.object({
  operator: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    grants: z.array(roleGrantSchema),
  }),
  demo: z.boolean(),
  /** Epoch ms when the session ends at the latest (absolute timeout). */
  expiresAt: z.number(),
  idleTimeoutSeconds: z.number(),
})
export type SessionInfo = z.infer<typeof sessionInfoSchema>
