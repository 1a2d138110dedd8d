import type { Hono } from 'hono'
import { parseBasicCredentials } from '../auth/basic-credentials'
import { checkLocalCredentials } from '../auth/credential-check'
import { writeSessionCookie } from '../auth/session-cookie'
import { privilegesOf } from '../auth/sps-privileges'
import { SPS_ADMIN_USER } from '../data/sps-appliance'
import { spsJson } from '../message-format'
import type { SpsEnv } from '../sps-env'
import { methodNotAllowed, spsError } from '../sps-error'
import type { SpsRuntime } from '../sps-runtime'

// `GET /api/authentication` with preemptive HTTP Basic: 200 with a `meta`, and the `session_id`
// cookie (40 hex characters). No logout endpoint is documented, so none is served.

export const AUTHENTICATION_HREF = '/api/authentication'

export function registerAuthenticationRoutes(api: Hono<SpsEnv>, runtime: SpsRuntime): void {
  api.get(AUTHENTICATION_HREF, (c) => {
    // Client-certificate login (`?type=x509`) needs a TLS client certificate, which the simulator never asks for.
    if (c.req.query('type') === 'x509') return spsError(c, 401, 'AuthenticationFailure', 'No client certificate was presented.')
    const credentials = parseBasicCredentials(c.req.header('authorization'))
    if (!credentials) return spsError(c, 401, 'AuthenticationFailure', 'Authenticating the user has failed: send HTTP Basic credentials.')
    const user = checkLocalCredentials(runtime.data, credentials.username, credentials.password)
    if (!user) return spsError(c, 401, 'AuthenticationFailure', 'Authenticating the user with the given credentials has failed.')
    const privileges = privilegesOf(runtime.data, user.name, user.name === SPS_ADMIN_USER.name)
    const session = runtime.sessions.signIn(user.name, privileges, runtime.idleTimeoutSeconds)
    writeSessionCookie(c, session.token, runtime.idleTimeoutSeconds, runtime.now())
    return spsJson(c, { meta: { href: AUTHENTICATION_HREF, parent: '/api' } })
  })
  api.all(AUTHENTICATION_HREF, (c) => methodNotAllowed(c, ['GET']))
}
