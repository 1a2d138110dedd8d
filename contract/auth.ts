import { z } from 'zod/mini'
import { ROLES } from './roles'

// The contract uses zod/mini: the sign-in page loads it, and full zod would cost the entry budget.

// In a zod-free module: every API call sends it, and the entry chunk must not load zod for that.
export { CSRF_HEADER } from './csrf'

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
  mfaEnabled: z.boolean(),
  /** An admin outside demo mode without MFA: the console shows only enrolment until it is done. */
  mfaEnrolmentRequired: z.boolean(),
})
export type SessionInfo = z.infer<typeof sessionInfoSchema>

export type SignInResponse = { status: 'signed-in'; session: SessionInfo } | { status: 'mfa-required' }

const codeField = z.string().check(z.trim(), z.minLength(1, 'Enter the code'), z.maxLength(32, 'That is too long for a code'))

/** Second sign-in step: a 6-digit authenticator code or a recovery code. */
export const mfaCodeRequestSchema = z.object({ code: codeField })
export type MfaCodeRequest = z.infer<typeof mfaCodeRequestSchema>

/** Re-authentication before a sensitive action: the password, or an authenticator code. */
export const reauthRequestSchema = z
  .object({
    password: z.optional(z.string().check(z.maxLength(1024))),
    code: z.optional(codeField),
  })
  .check(
    z.refine((value) => Boolean(value.password) || Boolean(value.code), { message: 'Enter your password or a code', path: ['password'] }),
  )
export type ReauthRequest = z.infer<typeof reauthRequestSchema>

export interface MfaEnrolment {
  /** Base32 key for typing into an authenticator app by hand. */
  secret: string
  otpauthUri: string
  /** PNG data URL of the otpauth URI as a QR code. */
  qrCodeDataUrl: string
}

export interface MfaEnrolmentConfirmed {
  /** Shown once; only hashes are stored. */
  recoveryCodes: string[]
}
