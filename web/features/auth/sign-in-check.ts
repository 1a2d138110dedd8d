import type { SignInRequest, signInRequestSchema } from '@contract/auth'

export type SignInField = 'username' | 'password'
export type SignInFieldErrors = Partial<Record<SignInField, string>>
export type SignInCheck = { ok: true; request: SignInRequest } | { ok: false; errors: SignInFieldErrors }

let pendingSchema: Promise<typeof signInRequestSchema> | undefined

/**
 * The contract's sign-in schema, loaded on first use. It brings zod, which the sign-in page does
 * not need to show itself (DESIGN.md: ≤ 150 KB of JS before it is usable): the form starts this
 * load once it is on screen, so a submit rarely waits. A failed load is retried on the next call.
 */
export function loadSignInSchema(): Promise<typeof signInRequestSchema> {
  pendingSchema ??= import('@contract/auth').then(
    (contract) => contract.signInRequestSchema,
    (error: unknown) => {
      pendingSchema = undefined
      throw error
    },
  )
  return pendingSchema
}

/** Checks the typed credentials with the same schema the BFF uses: the request to send, or the first error of each field. */
export async function checkSignIn(values: { username: string; password: string }): Promise<SignInCheck> {
  const parsed = (await loadSignInSchema()).safeParse(values)
  if (parsed.success) return { ok: true, request: parsed.data }
  const errors: SignInFieldErrors = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0]
    if ((field === 'username' || field === 'password') && !errors[field]) errors[field] = issue.message
  }
  return { ok: false, errors }
}
