import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import type { $ZodType } from 'zod/v4/core'
import { validationFailed } from './api-error'

/** zod validation at the boundary; failures become a 400 naming each bad field. */
export function validate<Target extends keyof ValidationTargets, Schema extends $ZodType>(target: Target, schema: Schema) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      throw validationFailed(
        result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
      )
    }
  })
}
