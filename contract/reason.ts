import { z } from 'zod/mini'

/** The reason or ticket an operator gives for a change; it goes into the audit log. */
export const optionalReasonSchema = z.optional(z.string().check(z.trim(), z.maxLength(500, 'At most 500 characters')))

/** Deletes, MFA exemptions and SPS commits must say why. */
export const requiredReasonSchema = z.string('Give a reason or ticket (at least 3 characters)').check(z.trim(), z.minLength(3, 'Give a reason or ticket (at least 3 characters)'), z.maxLength(500, 'At most 500 characters'))
