import type { MfaCodeRequest, ReauthRequest, SessionInfo, SignInRequest } from '@contract/auth'
import { queryOptions } from '@tanstack/react-query'
import { hc } from 'hono/client'
import type { AuthRoutes } from '../../bff/routes/auth'
import { apiFetch, unwrap } from './api-client'

const authClient = hc<AuthRoutes>('/api/auth', { fetch: apiFetch })

export const SESSION_QUERY_KEY = ['session'] as const

/** The signed-in operator, or null when there is no session (never an error for that case). */
export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: async (): Promise<SessionInfo | null> => (await unwrap(authClient.session.$get())).session,
    staleTime: 60_000,
  })

export const signIn = (request: SignInRequest) => unwrap(authClient['sign-in'].$post({ json: request }))

export const signInWithCode = (request: MfaCodeRequest) => unwrap(authClient['sign-in'].mfa.$post({ json: request }))

export const signOut = () => unwrap(authClient['sign-out'].$post())

export const reauthenticate = (request: ReauthRequest) => unwrap(authClient.reauth.$post({ json: request }))

export const startMfaEnrolment = () => unwrap(authClient.mfa.enrolment.$post())

export const confirmMfaEnrolment = (request: MfaCodeRequest) => unwrap(authClient.mfa.enrolment.confirm.$post({ json: request }))

export const turnOffMfa = () => unwrap(authClient.mfa.$delete())
