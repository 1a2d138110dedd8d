import { z } from 'zod/mini'
import { roleGrantSchema } from './auth'

export const usernameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(2, 'At least 2 characters'),
    z.maxLength(64, 'At most 64 characters'),
    z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'Lower-case letters, digits, dot, dash and underscore; start with a letter or digit'),
  )

export const newPasswordSchema = z.string().check(z.minLength(12, 'At least 12 characters'), z.maxLength(1024, 'At most 1024 characters'))

export const createOperatorRequestSchema = z.object({
  username: usernameSchema,
  displayName: z.string().check(z.trim(), z.minLength(1, 'Enter a display name'), z.maxLength(128, 'At most 128 characters')),
  password: newPasswordSchema,
  grants: z.array(roleGrantSchema).check(z.maxLength(100)),
})
export type CreateOperatorRequest = z.infer<typeof createOperatorRequestSchema>

export const operatorSummarySchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  grants: z.array(roleGrantSchema),
  createdAt: z.string(),
})
export type OperatorSummary = z.infer<typeof operatorSummarySchema>
