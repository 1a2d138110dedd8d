import type { Context } from 'hono'
import { reasonPhrase } from '../../framework/fault-response'
import type { SimEnv } from '../../framework/sim-env'
import { failureEnvelope } from '../envelope/identity-envelope'
import type { IdentityRuntime } from '../identity-runtime'
import type { Caller } from './caller'

// Every Identity endpoint but the token endpoint needs `Authorization: Bearer <token>`. A missing,
// unknown, expired or revoked token gets 401 (clients refresh the token and retry on it); a token
// over its request budget gets 429 with Retry-After. Checked by each endpoint (not by a catch-all
// middleware), so a path that does not exist answers 404 whoever asks.

const AUTHENTICATION_REQUIRED = 'Authentication (login or challenge) is required.'

export type Authentication = { readonly caller: Caller } | { readonly refusal: Response }

export function authenticate(runtime: IdentityRuntime, c: Context<SimEnv>): Authentication {
  const token = bearerToken(c)
  if (token === null) return { refusal: unauthorized(c, 'invalid_request') }
  const check = runtime.context.tokens.verify(token)
  if (!check.valid) return { refusal: unauthorized(c, 'invalid_token') }
  const user = runtime.data.users.get(check.token.subject)
  if (!user) return { refusal: unauthorized(c, 'invalid_token') }
  const decision = runtime.rateLimiter.take(token)
  if (!decision.allowed) {
    c.header('Retry-After', String(decision.retryAfterSeconds))
    return { refusal: c.json(failureEnvelope(reasonPhrase(429)), 429) }
  }
  return { caller: { user, token: check.token } }
}

function bearerToken(c: Context<SimEnv>): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')
  return match?.[1] ?? null
}

function unauthorized(c: Context<SimEnv>, error: 'invalid_request' | 'invalid_token'): Response {
  c.header('WWW-Authenticate', `Bearer error="${error}"`)
  return c.json(failureEnvelope(AUTHENTICATION_REQUIRED, { exceptionType: 'System.UnauthorizedAccessException' }), 401)
}
